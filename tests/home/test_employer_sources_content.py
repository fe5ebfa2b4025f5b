"""Issue 21 on the employer side, against the seeds (../shared/seeds/, ../shared/FACTS.md).

Checks the demo as loaded: the subsidy answer the sources give, the shop-floor guide with its
flyer download, where the sources are named, the route's flow chart, and the agenda events.
"""

import json
import re
from urllib.parse import urlsplit

import pytest

from django.utils import timezone

from wagtail.models import Locale, Page

from demo.tagged_pdf import PageFull, tagged_pdf
from home.models import EventPage, GuidePage, RuleStatement, SectionIndexPage
from tests.conftest import html

TRANSLATED = ["en", "ar", "fa", "ti", "tr"]
SEED = re.compile(r"\bSeed (00[0-4])\b")
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def dutch(model, slug):
    return model.objects.get(slug=slug, locale__language_code="nl")


def translations(page):
    """The page in every other language, by language code."""
    return {
        code: page.get_translation(Locale.objects.get(language_code=code)) for code in TRANSLATED
    }


def blocks_of(page, kind):
    return [block.value for block in page.body if block.block_type == kind]


def body_json(page):
    return json.dumps(list(page.body.raw_data), ensure_ascii=False)


def main_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return html(response).main.get_text(" ", strip=True)


def rule_translations(rule):
    return {
        other.locale.language_code: other
        for other in RuleStatement.objects.filter(translation_key=rule.translation_key)
    }


# --- subsidy: 000 answers, so the portal does not say "not in our sources" ------------------
# 000: "Geen subsidiemogelijkheid voor werkgevers, uit de pilot moet blijken of dit wel nodig
# is" and "een beperkt budget ... vergoeding reiskosten of een benodigde cursus".


@pytest.mark.django_db
def test_no_page_or_rule_says_the_sources_do_not_answer_the_subsidy_question():
    unanswered = re.compile(r"niet in onze bronnen|not in our sources", re.I)
    pages = [page.slug for page in GuidePage.objects.all() if unanswered.search(body_json(page))]
    rules = [rule.title for rule in RuleStatement.objects.all() if unanswered.search(rule.text)]
    assert pages == [] and rules == []


@pytest.mark.django_db
def test_the_subsidy_rule_gives_the_assen_answer_in_every_language_on_an_employer_page():
    rules = [
        rule
        for rule in RuleStatement.objects.filter(locale__language_code="nl")
        if "subsidie" in rule.text
    ]
    assert len(rules) == 1
    rule = rules[0]
    assert "geen subsidie" in rule.text and "reiskosten" in rule.text and "cursus" in rule.text
    assert "000" in SEED.findall(rule.source_title)
    assert rule.for_employers and rule.status == "current"
    # No amount the source lacks; the reader is told whom to ask.
    assert not re.search(r"\d|€", rule.text) and "UWV" in rule.text
    others = rule_translations(rule)
    assert sorted(others) == sorted(["nl", *TRANSLATED])
    for code in TRANSLATED:
        assert others[code].text and others[code].text != rule.text, code
    faq = dutch(GuidePage, "veelgestelde-vragen")
    assert rule.pk in [value.pk for value in blocks_of(faq, "rule")]


# --- sources: named precisely, the Almere documents by Open Embassy ------------------------
# 002, footnotes 49, 52, 53: "Open Embassy (2024) Pilot Toeleiding naar Werk Almere:
# evaluatieonderzoek ..."; "Open Embassy (2024) biedt een handreiking".


@pytest.mark.django_db
def test_the_almere_handreiking_is_attributed_to_open_embassy():
    cited = [
        rule
        for rule in RuleStatement.objects.filter(locale__language_code="nl")
        if "004" in SEED.findall(rule.source_title)
    ]
    assert cited
    for rule in cited:
        assert "Seed 004: Open Embassy, handreiking" in rule.source_title, rule.title
    everything = " ".join(
        [rule.source_title for rule in RuleStatement.objects.all()]
        + [body_json(page) for page in GuidePage.objects.all()]
    )
    assert not re.search(r"gemeente Almere[^.;]{0,40}handreiking", everything, re.I)


@pytest.mark.django_db
def test_the_shop_floor_guide_names_the_almere_evaluation_by_open_embassy(client):
    guide = dutch(GuidePage, "na-de-start-op-de-werkvloer")
    text = main_text(client, guide)
    assert "Open Embassy (2024)" in text
    assert "evaluatieonderzoek" in text and "Regioplan en VIA (2024)" in text


@pytest.mark.django_db
def test_rule_links_point_at_a_document_not_a_home_page():
    links = [rule.source_url for rule in RuleStatement.objects.exclude(source_url="")]
    assert links, "no rule links its source"
    assert [url for url in links if urlsplit(url).path in ("", "/")] == []
    announced = RuleStatement.objects.get(
        locale__language_code="nl", status="announced", text__contains="drie maanden"
    )
    # 001, footnote 2: the announcement of 3 November 2025.
    assert "rijksoverheid.nl/actueel/nieuws/2025/11/03/" in announced.source_url


# --- the shop-floor guide and the download block --------------------------------------------
# 001 question 2 ("Welke ondersteuningsbehoeften hebben de asielzoekers op de werkvloer"):
# vaktaal en instructies, werkcultuur, werktijden/pauzes/vakantiedagen, vervoer, jobcoach of
# buddy; 002: matching alone is not enough on "de eerste dag(en) van de baan".

SHOP_FLOOR_TOPICS = ["vaktaal", "hiërarchie", "pauzes", "vakantiedagen", "vervoer", "buddy"]


