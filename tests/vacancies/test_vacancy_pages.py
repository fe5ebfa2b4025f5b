"""Detail pages, JobPosting data, closed vacancies, posters, feeds, the JSON list, the sitemap."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.utils import timezone

from tests.conftest import html
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]
ATOM = "{http://www.w3.org/2005/Atom}"


def json_ld(response):
    """The page's JobPosting (a page with breadcrumbs also has a BreadcrumbList)."""
    for script in html(response).find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data["@type"] == "JobPosting":
            return data
    return None


def close(vacancy, days_ago):
    Vacancy.objects.filter(pk=vacancy.pk).update(
        closing_date=timezone.localdate() - datetime.timedelta(days=days_ago)
    )


def test_detail_shows_facts_in_the_visitors_language(client, board, board_url):
    kok = board[1]
    page = html(client.get(f"{board_url('en')}{kok.reference_code}/"))
    facts = page.select_one(".werkroute-vacancy-facts").get_text(" ", strip=True)
    assert "Hospitality" in facts and "Permanent contract" in facts
    assert "32 to 38 hours a week" in facts
    assert "Evening shifts, Weekend work" in facts
    support = [li.get_text(strip=True) for li in page.select(".werkroute-vacancy-support li")]
    assert support == ["Workplace tour offered", "Employer applies for the TWV"]
    # The text stays Dutch, marked as such, with a notice in English.
    assert page.find("h1")["lang"] == "nl"
    assert "wrote this text in Dutch" in page.select_one(".werkroute-notice").get_text()


def test_detail_uses_a_translation_and_marks_machine_translations(client, board, board_url):
    vacancy = board[0]
    page = html(client.get(f"{board_url('ar')}{vacancy.reference_code}/"))
    assert page.find("h1").get_text() == "عامل تنظيف مكاتب"
    assert not page.find("h1").has_attr("lang")
    VacancyTranslationFactory(vacancy=vacancy, language="ti", title="ጽሬት", quality="machine")
    page = html(client.get(f"{board_url('ti')}{vacancy.reference_code}/"))
    assert page.find("h1").get_text() == "ጽሬት"
    assert page.select_one(".werkroute-notice") is not None


def test_how_to_respond_names_the_reference_code_and_the_employers_routes(
    client, empty_board, board_url
):
    vacancy = VacancyFactory(apply_url="https://werk.example/1", apply_email="werk@bedrijf.example")
    page = html(client.get(f"{board_url('en')}{vacancy.reference_code}/"))
    respond = page.select_one(".werkroute-vacancy__respond")
    assert vacancy.reference_code in respond.get_text()
    assert respond.find("a", href="https://werk.example/1")
    assert respond.find("a", href=re.compile(r"^mailto:werk@bedrijf\.example"))


def test_job_posting_data(client, board, board_url):
    kok = board[1]
    url = f"{board_url('nl')}{kok.reference_code}/"
    data = json_ld(client.get(url))
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Kok"
    # HTML (Google reads it so), with the employer's text in it
    assert html(data["description"]).get_text(" ").split() == kok.description.split()
    assert data["datePosted"] == timezone.localtime(kok.first_published_at).date().isoformat()
    assert data["validThrough"].startswith(kok.closing_date.isoformat() + "T23:59:59")
    assert data["hiringOrganization"]["name"] == kok.employer_name
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    assert data["jobLocation"]["address"]["addressLocality"] == kok.place.name
    assert data["employmentType"] == ["FULL_TIME", "PART_TIME"]  # 32 to 38 hours
    assert data["baseSalary"]["value"]["minValue"] == 15.5
    assert data["baseSalary"]["value"]["unitText"] == "HOUR"
    assert data["identifier"]["value"] == kok.reference_code
    assert data["directApply"] is False
    assert "TWV" in data["eligibilityToWorkRequirement"]
    assert data["url"].endswith(url)


