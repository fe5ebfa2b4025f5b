"""Anonymous visitors get no cookie at all: on every live page in every language, on the board's
own pages, in search and feeds. The employers' login, sign-up and "call me back" forms are the
one exception: they need a CSRF cookie, and the privacy statement says so."""

import pytest

from django.urls import reverse
from django.utils.translation import override

from wagtail.models import Page

from vacancies.models import Vacancy, VacancyIndexPage


def public_urls():
    urls = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    vacancy = Vacancy.objects.visible().first()
    for board in VacancyIndexPage.objects.live():
        urls += [
            f"{board.url}?q=schoonmaak&sector=schoonmaak&order=closing",
            f"{board.url}{vacancy.reference_code}/",
            f"{board.url}{vacancy.reference_code}/poster/",
            f"{board.url}feed/",
            f"{board.url}api/",
        ]
    for language in ("nl", "ar"):
        with override(language):
            urls += [f"{reverse('search:results')}?q=werk", reverse("search:suggestions") + "?q=we"]
    return ["/", "/sitemap.xml", "/healthz", *urls]


def test_no_public_url_sets_a_cookie(demo_site, client):
    urls = public_urls()
    assert len(urls) > 100, "every page of the demo in every language"
    with_cookies = {}
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="fa")
        assert response.status_code in {200, 302}, url
        if response.cookies:
            with_cookies[url] = sorted(response.cookies)
    assert with_cookies == {}


@pytest.mark.parametrize("name", ["employers:login", "employers:signup", "employers:callback"])
def test_the_employer_forms_set_only_the_csrf_cookie(demo_site, client, settings, name):
    response = client.get(reverse(name))
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    assert response.cookies[settings.CSRF_COOKIE_NAME]["httponly"]
