"""What a page shows from other rows (a story's picture, an event's place, the rules and desks a
guide shows in the reader's language) comes with its route (core/routing.py,
`load_what_it_shows`): the second visitor gets a story or event without a query and a guide in
one (Wagtail keeps a StreamField as raw data, so its chosen rows are read again), and a saved
rule shows at once."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import EventPage, GuidePage, RuleStatement, StoryPage
from tests.conftest import html

pytestmark = pytest.mark.usefixtures("demo_site")


def first_live(model, code, **lookups):
    page = model.objects.live().filter(locale__language_code=code, **lookups).order_by("path")
    return page.first()


def guide_with_rules(code):
    for guide in GuidePage.objects.live().filter(locale__language_code=code).order_by("path"):
        if any(block.block_type == "rule" for block in guide.body):
            return guide
    raise AssertionError(f"no guide with rules in {code}")


def main_text(response):
    return html(response).select_one("main").get_text(" ", strip=True)


@pytest.mark.parametrize("code", ["nl", "ar"])
@pytest.mark.parametrize(
    ("find", "reads"),
    [
        (lambda code: first_live(StoryPage, code, image__isnull=False), []),
        (lambda code: first_live(EventPage, code, location__isnull=False), []),
        (guide_with_rules, ["home_rulestatement"]),
    ],
    ids=["story with a picture", "event at a desk", "guide with rules"],
)
def test_the_second_visitor_reads_only_what_cannot_be_kept(client, code, find, reads):
    page = find(code)
    assert page is not None
    first = client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(page.url)
    assert again.status_code == 200
    tables = [query["sql"].split(" FROM ")[1].split()[0].strip('"') for query in queries]
    assert tables == reads
    assert main_text(again) == main_text(first)


def test_a_saved_rule_shows_on_its_guide_at_once(client):
    guide = guide_with_rules("nl")
    client.get(guide.url)
    rule = next(block.value for block in guide.body if block.block_type == "rule")
    rule.text = "Deze regel is zojuist aangepast door de redactie."
    rule.save()
    assert RuleStatement.objects.get(pk=rule.pk).text == rule.text
    assert rule.text in main_text(client.get(guide.url))
