"""The head tags on the skeleton site: description, canonical URL, Open Graph and Twitter card,
the default share image, the vacancy page's summary and share links. Every page type in every
language, on the demo, is in test_head_tags_demo.py."""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.models import Site

from core.models import ShareSettings
from core.sharing import plain_text, trimmed
from home.models import HomePage
from tests.conftest import html
from tests.core.helpers import EXPECTED_LOCALES, meta
from tests.home.factories import ContentPageFactory
from tests.vacancies.factories import VacancyFactory
from vacancies.models import Vacancy, VacancyIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

DUTCH_ALT = "Een groen vlak met het woord Werkroute."


def canonical(page):
    links = page.find_all("link", rel="canonical")
    assert len(links) <= 1
    return links[0]["href"] if links else None


def board(language="nl"):
    return VacancyIndexPage.objects.get(locale__language_code=language)


def share_image(alt=DUTCH_ALT, size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (10, 92, 85)).save(buffer, format="PNG")
    image = get_image_model().objects.create(
        title="Deelafbeelding", file=ImageFile(buffer, name="deelafbeelding-test.png")
    )
    ShareSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"default_image": image, "default_image_alt": alt},
    )
    return image


# ---- text helpers ---------------------------------------------------------------------------


def test_plain_text_drops_tags_and_decodes_entities_on_one_line():
    assert plain_text("<p>Werk &amp; <b>leren</b></p>\n\n<p>samen</p>") == "Werk & leren samen"
    assert plain_text(None) == ""


def test_a_long_text_is_cut_after_a_whole_word_with_an_ellipsis():
    text = " ".join(["werkgever"] * 30)  # 299 characters
    cut = trimmed(text)
    assert len(cut) <= 160
    assert cut.endswith("werkgever…")
    assert text.startswith(cut[:-1])


def test_a_short_text_is_kept_whole():
    assert trimmed("Werken vanuit het azc kan.") == "Werken vanuit het azc kan."


def test_a_text_of_one_long_word_is_still_cut():
    cut = trimmed("x" * 400)
    assert len(cut) == 160 and cut.endswith("…")


# ---- description ----------------------------------------------------------------------------


def test_a_long_introduction_becomes_a_trimmed_description(client):
    intro = (
        "Deze pagina legt uit hoe een werkgever een bewoner van een azc aanneemt, welke "
        "papieren nodig zijn, wie de tewerkstellingsvergunning aanvraagt en hoe lang dat duurt "
        "bij het UWV in de praktijk."
    )
    page = ContentPageFactory(parent=HomePage.objects.get(locale__language_code="nl"), intro=intro)
    description = meta(html(client.get(page.url)), "description")
    assert len(description) <= 160
    assert description.endswith("…")
    assert intro.startswith(description[:-1])
    assert meta(html(client.get(page.url)), "og:description") == description


def test_a_page_without_introduction_is_described_by_its_first_paragraph(client):
    page = ContentPageFactory(
        parent=HomePage.objects.get(locale__language_code="nl"),
        intro="",
        body="<h2>Kop</h2><p></p><p>Eerste <b>alinea</b> &amp; meer.</p><p>Tweede alinea.</p>",
    )
    assert meta(html(client.get(page.url)), "description") == "Eerste alinea & meer."


def test_the_translated_search_description_is_the_description_in_that_language(client):
    arabic = HomePage.objects.get(locale__language_code="ar")
    arabic.search_description = "فرص عمل لسكان مراكز اللجوء"
    arabic.save_revision().publish()
    assert meta(html(client.get("/ar/")), "description") == "فرص عمل لسكان مراكز اللجوء"
    assert meta(html(client.get("/nl/")), "description") == "Werken vanuit het azc kan."


def test_the_board_has_a_fixed_description_in_the_readers_language(client):
    dutch = meta(html(client.get(board("nl").url)), "description")
    english = meta(html(client.get(board("en").url)), "description")
    assert english.startswith("Vacancies for residents of an azc")
    assert dutch and dutch != english


# ---- canonical URL --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, kept",
    [
        ("", ""),
        ("?utm_source=whatsapp&utm_medium=share&fbclid=abc", ""),
        ("?page=2", "?page=2"),
        ("?page=2&utm_campaign=x", "?page=2"),
        ("?page=1", ""),
        ("?page=abc", ""),
        ("?page=٢", ""),  # an Arabic-Indic digit is not a page number in a URL
        ("?sector=horeca&page=2", ""),
        ("?q=kok", ""),
    ],
)
def test_the_canonical_url_keeps_only_the_page_number_of_an_unfiltered_list(client, query, kept):
    url = board("ar").url
    page = html(client.get(url + query))
    assert canonical(page) == f"http://testserver{url}{kept}"
    assert meta(page, "og:url") == canonical(page)


def test_the_canonical_url_is_the_pages_own_language_url(client):
    for language in EXPECTED_LOCALES:
        page = html(client.get(f"/{language}/"))
        assert canonical(page) == f"http://testserver/{language}/"


def test_a_page_that_is_not_found_has_no_canonical_url(client):
    page = html(client.get("/nl/bestaat-niet/"))
    assert canonical(page) is None
    assert meta(page, "og:url") is None


