"""Error pages speak the visitor's language, right to left where it should."""

import pytest

from django.conf.urls.i18n import i18n_patterns
from django.test import override_settings
from django.urls import path
from django.utils import translation

from portal.urls import urlpatterns as portal_urlpatterns
from tests.conftest import html

pytestmark = pytest.mark.skeleton


def broken_view(request):
    raise RuntimeError("a fault in a view")


# The portal's own URLs plus one view that fails, to see the real 500 handling.
urlpatterns = i18n_patterns(path("kapot/", broken_view)) + portal_urlpatterns


def translated(code, message):
    with translation.override(code):
        return translation.gettext(message)


def error_page(response, status_code, code, direction, title):
    """The parsed error page, checked: its status, its language `code` written in `direction`,
    and its heading `title` in that language."""
    assert response.status_code == status_code
    page = html(response)
    assert page.html["lang"] == code
    assert page.html["dir"] == direction
    assert page.h1.get_text(strip=True) == translated(code, title)
    return page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("nl", "ltr"), ("ti", "ltr")]
)
def test_404_page_in_the_visitors_language(client, code, direction):
    response = client.get(f"/{code}/deze-pagina-bestaat-niet/")

    page = error_page(response, 404, code, direction, "Page not found")
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    assert page.select_one('link[rel="alternate"][hreflang]') is None


def test_404_page_in_arabic_is_really_arabic():
    assert translated("ar", "Page not found") != "Page not found"


@pytest.mark.django_db
def test_404_page_switcher_offers_the_same_address_in_other_languages(client):
    page = html(client.get("/ar/bestaat-niet/"))
    hrefs = {a["hreflang"]: a["href"] for a in page.select("nav.utrecht-alternate-lang-nav a")}
    assert hrefs["nl"] == "/nl/bestaat-niet/"
    assert hrefs["ti"] == "/ti/bestaat-niet/"


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
@pytest.mark.parametrize(("code", "direction"), [("ar", "rtl"), ("nl", "ltr"), ("tr", "ltr")])
def test_500_page_in_the_visitors_language(client, code, direction):
    client.raise_request_exception = False

    response = client.get(f"/{code}/kapot/")

    error_page(response, 500, code, direction, "Something went wrong")
    assert not response.cookies
