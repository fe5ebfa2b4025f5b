"""Issue 21, resident side: what the seeds say that the resident pages must carry, in all six
languages, each rule with its seed named (../shared/FACTS.md, "More facts the content must carry").

The expectations quote the seeds (../shared/seeds/), not the demo texts: a test fails when a page
leaves a topic out, understates a wait, or a new page or rule is left untranslated.
"""

import re

import pytest

from wagtail.models import Locale

from demo import resident_content
from home.models import CheckerPage, GuidePage, RuleStatement, SectionIndexPage
from search.query import GUIDES, SiteSearch
from tests.conftest import html

pytestmark = pytest.mark.django_db

TRANSLATED = ["en", "ar", "fa", "ti", "tr"]
SEED = re.compile(r"\bSeed (00[0-4])\b")


def residents_section():
    return SectionIndexPage.objects.get(slug="bewoners", locale__language_code="nl")


def resident_guides():
    return list(residents_section().get_children().type(GuidePage).live().specific())


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def rules_on(page):
    return [block.value.pk for block in page.body if block.block_type == "rule"]


def faq_questions(page):
    return [item["question"] for b in page.body if b.block_type == "faq" for item in b.value]


def page_text(client, page):
    return html(client.get(page.url)).main.get_text(" ", strip=True)


def dutch_rules_saying(words):
    """The Dutch rule statements whose text contains every one of `words` (any case)."""
    return [
        rule
        for rule in RuleStatement.objects.filter(locale__language_code="nl")
        if all(word.lower() in rule.text.lower() for word in words)
    ]


# --- each rule: in Dutch, with its seed, on a resident page, translated into five languages ---
# (what the rule says: words its Dutch text must all contain, the seeds it must name)
RESIDENT_RULES = {
    # 002 ch. 2.2: the BSN wait "soms van 6 weken of langer"; 004: fast track "1-2 maanden".
    "wait for TWV and BSN": (
        ["vijf weken", "6 weken of langer", "1 tot 2 maanden"],
        {"002", "004"},
    ),
    # 002 ch. 5.2: "een ondertekend arbeidscontract en een kopie van de laatste loonstrook".
    "koppeling papers": (["koppel", "getekend", "loonstrook"], {"002"}),
    # 002 footnote 68: "minstens de bijstandsnorm", "minimaal zes maanden", "de laatste
    # loonstrook", "De Reba wordt betaald", only while no home is offered; 004 fase 3.
    "omkoppeling": (
        ["omkoppel", "zes maanden", "bijstandsnorm", "loonstrook", "Reba", "woning"],
        {"002", "004"},
    ),
    # 003 ch. 4.3: "heel zelden"; 001 vraag 6: "op verzoek ... in de buurt van zijn werk".
    "moving to another azc": (["heel zelden", "in de buurt van uw werk"], {"003", "001"}),
    # 002 kader 7: "één keer per week afwezig"; "COA locaties gaan verschillend om".
    "meldplicht": (["meldplicht", "één keer per week", "niet elke COA-locatie"], {"002"}),
    # 001: "een langere weg ... als het gaat om diplomawaardering".
    "diploma": (["diplomawaardering", "staat niet op deze site"], {"001"}),
    # 002: "de mogelijkheid om een eigen onderneming te starten".
    "own business": (["eigen bedrijf", "UWV"], {"002"}),
    # 003 ch. 2.1: "Vanaf december 2024 ... inschrijven als nuggen ... een cv uploaden".
    "UWV registration": (["december 2024", "UWV", "cv uploaden"], {"003"}),
    # 003 ch. 2.3: "24 uur les ... 'kansrijk'"; "'Basaal Nederlands' ... voor alle bewoners".
    "language lessons": (["kansrijk", "24 uur", "Basaal Nederlands", "alle bewoners"], {"003"}),
    # 003 ch. 4.4 and 5.1: "dubieuze" employers reported; an unpaid trial period.
    "exploitation": (["zonder loon", "uitbuiting", "Meld", "dubieuze"], {"003"}),
}


@pytest.mark.parametrize("topic", list(RESIDENT_RULES))
def test_each_rule_is_sourced_on_a_resident_page_and_translated(topic):
    words, seeds = RESIDENT_RULES[topic]
    rules = dutch_rules_saying(words)
    assert rules, f"no rule statement on {topic}"
    rule = next((r for r in rules if seeds <= set(SEED.findall(r.source_title))), None)
    assert rule is not None, [r.source_title for r in rules]
    assert rule.for_residents and rule.last_verified
    assert any(rule.pk in rules_on(guide) for guide in resident_guides()), rule.title
    translations = {
        other.locale.language_code: other
        for other in RuleStatement.objects.filter(translation_key=rule.translation_key)
    }
    assert sorted(translations) == sorted(["nl", *TRANSLATED])
    for code in TRANSLATED:
        assert translations[code].title not in ("", rule.title), code
        assert translations[code].text not in ("", rule.text), code


