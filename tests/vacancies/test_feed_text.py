"""The Atom feed sends employer text as plain text, so a feed reader never runs it as markup."""

import xml.etree.ElementTree as ET

import pytest

from tests.vacancies.factories import VacancyFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]
ATOM = "{http://www.w3.org/2005/Atom}"

HOSTILE_TITLE = "Schoonmaker <script>alert(1)</script>"
HOSTILE_DESCRIPTION = (
    'Lees <a href="javascript:alert(document.cookie)">dit</a> en <script>alert(1)</script>\n'
    "Tweede regel & meer."
)


def test_the_feed_sends_hostile_employer_text_as_plain_text(client, empty_board, board_url):
    VacancyFactory(title=HOSTILE_TITLE, description=HOSTILE_DESCRIPTION)
    response = client.get(f"{board_url()}feed/")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed
    (entry,) = feed.findall(f"{ATOM}entry")
    (summary,) = entry.findall(f"{ATOM}summary")
    assert summary.get("type") in (None, "text")
    assert summary.text == HOSTILE_DESCRIPTION
    assert entry.find(f"{ATOM}title").text.startswith(HOSTILE_TITLE)
    marked_as_html = [element.tag for element in feed.iter() if element.get("type") == "html"]
    assert marked_as_html == []
