import datetime

import pytest
from dateutil.relativedelta import relativedelta

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from wagtail.models import Locale

from home.models import GuidePage, RuleStatement
from tests.conftest import html


def make_rule(**fields):
    defaults = {
        "title": "Testregel",
        "text": "Een regel.",
        "status": "current",
        "source_title": "Bron",
        "last_verified": timezone.localdate(),
        "locale": Locale.get_default(),
    }
    return RuleStatement.objects.create(**{**defaults, **fields})


@pytest.mark.django_db
def test_stale_means_not_checked_for_more_than_six_months():
    today = datetime.date(2026, 11, 23)
    six_months_ago = today - relativedelta(months=6)
    on_the_edge = make_rule(title="Precies zes maanden", last_verified=six_months_ago)
    over = make_rule(
        title="Een dag te oud", last_verified=six_months_ago - datetime.timedelta(days=1)
    )

    stale = RuleStatement.objects.stale(today)

    assert over in stale
    assert on_the_edge not in stale
    assert over.is_stale(today) and not on_the_edge.is_stale(today)


@pytest.mark.django_db
def test_editors_see_stale_rules_in_a_report(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="redacteur"))
    old = make_rule(
        title="Oude regel", last_verified=timezone.localdate() - relativedelta(months=7)
    )
    fresh = make_rule(title="Verse regel")

    response = client.get("/admin/reports/stale-rules/")

    assert response.status_code == 200
    assert old.title.encode() in response.content
    assert fresh.title.encode() not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["nl", "ar"])
def test_an_announced_rule_is_labelled_as_not_yet_in_force(client, code):
    guide = GuidePage.objects.get(slug="mag-ik-werken", locale__language_code=code)
    page = html(client.get(guide.url))

    announced = page.select(".werkroute-rule--announced")
    assert len(announced) == 1
    with translation.override(code):
        label = translation.gettext("Announced, not yet in force")
    assert label in announced[0].get_text()
    assert (
        page.select_one(
            ".werkroute-rule:not(.werkroute-rule--announced) .werkroute-badge--announced"
        )
        is None
    )


@pytest.mark.django_db
def test_a_rule_no_longer_valid_is_hidden_from_readers_and_flagged_in_preview(client, rf):
    guide = GuidePage.objects.get(slug="mag-ik-werken", locale__language_code="nl")
    rule = RuleStatement.objects.get(
        title="Geen grens van 24 weken per jaar meer", locale=guide.locale
    )
    RuleStatement.objects.filter(pk=rule.pk).update(status="expired")

    public = client.get(guide.url).content.decode()
    assert rule.title not in public

    preview = guide.make_preview_request(rf.get(guide.url)).render().content.decode()
    assert rule.title in preview
    with translation.override("nl"):
        warning = translation.gettext(
            "For editors: this rule is no longer valid and is hidden from readers. "
            "Replace or remove it."
        )
    assert warning in preview


@pytest.mark.django_db
def test_a_rule_needs_an_audience_and_a_date_not_in_the_future():
    rule = make_rule(for_employers=False, for_residents=False)
    with pytest.raises(ValidationError):
        rule.full_clean()
    rule = make_rule(last_verified=timezone.localdate() + datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        rule.full_clean()
    assert "last_verified" in error.value.message_dict
