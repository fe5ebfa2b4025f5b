"""The pay rule in the forms that save a vacancy: the employer's (employers/forms.py) and the
editors' admin form (Vacancy.base_form_class)."""

from types import SimpleNamespace

from wagtail.admin.forms import WagtailAdminModelForm

from vacancies import pay


class PayRuleFormMixin:
    """Refuses pay below the minimum wage in force, and an unpaid place with a TWV, a salary
    or no word on what it is for (vacancies/pay.py), next to the field concerned.

    Only the form checks this, not Vacancy.clean(): Wagtail cleans a vacancy on every
    save_revision(), and one saved before a higher minimum wage started must still be
    withdrawn, closed or duplicated; the moderator is told by its flags instead."""

    def clean(self):
        cleaned = super().clean()
        for field, message in pay.pay_errors(self.pay_facts(cleaned)).items():
            if field not in self.fields:
                self.add_error(None, message)
            elif field not in self.errors:
                self.add_error(field, message)
        return cleaned

    def pay_facts(self, cleaned):
        """The values the rule reads, as typed; a field that failed its own check reads as
        empty, so it gets one clear message, not a second one about a value it does not have."""
        return SimpleNamespace(
            **{
                name: cleaned.get(name) if name in self.fields else getattr(self.instance, name)
                for name in pay.RULE_FIELDS
            }
        )


class VacancyAdminForm(PayRuleFormMixin, WagtailAdminModelForm):
    pass