def test_job_posting_leaves_out_what_was_not_given(client, board, board_url):
    seasonal = board[3]  # no salary, employer does not apply for the TWV
    data = json_ld(client.get(f"{board_url()}{seasonal.reference_code}/"))
    assert "baseSalary" not in data
    assert "eligibilityToWorkRequirement" not in data
    assert data["employmentType"] == ["PART_TIME", "TEMPORARY"]


def test_job_posting_cannot_be_broken_out_of(client, empty_board, board_url):
    vacancy = VacancyFactory(title="</script><script>alert(1)</script>")
    response = client.get(f"{board_url()}{vacancy.reference_code}/")
    assert b"<script>alert(1)" not in response.content
    assert json_ld(response)["title"] == vacancy.title


def test_a_lower_case_code_redirects_to_the_canonical_url(client, board, board_url):
    code = board[0].reference_code
    response = client.get(f"{board_url()}{code.lower()}/")
    assert response.status_code == 301
    assert response["Location"].endswith(f"/{code}/")


def test_unknown_draft_and_withdrawn_vacancies_are_not_found(client, empty_board, board_url):
    draft = VacancyFactory(published=False)
    withdrawn = VacancyFactory()
    withdrawn.unpublish()
    for code in ("ACDEFH", draft.reference_code, withdrawn.reference_code):
        assert client.get(f"{board_url()}{code}/").status_code == 404
        assert client.get(f"{board_url()}{code}/poster/").status_code == 404


def test_a_closed_vacancy_says_so_without_a_way_to_respond(client, board, board_url):
    vacancy = board[0]
    close(vacancy, days_ago=1)
    response = client.get(f"{board_url('en')}{vacancy.reference_code}/")
    assert response.status_code == 200
    page = html(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "This vacancy closed on" in page.select_one(".werkroute-notice--closed").get_text()
    assert page.select_one(".werkroute-vacancy__respond") is None
    assert json_ld(response) is None
    assert client.get(f"{board_url()}{vacancy.reference_code}/poster/").status_code == 404


def test_a_vacancy_closed_over_thirty_days_ago_is_gone(client, board, board_url):
    vacancy = board[0]
    close(vacancy, days_ago=30)
    assert client.get(f"{board_url()}{vacancy.reference_code}/").status_code == 200
    close(vacancy, days_ago=31)
    assert client.get(f"{board_url()}{vacancy.reference_code}/").status_code == 410


def test_a_closed_vacancy_leaves_list_feed_api_sitemap_and_home_at_once(
    client, board, board_url, monkeypatch
):
    """A vacancy closes by date: on its closing day it is shown everywhere, the next day (the
    first second of it) nowhere, with nothing saved in between - kept lists, such as the home
    page's (core/fragments.py), are kept per day."""
    vacancy = board[-1]  # the newest, so it is on the home page too
    code = vacancy.reference_code
    close(vacancy, days_ago=0)
    places = [
        board_url(),
        f"{board_url()}feed/",
        f"{board_url()}api/",
        "/sitemap-vacancies.xml",
        "/nl/",
        f"{board_url()}posters/",
    ]
    for url in places:
        assert code in client.get(url).content.decode(), url
    today = timezone.localdate()
    next_day = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time())
    )
    monkeypatch.setattr(timezone, "now", lambda: next_day)
    for url in places:
        assert code not in client.get(url).content.decode(), url


