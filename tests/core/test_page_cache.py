"""The page cache: anonymous pages come from the cache until content changes or a day passes."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from core import invalidation, page_cache, versions
from core.cache_keys import versioned_key
from core.models import FooterSettings, MainMenu
from home.models import GuidePage, HomePage, StoryPage
from tests.vacancies.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_an_anonymous_page_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/nl/vacatures/")
    assert first["Cache-Control"] == "max-age=60"
    with django_assert_num_queries(0):
        second = client.get("/nl/vacatures/")
    assert second.content == first.content
    assert not second.cookies


def test_a_content_change_empties_the_cache(client):
    client.get("/nl/")
    home = HomePage.objects.get(locale__language_code="nl")
    home.intro = "Een nieuwe inleiding voor de test."
    home.save_revision().publish()
    assert "Een nieuwe inleiding voor de test." in client.get("/nl/").content.decode()


def test_a_new_vacancy_shows_at_once(client):
    client.get("/nl/vacatures/")
    vacancy = VacancyFactory(title="Nieuwe vacature voor de cachetest")
    assert vacancy.title in client.get("/nl/vacatures/").content.decode()


def test_a_new_day_closes_cached_vacancies(client, monkeypatch):
    vacancy = Vacancy.objects.visible().order_by("closing_date").first()
    closing_day = vacancy.closing_date
    last_second = timezone.make_aware(
        datetime.datetime.combine(closing_day, datetime.time(23, 59, 59))
    )
    monkeypatch.setattr(timezone, "now", lambda: last_second)
    assert vacancy.reference_code in client.get("/nl/vacatures/?order=closing").content.decode()
    next_day = last_second + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: next_day)
    page = client.get("/nl/vacatures/?order=closing").content.decode()
    assert vacancy.reference_code not in page


def test_visitors_with_a_session_always_get_a_fresh_page(client, django_user_model):
    anonymous = Client()
    anonymous.get("/nl/")
    # A change behind the application's back (no signal) leaves the cached page as it was ...
    HomePage.objects.filter(locale__language_code="nl").update(intro="Stil veranderd.")
    assert "Stil veranderd." not in anonymous.get("/nl/").content.decode()
    # ... but an editor's request never comes from the cache.
    client.force_login(django_user_model.objects.get(username="admin"))
    assert "Stil veranderd." in client.get("/nl/").content.decode()


@pytest.mark.parametrize("path", ["/nl/bestaat-niet/", "/admin/login/"])
def test_errors_and_the_admin_are_not_cached(client, path):
    client.get(path)
    response = client.get(path)
    assert "max-age=60" not in response.get("Cache-Control", "")


def test_a_gone_vacancy_is_not_cached(client):
    vacancy = VacancyFactory()
    Vacancy.objects.filter(pk=vacancy.pk).update(
        closing_date=timezone.localdate() - datetime.timedelta(days=40)
    )
    assert client.get(f"/nl/vacatures/{vacancy.reference_code}/").status_code == 410
    assert "max-age" not in client.get(f"/nl/vacatures/{vacancy.reference_code}/").get(
        "Cache-Control", ""
    )


# --- what a change makes stale, and what stays cached (core/invalidation.py) ---------------

BOARD = "/nl/vacatures/"
FEED = "/nl/vacatures/feed/"


def detail(vacancy):
    return f"/nl/vacatures/{vacancy.reference_code}/"


def warm(client, *paths):
    for path in paths:
        assert client.get(path).status_code == 200, path


def assert_still_cached(client, django_assert_num_queries, *paths):
    for path in paths:
        with django_assert_num_queries(0):
            client.get(path)


def dutch_guide_not_linking_to(page=None):
    linking = set(invalidation.paths_of_pages_linking_to(page)) if page else set()
    guides = GuidePage.objects.live().filter(locale__language_code="nl")
    return next(guide for guide in guides if guide.path not in linking)


def test_a_vacancy_change_renders_the_board_home_and_its_own_page_again(
    client, django_assert_num_queries
):
    changed, other = VacancyFactory(), VacancyFactory()
    guide = dutch_guide_not_linking_to()
    warm(client, BOARD, FEED, "/nl/", detail(changed), detail(other), guide.url)
    changed.title = "Gepubliceerde nieuwe titel"
    changed.save_revision().publish()
    for path in (BOARD, FEED, "/nl/", detail(changed)):
        assert changed.title in client.get(path).content.decode(), path
    assert_still_cached(client, django_assert_num_queries, detail(other), guide.url)


def test_a_page_publish_renders_it_and_the_lists_above_it_again(client, django_assert_num_queries):
    story = (
        StoryPage.objects.live().filter(locale__language_code="nl").order_by("-first_published_at")
    ).first()
    index = story.get_parent()
    vacancy = VacancyFactory()
    guide = dutch_guide_not_linking_to(story)
    warm(client, story.url, index.url, "/nl/", BOARD, detail(vacancy), guide.url)
    story.title = "Een nieuw verhaal voor de cachetest"
    story.save_revision().publish()
    for path in (story.url, index.url, "/nl/"):
        assert story.title in client.get(path).content.decode(), path
    assert_still_cached(client, django_assert_num_queries, BOARD, detail(vacancy), guide.url)


def test_a_page_in_the_footer_renders_every_page_again(client):
    footer = FooterSettings.objects.get()
    contact = footer.contact_page.specific
    vacancy = VacancyFactory()
    warm(client, detail(vacancy), BOARD)
    contact.title = "Contact met de gemeente, nieuw"
    contact.save_revision().publish()
    for path in (detail(vacancy), BOARD):
        assert contact.title in client.get(path).content.decode(), path


def test_a_page_added_to_the_menu_moves_the_menu_on_from_its_next_publish():
    """The menus' pages are read once per change of the menus (core/invalidation.py): a page
    published before and after it joins the menu moves MENU on only the second time."""
    guide = GuidePage.objects.live().filter(locale__language_code="nl").first()
    menu = MainMenu.objects.get(locale=guide.locale)
    others = [dict(item.value) for item in menu.items if item.value["page"].pk != guide.pk]
    menu.items = [("item", value) for value in others]
    menu.save()
    assert versions.MENU not in invalidation.namespaces_for(guide)
    menu.items = [("item", value) for value in [*others, {"page": guide, "label": ""}]]
    menu.save()
    assert versions.MENU in invalidation.namespaces_for(guide)


def test_pages_that_link_to_a_page_are_made_again_with_it():
    home = HomePage.objects.get(locale__language_code="nl")
    linked = home.employer_page
    assert versions.page_namespace(home.path) in invalidation.namespaces_for(linked)


def test_a_change_nobody_classified_renders_every_page_again(client):
    vacancy = VacancyFactory()
    warm(client, detail(vacancy))
    place = vacancy.place
    place.name = "Nieuwplaats aan Zee"
    place.save()
    assert place.name in client.get(detail(vacancy)).content.decode()


def test_a_page_that_declares_nothing_depends_on_every_change(client):
    client.get("/sitemap-vacancies.xml")
    vacancy = VacancyFactory()
    assert vacancy.reference_code in client.get("/sitemap-vacancies.xml").content.decode()


# --- the cache-key helper (core/cache_keys.py) ---------------------------------------------


def test_a_key_changes_with_what_it_depends_on_and_nothing_else():
    def key(*parts):
        return versioned_key("test", "nl", *parts, depends_on=(versions.BOARD,))

    before = key()
    versions.changed(versions.PAGES)
    assert key() == before
    versions.changed(versions.BOARD)
    assert key() != before
    assert key("tweede pagina") != key()
    assert len(key("een lange zoekvraag " * 40)) < 60


def test_a_daily_key_changes_at_midnight(monkeypatch):
    def key():
        return versioned_key("test", depends_on=(versions.SHARED,), daily=True)

    evening = timezone.make_aware(datetime.datetime(2030, 5, 1, 23, 59))
    monkeypatch.setattr(timezone, "now", lambda: evening)
    before = key()
    monkeypatch.setattr(timezone, "now", lambda: evening + datetime.timedelta(minutes=2))
    assert key() != before


def test_a_page_is_stored_under_the_versions_read_before_it_rendered(client, monkeypatch):
    """A change while the page renders must not file the old page under the new versions."""
    vacancy = VacancyFactory()
    real_render = page_cache.PageDependencies.declare

    def change_during_render(self, names):
        real_render(self, names)
        versions.changed(versions.vacancy_namespace(vacancy.reference_code))

    monkeypatch.setattr(page_cache.PageDependencies, "declare", change_during_render)
    client.get(detail(vacancy))
    monkeypatch.undo()
    Vacancy.objects.filter(pk=vacancy.pk).update(title="Stil veranderd")
    assert "Stil veranderd" in client.get(detail(vacancy)).content.decode()
