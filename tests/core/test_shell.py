"""The frame of every page (core/shell.py): the head's links and share tags, the header, the
breadcrumbs and the footer are kept as HTML per address and language. The second visitor gets
the same page without rendering them; a change anyone can see (a page published, the footer
saved) shows at once; a made-up path keeps nothing; an editor's page is always made afresh."""

import re

import pytest

from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from core.fragments import Fragment, render_kept
from core.models import FooterSettings
from home.models import ContentPage, HomePage
from tests.alerts.factories import AlertFactory
from tests.conftest import html

pytestmark = pytest.mark.usefixtures("demo_site")

FRAME_TEMPLATES = {"includes/header.html", "includes/breadcrumbs.html", "includes/footer.html"}


def contact_page(code="nl"):
    return ContentPage.objects.get(slug="contact", locale__language_code="nl").get_translation(
        HomePage.objects.get(locale__language_code=code).locale
    )


def rendered_frame(response):
    """The frame's templates this response rendered (none when its frame was kept)."""
    return FRAME_TEMPLATES & {template.name for template in response.templates}


def without_tokens(response):
    """The page's HTML without what differs per response by design (CSRF token, nonce)."""
    text = response.content.decode()
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    return re.sub(r'nonce="[^"]*"', "", text)


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_second_visitor_gets_the_same_page_without_its_frame_rendered(client, code):
    url = contact_page(code).url
    first = client.get(url)
    again = client.get(url)
    assert rendered_frame(first) == FRAME_TEMPLATES
    assert rendered_frame(again) == set()
    assert without_tokens(again) == without_tokens(first)
    page = html(again)
    assert page.select("nav.werkroute-lang-nav a")
    assert page.select("nav.utrecht-breadcrumb-nav a")
    assert page.select('link[rel="alternate"][hreflang]')
    assert page.select_one('link[rel="canonical"]')["href"].endswith(url)


def test_a_form_visitor_gets_the_kept_frame_and_a_token_of_their_own(client):
    """A CSRF cookie is no session: the visitor is anonymous. Their form keeps its token."""
    url = reverse("employers:callback")
    first = client.get(url)
    assert "csrftoken" in client.cookies
    again = client.get(url)
    assert rendered_frame(again) == set()
    assert without_tokens(again) == without_tokens(first)
    token = html(again).select_one('form input[name="csrfmiddlewaretoken"]')
    assert token is not None and token["value"]


def test_the_query_string_shares_the_frame_of_its_page(client):
    url = contact_page().url
    client.get(url + "?utm_source=nieuwsbrief")
    again = client.get(url + "?fbclid=abc")
    assert rendered_frame(again) == set()
    assert html(again).select_one('link[rel="canonical"]')["href"].endswith(url)


def test_each_address_has_a_frame_of_its_own(client):
    client.get(contact_page().url)
    home = client.get("/nl/")
    assert "includes/header.html" in rendered_frame(home)
    # The home page's menu marks no item as the current one; the contact page's crumbs are gone.
    assert html(home).select_one("nav.utrecht-breadcrumb-nav") is None


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_a_published_title_shows_in_the_kept_breadcrumbs_at_once(client, code):
    """The Arabic contact page is an alias of the Dutch one: publishing that changes both."""
    shown = contact_page(code)
    client.get(shown.url)
    page = contact_page("nl")
    page.title = "Contact en hulp"
    page.save_revision().publish()
    crumbs = html(client.get(shown.url)).select_one("nav.utrecht-breadcrumb-nav")
    assert "Contact en hulp" in crumbs.get_text()


def test_a_saved_footer_shows_at_once_on_a_kept_frame(client):
    url = contact_page().url
    client.get(url)
    footer = FooterSettings.objects.get()
    footer.contact_email = "werk@gemeente.example"
    footer.save()
    again = client.get(url)
    assert "includes/footer.html" in rendered_frame(again)
    assert html(again).select_one('footer a[href="mailto:werk@gemeente.example"]') is not None


def test_a_made_up_path_keeps_no_frame(client, monkeypatch):
    kept = []
    original_set = cache.set

    def remembering_set(key, value, timeout=None, **kwargs):
        kept.append(key)
        return original_set(key, value, timeout, **kwargs)

    monkeypatch.setattr(cache, "set", remembering_set)
    for path in ["/nl/bestaat-niet-1/", "/nl/bestaat-niet-2/", "/ar/x/y/z/"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "includes/header.html" in rendered_frame(response)
    per_path = r"portal:fragment:frame-(header|breadcrumbs|hreflang|head_meta):"
    assert [key for key in kept if re.match(per_path, key)] == []
    # The footer is the language's, not the path's: it is kept (and the recorder works).
    assert any(key.startswith("portal:fragment:frame-footer:") for key in kept)


def test_an_address_with_a_secret_keeps_no_frame(client, monkeypatch):
    """The switcher repeats the address: a confirmation link's token stays out of the cache."""
    token = "geheim-token-van-de-bewoner"  # noqa: S105
    AlertFactory(unconfirmed=True, token=token, search="sector=horeca")
    kept = []
    original_set = cache.set
    monkeypatch.setattr(
        cache,
        "set",
        lambda key, *args, **kwargs: kept.append(key) or original_set(key, *args, **kwargs),
    )
    with translation.override("nl"):
        url = reverse("alerts:confirm", args=[token])
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        # The alert pages have no breadcrumbs: the header and the footer are made each time.
        assert rendered_frame(response) == {"includes/header.html", "includes/footer.html"}
    assert token in response.content.decode()  # the switcher does link to the address
    assert [key for key in kept if key.startswith("portal:fragment:frame-")] == []


def test_an_editor_always_gets_the_frame_made_afresh(client, django_user_model):
    url = contact_page().url
    client.get(url)
    client.force_login(django_user_model.objects.create_user("redacteur-frame"))
    assert rendered_frame(client.get(url)) == FRAME_TEMPLATES


def test_fragment_seconds_0_renders_the_frame_every_time(client, settings):
    settings.FRAGMENT_SECONDS = 0
    url = contact_page().url
    client.get(url)
    assert rendered_frame(client.get(url)) == FRAME_TEMPLATES


def test_a_part_with_a_csrf_token_is_never_kept():
    fragment = Fragment("proef-formulier", depends_on=())
    request = RequestFactory().get("/nl/")
    with translation.override("nl"):
        form = '<form method="post"><input name="csrfmiddlewaretoken" value="a"></form>'
        assert render_kept(fragment, request, lambda: form) == form
        assert render_kept(fragment, request, lambda: "ander") == "ander"
