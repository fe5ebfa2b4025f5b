"""A section's text goes out as one PO file and comes back changing only what was changed."""

import io

import polib
import pytest

from django.urls import reverse

from wagtail.models import Locale, PageLogEntry
from wagtail_localize.models import StringTranslation

from editors.section_po import SEPARATOR, export_section, import_section, parse
from home.models import SectionIndexPage
from tests.conftest import html

pytestmark = pytest.mark.django_db


@pytest.fixture
def employer_section():
    return SectionIndexPage.objects.get(locale__language_code="nl", slug="werkgevers")


@pytest.fixture
def arabic():
    return Locale.objects.get(language_code="ar")


def memory(locale):
    return {
        row["id"]: (row["data"], row["updated_at"])
        for row in StringTranslation.objects.filter(locale=locale).values(
            "id", "data", "updated_at"
        )
    }


def upload(client, content, language="ar", name="werkgevers-ar.po"):
    file = io.BytesIO(content if isinstance(content, bytes) else content.encode())
    file.name = name
    return client.post(
        reverse("editors:section_po_import"), {"language": language, "po_file": file}
    )


def test_the_export_holds_every_page_of_the_section(editor_client, employer_section, arabic):
    response = editor_client.get(
        reverse("editors:section_po"), {"section": employer_section.pk, "language": "ar"}
    )
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    po = polib.pofile(response.content.decode())
    pages = {entry.comment.rsplit(" (", 1)[0] for entry in po}
    expected = {page.title for page in employer_section.get_descendants(inclusive=True).live()}
    assert pages == expected
    assert all(SEPARATOR in entry.msgctxt for entry in po)
    assert po.metadata["X-Werkroute-Language"] == "ar"


def test_reimporting_with_one_changed_string_changes_only_that_string(
    editor, employer_section, arabic
):
    # The agency translates everything once.
    po = export_section(employer_section, arabic)
    for entry in po:
        entry.msgstr = f"AR {entry.msgid}"
    first = import_section(parse(str(po).encode(), arabic), arabic, editor)
    assert first.changed == len(po)
    before = memory(arabic)

    # Then one string is corrected in a fresh export.
    again = export_section(employer_section, arabic)
    assert all(entry.msgstr == f"AR {entry.msgid}" for entry in again)
    again[0].msgstr = "ترجمة مصححة"
    result = import_section(parse(str(again).encode(), arabic), arabic, editor)

    after = memory(arabic)
    changed = [key for key in after if after[key] != before.get(key)]
    assert result.changed == 1
    assert len(changed) == 1
    assert after[changed[0]][0] == "ترجمة مصححة"
    assert set(after) == set(before)


def test_an_import_is_in_the_pages_history(editor, employer_section, arabic):
    po = export_section(employer_section, arabic)
    po[0].msgstr = "نص"
    result = import_section(parse(str(po).encode(), arabic), arabic, editor)
    page = result.pages[0][0]
    entry = PageLogEntry.objects.filter(page=page, action="editors.po_import").get()
    assert entry.user == editor
    assert entry.data == {"language": "ar", "strings": 1}


def test_lines_of_unknown_pages_are_skipped(editor, employer_section, arabic):
    po = export_section(employer_section, arabic)
    po[0].msgstr = "نص"
    po[0].msgctxt = "00000000-0000-0000-0000-000000000000" + SEPARATOR + "title"
    po[1].msgstr = "نص"
    po[1].msgctxt = "geen-id-zonder-scheiding"
    result = import_section(parse(str(po).encode(), arabic), arabic, editor)
    assert result.skipped == 2
    assert result.changed == 0


def test_the_upload_form_reports_the_result(editor_client, employer_section, arabic):
    po = export_section(employer_section, arabic)
    po[0].msgstr = "نص"
    response = upload(editor_client, str(po))
    assert response.status_code == 200
    assert "1 translation changed" in html(response).select_one("#po-import-result").text


@pytest.mark.parametrize(
    ("content", "name", "language", "message"),
    [
        (b"\x89PNG\r\n\x1a\n", "werkgevers-ar.po", "ar", "not a PO file we can read"),
        ('msgid "x"\nmsgstr "y"\n', "werkgevers-ar.po", "ar", "was not exported from this page"),
        (None, "werkgevers-ar.po", "tr", "for another language"),
        (None, "werkgevers-ar.exe", "ar", "Upload the .po file"),
        (None, "werkgevers-ar.po", "nl", "Select a valid choice"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(
    editor_client, employer_section, arabic, content, name, language, message
):
    if content is None:
        content = str(export_section(employer_section, arabic))
    before = memory(arabic)
    response = upload(editor_client, content, language=language, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert memory(arabic) == before


def test_a_too_large_file_is_refused(editor_client, monkeypatch):
    monkeypatch.setattr("editors.forms.MAX_PO_BYTES", 10)
    response = upload(editor_client, 'msgid ""\nmsgstr ""\n' * 5)
    assert response.status_code == 400
    assert "larger than 2 MB" in response.content.decode()


def test_an_export_without_a_section_is_reported(editor_client):
    response = editor_client.get(
        reverse("editors:section_po"), {"section": "999999", "language": "ar"}
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_moderators_cannot_export_or_import(client, moderator, employer_section):
    client.force_login(moderator)
    response = client.get(
        reverse("editors:section_po"), {"section": employer_section.pk, "language": "ar"}
    )
    assert response.status_code == 302
    assert upload(client, "x").status_code == 302


def test_translators_can(client, translator, employer_section):
    client.force_login(translator)
    response = client.get(
        reverse("editors:section_po"), {"section": employer_section.pk, "language": "ar"}
    )
    assert response.status_code == 200
