from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorsConfig(AppConfig):
    """The editors' side of the portal: roles, figures with charts and exports."""

    name = "editors"
    verbose_name = _("Editors' portal")

    def ready(self):
        from editors import signals

        signals.connect()
