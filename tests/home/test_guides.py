import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page

from home.blocks import VideoBlock
from home.models import GuidePage, SectionIndexPage
from tests.conftest import html, rolled_back_at_the_end
from tests.home.factories import GuidePageFactory
from tests.home.helpers import public_page_types

CODES = ["nl", "en", "ar", "fa", "ti", "tr"]
# The editorial page types; the vacancy board has its own tests (tests/vacancies).
PAGE_TYPES = [model for model in public_page_types().values() if model._meta.app_label == "home"]

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("code", CODES)
def test_every_page_type_renders_in_every_language(client, model, code):
    page = model.objects.filter(locale__language_code=code).live().first()
    assert page is not None, f"no {model.__name__} in {code}"
    response = client.get(page.url)
    assert response.status_code == 200
    document = html(response)
    assert document.html["lang"] == code
    assert document.h1 is not None


def test_an_untranslated_guide_falls_back_to_dutch_with_a_notice(client):
    guide = GuidePage.objects.get(slug="twv-in-stappen", locale__language_code="ti")
    assert guide.alias_of_id is not None
    page = html(client.get(guide.url))
    assert page.select_one("[data-translation-status]")["data-translation-status"] == "untranslated"
    assert page.main["lang"] == "nl"
    assert page.h1.get_text(strip=True) == guide.alias_of.title


def test_a_translated_resident_guide_is_in_its_own_language(client):
    guide = GuidePage.objects.get(slug="mag-ik-werken", locale__language_code="ti")
    assert guide.alias_of_id is None
    page = html(client.get(guide.url))
    assert page.select_one("[data-translation-status]")["data-translation-status"] == "unreviewed"
    assert page.main.get("lang") is None
    assert (
        page.h1.get_text(strip=True)
        == guide.title
        != guide.get_translation(guide.locale.get_default()).title
    )


def test_section_lists_its_guides_in_the_editors_order(client):
    section = SectionIndexPage.objects.get(slug="bewoners", locale__language_code="nl")
    links = [a["href"] for a in html(client.get(section.url)).select(".werkroute-card__link")]
    assert links == [child.url for child in section.get_children().live()]


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_second_visitor_of_a_section_gets_its_list_without_a_query(client, code):
    section = SectionIndexPage.objects.get(slug="bewoners", locale__language_code="nl")
    section = section.get_translation(Locale.objects.get(language_code=code))
    first = html(client.get(section.url)).select(".werkroute-card__link")
    with CaptureQueriesContext(connection) as queries:
        again = html(client.get(section.url)).select(".werkroute-card__link")
    assert len(queries) == 0
    assert [a["href"] for a in again] == [a["href"] for a in first] != []


def test_a_newly_published_guide_is_in_its_kept_section_list_at_once(client):
    section = SectionIndexPage.objects.get(slug="bewoners", locale__language_code="nl")
    client.get(section.url)
    guide = GuidePageFactory(parent=section, title="Nieuw: werken in de zorg")
    assert guide.live
    titles = html(client.get(section.url)).select(".werkroute-card__link")
    assert "Nieuw: werken in de zorg" in [a.get_text() for a in titles]


def test_long_guides_get_a_table_of_contents_pointing_at_their_headings(client):
    guide = GuidePage.objects.get(slug="mag-ik-werken", locale__language_code="nl")
    page = html(client.get(guide.url))
    toc = [a["href"].lstrip("#") for a in page.select("nav.werkroute-toc a")]
    headings = [h["id"] for h in page.select("main h2[id]") if h["id"] != "toc-heading"]
    assert toc == headings and len(toc) >= 3


def test_short_guides_have_no_table_of_contents(client):
    guide = GuidePage.objects.get(slug="bsn-en-bankrekening", locale__language_code="nl")
    assert html(client.get(guide.url)).select_one("nav.werkroute-toc") is None


def test_guide_shows_when_it_was_last_checked(client):
    guide = GuidePage.objects.get(slug="mag-ik-werken", locale__language_code="nl")
    time = html(client.get(guide.url)).select_one("main time")
    assert time["datetime"] == guide.last_checked.isoformat()


