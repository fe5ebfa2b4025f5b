"""Under /<language>/werkgevers/: Dutch path words in every language, like the section itself."""

from django.urls import path, register_converter
from django.views.decorators.cache import never_cache

from employers import contact_views, views


class ReferenceCodeConverter:
    regex = "[A-Za-z0-9]{6}"

    def to_python(self, value):
        return value.upper()

    def to_url(self, value):
        return value


register_converter(ReferenceCodeConverter, "code")

app_name = "employers"
urlpatterns = [
    path("aanmelden/", views.signup, name="signup"),
    path("aanmelden/verstuurd/", views.signup_done, name="signup_done"),
    path("aanmelden/opnieuw/", views.resend_confirmation, name="resend_confirmation"),
    path("aanmelden/bevestigen/<str:uidb64>/<str:token>/", views.confirm, name="confirm"),
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("uitloggen/", views.LogoutView.as_view(), name="logout"),
    path("wachtwoord/", never_cache(views.PasswordResetView.as_view()), name="password_reset"),
    path("wachtwoord/verstuurd/", views.password_reset_sent, name="password_reset_sent"),
    path(
        "wachtwoord/nieuw/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("wachtwoord/klaar/", views.password_reset_complete, name="password_reset_complete"),
    path("mijn-vacatures/", views.dashboard, name="dashboard"),
    path("mijn-vacatures/nieuw/", views.vacancy_create, name="vacancy_create"),
    path("mijn-vacatures/<code:code>/", views.vacancy_edit, name="vacancy_edit"),
    path("mijn-vacatures/<code:code>/voorbeeld/", views.vacancy_preview, name="vacancy_preview"),
    path("mijn-vacatures/<code:code>/vervuld/", views.vacancy_filled, name="vacancy_filled"),
    path("mijn-vacatures/<code:code>/<slug:action>/", views.vacancy_action, name="vacancy_action"),
    path(
        "mijn-vacatures/<code:code>/<slug:action>/bevestigen/",
        views.vacancy_confirm,
        name="vacancy_confirm",
    ),
    path("mijn-organisatie/", views.organisation_edit, name="organisation"),
    path("mijn-organisatie/collega/", views.colleague_add, name="colleague_add"),
    path("organisaties/<slug:slug>/", views.organisation_profile, name="profile"),
    path("bel-mij-terug/", contact_views.callback, name="callback"),
    path("bel-mij-terug/verstuurd/", contact_views.callback_done, name="callback_done"),
]
