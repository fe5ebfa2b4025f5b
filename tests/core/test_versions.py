"""Version stamps (core/versions.py): a change moves its namespaces on at once and, inside a
transaction, again when it commits, so nothing cached from the rows before the commit is read
after it."""

import pytest

from core import versions
from home.models import HomePage
from tests.home.factories import ContentPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

WATCHED = [versions.PAGES, versions.ANY, versions.BOARD]


def test_a_change_moves_its_versions_on_now_and_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    before = versions.current_many(WATCHED)
    with django_capture_on_commit_callbacks(execute=True):
        versions.changed(versions.PAGES)
        during = versions.current_many(WATCHED)
    after = versions.current_many(WATCHED)
    for name in (versions.PAGES, versions.ANY):
        assert before[name] != during[name] != after[name]
    # A namespace the change does not name stays where it was.
    assert before[versions.BOARD] == during[versions.BOARD] == after[versions.BOARD]


def test_a_page_found_before_a_publish_commits_is_not_found_after_it(
    client, django_capture_on_commit_callbacks
):
    """The route cache (core/routing.py) as a reader in another process sees it: the request
    between the publish and its commit read the old title and kept it under the new versions."""
    home = HomePage.objects.get(locale__language_code="nl")
    page = ContentPageFactory(parent=home, slug="over", title="Oude titel")
    # The patch (undone before the commit) stands for the old row that a concurrent reader
    # sees until the commit.
    with django_capture_on_commit_callbacks(execute=True), pytest.MonkeyPatch.context() as patch:
        page.title = "Nieuwe titel"
        page.save_revision().publish()
        patch.setattr(
            "core.routing._specific", lambda found: _with_title(found.specific, "Oude titel")
        )
        assert "Oude titel" in client.get("/nl/over/").content.decode()
    assert "Nieuwe titel" in client.get("/nl/over/").content.decode()


def _with_title(page, title):
    page.title = title
    return page