def test_every_rule_of_the_resident_content_exists_in_six_languages():
    for spec in resident_content.RULES.values():
        rule = RuleStatement.objects.get(locale__language_code="nl", title=spec["title"]["nl"])
        assert SEED.search(rule.source_title), rule.title
        languages = RuleStatement.objects.filter(translation_key=rule.translation_key)
        assert sorted(r.locale.language_code for r in languages) == sorted(["nl", *TRANSLATED])


# --- waits: not "about five weeks" to a first working day -----------------------------------


@pytest.mark.parametrize("code", ["nl", *TRANSLATED])
def test_the_checker_adds_the_bsn_wait_to_the_twv_wait(code):
    dutch = CheckerPage.objects.child_of(residents_section()).get()
    checker = dutch if code == "nl" else in_language(dutch, code)
    answer = html(checker.eligible_answer).get_text(" ", strip=True)
    assert "BSN" in answer, code
    assert re.search(r"\b6\b|۶", answer), code  # the BSN's own wait: 6 weeks or longer (002)
    if code != "nl":
        assert answer != html(dutch.eligible_answer).get_text(" ", strip=True)


def test_the_route_gives_the_bsn_its_own_wait(client):
    route = GuidePage.objects.get(
        slug="van-aanmelding-tot-eerste-werkdag", locale__language_code="nl"
    )
    steps = [step for b in route.body if b.block_type == "steps" for step in b.value]
    [bsn] = [step for step in steps if "BSN" in step["title"]]
    assert "6 weken of langer" in bsn["duration"]
    assert "1 tot 2 maanden" in bsn["duration"]
    text = page_text(client, route)
    assert "Reken dus niet op vijf weken" in text


def test_reba_bills_often_come_months_later(client):
    # 003 ch. 2.1: "brengt het COA deze financiële bijdrage vaak pas maanden later in rekening".
    reba = GuidePage.objects.get(slug="werken-en-de-reba", locale__language_code="nl")
    text = page_text(client, reba)
    assert "vaak pas maanden later" in text
    assert "soms pas maanden later" not in text


# --- myths, answered as "Klopt het dat...?" ---------------------------------------------------
# 002 ch. 5.2: work would not pay "omdat ze een hoge Regeling Eigen Bijdrage moeten betalen of
# niet meer in aanmerking komen voor een uitkering of verhuiskostenvergoeding"; they would
# "verplicht moeten stoppen met werken wanneer ze hun verblijfsvergunning krijgen".
MYTHS = {
    "work does not pay": r"^Klopt het dat .*(Reba|uitkering)",
    "stop working": r"^Klopt het dat .*stoppen.*(verblijfsvergunning|inburgering)",
}


@pytest.mark.parametrize("myth", list(MYTHS))
def test_each_myth_is_answered_on_a_resident_page_in_every_language(myth):
    found = [
        (guide, index)
        for guide in resident_guides()
        for index, question in enumerate(faq_questions(guide))
        if re.search(MYTHS[myth], question)
    ]
    assert found, f"no 'Klopt het dat...?' question on {myth}"
    for guide, index in found:
        dutch_question = faq_questions(guide)[index]
        for code in TRANSLATED:
            translated = faq_questions(in_language(guide, code))[index]
            assert translated and translated != dutch_question, (guide.slug, code)


# --- the new pages: in the residents' section and its list, translated, not yet checked ------


def test_the_new_resident_pages_are_listed_in_the_residents_section(client):
    listed = html(client.get(residents_section().url)).select(".werkroute-card__link")
    hrefs = {a["href"] for a in listed}
    for slug, _languages, _spec in resident_content.GUIDES:
        page = GuidePage.objects.get(slug=slug, locale__language_code="nl")
        assert page.get_parent().specific == residents_section()
        assert page.url in hrefs, slug


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_new_resident_pages_are_translations_marked_not_yet_checked(client, code):
    for slug, _languages, _spec in resident_content.GUIDES:
        dutch = GuidePage.objects.get(slug=slug, locale__language_code="nl")
        page = in_language(dutch, code)
        assert page.alias_of_id is None, f"{slug} in {code} is the Dutch page"
        assert page.title != dutch.title
        document = html(client.get(page.url))
        assert document.html["lang"] == code
        notice = document.select_one("[data-translation-status]")
        assert notice is not None and notice["data-translation-status"] == "unreviewed", slug


# --- site search in Dutch finds the topics ---------------------------------------------------
# (what is typed, the resident page it must find)
SEARCHED = {
    "leefgeld": "werken-en-de-reba",
    "diploma": "diploma-en-eigen-bedrijf",
    "eigen bedrijf": "diploma-en-eigen-bedrijf",
    "kinderopvang": "van-aanmelding-tot-eerste-werkdag",
    "uitbuiting": "eerlijk-werk",
}


@pytest.mark.parametrize("query", list(SEARCHED))
def test_dutch_site_search_finds_the_topic(query):
    found = {page.slug for page in SiteSearch(query, "nl").results(GUIDES)}
    assert SEARCHED[query] in found, found
