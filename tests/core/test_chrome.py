"""The site chrome on real pages: <html lang dir>, switcher, hreflang, breadcrumbs, footer."""

import pytest

from django.utils import translation

from wagtail.models import Locale

from core.models import FooterSettings
from home.models import ContentPage, HomePage
from tests.conftest import html

CODES = ["nl", "en", "ar", "fa", "ti", "tr"]

pytestmark = pytest.mark.usefixtures("demo_site")


def home_in(code):
    return HomePage.objects.get(locale__language_code=code)


@pytest.mark.parametrize("code", CODES)
def test_home_page_renders_in_each_language_with_lang_and_dir(client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    page = html(response)
    assert page.html["lang"] == code
    assert page.html["dir"] == ("rtl" if code in {"ar", "fa"} else "ltr")
    assert page.h1.get_text(strip=True) == home_in(code).title


def test_home_pages_have_their_own_text_in_each_language():
    titles = {code: home_in(code).title for code in CODES}
    assert len(set(titles.values())) == len(CODES)


@pytest.mark.parametrize("code", CODES)
def test_switcher_links_to_the_same_page_in_each_language(client, code):
    page = html(client.get(f"/{code}/"))

    links = page.select("nav.utrecht-alternate-lang-nav a")
    assert [link["hreflang"] for link in links] == CODES
    assert [link["lang"] for link in links] == CODES
    for link in links:
        assert link["href"] == home_in(link["hreflang"]).url
        assert (
            link.get_text(strip=True) == translation.get_language_info(link["lang"])["name_local"]
        )
    current = [link["hreflang"] for link in links if link.get("aria-current")]
    assert current == [code]


def test_switcher_names_each_language_in_its_own_script(client):
    links = html(client.get("/nl/")).select("nav.utrecht-alternate-lang-nav a")
    names = {link["lang"]: link.get_text(strip=True) for link in links}
    assert names["ti"] == "ትግርኛ"
    assert names["nl"] == "Nederlands"
    assert {link["dir"] for link in links if link["lang"] in {"ar", "fa"}} == {"rtl"}


@pytest.mark.parametrize("code", CODES)
def test_hreflang_alternates_point_at_every_translation_plus_x_default(client, code):
    page = html(client.get(f"/{code}/"))

    alternates = {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }
    expected = {c: f"http://testserver{home_in(c).url}" for c in CODES}
    expected["x-default"] = f"http://testserver{home_in('nl').url}"
    assert alternates == expected


def test_an_untranslated_page_shows_dutch_with_a_notice_and_no_hreflang_for_itself(client):
    privacy_ar = ContentPage.objects.get(slug="privacy", locale__language_code="ar")
    assert privacy_ar.alias_of_id is not None

    page = html(client.get(privacy_ar.url))

    assert page.html["lang"] == "ar"
    notice = page.select_one("[data-translation-status]")
    assert notice["data-translation-status"] == "untranslated"
    with translation.override("ar"):
        expected = translation.gettext(
            "This page has not been translated yet. You are reading the Dutch text."
        )
    assert expected in notice.get_text()
    assert page.main["lang"] == "nl"
    assert page.main["dir"] == "ltr"
    hreflangs = {link["hreflang"] for link in page.select('link[rel="alternate"][hreflang]')}
    translated = ContentPage.objects.filter(
        translation_key=privacy_ar.translation_key, alias_of__isnull=True
    ).values_list("locale__language_code", flat=True)
    assert "ar" not in hreflangs
    assert hreflangs == {*translated, "x-default"}
    assert len(page.select("nav.utrecht-alternate-lang-nav a")) == len(CODES)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        ("unreviewed", "Nobody has checked this translation yet, so it may contain mistakes."),
        ("reviewed", "This translation was checked by a person."),
        (
            "machine",
            "This is a machine translation. Nobody has checked it yet, so it may contain mistakes.",
        ),
    ],
)
def test_a_translated_page_says_whether_a_person_checked_it(client, status, message):
    arabic_home = home_in("ar")
    arabic_home.translation_status.status = status
    arabic_home.translation_status.save()

    page = html(client.get("/ar/"))

    notice = page.select_one("[data-translation-status]")
    assert notice["data-translation-status"] == status
    with translation.override("ar"):
        assert translation.gettext(message) in notice.get_text()
    original = notice.find("a", hreflang="nl")
    assert original["href"] == home_in("nl").url
    assert page.main.get("lang") is None


