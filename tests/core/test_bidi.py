"""Text from another writing direction is isolated wherever user or editor text is shown.

An organisation name, a Dutch page title in an Arabic breadcrumb or a Persian speaker's name
under a quote must sit in a <bdi> or in an element with a dir attribute (HTML isolates both:
unicode-bidi: isolate), so its direction cannot reorder the text around it.
"""

import pytest

from core.templatetags.portal_tags import direction_of
from employers.models import Posting
from home.models import CheckerPage, StoryPage
from tests.conftest import html
from tests.employers.factories import OrganisationFactory
from tests.vacancies.factories import VacancyFactory
from vacancies.models import VacancyIndexPage

pytestmark = pytest.mark.django_db

RIGHT_TO_LEFT_OVERRIDE = "\u202e"


def isolated(text_node, wanted):
    """True when the text node holding `wanted` is isolated from the text around it.

    Walks up from the text: the first element that is a <bdi> or carries a dir attribute isolates
    it. An element on the way that holds more text than `wanted` (a sentence, a list of names)
    means the string was mixed into other text without isolation.
    """
    for element in text_node.parents:
        if element.name == "bdi" or element.has_attr("dir"):
            return True
        if " ".join(element.get_text().split()) != " ".join(wanted.split()):
            return False
    return False


def assert_isolated(page, wanted, within="main"):
    """Every place `wanted` appears in `within` is isolated; it must appear at least once."""
    root = page.select_one(within)
    nodes = [node for node in root.find_all(string=True) if wanted in node]
    assert nodes, f"{wanted!r} is not shown in {within}"
    for node in nodes:
        assert node.strip() == wanted, f"{wanted!r} shares a text node: {node!r}"
        assert isolated(node, wanted), f"{wanted!r} is not isolated in {node.parent}"


def test_an_organisation_name_with_a_right_to_left_override_is_isolated(client):
    name = f"Bakkerij {RIGHT_TO_LEFT_OVERRIDE}De Korenschoof"
    vacancy = VacancyFactory(employer_name=name, title="Bakker")
    Posting.objects.create(vacancy=vacancy, organisation=OrganisationFactory(name=name))
    board = VacancyIndexPage.objects.get(locale__language_code="ar")

    detail = html(client.get(f"{board.url}{vacancy.reference_code}/"))
    # The lead line ("name · place") and the employer link ("More about <name>") alike.
    assert_isolated(detail, name)
    assert len(detail.select_one("main").find_all(string=lambda s: name in s)) == 2
    assert_isolated(detail, str(vacancy.place))
    card_list = html(client.get(f"{board.url}?q=Bakker"))
    assert_isolated(card_list, name)


def test_a_dutch_title_in_an_arabic_breadcrumb_keeps_its_own_direction(client):
    dutch = CheckerPage.objects.get(locale__language_code="nl", slug="check-mag-ik-werken")
    arabic = CheckerPage.objects.get(
        locale__language_code="ar", translation_key=dutch.translation_key
    )
    # A translation that kept its Dutch title, as a translator may leave it for later.
    arabic.title = dutch.title
    arabic.save_revision().publish()

    page = html(client.get(arabic.url))
    crumb = page.select_one(".werkroute-breadcrumbs [aria-current=page]")
    assert crumb.get_text() == dutch.title
    assert_isolated(page, dutch.title, within=".werkroute-breadcrumbs")
    # Left to right, so the question mark stays at the end: not "?Doe de check".
    assert crumb["dir"] == "ltr"


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("Doe de check: mag ik werken?", "ar", "ltr"),  # a Dutch title left in a translation
        ("Werkroute: من مركز اللجوء إلى العمل", "ar", "rtl"),  # both scripts: the language's
        ("Werkroute: من مركز اللجوء إلى العمل", "nl", "ltr"),
        ("مریم از شیراز", "nl", "rtl"),
        ("2026", "ar", "rtl"),  # no letters at all: the language's
    ],
)
def test_direction_of_a_title(text, language, direction):
    assert direction_of(text, language) == direction


def test_a_persian_speaker_under_a_dutch_quote_is_isolated(client):
    story = StoryPage.objects.live().filter(locale__language_code="nl").first()
    story.quote_by = "مریم، ۲۹ ساله، از شیراز"
    story.save_revision().publish()
    page = html(client.get(story.url))
    assert_isolated(page, story.quote_by)
    assert_isolated(page, story.quote)


def test_the_search_query_is_isolated_in_the_result_summary(client):
    query = "Schoonmaak"
    page = html(client.get(f"/ar/zoeken/?q={query}"))
    assert_isolated(page, query, within="#search-summary")
