"""The query budget: every public page type renders in at most 12 SQL queries, and the number
does not grow with the number of menu items, stories, events or vacancies.

What the budget covers: one anonymous GET with the page cache off (PAGE_CACHE_SECONDS=0 in the
test settings), from the site lookup to the last template - the route and the view
restrictions (core/routing.py), the menu, footer, share image and landmark pages (one cached
structure per language, core/chrome.py), the language switcher and the translation notice
(the page's translations, fetched with the page), the page's own lists with their translations,
images and renditions, and the search log's write on a search. It is counted twice: on the
first request after the cache was emptied (everything above built again: a warm chrome cache
does not count) and on the next one. Not counted: what a worker process keeps in memory for
its lifetime (content types, the locale codes) and renditions Wagtail makes once and stores; a
request to the page before the cache is emptied takes care of those, as any earlier request
does in a running worker.

The pages are found in the demo content (demo/), never by id.
"""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page

from core.models import FooterSettings, MainMenu
from employers.models import Organisation
from home import checker
from home.choices import Audience
from home.desks import served_place_names, source_desks
from home.models import (
    CheckerPage,
    EventIndexPage,
    EventPage,
    GuidePage,
    HomePage,
    LocationIndexPage,
    SectionIndexPage,
    StoryIndexPage,
    StoryPage,
)
from tests.home.factories import EventPageFactory, StoryPageFactory
from tests.vacancies.factories import VacancyFactory
from vacancies.models import Vacancy, VacancyIndexPage

pytestmark = pytest.mark.usefixtures("demo_site")

BUDGET = 12
CODES = ["nl", "ar"]


def page_in(model, code, **filters):
    return (
        model.objects.live().filter(locale__language_code=code, **filters).order_by("path").first()
    )


def guide_with_rules(code):
    for guide in GuidePage.objects.live().filter(locale__language_code=code).order_by("path"):
        if any(block.block_type == "rule" for block in guide.body):
            return guide.url
    raise AssertionError(f"no guide with rule statements in {code}")


def checker_answered(code):
    answers = dict.fromkeys(checker.CONDITIONS, "yes")
    answers[checker.PERMIT] = "no"
    query = "&".join(f"{name}={value}" for name, value in answers.items())
    return f"{page_in(CheckerPage, code, slug='check-mag-ik-werken').url}?{query}"


def stories_filtered(code):
    story = page_in(StoryPage, code)
    return f"{page_in(StoryIndexPage, code).url}?sector={story.sector}"


def an_event(code):
    return page_in(EventPage, code, end__gte=timezone.now()).url


def a_vacancy(code):
    vacancy = Vacancy.objects.visible().order_by("pk").first()
    return f"{page_in(VacancyIndexPage, code).url}{vacancy.reference_code}/"


def board_filtered(code):
    vacancy = Vacancy.objects.visible().order_by("pk").first()
    word = vacancy.title.split()[0]
    return (
        f"{page_in(VacancyIndexPage, code).url}?q={word}&sector={vacancy.sector}"
        f"&contract={vacancy.contract}&dutch_level={vacancy.dutch_level}"
    )


def desk_finder(code):
    place = served_place_names(source_desks())[0]
    return f"{page_in(LocationIndexPage, code).url}?place={place}"


def site_search(code):
    with translation.override(code):
        return reverse("search:results") + "?q=werk"


def employer_section(code):
    return page_in(SectionIndexPage, code, audience=Audience.EMPLOYERS).url


def employer_guide(code):
    section = SectionIndexPage.objects.get(locale__language_code=code, audience=Audience.EMPLOYERS)
    return GuidePage.objects.live().child_of(section).order_by("path").first().url


def employer_signup(code):
    with translation.override(code):
        return reverse("employers:signup")


def organisation_profile(code):
    organisation = Organisation.objects.approved().order_by("pk").first()
    with translation.override(code):
        return reverse("employers:profile", args=[organisation.slug])


