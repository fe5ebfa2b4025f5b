"""The admin's history says who published, approved, rejected or translated what."""

import pytest

from django.urls import reverse

from wagtail.models import PageLogEntry

from home.models import GuidePage

pytestmark = pytest.mark.django_db

# Approving and rejecting vacancies: tests/employers/test_moderation.py.


def test_publishing_a_guide_is_in_its_history(editor_client, editor):
    guide = GuidePage.objects.filter(locale__language_code="nl").first()
    guide.save_revision(user=editor).publish(user=editor)
    entry = PageLogEntry.objects.filter(page=guide, action="wagtail.publish").latest("timestamp")
    assert entry.user == editor
    history = editor_client.get(reverse("wagtailadmin_pages:history", args=[guide.pk]))
    assert editor.username in history.content.decode()
