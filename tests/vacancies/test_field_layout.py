"""The employer's vacancy form and the editors' admin panels read one field list."""

from wagtail.admin.panels import FieldPanel

from employers.forms import VacancyForm
from vacancies.field_layout import VACANCY_FIELD_GROUPS, employer_fields
from vacancies.models import Vacancy

# Set by the portal or by Wagtail's publishing (its schedule has its own dialog), never typed:
# the field list must name every other editable field.
NOT_TYPED = {
    "live",
    "reference_code",
    "latest_revision",
    "live_revision",
    "locked_by",
    "first_published_at",
    "go_live_at",
    "expire_at",
}


def panel_fields(panels):
    for panel in panels:
        if isinstance(panel, FieldPanel):
            yield panel.field_name
        yield from panel_fields(getattr(panel, "children", []))


def test_the_employer_form_has_exactly_the_listed_fields_in_their_groups():
    form = VacancyForm()
    assert list(form.fields) == employer_fields()
    assert [
        (str(heading), [field.name for field in fields]) for heading, fields in form.field_groups()
    ] == [(str(group.heading), group.fields) for group in VACANCY_FIELD_GROUPS]


def test_the_admin_panels_show_the_same_fields_and_the_editors_own():
    fields = list(panel_fields(Vacancy.panels))
    assert fields == [
        name for group in VACANCY_FIELD_GROUPS for name in group.fields + list(group.editor_rows)
    ]
    assert set(fields) - set(employer_fields()) == {"employer_name"}


def test_every_editable_field_of_a_vacancy_is_in_the_list():
    editable = {
        field.name
        for field in Vacancy._meta.get_fields()
        if getattr(field, "editable", False) and field.concrete and not field.primary_key
    }
    listed = set(panel_fields(Vacancy.panels))
    assert editable - listed <= NOT_TYPED, editable - listed - NOT_TYPED
