"""Saving drafts changes nothing public: the page cache and the board's counts stay, and an
account that saves drafts without end is asked to wait, with everything it typed kept."""

import pytest

from django.test import Client
from django.utils import translation

from core import page_cache, ratelimit, versions
from employers.models import Posting
from tests.conftest import html
from tests.employers.conftest import approve, submit
from vacancies.query import board_version

NEW = "/nl/werkgevers/mijn-vacatures/nieuw/"
BOARD = "/nl/vacatures/"


def edit_url(vacancy):
    return f"/nl/werkgevers/mijn-vacatures/{vacancy.reference_code}/"


def content_version():
    return versions.current(page_cache.CONTENT)


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def visitor():
    return Client()


def test_saving_a_new_draft_leaves_the_cached_board_alone(
    page_cache_on, employer_client, vacancy_data, visitor, django_assert_num_queries
):
    visitor.get(BOARD)
    before, board_before = content_version(), board_version()
    response = employer_client.post(NEW, {**vacancy_data, "title": "Kladversie vacature"})
    assert response.status_code == 302
    assert Posting.objects.filter(vacancy__title="Kladversie vacature").exists()
    assert (content_version(), board_version()) == (before, board_before)
    with django_assert_num_queries(0):
        visitor.get(BOARD)


def test_saving_a_draft_again_leaves_the_cache_alone(draft, employer_client, vacancy_data):
    before = content_version()
    employer_client.post(edit_url(draft), {**vacancy_data, "title": "Tweede kladversie"})
    draft.refresh_from_db()
    assert draft.title == "Tweede kladversie"
    assert content_version() == before


def test_an_unpublished_edit_of_a_live_vacancy_leaves_the_cache_alone(
    page_cache_on, published, employer_client, vacancy_data, visitor, django_assert_num_queries
):
    visitor.get(BOARD)
    before, board_before = content_version(), board_version()
    response = employer_client.post(
        edit_url(published), {**vacancy_data, "title": "Nog niet goedgekeurde titel"}
    )
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.has_unpublished_changes
    assert (content_version(), board_version()) == (before, board_before)
    with django_assert_num_queries(0):
        visitor.get(BOARD)


def test_publishing_the_edit_changes_the_board(
    page_cache_on,
    published,
    employer,
    moderator,
    employer_client,
    vacancy_data,
    visitor,
    django_capture_on_commit_callbacks,
):
    employer_client.post(edit_url(published), {**vacancy_data, "title": "Goedgekeurde titel"})
    assert "Goedgekeurde titel" not in visitor.get(BOARD).content.decode()
    before, board_before = content_version(), board_version()
    with django_capture_on_commit_callbacks(execute=True):
        submit(published, employer)
        approve(published, moderator)
    assert content_version() != before
    assert board_version() != board_before
    assert "Goedgekeurde titel" in visitor.get(BOARD).content.decode()


def test_taking_a_vacancy_offline_changes_the_board(published, employer_client):
    before = content_version()
    employer_client.post(f"{edit_url(published)}withdraw/", {"confirm": "yes"})
    published.refresh_from_db()
    assert not published.live
    assert content_version() != before


def test_an_unapproved_organisation_is_not_public_until_approved(organisation, moderator):
    organisation.approved_at = None
    organisation.save()
    before = content_version()
    organisation.name = "Nieuwe naam, nog niet goedgekeurd"
    organisation.save()
    assert content_version() == before
    organisation.approve(moderator)
    organisation.save()
    approved = content_version()
    assert approved != before
    organisation.approved_at = None
    organisation.save()
    assert content_version() != approved


def test_too_many_draft_saves_keep_the_form_and_ask_to_wait(
    settings, employer_client, draft, vacancy_data
):
    settings.RATE_LIMITS = {**getattr(settings, "RATE_LIMITS", {}), "draft_save": (2, 600)}
    for title in ("Eerste keer", "Tweede keer"):
        response = employer_client.post(edit_url(draft), {**vacancy_data, "title": title})
        assert response.status_code == 302
    response = employer_client.post(edit_url(draft), {**vacancy_data, "title": "Derde keer"})
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    page = html(response)
    assert page.find("input", attrs={"name": "title"})["value"] == "Derde keer"
    with translation.override("nl"):
        assert ratelimit.too_many_attempts_message() in page.get_text()
    draft.refresh_from_db()
    assert draft.title == "Tweede keer"
    response = employer_client.post(NEW, {**vacancy_data, "title": "Nieuwe te veel"})
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    assert "Nieuwe te veel" in response.content.decode()
    assert not Posting.objects.filter(vacancy__title="Nieuwe te veel").exists()
