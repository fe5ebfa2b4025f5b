"""Admin panels of the vacancy board."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from vacancies.pay import moderation_flags


class ModerationFlagsPanel(Panel):
    """What the editor who approves a vacancy should look at (vacancies/pay.py), on its edit
    view: pay below the minimum wage, an unpaid place, no pay given, no minimum wage entered."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Checks before approval"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "vacancies/admin/moderation_flags_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.flags = moderation_flags(self.instance) if self.instance is not None else []

        def is_shown(self):
            return bool(self.flags)
