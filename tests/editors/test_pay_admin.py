"""Editors keep the minimum wage in the admin; the dashboard says when it is missing or stale;
a vacancy's edit view shows the pay flags, and the admin form applies the pay rule too."""

import datetime
from decimal import Decimal

import pytest

from django.urls import reverse
from django.utils import timezone

from home.models import MinimumWage
from tests.conftest import html
from tests.home.factories import MinimumWageFactory
from tests.vacancies.factories import VacancyFactory
from tests.vacancies.helpers import admin_form_data
from vacancies import pay

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

TODAY = timezone.localdate()
SOURCE = "https://www.rijksoverheid.example/minimumloon-admin"


def figures_panel(client):
    page = html(client.get(reverse("wagtailadmin_home")))
    return page.select_one("#werkroute-figures-heading").find_parent("section")


def test_the_dashboard_flags_a_minimum_wage_not_set(editor_client):
    MinimumWage.objects.all().delete()
    panel = figures_panel(editor_client)
    flag = panel.select_one("#minimum-wage-not-set")
    assert flag is not None and "Minimum wage not set" in flag.text
    assert flag.find("a")["href"] == reverse("wagtailsnippets_home_minimumwage:add")


def test_the_dashboard_names_the_amount_in_force_and_the_next_one(editor_client):
    MinimumWageFactory(amount_per_hour=Decimal("14.00"), valid_from=TODAY)
    MinimumWageFactory(
        amount_per_hour=Decimal("14.50"), valid_from=TODAY + datetime.timedelta(days=20)
    )
    panel = figures_panel(editor_client)
    assert panel.select_one("#minimum-wage-not-set") is None
    assert "14.00" in panel.select_one("#minimum-wage-in-force").text
    assert "14.50" in panel.text


def test_the_dashboard_flags_a_minimum_wage_not_checked_for_six_months(editor_client):
    MinimumWageFactory(valid_from=TODAY, last_verified=TODAY - datetime.timedelta(days=200))
    panel = figures_panel(editor_client)
    assert panel.select_one("#minimum-wage-stale") is not None


def test_editors_enter_a_minimum_wage_ahead_of_its_start(editor_client):
    add_url = reverse("wagtailsnippets_home_minimumwage:add")
    form = html(editor_client.get(add_url))
    for name in ("amount_per_hour", "valid_from", "source_url", "last_verified"):
        assert form.select_one(f'[name="{name}"]') is not None
        assert MinimumWage._meta.get_field(name).help_text
    starts = TODAY + datetime.timedelta(days=40)
    response = editor_client.post(
        add_url,
        {
            "amount_per_hour": "14.75",
            "valid_from": starts.isoformat(),
            "source_url": SOURCE,
            "last_verified": TODAY.isoformat(),
        },
    )
    assert response.status_code == 302
    assert pay.minimum_wage_on(starts).amount_per_hour == Decimal("14.75")
    assert pay.minimum_wage_on(TODAY) is None


def test_a_minimum_wage_without_a_source_is_refused_and_kept(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_home_minimumwage:add"),
        {"amount_per_hour": "14.75", "valid_from": TODAY.isoformat(), "source_url": ""},
    )
    assert response.status_code == 200
    assert not MinimumWage.objects.exists()
    assert html(response).select_one('[name="amount_per_hour"]')["value"] == "14.75"


def edit_url(vacancy):
    return reverse("wagtailsnippets_vacancies_vacancy:edit", args=[vacancy.pk])


@pytest.fixture
def moderator_client(client, moderator):
    """Moderators approve vacancies in their edit view (editors/roles.py)."""
    client.force_login(moderator)
    return client


def test_the_edit_view_shows_every_flag(moderator_client):
    MinimumWageFactory(amount_per_hour=Decimal("14.00"), source_url=SOURCE)
    low = VacancyFactory(salary_min=Decimal("9.50"), salary_period="hour")
    page = html(moderator_client.get(edit_url(low)))
    flags = page.select("#moderation-flags [data-flag]")
    assert [flag["data-flag"] for flag in flags] == [pay.BELOW_MINIMUM_WAGE]
    assert flags[0].find("a")["href"] == SOURCE
    assert "9.50" in flags[0].text

    fine = VacancyFactory(salary_min=Decimal("14.00"), salary_period="hour")
    assert html(moderator_client.get(edit_url(fine))).select_one("#moderation-flags") is None


def test_the_edit_view_shows_a_missing_minimum_wage(moderator_client):
    page = html(moderator_client.get(edit_url(VacancyFactory())))
    codes = [flag["data-flag"] for flag in page.select("#moderation-flags [data-flag]")]
    assert codes == [pay.MINIMUM_WAGE_NOT_SET, pay.PAY_NOT_GIVEN]


def test_the_admin_form_refuses_pay_below_the_minimum_too(moderator_client):
    MinimumWageFactory(amount_per_hour=Decimal("14.00"))
    vacancy = VacancyFactory(salary_min=Decimal("14.00"), salary_period="hour")
    below = admin_form_data(vacancy.place, salary_min="9.50", salary_period="hour")
    response = moderator_client.post(edit_url(vacancy), below)
    assert response.status_code == 200
    page = html(response)
    assert page.select_one('[name="salary_min"]')["value"] == "9.50"
    assert "minimum wage" in page.text
    vacancy.refresh_from_db()
    assert vacancy.latest_revision.as_object().salary_min == Decimal("14.00")
    response = moderator_client.post(edit_url(vacancy), {**below, "salary_min": "14.00"})
    assert response.status_code == 302


def test_the_moderator_can_look_up_the_minimum_wage_but_not_change_it(moderator_client):
    row = MinimumWageFactory()
    assert moderator_client.get(reverse("wagtailsnippets_home_minimumwage:list")).status_code == 200
    response = moderator_client.get(reverse("wagtailsnippets_home_minimumwage:edit", args=[row.pk]))
    assert response.status_code in (302, 403)
