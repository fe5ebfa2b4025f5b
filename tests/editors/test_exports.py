"""Exports for the monthly report: right numbers, safe cells, no personal data."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse
from django.utils import timezone, translation

from editors import exports
from employers.models import Posting
from tests.employers.factories import EmployerUserFactory, OrganisationFactory
from tests.vacancies.factories import VacancyFactory
from vacancies.choices import Sector

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PERIOD = {"start": (TODAY - datetime.timedelta(days=60)).isoformat(), "end": TODAY.isoformat()}


def export_url(slug, extension):
    return reverse("editors:export", args=[slug, extension])


def csv_rows(response):
    """The rows as Excel in Dutch reads them: UTF-8 after the byte order mark, ";" between."""
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_open_vacancies_as_csv(editor_client):
    organisation = OrganisationFactory(name="Exportbedrijf")
    vacancy = VacancyFactory(title="Tuinman export", sector=Sector.GREEN)
    Posting.objects.create(vacancy=vacancy, organisation=organisation)
    VacancyFactory(title="Niet gepubliceerd", published=False)
    response = editor_client.get(export_url("open-vacancies", "csv"), PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    row = next(row for row in rows if row[0] == vacancy.reference_code)
    with translation.override("en"):  # the test users read the admin in English
        assert row[1:4] == ["Tuinman export", "Exportbedrijf", str(Sector.GREEN.label)]
    assert all("Niet gepubliceerd" not in row for row in rows)


def test_a_title_that_looks_like_a_formula_is_written_as_text(editor_client):
    VacancyFactory(title='=HYPERLINK("http://aanval.example","klik")')
    rows = csv_rows(editor_client.get(export_url("open-vacancies", "csv"), PERIOD))
    titles = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://aanval.example","klik")' in titles
    assert not any(title.startswith(("=", "+", "-", "@")) for title in titles)


def test_placements_as_csv(editor_client):
    vacancy = VacancyFactory()
    Posting.objects.create(
        vacancy=vacancy,
        organisation=OrganisationFactory(),
        filled_at=timezone.now(),
        hired_via_portal=4,
    )
    rows = csv_rows(editor_client.get(export_url("placements", "csv"), PERIOD))
    assert rows[0] == ["Month", "Sector", "Contract", "People hired"]
    with translation.override("en"):
        assert [TODAY.strftime("%Y-%m"), str(vacancy.get_sector_display())] in [
            row[:2] for row in rows
        ]
    assert sum(int(row[3]) for row in rows[1:]) >= 4


def test_all_tables_in_one_workbook(editor_client):
    response = editor_client.get(export_url("all", "xlsx"), PERIOD)
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == len(exports.TABLES)
    sheet = workbook["Open vacancies by sector"]
    assert [cell.value for cell in sheet[1]] == ["Sector", "Open vacancies"]
    assert sum(row[1] for row in sheet.iter_rows(min_row=2, values_only=True)) > 0


def test_one_table_as_xlsx(editor_client):
    response = editor_client.get(export_url("vacancies-per-week", "xlsx"), PERIOD)
    workbook = load_workbook(io.BytesIO(response.content))
    # Excel allows 31 characters in a sheet name.
    assert len(workbook.sheetnames) == 1
    assert "New, filled and expired vacancies per week".startswith(workbook.sheetnames[0])
    assert workbook.active.max_row >= 9  # a header and a row per week of the two months


def test_no_export_holds_personal_data(editor_client):
    organisation = OrganisationFactory(public_contact="privé@persoon.example")
    employer = EmployerUserFactory(organisation=organisation, first_name="Jan", last_name="Jansen")
    vacancy = VacancyFactory(title="Schoonmaker privacytest")
    Posting.objects.create(vacancy=vacancy, organisation=organisation, created_by=employer)
    texts = [
        editor_client.get(export_url(slug, "csv"), PERIOD).content.decode()
        for slug in exports.TABLES
    ]
    assert any("Schoonmaker privacytest" in text for text in texts)
    for text in texts:
        assert employer.email not in text
        assert "Jansen" not in text
        assert "privé@persoon.example" not in text


def test_exports_need_the_figures_permission(client, translator, moderator):
    for user in (translator, moderator):
        client.force_login(user)
        response = client.get(export_url("open-vacancies", "csv"), PERIOD)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize(
    ("slug", "extension"), [("unknown", "csv"), ("open-vacancies", "pdf"), ("all", "csv")]
)
def test_unknown_exports_are_404(editor_client, slug, extension):
    assert editor_client.get(export_url(slug, extension), PERIOD).status_code == 404


def test_an_export_with_a_bad_period_is_refused_with_the_reason(editor_client):
    response = editor_client.get(
        export_url("placements", "csv"), {"start": "2026-05-01", "end": "2026-04-01"}
    )
    assert response.status_code == 400
    assert "comes before the first day" in response.content.decode()


def test_formula_cells_are_neutralised():
    assert exports.safe_cell("=1+1") == "'=1+1"
    assert exports.safe_cell("-5") == "'-5"
    assert exports.safe_cell("Schoonmaker") == "Schoonmaker"
    assert exports.safe_cell(5) == 5


def test_searches_without_results_as_csv(editor_client):
    from search.models import SearchLogEntry

    SearchLogEntry.objects.create(
        day=TODAY, language="nl", query="=nachtwerk", searches=2, without_results=2
    )
    rows = csv_rows(editor_client.get(export_url("searches-without-results", "csv"), PERIOD))
    assert rows[1:] == [["'=nachtwerk", "nl", "2"]]


# --- CSV for Excel in Dutch: ";" between cells, a byte order mark, decimal commas -------------


def test_csv_opens_in_dutch_excel(editor_client):
    VacancyFactory(title="Kok; lunch en diner", sector=Sector.GREEN)
    VacancyFactory(title='Chauffeur "B" (Zwolle, Kampen)')
    response = editor_client.get(export_url("open-vacancies", "csv"), PERIOD)
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte order mark
    text = body.decode("utf-8-sig")
    assert csv.Sniffer().sniff(text).delimiter == ";"
    header = text.splitlines()[0]
    assert header.count(";") == 10 and "," not in header
    # A ";" inside a title is quoted, so the title stays one column.
    assert '"Kok; lunch en diner"' in text
    rows = csv_rows(response)
    assert {len(row) for row in rows} == {len(rows[0])}
    titles = [row[1] for row in rows[1:]]
    assert "Kok; lunch en diner" in titles
    assert 'Chauffeur "B" (Zwolle, Kampen)' in titles


def test_csv_cells_use_a_decimal_comma_and_stay_safe():
    from decimal import Decimal

    assert exports.csv_cell(Decimal("12.50")) == "12,50"
    assert exports.csv_cell(2.5) == "2,5"
    assert exports.csv_cell(7) == "7"
    assert exports.csv_cell(None) == ""
    assert exports.csv_cell("=1+1") == "'=1+1"
    assert exports.csv_cell(datetime.date(2026, 3, 2)) == "2026-03-02"


def test_a_decimal_with_a_comma_is_one_cell(monkeypatch):
    from decimal import Decimal

    monkeypatch.setitem(
        exports.TABLES,
        "test-decimals",
        (
            "Decimals",
            lambda period: (["Sector", "Hours"], [["Schoonmaak; kantoren", Decimal("7.5")]]),
        ),
    )
    text = exports.as_csv("test-decimals", None)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows == [["Sector", "Hours"], ["Schoonmaak; kantoren", "7,5"]]
