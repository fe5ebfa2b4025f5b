"""build_site: the page skeleton of a page test, in every portal language, without the demo."""

import pytest

from django.conf import settings

from wagtail.models import Site

from core import languages
from tests.home.factories import build_site

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


@pytest.fixture
def skeleton():
    return build_site()


def test_the_default_site_starts_at_the_dutch_home_page(skeleton):
    assert Site.objects.get(is_default_site=True).root_page_id == skeleton.home.pk
    assert skeleton.home.locale.language_code == settings.LANGUAGE_CODE


@pytest.mark.parametrize("pages", ["homes", "boards"])
def test_each_page_is_a_published_translation_in_every_language(skeleton, pages):
    by_language = getattr(skeleton, pages)

    assert sorted(by_language) == sorted(languages.language_codes())
    assert {page.translation_key for page in by_language.values()} == {
        by_language[settings.LANGUAGE_CODE].translation_key
    }
    for code, page in by_language.items():
        assert page.locale.language_code == code
        assert page.live
        assert page.alias_of_id is None


def test_each_board_sits_under_the_home_page_of_its_language(skeleton):
    for code, board in skeleton.boards.items():
        assert board.get_parent().pk == skeleton.homes[code].pk


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_home_page_and_the_board_answer(client, skeleton, code):
    assert client.get(f"/{code}/").status_code == 200
    assert client.get(skeleton.boards[code].url).status_code == 200
