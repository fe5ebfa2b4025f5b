from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("verstuurd/", views.subscribe_done, name="subscribe_done"),
    path("bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
