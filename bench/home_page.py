"""Server time and SQL queries of one page of every public page type, beside a bare Django view.

Run: .venv/bin/python bench/home_page.py [--repeat 200]  (set DATABASE_URL for PostgreSQL)

The demo content is loaded into a throwaway database and each page is found in it (the models
are asked, so a renamed slug or a new demo page needs no edit here). The page cache is off
(portal.settings.test), as for an employer, an editor or the first visitor after a change;
the application's own caches (menus, counts) are warm after five untimed requests, except site
search's cache of whole results pages, which is emptied before every request, since it keeps
a page like the page cache does. Targets (issue 20): every page type at most 12 SQL queries and
a median at most 15 times the bare view's.
"""

import argparse
import io
from urllib.parse import urlencode

from harness import report, throwaway_database

from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from wagtail.models import get_page_models

from bookings.models import Slot
from employers.models import Organisation
from home import checker
from home.desks import served_place_names
from home.models import (
    CheckerPage,
    ContentPage,
    EventIndexPage,
    EventPage,
    GuidePage,
    HomePage,
    LocationIndexPage,
    PortalPage,
    StoryIndexPage,
    StoryPage,
)
from search.query import SiteSearch
from search.views import results_cache_key
from vacancies.models import Vacancy, VacancyIndexPage

MAX_QUERIES = 12
MAX_TIMES_BARE = 15


def first(queryset, what):
    found = queryset.first()
    if found is None:
        raise SystemExit(f"no {what} in the demo content: did load_demo change?")
    return found


def live(model, language, **lookups):
    """Live pages of `model` in `language`, in tree order."""
    return model.objects.live().filter(locale__language_code=language, **lookups).order_by("path")


def guide_with_rules(language):
    """A translated guide (not an alias of the Dutch one) that embeds rule statements."""
    for guide in live(GuidePage, language, alias_of__isnull=True):
        if any(block.block_type == "rule" for block in guide.body):
            return guide
    raise SystemExit(f"no translated guide with rules in {language}: did load_demo change?")


def vacancy_url(language):
    """A visible vacancy on the board in `language`, one with a translation into it if any."""
    visible = Vacancy.objects.visible().order_by("pk")
    vacancy = visible.filter(translations__language=language).first() or first(visible, "vacancy")
    return first(live(VacancyIndexPage, language), "board").vacancy_url(vacancy)


def uncached_search(language, word):
    """The URL of site search for `word` and what empties its cached results page."""
    with translation.override(language):
        url = reverse("search:results") + "?" + urlencode({"q": word})
    request = RequestFactory().get(url)

    def forget_results():
        with translation.override(language):
            cache.delete(results_cache_key(request, SiteSearch(word, language), language))

    return url, forget_results


def page_urls():
    """(label, url[, before_each]) of one page of every public page type in the demo."""
    home = first(live(HomePage, "nl"), "Dutch home page")
    untranslated = first(live(ContentPage, "ti", alias_of__isnull=False), "untranslated page")
    story = first(live(StoryPage, "nl"), "story")
    employer_section = home.employer_page
    employer_guide = first(live(GuidePage, "nl").descendant_of(employer_section), "employer guide")
    locations = first(live(LocationIndexPage, "nl"), "location overview")
    desk = first(Slot.objects.upcoming().order_by("starts_at"), "upcoming desk slot").desk
    organisation = first(Organisation.objects.approved().order_by("pk"), "approved employer")
    answers = {checker.PERMIT: "no", **dict.fromkeys(checker.ASYLUM_SEEKER_CONDITIONS, "yes")}
    # A word from a vacancy's title: site search finds vacancies and pages with it.
    title = first(Vacancy.objects.visible().order_by("pk"), "vacancy").title
    word = max(title.split(), key=len).lower()
    with translation.override("nl"):
        signup = reverse("employers:signup")
        profile = reverse("employers:profile", args=[organisation.slug])
        booking = reverse("bookings:desk", args=[desk.translation_key])
        alert_signup = reverse("alerts:subscribe")
        callback = reverse("employers:callback")
    covered = {HomePage, ContentPage, GuidePage, CheckerPage, StoryIndexPage, EventIndexPage}
    covered |= {StoryPage, EventPage, LocationIndexPage, VacancyIndexPage}
    covered.add(employer_section.specific_class)
    missing = [
        model.__name__
        for model in get_page_models()
        if issubclass(model, PortalPage) and not model._meta.abstract and model not in covered
    ]
    if missing:
        print(f"Page types without a row here (add one): {', '.join(missing)}")
    return [
        ("(b) home page, Dutch", home.url),
        ("(c) home page, Arabic", first(live(HomePage, "ar"), "Arabic home page").url),
        ("(d) content page, Dutch", untranslated.alias_of.url),
        ("(e) untranslated page, Tigrinya", untranslated.url),
        ("(f) guide with rules, Arabic", guide_with_rules("ar").url),
        (
            "(g) checker with an answer",
            first(live(CheckerPage, "nl"), "checker").url + "?" + urlencode(answers),
        ),
        (
            "(h) story overview, filtered",
            first(live(StoryIndexPage, "nl"), "story overview").url
            + "?"
            + urlencode({"sector": story.sector}),
        ),
        ("(i) event overview", first(live(EventIndexPage, "nl"), "event overview").url),
        ("(j) story", story.url),
        ("(k) event", first(live(EventPage, "nl"), "event").url),
        ("(l) locations", locations.url),
        (
            "(m) desk finder, a place chosen",
            locations.url + "?" + urlencode({"place": served_place_names()[0]}),
        ),
        ("(n) desk with its slots (booking)", booking),
        ("(o) board, nothing chosen", first(live(VacancyIndexPage, "nl"), "board").url),
        ("(p) vacancy, Dutch", vacancy_url("nl")),
        ("(q) vacancy, Arabic", vacancy_url("ar")),
        (f"(r) site search '{word}', uncached", *uncached_search("nl", word)),
        ("(s) employers' section", employer_section.url),
        ("(t) employers' guide", employer_guide.url),
        ("(u) employers' sign-up", signup),
        ("(v) organisation profile", profile),
        ("(w) employers' call-back request", callback),
        ("(x) job alert sign-up", alert_signup),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200, help="timed requests per page")
    args = parser.parse_args()
    with throwaway_database():
        call_command("load_demo", stdout=io.StringIO())
        report(
            "Every public page type with the demo content",
            page_urls(),
            repeat=args.repeat,
            targets=(MAX_QUERIES, MAX_TIMES_BARE),
        )


if __name__ == "__main__":
    main()