def test_a_dutch_page_has_no_translation_notice(client):
    page = html(client.get("/nl/"))
    assert page.select_one("[data-translation-status]") is None


def test_a_translation_nobody_marked_counts_as_unchecked(client):
    home_in("tr").translation_status.delete()
    page = html(client.get("/tr/"))
    assert page.select_one("[data-translation-status]")["data-translation-status"] == "unreviewed"


def test_breadcrumbs_lead_from_the_home_page_to_the_current_page(client):
    contact = ContentPage.objects.get(slug="contact", locale__language_code="nl")
    page = html(client.get(contact.url))

    crumbs = page.select("nav.utrecht-breadcrumb-nav a")
    assert [crumb["href"] for crumb in crumbs] == [home_in("nl").url, contact.url]
    assert crumbs[-1]["aria-current"] == "page"
    assert html(client.get("/nl/")).select_one("nav.utrecht-breadcrumb-nav") is None


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_footer_links_to_the_statement_pages_in_the_visitors_language(client, code):
    footer = FooterSettings.objects.get()
    locale = Locale.objects.get(language_code=code)

    page = html(client.get(f"/{code}/"))

    hrefs = [a["href"] for a in page.select("footer .utrecht-link-list a")]
    expected = [
        footer.contact_page.get_translation(locale).url,
        footer.accessibility_page.get_translation(locale).url,
        footer.privacy_page.get_translation(locale).url,
    ]
    assert hrefs == expected
    assert page.select_one(f'footer a[href="mailto:{footer.contact_email}"]') is not None


def test_footer_without_contact_details_points_residents_to_the_job_office(client):
    html(client.get("/nl/"))  # the footer is now cached
    footer = FooterSettings.objects.get()
    footer.contact_email, footer.contact_phone = "", ""
    footer.save()  # as the admin form does; the cached footer must not outlive it
    page = html(client.get("/nl/"))
    with translation.override("nl"):
        expected = translation.gettext(
            "Questions about work? Ask at the Job Office or Meedoenbalie in your azc."
        )
    assert expected in page.footer.get_text()


def test_skip_link_and_landmarks(client):
    page = html(client.get("/nl/"))
    skip = page.body.find("a")
    assert skip["href"] == "#main"
    assert page.select_one("main#main") is not None
    assert page.header is not None and page.footer is not None
    assert page.select_one("nav.utrecht-alternate-lang-nav")["aria-labelledby"]


@pytest.mark.parametrize(
    "path", ["/", "/nl/", "/ar/", "/nl/privacy/", "/ar/privacy/", "/ar/bestaat-niet/"]
)
def test_anonymous_visitors_get_no_cookie(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code in {200, 302, 404}
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


def test_pages_make_no_request_to_another_site(client):
    page = html(client.get("/ar/"))
    sources = [tag.get("src") for tag in page.find_all(src=True)]
    stylesheets = [tag["href"] for tag in page.find_all("link") if "stylesheet" in tag["rel"]]
    for url in sources + stylesheets:
        assert url.startswith("/"), url
        assert not url.startswith("//"), url


def test_dutch_titles_on_a_translated_page_are_marked_as_dutch(client):
    privacy_ar = ContentPage.objects.get(slug="privacy", locale__language_code="ar")
    page = html(client.get(privacy_ar.url))

    crumbs = page.select("nav.utrecht-breadcrumb-nav a")
    assert [crumb["lang"] for crumb in crumbs] == ["ar", "nl"]
    footer_links = page.select("footer .utrecht-link-list a")
    assert {link["lang"] for link in footer_links} == {"nl"}
