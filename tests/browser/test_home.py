"""The home page and error page in a real browser: accessibility, direction, fonts, keyboard."""

from urllib.parse import urlparse

import pytest

from tests.browser.axe import wcag_violations

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
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    return fonts


def test_tigrinya_renders_with_the_self_hosted_ethiopic_font(page, portal_url):
    fonts = font_requests(page, f"{portal_url}/ti/")

    assert [status for url, status in fonts if "ethiopic" in url] == [200]
    assert not [url for url, _status in fonts if "arabic" in url]
    assert page.evaluate("document.fonts.check('16px \"Werkroute Ethiopic\"', 'ትግርኛ')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert '"Werkroute Ethiopic"' in loaded or "Werkroute Ethiopic" in loaded
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family.startswith('"Werkroute Ethiopic"')


def test_arabic_page_loads_only_the_arabic_font(page, portal_url):
    fonts = font_requests(page, f"{portal_url}/ar/")
    assert [status for url, status in fonts if "arabic" in url] == [200]
    assert not [url for url, _status in fonts if "ethiopic" in url]


def test_dutch_page_downloads_no_font(page, portal_url):
    assert font_requests(page, f"{portal_url}/nl/") == []


def test_no_request_leaves_the_site_and_no_cookie_is_set(page, context, portal_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    for path in ["/", "/ar/", "/ti/", "/nl/privacy/", "/fa/bestaat-niet/"]:
        page.goto(f"{portal_url}{path}")
        page.wait_for_load_state("networkidle")
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