@pytest.mark.django_db
def test_the_shop_floor_guide_is_an_employer_guide_in_every_language(client):
    guide = dutch(GuidePage, "na-de-start-op-de-werkvloer")
    section = guide.get_parent().specific
    assert isinstance(section, SectionIndexPage) and section.slug == "werkgevers"
    text = main_text(client, guide)
    assert [topic for topic in SHOP_FLOOR_TOPICS if topic not in text.lower()] == []
    for code, page in translations(guide).items():
        assert page.live and not page.alias_of_id, code
        assert page.title != guide.title, code
    section_text = main_text(client, section)
    assert guide.title in section_text


@pytest.mark.django_db
def test_a_page_offers_the_employer_flyer_as_a_tagged_pdf(client):
    guide = dutch(GuidePage, "na-de-start-op-de-werkvloer")
    downloads = blocks_of(guide, "download")
    assert len(downloads) == 1
    document = downloads[0]["document"]
    assert document.file.name.endswith(".pdf")
    for page in [guide, *translations(guide).values()]:
        links = html(client.get(page.url)).select(".werkroute-download a[href]")
        assert [link["href"] for link in links] == [document.url], page.locale.language_code
    response = client.get(document.url)
    assert response.status_code == 200
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert data.startswith(b"%PDF-")
    assert b"/MarkInfo << /Marked true >>" in data and b"/Lang (nl-NL)" in data
    # The flyer repeats the subsidy answer and the BSN wait from the pages (000, 002).
    assert b"geen subsidie" in data and b"soms 6 weken of langer" in data


@pytest.mark.django_db
def test_no_video_block_without_a_source_address_and_the_instruction_video_is_a_tip(client):
    # 004 stap 4 names an employer's own "instructievideo over het werk" but no address: the
    # portal does not invent one, so no page has a video block; the guide gives the tip.
    with_video = [page.slug for page in GuidePage.objects.all() if blocks_of(page, "video")]
    assert with_video == []
    guide = dutch(GuidePage, "na-de-start-op-de-werkvloer")
    callouts = [value["title"] for value in blocks_of(guide, "callout")]
    assert any("instructievideo" in title for title in callouts)
    for code, page in translations(guide).items():
        titles = [value["title"] for value in blocks_of(page, "callout")]
        assert titles and titles != callouts, code


# --- the flow chart on the resident route --------------------------------------------------
# 002 ch. 2.2: TWV "gemiddeld vijf weken ... oplopen tot negen weken"; BSN "soms van 6 weken of
# langer". 004: the fast track "1-2 maanden".


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["nl", *TRANSLATED])
def test_the_route_has_a_flow_chart_figure_with_an_ordered_list(client, code):
    route = dutch(GuidePage, "van-aanmelding-tot-eerste-werkdag")
    page = route if code == "nl" else translations(route)[code]
    document = html(client.get(page.url))
    figures = document.select("main figure.werkroute-flow")
    assert len(figures) == 1
    figure = figures[0]
    caption = figure.find("figcaption").get_text(strip=True)
    # Persian writes its own digits (۶, ۱ تا ۲); compare the numbers, not the script.
    steps = [
        li.get_text(" ", strip=True).translate(PERSIAN_DIGITS) for li in figure.select("ol > li")
    ]
    assert caption and len(steps) >= 6
    assert "6" in steps[-2] and re.search(r"1\D{1,4}2", steps[-2])
    if code == "nl":
        assert caption.startswith("Van aanmelding tot eerste werkdag")
        assert "soms 6 weken of langer" in steps[-2] and "1-2 maanden" in steps[-2]
        assert "vijf weken" in steps[-3] and "negen weken" in steps[-3]
    else:
        nl_caption = blocks_of(route, "flow_chart")[0]["caption"]
        assert caption != nl_caption


# --- the agenda: voorlichting by COA, a CV workshop, an employer webinar, on weekdays -------

AGENDA = {
    "voorlichting-werken-in-nederland": ("voorlichting", "COA"),
    "workshop-cv-en-solliciteren": ("workshop", "cv"),
    "webinar-werkgevers": ("voorlichting", "werkgever"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("slug", list(AGENDA))
def test_the_agenda_event_is_on_a_weekday_in_every_language(client, slug):
    kind, word = AGENDA[slug]
    event = dutch(EventPage, slug)
    assert event.kind == kind and event.live
    assert word.lower() in f"{event.title} {event.intro}".lower()
    assert timezone.localtime(event.start).weekday() < 5
    assert event.start > timezone.now()
    for code, page in translations(event).items():
        assert not page.alias_of_id and page.specific.intro != event.intro, code
        assert client.get(page.url).status_code == 200, code


# --- the PDF writer ------------------------------------------------------------------------


def test_the_pdf_writer_tags_each_block_in_reading_order():
    data = tagged_pdf(
        "Titel", [("H1", "Kop"), ("P", "Tekst (met haakjes)"), ("LI", "a"), ("LI", "b")]
    )
    assert data.startswith(b"%PDF-1.7") and data.rstrip().endswith(b"%%EOF")
    for tag in (b"/S /H1", b"/S /P", b"/S /L", b"/S /LI", b"/S /LBody"):
        assert tag in data
    assert b"/K 3" in data and b"Tekst \\(met haakjes\\)" in data
    assert b"/DisplayDocTitle true" in data and b"/Title (Titel)" in data


def test_the_pdf_writer_refuses_text_that_needs_a_second_page():
    with pytest.raises(PageFull):
        tagged_pdf("Te lang", [("P", "woord " * 40)] * 60)


@pytest.mark.django_db
def test_every_new_page_is_published_once_per_language():
    slugs = ["na-de-start-op-de-werkvloer", *AGENDA]
    for slug in slugs:
        pages = Page.objects.filter(slug=slug)
        assert sorted(page.locale.language_code for page in pages) == sorted(["nl", *TRANSLATED])
