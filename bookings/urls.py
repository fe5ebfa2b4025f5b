from django.urls import path

from bookings import views

app_name = "bookings"

urlpatterns = [
    path("<uuid:desk_key>/", views.desk, name="desk"),
    path("<uuid:desk_key>/folder/", views.flyer, name="flyer"),
    path("<uuid:desk_key>/<int:slot_id>/", views.book, name="book"),
    path("bevestiging/<str:token>/", views.confirmation, name="confirmation"),
    path("bevestiging/<str:token>/afspraak.ics", views.ics, name="ics"),
    path("annuleren/<str:token>/", views.cancel, name="cancel"),
]
