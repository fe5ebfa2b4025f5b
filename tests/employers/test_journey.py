"""The employer's journey through the code: draft, submit, approve, edit, approve again."""

import pytest

from django.core import mail

from employers.postings import State
from tests.employers.conftest import approve, status, submit
from vacancies.models import Vacancy

pytestmark = pytest.mark.skeleton


def test_a_draft_is_not_on_the_board(draft, client):
    assert status(draft).state == State.DRAFT
    assert not Vacancy.objects.visible().filter(pk=draft.pk).exists()


def test_submitting_starts_moderation_and_mails_each_moderator_once(
    draft, employer, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
    assert status(draft).state == State.SUBMITTED
    to_moderator = [message for message in mail.outbox if moderator.email in message.to]
    assert len(to_moderator) == 1
    assert draft.title in to_moderator[0].subject
    assert "/admin/" in to_moderator[0].body


def test_approval_publishes_and_mails_the_employer(
    draft, employer, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        approve(draft, moderator)
    assert draft.live
    assert Vacancy.objects.visible().filter(pk=draft.pk).exists()
    assert status(draft).state == State.PUBLISHED
    assert [message.to for message in mail.outbox] == [[employer.email]]
    assert "/nl/werkgevers/mijn-vacatures/" in mail.outbox[0].body
