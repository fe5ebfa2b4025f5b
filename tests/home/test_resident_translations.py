"""The resident pages issue 14 asks for in the residents' languages: the work check and the
asylum seeker / status holder comparison are real translations, not the Dutch page."""

import pytest

from wagtail.models import Locale

from home import checker
from home.models import CheckerPage, GuidePage, HomePage
from tests.conftest import html

RESIDENT_LANGUAGES = ["ar", "fa", "ti", "tr"]

pytestmark = pytest.mark.django_db


def resident_section(code):
    """The residents' section in `code`, found from the Dutch home page's link to it."""
    source_home = HomePage.objects.get(locale=Locale.get_default())
    return source_home.resident_page.get_translation(Locale.objects.get(language_code=code))


def resident_checker(code):
    return CheckerPage.objects.child_of(resident_section(code)).get()


def comparison_guide(code):
    """The residents' guide that compares asylum seekers with status holders."""
    guides = GuidePage.objects.child_of(resident_section(code))
    matches = [g for g in guides if any(b.block_type == "comparison" for b in g.body)]
    assert len(matches) == 1, [g.slug for g in guides]
    return matches[0]


def dutch(page):
    return page.get_translation(Locale.get_default()).specific


def get_translated_page(client, page, code, params=None):
    """Fetch `page` and check it is shown as a translation in `code`, not as Dutch."""
    assert page.alias_of_id is None, f"{page.url} is still the Dutch page (an alias)"
    assert page.url.startswith(f"/{code}/")
    response = client.get(page.url, params or {})
    assert response.status_code == 200
    document = html(response)
    assert document.html["lang"] == code
    notice = document.select_one("[data-translation-status]")
    assert notice is not None
    assert notice["data-translation-status"] != "untranslated"
    assert notice["data-translation-status"] == "unreviewed"
    assert document.main.get("lang") is None  # no Dutch block inside the page
    return document


def text_of(rich_text):
    return html(rich_text).get_text(" ", strip=True)


def answer_paragraphs(result):
    return [p.get_text(" ", strip=True) for p in result.select("p:not(.werkroute-meta)")]


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_comparison_guide_is_translated(client, code):
    guide = comparison_guide(code)
    source = dutch(guide)
    document = get_translated_page(client, guide, code)

    assert document.h1.get_text(strip=True) == guide.title != source.title
    [comparison] = [b.value for b in guide.body if b.block_type == "comparison"]
    [source_comparison] = [b.value for b in source.body if b.block_type == "comparison"]
    page_text = document.main.get_text(" ", strip=True)
    for row, source_row in zip(comparison["rows"], source_comparison["rows"], strict=True):
        for field in ("topic", "asylum_seeker", "status_holder"):
            assert row[field] != source_row[field], (field, row[field])
            assert row[field] in page_text
            assert source_row[field] not in page_text


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_checker_questions_are_translated(client, code):
    page = resident_checker(code)
    source = dutch(page)
    document = get_translated_page(client, page, code)

    assert document.h1.get_text(strip=True) == page.title != source.title
    legends = [legend.get_text(strip=True) for legend in document.select("fieldset legend")]
    assert legends == [q["question"] for q in page.question_list]
    page_text = document.get_text(" ", strip=True)
    for question in source.question_list:
        assert question["question"] not in page_text
        if question["help"]:
            assert question["help"] not in page_text
    assert source.intro not in page_text


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_checker_answers_with_a_permit_in_the_readers_language(client, code):
    page = resident_checker(code)
    all_yes = {q["condition"]: "yes" for q in page.question_list}
    document = get_translated_page(client, page, code, all_yes)

    result = document.select_one("#result")
    assert "werkroute-verdict--permit" in result["class"]
    assert answer_paragraphs(result) == [text_of(page.permit_answer)]
    assert text_of(page.permit_answer) != text_of(dutch(page).permit_answer)


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_checker_answers_with_a_twv_in_the_readers_language(client, code):
    page = resident_checker(code)
    answers = {q["condition"]: "yes" for q in page.question_list} | {"permit": "no"}
    document = get_translated_page(client, page, code, answers)

    result = document.select_one("#result")
    assert "werkroute-verdict--eligible" in result["class"]
    assert answer_paragraphs(result) == [text_of(page.eligible_answer)]
    assert text_of(page.eligible_answer) != text_of(dutch(page).eligible_answer)


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_checker_says_not_yet_with_reasons_in_the_readers_language(client, code):
    page = resident_checker(code)
    all_no = {q["condition"]: "no" for q in page.question_list}
    document = get_translated_page(client, page, code, all_no)

    result = document.select_one("#result")
    assert "werkroute-verdict--not_yet" in result["class"]
    reasons = [li.get_text(strip=True) for li in result.select("ul li")]
    reason_of = {q["condition"]: q["reason_if_no"] for q in page.question_list}
    assert reasons == [reason_of[key] for key in checker.ASYLUM_SEEKER_CONDITIONS]
    dutch_reasons = [q["reason_if_no"] for q in dutch(page).question_list]
    assert not set(reasons) & set(dutch_reasons)
    assert answer_paragraphs(result)[-1] == text_of(page.not_yet_answer)
    assert text_of(page.not_yet_answer) != text_of(dutch(page).not_yet_answer)
