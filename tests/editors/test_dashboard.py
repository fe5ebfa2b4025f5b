"""The dashboard on the admin home and the figures page: charts with text alternatives."""

import pytest

from django.urls import reverse

from editors import charts
from editors.figures import Period
from employers.models import Organisation, Posting
from tests.conftest import html
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def test_bars_are_as_long_as_their_share_and_link_to_their_list():
    items = [charts.Bar("Zorg", 10), charts.Bar("Bouw", 5), charts.Bar("ICT", 0)]
    chart = charts.bar_chart("Titel", "Samenvatting", items, url=lambda item: f"/{item.label}/")
    widths = [float(bar.width) for bar in chart.bars]
    assert widths[0] == charts.BAR_AREA
    assert widths[1] == charts.BAR_AREA / 2
    assert widths[2] == 0
    assert [bar.url for bar in chart.bars] == ["/Zorg/", "/Bouw/", "/ICT/"]


def test_an_empty_bar_chart_has_no_bars_and_no_division_by_zero():
    chart = charts.bar_chart("Titel", "Samenvatting", [])
    assert chart.bars == []
    assert chart.height > 0


def test_line_chart_scales_to_a_round_maximum():
    chart = charts.line_chart("Titel", "Samenvatting", ["a", "b", "c"], [("nieuw", [0, 7, 3])])
    assert [value for value, _y in chart.ticks] == [0, 5, 10]
    points = [tuple(map(float, point.split(","))) for point in chart.series[0].points.split()]
    assert points[0][1] == chart.plot_bottom  # zero sits on the axis
    assert points[1][1] < points[2][1] < points[0][1]  # 7 is higher up than 3


def test_nice_ceiling():
    assert [charts.nice_ceiling(n) for n in (0, 1, 3, 7, 11, 51, 180)] == [
        1,
        1,
        5,
        10,
        20,
        100,
        200,
    ]


def test_chart_coordinates_are_not_localised(editor_client, editor):
    """In Dutch a decimal comma would break every SVG coordinate."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    VacancyFactory()
    VacancyFactory(place=PlaceFactory())
    page = html(editor_client.get(reverse("wagtailadmin_home")))
    assert page.select_one("html")["lang"] == "nl"
    rects = page.select("figure.werkroute-chart svg rect")
    assert rects
    for rect in rects:
        assert "," not in rect["width"]


def test_the_admin_home_shows_the_figures_to_editors(editor_client):
    place = PlaceFactory(name="Grafiekdorp")
    VacancyFactory(place=place)
    page = html(editor_client.get(reverse("wagtailadmin_home")))
    panel = page.select_one("#werkroute-figures-heading").find_parent("section")
    charts_ = panel.select("figure.werkroute-chart")
    assert len(charts_) == 5
    for figure in charts_:
        svg = figure.select_one("svg")
        if svg is None:
            assert "Nothing to count yet" in figure.text
            continue
        assert svg["role"] == "img"
        for part in svg["aria-labelledby"].split():
            assert figure.select_one(f"#{part}").text.strip()
        assert figure.select_one("details table")  # the numbers as text
    place_table = panel.select_one("#chart-place-title").find_parent("figure").select_one("table")
    assert "Grafiekdorp" in place_table.text
    link = place_table.find("a", string="Grafiekdorp")
    assert link["href"].endswith(f"place={place.pk}")


def test_each_panel_links_to_the_list_behind_it(editor_client):
    page = html(editor_client.get(reverse("wagtailadmin_home")))
    hrefs = {a["href"] for a in page.select(".werkroute-figures a")}
    for url in (
        reverse("wagtailsnippets_vacancies_vacancy:list"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("stale_rules"),
        reverse("editors:figures"),
    ):
        assert url in hrefs
    assert any(href.startswith(reverse("editors:translations")) for href in hrefs)


def test_the_dashboard_of_an_empty_portal(editor_client):
    Posting.objects.all().delete()
    Vacancy.objects.all().delete()
    Organisation.objects.all().delete()
    page = html(editor_client.get(reverse("wagtailadmin_home")))
    panel = page.select_one("#werkroute-figures-heading").find_parent("section")
    assert "0 open vacancies" in panel.text
    assert panel.text.count("Nothing to count yet") == 4  # two vacancy and two placement charts


def test_translators_and_moderators_do_not_get_the_figures(client, translator, moderator):
    for user in (translator, moderator):
        client.force_login(user)
        page = html(client.get(reverse("wagtailadmin_home")))
        assert page.select_one("#werkroute-figures-heading") is None


def test_the_figures_page_takes_a_period(editor_client):
    response = editor_client.get(
        reverse("editors:figures"), {"start": "2026-01-01", "end": "2026-03-31"}
    )
    assert response.status_code == 200
    page = html(response)
    assert page.select_one("input[name=start]")["value"] == "2026-01-01"
    exports = [a["href"] for a in page.select("#exports-heading ~ ul a")]
    assert exports and all("start=2026-01-01&end=2026-03-31" in href for href in exports)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"start": "2026-03-01", "end": "2026-01-01"}, "comes before the first day"),
        ({"start": "2020-01-01", "end": "2026-01-01"}, "at most three years"),
        ({"start": "31-02-2026", "end": "2026-03-01"}, "valid date"),
        ({"start": "<script>", "end": ""}, "valid date"),
    ],
)
def test_a_bad_period_is_reported_and_kept(editor_client, query, message):
    response = editor_client.get(reverse("editors:figures"), query)
    assert response.status_code == 400
    page = html(response)
    assert message in page.text
    assert page.select_one("input[name=start]")["value"] == query["start"]
    if query["start"] == "<script>":
        assert 'value="&lt;script&gt;"' in response.content.decode()
    assert page.select_one("[aria-invalid=true]") or page.select_one("[role=alert]")


def test_dashboard_period_is_the_last_26_weeks():
    period = Period.last_weeks()
    assert (period.end - period.start).days < 26 * 7


def test_searches_without_results_are_listed_escaped(editor_client):
    from django.utils import timezone

    from search.models import SearchLogEntry

    today = timezone.localdate()
    SearchLogEntry.objects.create(
        day=today, language="ar", query="<b>عمل ليلي</b>", searches=4, without_results=3
    )
    SearchLogEntry.objects.create(day=today, language="nl", query="reba", searches=9)
    response = editor_client.get(reverse("wagtailadmin_home"))
    section = html(response).select_one("#figures-searches").find_parent("section")
    rows = [[cell.text for cell in row.select("td")] for row in section.select("tbody tr")]
    assert rows == [["<b>عمل ليلي</b>", "ar", "3"]]
    assert "&lt;b&gt;عمل ليلي&lt;/b&gt;" in response.content.decode()