def test_steps_say_who_does_what_in_the_readers_language(client):
    guide = GuidePage.objects.get(
        slug="van-aanmelding-tot-eerste-werkdag", locale__language_code="ar"
    )
    page = html(client.get(guide.url))
    steps = page.select("ol.werkroute-steps > li")
    assert len(steps) == 10
    with translation.override("ar"):
        assert translation.gettext("the employer") in page.get_text()


def test_faq_answers_open_without_javascript(client):
    guide = GuidePage.objects.get(slug="veelgestelde-vragen", locale__language_code="nl")
    items = html(client.get(guide.url)).select(".werkroute-faq details")
    assert len(items) == 7
    assert all(item.summary is not None for item in items)


def test_comparison_table_has_headers_for_rows_and_columns(client):
    guide = GuidePage.objects.get(slug="asielzoeker-of-statushouder", locale__language_code="nl")
    table = html(client.get(guide.url)).select_one("table")
    assert table.caption is not None
    assert len(table.select('th[scope="col"]')) == 3
    assert len(table.select('th[scope="row"]')) == 4


def test_video_block_loads_nothing_from_youtube_until_clicked():
    block = VideoBlock()
    value = block.to_python(
        {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "title": "Uitleg", "transcript": ""}
    )
    rendered = block.render(value)
    assert "<iframe" not in rendered and "<img" not in rendered and "<script" not in rendered
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in rendered


@pytest.mark.parametrize(
    "url",
    ["https://example.org/video", "javascript:alert(1)", "https://www.youtube.com/watch?v=short"],
)
def test_video_block_accepts_only_youtube_addresses(url):
    from django.core.exceptions import ValidationError

    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"url": url, "title": "t", "transcript": ""}))


@pytest.fixture(scope="module")
def every_live_page(django_db_setup, django_db_blocker):
    """{url: response} of every live page of the demo, fetched once for the module's tests that
    read them all (a few hundred pages), in a transaction that is rolled back."""
    with rolled_back_at_the_end(django_db_blocker):
        client = Client()
        pages = Page.objects.filter(depth__gte=2).live().specific()
        return {page.url: client.get(page.url) for page in pages}


def test_every_public_page_of_the_demo_answers(demo_site, every_live_page):
    assert len(every_live_page) > 100, "every page of the demo in six languages"
    failures = [
        (url, response.status_code)
        for url, response in every_live_page.items()
        if response.status_code != 200
    ]
    assert failures == []


def test_download_block_shows_file_type_and_size():
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from home.blocks import DownloadBlock

    document = get_document_model().objects.create(
        title="Folder TWV", file=ContentFile(b"%PDF-1.4 demo" * 100, name="folder-twv.pdf")
    )
    block = DownloadBlock()
    rendered = block.render(
        block.to_python({"document": document.pk, "title": "", "description": "Uitleg"})
    )
    page = html(rendered)
    link = page.find("a")
    assert link["href"] == document.url
    assert link.get_text(strip=True) == "Folder TWV"
    from django.template.defaultfilters import filesizeformat

    assert f"(PDF, {filesizeformat(document.get_file_size())})" in page.get_text()


def test_facts_the_sources_lack_send_readers_to_uwv_or_coa(client):
    twv = html(
        client.get(GuidePage.objects.get(slug="twv-in-stappen", locale__language_code="nl").url)
    )
    assert twv.select_one('main a[href="https://www.uwv.nl"]') is not None
    reba = GuidePage.objects.get(slug="werken-en-de-reba", locale__language_code="ar")
    assert html(client.get(reba.url)).select_one('main a[href="https://www.coa.nl"]') is not None


def test_no_page_states_an_amount_of_money(demo_site, every_live_page):
    # FACTS.md: fees and Reba amounts are not in the sources, so no page may state one.
    with_amounts = [
        url for url, response in every_live_page.items() if "€" in html(response).main.get_text()
    ]
    assert with_amounts == []
