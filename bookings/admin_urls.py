from django.urls import path

from bookings import admin_views

app_name = "bookings_admin"

urlpatterns = [
    path("", admin_views.day_list, name="day"),
    path("open/", admin_views.open_slots, name="open"),
    path("booking/<int:pk>/", admin_views.booking_action, name="booking_action"),
]
