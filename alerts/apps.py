from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """E-mail alerts: residents get the new vacancies of a board search, without an account."""

    name = "alerts"
    verbose_name = _("E-mail alerts")

    def ready(self):
        # The board must not import this app: it renders what the "board_tools" slot holds.
        from alerts.board_slot import alert_link_context
        from core import slots

        slots.register("board_tools", "alerts/includes/board_link.html", alert_link_context)
