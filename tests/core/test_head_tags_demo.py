"""The head tags on every page type of the demo in every language: a description in the
reader's language, the canonical URL, Open Graph and the share image; the share links of
stories and events. The rules themselves are tested on the skeleton in test_head_tags.py."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from wagtail.images import get_image_model

from bookings.models import Slot
from core.models import ShareSettings
from home.models import EventPage, GuidePage, Location, StoryPage
from tests.conftest import html
from tests.core.helpers import EXPECTED_LOCALES, meta
from tests.home.helpers import public_page_types
from vacancies.models import Vacancy, VacancyIndexPage

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]
# Letters that only text in that language's script has.
SCRIPTS = {"ar": "[\u0600-\u06ff]", "fa": "[\u0600-\u06ff]", "ti": "[\u1200-\u137f]"}

PAGE_TYPES = public_page_types()
ARTICLES = {"guide", "content", "story", "event", "vacancy"}
KINDS = [
    *PAGE_TYPES,
    "vacancy",
    "search results",
    "booking desk",
    "booking form",
    "employer sign-up",
    "employer login",
]


def page_of(model, language):
    pages = model.objects.live().filter(locale__language_code=language)
    if model is EventPage:
        pages = pages.filter(end__gte=timezone.now())
    return pages.order_by("path").first()


def desk_key():
    return (
        Location.objects.filter(locale__language_code="nl").order_by("pk").first().translation_key
    )


def url_of(kind, language):
    if kind in PAGE_TYPES:
        return page_of(PAGE_TYPES[kind], language).url
    if kind == "vacancy":
        code = Vacancy.objects.visible().order_by("pk").first().reference_code
        return f"{page_of(VacancyIndexPage, language).url}{code}/"
    with override(language):
        if kind == "search results":
            return reverse("search:results") + "?q=werk"
        if kind == "booking desk":
            return reverse("bookings:desk", args=[desk_key()])
        if kind == "booking form":
            slot = Slot.objects.filter(starts_at__gt=timezone.now()).order_by("pk").first()
            if slot is None:
                desk = Location.objects.get(translation_key=desk_key(), locale__language_code="nl")
                slot = Slot.objects.create(
                    desk=desk, starts_at=timezone.now() + datetime.timedelta(days=3), minutes=30
                )
            return reverse("bookings:book", args=[slot.desk.translation_key, slot.pk])
        if kind == "employer sign-up":
            return reverse("employers:signup")
        return reverse("employers:login")


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html(response)


def rendition_at(url):
    """The image rendition whose file an og:image URL points to."""
    path = urlsplit(url).path
    assert path.startswith(settings.MEDIA_URL), url
    return (
        get_image_model()
        .get_rendition_model()
        .objects.get(file=path.removeprefix(settings.MEDIA_URL))
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_page_type_has_its_head_tags_in_every_language(client, kind, language):
    url = url_of(kind, language)
    page = head_of(client, url)

    description = meta(page, "description")
    assert description and len(description) <= 160
    assert meta(page, "og:description") == description
    if language != "nl":
        assert description != meta(head_of(client, url_of(kind, "nl")), "description")
    if language in SCRIPTS:
        assert re.search(SCRIPTS[language], description), description

    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == "http://testserver" + urlsplit(url).path
    assert meta(page, "og:url") == canonical

    assert meta(page, "og:locale") == EXPECTED_LOCALES[language]
    alternates = {tag["content"] for tag in page.find_all("meta", property="og:locale:alternate")}
    assert alternates <= set(EXPECTED_LOCALES.values()) - {EXPECTED_LOCALES[language]}
    assert meta(page, "og:title") == page.title.get_text().removesuffix(" - Werkroute")
    assert meta(page, "og:title")
    assert meta(page, "og:site_name") == "Werkroute"
    assert meta(page, "og:type") == ("article" if kind in ARTICLES else "website")

    image = meta(page, "og:image")
    assert image.startswith("http://testserver/") and image.endswith(".jpg")
    rendition = rendition_at(image)
    assert rendition.filter_spec == "fill-1200x630|format-jpeg"
    # Wagtail's fill may round a side by a pixel: the tags give the file's real size.
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == (
        str(rendition.width),
        str(rendition.height),
    )
    assert rendition.width == 1200 and abs(rendition.height - 630) <= 1
    assert meta(page, "og:image:alt")
    assert meta(page, "twitter:card") == "summary_large_image"


def test_a_page_in_all_languages_names_the_other_five_as_alternate_locales(client):
    page = head_of(client, "/fa/")
    alternates = [tag["content"] for tag in page.find_all("meta", property="og:locale:alternate")]
    assert sorted(alternates) == ["ar_AR", "en_GB", "nl_NL", "ti_ER", "tr_TR"]


def test_a_story_is_shared_with_its_own_image_and_description(client):
    story = page_of(StoryPage, "ar")
    page = head_of(client, story.url)
    assert rendition_at(meta(page, "og:image")).image_id == story.image_id
    assert story.image_id != ShareSettings.objects.get().default_image_id
    assert meta(page, "og:image:alt") == story.image_alt


@pytest.mark.parametrize("kind", ["guide", "home", "event"])
def test_a_page_without_an_image_is_shared_with_the_default_image(client, kind):
    page = head_of(client, url_of(kind, "nl"))
    default = ShareSettings.objects.get()
    assert rendition_at(meta(page, "og:image")).image_id == default.default_image_id
    assert meta(page, "og:image:alt") == default.default_image_alt
    arabic = head_of(client, url_of(kind, "ar"))
    assert rendition_at(meta(arabic, "og:image")).image_id == default.default_image_id
    assert meta(arabic, "og:image:alt") == "Werkroute"


def test_an_untranslated_page_gets_the_sites_description_in_the_readers_language(client):
    alias = (
        GuidePage.objects.live().filter(alias_of__isnull=False).exclude(locale__language_code="nl")
    )
    guide = alias.select_related("locale").first()
    assert guide is not None, "the demo has a guide that is not translated into every language"
    page = head_of(client, guide.url)
    description = meta(page, "description")
    assert guide.intro[:40] not in description
    other = GuidePage.objects.live().filter(alias_of__isnull=False, locale=guide.locale)
    other = other.exclude(pk=guide.pk).first()
    if other is not None:
        assert meta(head_of(client, other.url), "description") == description


def test_the_head_tags_add_no_query_for_the_default_image_on_a_warm_cache(client):
    url = url_of("guide", "tr")
    first = head_of(client, url)
    with CaptureQueriesContext(connection) as queries:
        again = head_of(client, url)
    assert meta(again, "og:image") == meta(first, "og:image")
    touched = [q["sql"] for q in queries if re.search("sharesettings|wagtailimages", q["sql"])]
    assert touched == []


@pytest.mark.parametrize("kind", ["story", "event", "vacancy"])
@pytest.mark.parametrize("language", ["nl", "ar"])
def test_stories_events_and_vacancies_have_share_links_to_their_own_url(client, kind, language):
    url = url_of(kind, language)
    page = head_of(client, url + "?utm_source=whatsapp")
    target = f"http://testserver{url}"
    block = page.select_one(".werkroute-share")
    link = block.find("a", href=re.compile(r"^https://wa\.me/\?text="))
    assert link["rel"] == ["noopener"]
    text = parse_qs(urlsplit(link["href"]).query)["text"][0]
    assert text == f"{meta(page, 'og:title')} {target}"
    field = block.find("input", id="share-link")
    assert field["value"] == target and field.has_attr("readonly")
    assert block.find("label", attrs={"for": "share-link"}).get_text(strip=True)
    # Nothing from another site: scripts and images are our own files.
    for tag in page.find_all(["script", "img"], src=True):
        assert tag["src"].startswith("/") and not tag["src"].startswith("//"), tag


def test_a_past_event_offers_nothing_to_share(client):
    past = EventPage.objects.live().filter(end__lt=timezone.now()).first()
    assert past is not None, "the demo has a past event"
    assert head_of(client, past.url).select_one(".werkroute-share") is None


@pytest.mark.parametrize("kind", ["guide", "content", "home", "section index"])
def test_pages_without_share_links_load_no_share_script(client, kind):
    page = head_of(client, url_of(kind, "nl"))
    assert page.select_one(".werkroute-share") is None
    assert not page.find("script", src=re.compile("share"))