PAGES = {
    "home": lambda code: page_in(HomePage, code).url,
    "content page": lambda code: Page.objects.get(slug="privacy", locale__language_code=code).url,
    "guide with rules": guide_with_rules,
    "checker with an answer": checker_answered,
    "story overview, filtered": stories_filtered,
    "story": lambda code: page_in(StoryPage, code).url,
    "event overview": lambda code: page_in(EventIndexPage, code).url,
    "event": an_event,
    "vacancy board": lambda code: page_in(VacancyIndexPage, code).url,
    "vacancy board, filtered": board_filtered,
    "vacancy": a_vacancy,
    "locations": lambda code: page_in(LocationIndexPage, code).url,
    "desk finder with a place": desk_finder,
    "site search": site_search,
    "employers' section": employer_section,
    "employers' guide": employer_guide,
    "employers' sign-up": employer_signup,
    "employer's profile": organisation_profile,
}


def queries_of(client, url):
    """(queries of the first request after the cache was emptied, of the next request)."""
    assert client.get(url).status_code == 200, url  # the worker's own lookups, renditions
    cache.clear()
    counts = []
    for _request in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(queries))
    return tuple(counts)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("kind", PAGES)
def test_every_page_type_renders_within_the_budget(
    client, django_assert_max_num_queries, kind, code
):
    url = PAGES[kind](code)
    assert client.get(url).status_code == 200, url
    cache.clear()
    # The first request after the cache was emptied: the chrome is built again.
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(BUDGET):
        assert client.get(url).status_code == 200


def test_an_untranslated_page_in_tigrinya_renders_within_the_budget(
    client, django_assert_max_num_queries
):
    alias = Page.objects.get(slug="privacy", locale__language_code="ti")
    assert alias.alias_of_id is not None  # the Dutch text with a notice
    client.get(alias.url)
    cache.clear()
    with django_assert_max_num_queries(BUDGET):
        assert client.get(alias.url).status_code == 200
    with django_assert_max_num_queries(BUDGET):
        assert client.get(alias.url).status_code == 200


GROWING_PAGES = {
    "home": lambda code: page_in(HomePage, code).url,
    "content page": lambda code: Page.objects.get(slug="privacy", locale__language_code=code).url,
    "story overview": lambda code: page_in(StoryIndexPage, code).url,
    "event overview": lambda code: page_in(EventIndexPage, code).url,
    "vacancy board": lambda code: page_in(VacancyIndexPage, code).url,
}
MORE = 6


def add_content(code):
    """MORE of everything a page lists: menu items, stories, events, vacancies."""
    guides = list(GuidePage.objects.live().filter(locale__language_code=code)[:MORE])
    for menu in MainMenu.objects.filter(locale__language_code__in=[code, "nl"]):
        menu.items = list(menu.items.raw_data) + [
            {"type": "item", "value": {"page": guide.pk, "label": ""}} for guide in guides
        ]
        menu.save()
    stories = page_in(StoryIndexPage, code)
    events = page_in(EventIndexPage, code)
    for number in range(MORE):
        StoryPageFactory(parent=stories, locale=stories.locale, slug=f"meer-{number}")
        EventPageFactory(parent=events, locale=events.locale, slug=f"meer-{number}")
        VacancyFactory(open=True, with_translation=True)


@pytest.mark.parametrize("code", CODES)
def test_the_number_of_queries_does_not_grow_with_the_content(client, code):
    before = {kind: queries_of(client, url(code)) for kind, url in GROWING_PAGES.items()}
    add_content(code)
    after = {kind: queries_of(client, url(code)) for kind, url in GROWING_PAGES.items()}
    assert after == before


def test_reading_the_footer_settings_writes_nothing(client):
    """Wagtail's FooterSettings.for_request() creates a missing row: a page view must not."""
    FooterSettings.objects.all().delete()
    with translation.override("nl"):
        callback = reverse("employers:callback")
    for url in (page_in(HomePage, "nl").url, callback):
        assert client.get(url).status_code == 200
    assert not FooterSettings.objects.exists()