def test_the_language_switcher_keeps_the_vacancy(client, board, board_url):
    code = board[0].reference_code
    page = html(client.get(f"{board_url()}{code}/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".werkroute-lang-nav__link")}
    assert links["ar"].endswith(f"/{code}/") and links["ar"].startswith("/ar/")


def test_poster_has_a_qr_code_to_the_vacancy_in_that_language(client, board, board_url):
    vacancy = board[0]
    response = client.get(f"{board_url('ar')}{vacancy.reference_code}/poster/")
    page = html(response)
    assert page.find("html")["dir"] == "rtl"
    assert vacancy.reference_code in page.select_one(".werkroute-poster__code").get_text()
    qr = page.select_one(".werkroute-poster__qr")
    assert qr["role"] == "img" and qr["aria-label"]
    assert qr.find("svg") is not None
    target = page.select_one(".werkroute-poster__url").get_text()
    assert target == f"http://testserver{board_url('ar')}{vacancy.reference_code}/"
    assert decode_qr(qr.find("svg")) == target


def decode_qr(svg):
    """Read the QR code back: redraw its modules with segno's own matrix and compare."""
    import segno

    url_candidates = [svg.find_parent("section").select_one(".werkroute-poster__url").get_text()]
    for url in url_candidates:
        expected = segno.make(url, error="m").svg_inline(scale=5, border=2, omitsize=True)
        if html(expected).find("path")["d"] == svg.find("path")["d"]:
            return url
    return None


def test_poster_sheet_prints_every_vacancy_of_the_search(client, board, board_url):
    page = html(client.get(f"{board_url()}posters/?training_given=on"))
    codes = {p.get_text() for p in page.select(".werkroute-poster__code")}
    assert codes == {v.reference_code for v in board if v.training_given}


def test_atom_feed_follows_the_search(client, board, board_url):
    response = client.get(f"{board_url('en')}feed/?sector=horeca")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own feed, not untrusted input
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.find(f"{ATOM}title").text.startswith("Kok")
    assert (
        entry.find(f"{ATOM}link").get("href").endswith(f"/en/vacatures/{board[1].reference_code}/")
    )
    assert entry.find(f"{ATOM}category").get("term") == "Hospitality"


def test_json_list_documents_its_fields(client, board, board_url):
    data = client.get(f"{board_url()}api/?sector=horeca").json()
    assert data["count"] == 1
    item = data["results"][0]
    assert item["reference_code"] == board[1].reference_code
    assert item["salary"] == {"min": "15.50", "max": "17.00", "per": "hour", "currency": "EUR"}
    assert item["shifts"] == ["evening", "weekend"]
    assert item["place"]["name"] == board[1].place.name
    assert set(item) == {
        "reference_code",
        "url",
        "title",
        "description",
        "text_language",
        "machine_translated",
        "employer",
        "sector",
        "kind",
        "contract",
        "hours_per_week",
        "shifts",
        "place",
        "dutch_level",
        "english_enough",
        "training_given",
        "no_diploma_needed",
        "workplace_tour",
        "employer_applies_twv",
        "jobcoach_or_buddy",
        "salary",
        "start_date",
        "closing_date",
        "date_posted",
        "respond",
    }


def test_json_list_pages(client, empty_board, board_url):
    VacancyFactory.create_batch(101)
    first = client.get(f"{board_url()}api/").json()
    assert (first["count"], first["pages"], len(first["results"])) == (101, 2, 100)
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None


def test_sitemap_lists_each_vacancy_in_every_language_with_alternates(client, board):
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-vacancies.xml" in index and "sitemap-pages.xml" in index
    sitemap = client.get("/sitemap-vacancies.xml").content.decode()
    code = board[0].reference_code
    for language in ("nl", "en", "ar", "fa", "ti", "tr"):
        assert f"/{language}/vacatures/{code}/</loc>" in sitemap
        assert (
            f'hreflang="{language}" href="http://testserver/{language}/vacatures/{code}/"'
            in sitemap
        )
    assert 'hreflang="x-default"' in sitemap


def test_home_page_shows_the_latest_vacancies_in_the_visitors_language(client, board):
    page = html(client.get("/ar/"))
    section = page.find(id="vacancies-heading").find_parent("section")
    titles = [a.get_text() for a in section.select(".werkroute-vacancy-card a")]
    assert len(titles) == 4
    newest = Vacancy.objects.visible().order_by("-first_published_at", "-pk")[:4]
    assert [v.reference_code for v in newest] == [
        a["href"].rstrip("/").rsplit("/", 1)[1] for a in section.select(".werkroute-vacancy-card a")
    ]


def test_home_page_without_open_vacancies_leaves_the_section_out(client, empty_board):
    assert html(client.get("/nl/")).find(id="vacancies-heading") is None
