"""The main navigation and the home page's ways in: translated, current section marked, and
the resident's tasks one link away in every language."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from wagtail.models import Locale, Page

from core.models import MainMenu
from home.models import CheckerPage, EventIndexPage, EventPage, HomePage, LocationIndexPage
from tests.conftest import html
from vacancies.models import VacancyIndexPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]


def menu_links(page):
    nav = page.select_one("header nav.werkroute-menu")
    assert nav is not None
    return nav.select("a")


def menu_of(code):
    return MainMenu.objects.get(locale__language_code=code)


def pages_of(menu):
    return [item.value["page"] for item in menu.items]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_menu_is_a_labelled_nav_in_the_readers_language(client, code):
    page = html(client.get(f"/{code}/"))
    nav = page.select_one("header nav.werkroute-menu")
    with translation.override(code):
        assert nav["aria-label"] == translation.gettext("Main menu")
        assert nav.select_one("summary").get_text(strip=True) == translation.gettext("Menu")
    links = menu_links(page)
    dutch_pages = pages_of(menu_of("nl"))
    assert len(links) == len(dutch_pages) >= 6
    for link, dutch_page in zip(links, dutch_pages, strict=True):
        target = Page.objects.get(
            translation_key=dutch_page.translation_key, locale__language_code=code
        )
        assert link["href"] == target.url
    labels = [item.value["label"] for item in menu_of(code).items]
    assert [link.get_text() for link in links] == labels
    assert all(link["dir"] == "auto" for link in links)


def test_the_demo_menu_has_the_sections_residents_and_employers_look_for():
    specific = [page.specific_class for page in pages_of(menu_of("nl"))]
    for model in (VacancyIndexPage, EventIndexPage, LocationIndexPage):
        assert model in specific


def test_an_untranslated_menu_shows_the_pages_in_the_readers_language_under_their_titles(client):
    menu_of("ar").delete()
    links = menu_links(html(client.get("/ar/")))
    for link, dutch_page in zip(links, pages_of(menu_of("nl")), strict=True):
        target = Page.objects.get(
            translation_key=dutch_page.translation_key, locale__language_code="ar"
        )
        assert link["href"] == target.url
        assert link.get_text() == target.title
        # An alias shows the Dutch title: it says so.
        assert link.get("lang", "ar") == ("nl" if target.alias_of_id else "ar")


def test_items_chosen_in_another_language_lead_to_the_readers_language(client):
    menu = menu_of("nl")
    turkish = [
        Page.objects.get(translation_key=page.translation_key, locale__language_code="tr")
        for page in pages_of(menu)
    ]
    menu.items = [("item", {"page": page, "label": ""}) for page in turkish]
    menu.save()
    menu_of("fa").delete()
    links = menu_links(html(client.get("/fa/")))
    assert [link["href"] for link in links] == [
        Page.objects.get(translation_key=page.translation_key, locale__language_code="fa").url
        for page in turkish
    ]
    assert all(link["href"].startswith("/fa/") for link in links)


def test_a_menu_without_items_or_without_a_menu_shows_no_nav(client):
    MainMenu.objects.all().delete()
    assert html(client.get("/nl/")).select_one("nav.werkroute-menu") is None


def test_an_unpublished_page_leaves_the_menu(client):
    agenda = EventIndexPage.objects.get(locale__language_code="nl")
    agenda.unpublish()
    hrefs = [link["href"] for link in menu_links(html(client.get("/nl/")))]
    assert agenda.url not in hrefs
    assert len(hrefs) == len(pages_of(menu_of("nl"))) - 1


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_current_section_is_marked(client, code):
    agenda = EventIndexPage.objects.get(locale__language_code=code)
    event = EventPage.objects.live().child_of(agenda).first()

    def current(url):
        return {
            link["href"]: link.get("aria-current")
            for link in menu_links(html(client.get(url)))
            if link.get("aria-current")
        }

    assert current(agenda.url) == {agenda.url: "page"}
    assert current(event.url) == {agenda.url: "true"}
    assert current(f"/{code}/") == {}


def test_one_menu_per_language():
    second = MainMenu(locale=Locale.objects.get(language_code="nl"))
    with translation.override("en"), pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "There is already a main menu in this language. Edit that one instead." in str(
        error.value
    )


def test_editors_can_open_and_save_the_menu_in_the_admin(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    assert client.get("/admin/snippets/portal/mainmenu/").status_code == 200
    response = client.get(f"/admin/snippets/portal/mainmenu/edit/{menu_of('nl').pk}/")
    assert response.status_code == 200
    assert b"items" in response.content


# --- the home page ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_from_every_home_page_the_finder_agenda_checker_and_board_are_one_link_away(client, code):
    hrefs = {link["href"] for link in html(client.get(f"/{code}/")).select("a[href]")}
    residents_checker = CheckerPage.objects.get(
        locale__language_code=code, slug="check-mag-ik-werken"
    )
    for target in (
        LocationIndexPage.objects.get(locale__language_code=code),
        EventIndexPage.objects.get(locale__language_code=code),
        residents_checker,
        VacancyIndexPage.objects.get(locale__language_code=code),
    ):
        assert target.url in hrefs, target


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_the_home_page_offers_the_three_resident_tasks_first(client, code):
    page = html(client.get(f"/{code}/"))
    first_section = page.select_one("main section")
    assert "werkroute-tasks" in first_section["class"]
    hrefs = [link["href"] for link in first_section.select("a")]
    assert hrefs == [
        CheckerPage.objects.get(locale__language_code=code, slug="check-mag-ik-werken").url,
        LocationIndexPage.objects.get(locale__language_code=code).url,
        VacancyIndexPage.objects.get(locale__language_code=code).url,
    ]
    with translation.override(code):
        assert translation.gettext("Find your Job Office") in first_section.get_text()


def events_section(client, code):
    return html(client.get(f"/{code}/")).select_one("section[aria-labelledby=events-heading]")


def add_event(code, days_ahead):
    start = timezone.now() + datetime.timedelta(days=days_ahead)
    return EventIndexPage.objects.get(locale__language_code=code).add_child(
        instance=EventPage(
            title=f"Later event {days_ahead}",
            slug=f"later-event-{days_ahead}",
            kind=EventPage.Kind.WORKSHOP,
            intro="Intro",
            start=start,
            end=start + datetime.timedelta(hours=2),
            address="Stationsplein 1, Assen",
            registration="<p>No sign-up needed.</p>",
        )
    )


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_home_page_shows_the_next_three_events_with_date_and_place(client, code):
    add_event(code, 300)  # later than the demo's events: one too many for the home page
    home = HomePage.objects.get(locale__language_code=code)
    upcoming = list(
        EventPage.objects.live()
        .descendant_of(home)
        .filter(end__gte=timezone.now())
        .order_by("start")
    )
    assert len(upcoming) > 3
    cards = events_section(client, code).select("li")
    assert [card.select_one("a")["href"] for card in cards] == [event.url for event in upcoming[:3]]
    with translation.override(code):
        for card, event in zip(cards, upcoming, strict=False):
            assert (
                card.select_one("time")["datetime"] == timezone.localtime(event.start).isoformat()
            )
            assert event.where in card.get_text()


def test_without_upcoming_events_the_home_page_says_so(client):
    EventPage.objects.update(end=timezone.now() - datetime.timedelta(days=1))
    section = events_section(client, "tr")
    assert section.select("li") == []
    with translation.override("tr"):
        assert (
            translation.gettext(
                "There are no upcoming events at the moment. Ask at the Job Office or "
                "Meedoenbalie in your azc what is planned."
            )
            in section.get_text()
        )
    assert (
        section.select_one("a")["href"]
        == EventIndexPage.objects.get(locale__language_code="tr").url
    )