# ---- Open Graph -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", EXPECTED_LOCALES)
def test_og_locale_names_the_language_and_the_others_as_alternates(client, language):
    page = html(client.get(f"/{language}/"))
    assert meta(page, "og:locale") == EXPECTED_LOCALES[language]
    alternates = [tag["content"] for tag in page.find_all("meta", property="og:locale:alternate")]
    assert sorted(alternates) == sorted(
        locale for code, locale in EXPECTED_LOCALES.items() if code != language
    )
    assert meta(page, "og:site_name") == "Werkroute"
    assert meta(page, "og:type") == "website"
    assert meta(page, "og:title") == page.title.get_text().removesuffix(" - Werkroute")


def test_without_a_default_image_a_page_shares_no_picture(client):
    page = html(client.get("/nl/"))
    assert meta(page, "og:image") is None
    assert meta(page, "twitter:card") == "summary"


def test_the_default_image_is_shared_as_an_absolute_jpeg_rendition(client):
    image = share_image()
    page = html(client.get("/nl/"))
    url = meta(page, "og:image")
    assert url.startswith("http://testserver/")
    path = urlsplit(url).path
    assert path != image.file.url and path.endswith(".jpg")
    assert "fill-1200x630" in path
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")
    assert meta(page, "og:image:alt") == DUTCH_ALT
    assert meta(page, "twitter:card") == "summary_large_image"
    assert client.get(path).status_code in (200, 404)  # media is served by the web server


def test_readers_of_other_languages_get_the_site_name_as_the_images_description(client):
    share_image()
    assert meta(html(client.get("/ar/")), "og:image:alt") == "Werkroute"


def test_the_default_image_costs_no_query_once_cached(client):
    share_image()
    # The first English page builds the English chrome (core/chrome.py), the image with it.
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        page = html(client.get("/en/vacatures/"))
    assert meta(page, "og:image")
    touched = [
        q["sql"] for q in queries if "sharesettings" in q["sql"] or "wagtailimages" in q["sql"]
    ]
    assert touched == []


def test_changing_the_default_image_shows_at_once(client):
    share_image()
    client.get("/nl/")
    settings = ShareSettings.objects.get()
    settings.default_image = None
    settings.save()
    assert meta(html(client.get("/nl/")), "og:image") is None


def test_a_default_image_needs_a_description():
    image = share_image()
    settings = ShareSettings(site=Site.objects.get(is_default_site=True), default_image=image)
    with pytest.raises(ValidationError) as raised:
        settings.full_clean(exclude=["site"])
    assert "default_image_alt" in raised.value.message_dict
    settings.default_image_alt = "Het logo."
    settings.full_clean(exclude=["site"])


# ---- the vacancy page -----------------------------------------------------------------------


@pytest.fixture
def vacancy(db):
    Vacancy.objects.all().delete()
    return VacancyFactory(
        open=True, title="Schoonmaker", employer_name="Glans BV", description="Wij zoeken hulp."
    )


def test_a_vacancy_is_an_article_described_by_its_facts_in_the_readers_language(client, vacancy):
    url = f"{board('en').url}{vacancy.reference_code}/"
    page = html(client.get(url))
    description = meta(page, "description")
    assert description.startswith("Glans BV · Cleaning")
    assert "16 to 24 hours a week" in description
    assert "Wij zoeken hulp" not in description  # the Dutch text is not in English
    dutch = meta(html(client.get(f"{board('nl').url}{vacancy.reference_code}/")), "description")
    assert "Schoonmaak" in dutch and dutch.endswith("Wij zoeken hulp.")
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == "Schoonmaker"
    assert canonical(page) == f"http://testserver{url}"


def test_a_vacancy_page_has_share_links_to_its_own_url(client, vacancy):
    url = f"{board('ar').url}{vacancy.reference_code}/"
    page = html(client.get(url + "?utm_source=poster"))
    block = page.select_one(".werkroute-share")
    whatsapp = block.find("a", href=lambda href: href and href.startswith("https://wa.me/"))
    assert "noopener" in whatsapp["rel"]
    shared = urlsplit(whatsapp["href"])
    assert (shared.netloc, shared.path) == ("wa.me", "/")
    assert parse_qs(shared.query)["text"] == [f"Schoonmaker http://testserver{url}"]
    field = block.find("input", id="share-link")
    assert field.has_attr("readonly") and field["value"] == f"http://testserver{url}"
    assert block.find("label", attrs={"for": "share-link"}).get_text(strip=True)
    button = block.find("button")
    assert button.has_attr("hidden") and button["type"] == "button"
    assert block.find(attrs={"aria-live": "polite"}) is not None


def test_share_links_load_nothing_from_another_site(client, vacancy):
    page = html(client.get(f"{board('nl').url}{vacancy.reference_code}/"))
    sources = [tag["src"] for tag in page.find_all(["script", "img", "iframe"]) if tag.get("src")]
    sources += [tag["href"] for tag in page.find_all("link") if "stylesheet" in tag.get("rel", [])]
    assert "/static/js/share.js" in sources
    assert all(source.startswith("/") and not source.startswith("//") for source in sources)
    assert not page.find("script", src=False, type=lambda kind: kind != "application/ld+json")


def test_a_closed_vacancy_offers_nothing_to_share(client, vacancy):
    Vacancy.objects.filter(pk=vacancy.pk).update(live=False)
    expired = VacancyFactory(expired=True)
    page = html(client.get(f"{board('nl').url}{expired.reference_code}/"))
    assert page.select_one(".werkroute-share") is None
