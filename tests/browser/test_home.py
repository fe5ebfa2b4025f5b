"""The home page and error page in a real browser: accessibility, direction, fonts, keyboard."""

from urllib.parse import urlparse

import pytest

from home.models import EventPage, LocationIndexPage
from tests.browser.axe import wcag_violations
from tests.browser.loading import fonts_settled

# django_db: the live server reads the test database, so pytest-django must create it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("code", ["nl", "ar", "ti", "fa"])
def test_home_page_has_no_wcag_violations(page, portal_url, code):
    page.goto(f"{portal_url}/{code}/")
    assert wcag_violations(page) == []


@pytest.mark.parametrize("path", ["/nl/privacy/", "/ar/privacy/"])
def test_content_page_has_no_wcag_violations(page, portal_url, path):
    page.goto(f"{portal_url}{path}")
    assert page.locator("main h1").count() == 1
    assert wcag_violations(page) == []


def test_404_page_in_arabic_is_right_to_left_and_accessible(page, portal_url):
    response = page.goto(f"{portal_url}/ar/bestaat-niet/")
    assert response.status == 404
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert wcag_violations(page) == []


def test_arabic_layout_mirrors(page, portal_url):
    page.goto(f"{portal_url}/ar/")
    name = page.locator(".werkroute-header__name").bounding_box()
    switcher = page.locator(".werkroute-lang-nav").bounding_box()
    width = page.viewport_size["width"]
    # Right to left: the portal name starts at the right edge.
    assert name["x"] + name["width"] > width * 0.6
    page.goto(f"{portal_url}/nl/")
    name = page.locator(".werkroute-header__name").bounding_box()
    assert name["x"] < width * 0.4
    assert switcher is not None


def font_requests(page, url):
    fonts = []
    page.on("response", lambda r: fonts.append((r.url, r.status)) if ".woff2" in r.url else None)
    page.goto(url)
    fonts_settled(page)
    return fonts


def loaded_families(page):
    return page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded')"
        ".map(f => f.family.replaceAll('\"', ''))"
    )


def test_tigrinya_renders_with_the_self_hosted_ethiopic_font(page_without_script_fonts, portal_url):
    page = page_without_script_fonts
    fonts = font_requests(page, f"{portal_url}/ti/")

    assert [status for url, status in fonts if "ethiopic" in url] == [200]
    assert not [url for url, _status in fonts if "arabic" in url]
    assert page.evaluate("document.fonts.check('16px \"Werkroute Ethiopic\"', 'ትግርኛ')")
    assert "Werkroute Ethiopic" in loaded_families(page)
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family.startswith('"Werkroute Ethiopic"')


def test_arabic_page_loads_only_the_arabic_font(page_without_script_fonts, portal_url):
    fonts = font_requests(page_without_script_fonts, f"{portal_url}/ar/")
    assert [status for url, status in fonts if "arabic" in url] == [200]
    assert not [url for url, _status in fonts if "ethiopic" in url]
    assert "Werkroute Arabic" in loaded_families(page_without_script_fonts)


@pytest.mark.parametrize(
    ("code", "family"),
    [("ar", "Werkroute Arabic"), ("fa", "Werkroute Arabic"), ("ti", "Werkroute Ethiopic")],
)
def test_a_phone_with_its_own_noto_font_downloads_none(page, portal_url, code, family):
    # This machine has fonts-noto-core (Noto Sans Arabic and Ethiopic), as most Android phones
    # have their Noto fonts: the @font-face rule's local() source finds it.
    assert font_requests(page, f"{portal_url}/{code}/") == []
    assert family in loaded_families(page), "no local Noto font: apt-get install fonts-noto-core"


def test_dutch_pages_download_no_font_for_the_language_names_on_them(
    page_without_script_fonts, portal_url
):
    # The switcher and the lists of languages spoken at a desk or an event name Arabic, Persian
    # and Tigrinya in their own script (lang="ar" ...): the phone's own fonts show them.
    locations = LocationIndexPage.objects.get(locale__language_code="nl").url
    event = next(
        event.url
        for event in EventPage.objects.live().filter(locale__language_code="nl").order_by("path")
        if {"ar", "ti"} <= set(event.languages)
    )
    for path in ["/nl/", locations, event]:
        assert font_requests(page_without_script_fonts, portal_url + path) == [], path
        names = page_without_script_fonts.locator("main [lang=ar], main [lang=ti]")
        assert path == "/nl/" or names.count() > 0, f"{path} names no language in its own script"


def test_no_request_leaves_the_site_and_no_cookie_is_set(page, context, portal_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    for path in ["/", "/ar/", "/ti/", "/nl/privacy/", "/fa/bestaat-niet/"]:
        page.goto(f"{portal_url}{path}")
        fonts_settled(page)
    assert hosts == {urlparse(portal_url).netloc}
    assert context.cookies() == []


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, portal_url):
    page.goto(f"{portal_url}/nl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    assert page.locator(".utrecht-skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_works_by_keyboard(page, portal_url):
    page.goto(f"{portal_url}/nl/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "ar":
            break
    else:
        pytest.fail("the Arabic link in the language switcher is not reachable by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{portal_url}/ar/")
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.locator('nav a[aria-current="true"]').get_attribute("hreflang") == "ar"


def test_root_sends_the_browser_to_its_language(browser, portal_url):
    context = browser.new_context(locale="fa-IR")
    try:
        page = context.new_page()
        page.goto(f"{portal_url}/")
        assert page.url == f"{portal_url}/fa/"
        assert page.evaluate("document.documentElement.dir") == "rtl"
    finally:
        context.close()


def test_the_accessibility_check_does_find_violations(page, portal_url):
    # Guards the checks above: axe must report a page that breaks the rules.
    page.goto(f"{portal_url}/nl/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
        ' \'<img src="/static/x.png"><a href="/nl/"></a>\')'
    )
    violations = wcag_violations(page)
    assert any(v.startswith("image-alt") for v in violations)
    assert any(v.startswith("link-name") for v in violations)
