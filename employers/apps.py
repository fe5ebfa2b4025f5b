from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    """Employer organisations, their accounts and dashboard, and the moderation hand-off."""

    name = "employers"
    verbose_name = _("Employers")

    def ready(self):
        from core import slots
        from employers import contact_point, signals
        from employers.views import employer_link_context

        signals.connect()
        slots.register(
            "vacancy_employer", "employers/includes/employer_link.html", employer_link_context
        )
        # The site's footer names the employers' way in; the footer itself names no app.
        slots.register("footer", "employers/includes/footer_links.html", lambda *args: {})
        # Employer pages name the employer service point, not the residents' desks.
        slots.register(
            "contact_block",
            "employers/includes/contact_point.html",
            contact_point.contact_block_context,
        )
        slots.register(
            "main_end", "employers/includes/contact_point.html", contact_point.main_end_context
        )
