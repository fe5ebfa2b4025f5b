"""The demo's content against its sources (../shared/seeds/, digested in ../shared/FACTS.md).

The expectations come from the seed documents, quoted where they are used, not from the demo
content: a test here fails when a page or rule statement says something the sources contradict,
or leaves out a topic the sources ask for.
"""

import re

import pytest

from django.utils import translation

from wagtail.models import Locale

from home.choices import Actor
from home.models import GuidePage, RuleStatement, SectionIndexPage
from tests.conftest import html

pytestmark = pytest.mark.django_db

TRANSLATED = ["en", "ar", "fa", "ti", "tr"]
RESIDENT_LANGUAGES = ["ar", "fa", "ti", "tr"]
SEED = re.compile(r"\bSeed (00[0-4])\b")


def resident_guides():
    """The Dutch guides in the residents' section."""
    section = SectionIndexPage.objects.get(slug="bewoners", locale__language_code="nl")
    return list(section.get_children().type(GuidePage).live().specific())


def translation_in(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def steps_of(page):
    return [step for block in page.body if block.block_type == "steps" for step in block.value]


def plain(richtext):
    return html(richtext.source).get_text(" ", strip=True)


def dutch_rules():
    return list(RuleStatement.objects.filter(locale__language_code="nl"))


def rules_in(page):
    return [block.value for block in page.body if block.block_type == "rule"]


def main_text(client, page):
    return html(client.get(page.url)).main.get_text(" ", strip=True)


# --- voorlichting is given by COA -----------------------------------------------------------
# 000: "COA: ... Voorlichting geven aan bewoners AZC over het project en betaald werk";
# 003 ch. 2.2: "Wel geeft het COA voorlichting"; 004 stap 1: "In Almere gaf COA deze voorlichting".


def voorlichting_steps(page):
    """Indexes of the steps of a Dutch page that are about the information session."""
    return [
        index
        for index, step in enumerate(steps_of(page))
        if "voorlichting" in f"{step['title']} {plain(step['text'])}".lower()
    ]


def test_the_information_session_step_is_given_by_coa_in_every_language(client):
    route = GuidePage.objects.get(
        slug="van-aanmelding-tot-eerste-werkdag", locale__language_code="nl"
    )
    indexes = voorlichting_steps(route)
    assert indexes, "the resident route has no information session step"
    for code in ["nl", *TRANSLATED]:
        page = route if code == "nl" else translation_in(route, code)
        steps = steps_of(page)
        document = html(client.get(page.url))
        shown = document.select("ol.werkroute-steps > li")
        for index in indexes:
            assert steps[index]["actor"] == Actor.COA, code
            with translation.override(code):
                municipality = str(Actor.MUNICIPALITY.label)
            assert municipality not in shown[index].get_text(" "), code


def test_no_dutch_page_attributes_the_information_session_to_the_municipality(client):
    # The wrong phrasing the demo had: a "Voorlichting" step done by "de gemeente".
    wrong = re.compile(r"voorlichting[^.?!]*\bgemeente\b|\bgemeente\b[^.?!]*voorlichting", re.I)
    pages = [
        page
        for page in GuidePage.objects.filter(locale__language_code="nl").live().specific()
        if wrong.search(main_text(client, page))
    ]
    assert pages == []
    assert [rule.title for rule in dutch_rules() if wrong.search(rule.text)] == []


# --- the BSN fast track starts when the TWV is applied for ----------------------------------
# 002 kader 7: "Het COA kan deze spoedprocedure inzetten wanneer de werkgever de TWV-aanvraag
# gedaan heeft"; 000: "Versneld BSN aanvragen ... nadat de werkgever de TWV aangevraagd heeft".


def test_the_resident_route_starts_the_bsn_fast_track_once_the_twv_is_applied_for():
    route = GuidePage.objects.get(
        slug="van-aanmelding-tot-eerste-werkdag", locale__language_code="nl"
    )
    steps = steps_of(route)
    bsn = [index for index, step in enumerate(steps) if "BSN" in step["title"]]
    assert bsn, "no step about the BSN"
    for index in bsn:
        text = plain(steps[index]["text"])
        assert "COA" in text
        assert re.search(r"TWV[- ]aanvraag|TWV heeft aangevraagd|TWV aangevraagd heeft", text)
        # Not "after the TWV": the resident does not wait for UWV's decision.
        assert not re.search(r"\b(daarna|nadat de TWV)\b", text, re.I)
        assert steps[index]["actor"] == Actor.COA
        english = steps_of(translation_in(route, "en"))[index]
        assert "applied for the TWV" in plain(english["text"])
        for code in RESIDENT_LANGUAGES:
            translated = steps_of(translation_in(route, code))[index]
            assert translated["actor"] == Actor.COA
            assert "BSN" in plain(translated["text"]) and plain(translated["text"]) != text


def test_the_bsn_rule_says_coa_starts_once_the_twv_is_applied_for():
    rules = [rule for rule in dutch_rules() if "BSN" in rule.title]
    assert rules
    for rule in rules:
        assert "COA" in rule.text
        assert re.search(r"TWV heeft aangevraagd|TWV-aanvraag", rule.text)
        assert {"002"} <= set(SEED.findall(rule.source_title))


# --- koppeling: at least 8 hours a week during half a year ----------------------------------
# 004: "een arbeidscontract van minimaal 8 uur gedurende een half jaar"; 002: "minstens acht
# uur in de week".

EIGHT_HOURS = {
    "nl": (re.compile(r"\b(acht|8) uur\b", re.I), re.compile(r"half jaar|zes maanden", re.I)),
    "en": (re.compile(r"\b(eight|8) hours\b", re.I), re.compile(r"half a year|six months", re.I)),
}
LINKING = {"nl": re.compile(r"koppel", re.I), "en": re.compile(r"\blink", re.I)}


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_text_on_koppeling_names_the_half_year(client, code):
    hours, half_year = EIGHT_HOURS[code]
    missing = []
    for page in GuidePage.objects.filter(locale__language_code=code).live().specific():
        for element in html(client.get(page.url)).main.select("p, li, tr"):
            text = element.get_text(" ", strip=True)
            if hours.search(text) and LINKING[code].search(text) and not half_year.search(text):
                missing.append((page.url, text))
    for rule in RuleStatement.objects.filter(locale__language_code=code):
        if hours.search(rule.text) and not half_year.search(rule.text):
            missing.append((rule.title, rule.text))
    assert missing == []


# --- rule statements name their source seed -------------------------------------------------


def test_every_rule_statement_names_its_source_seed():
    unsourced = [rule.title for rule in dutch_rules() if not SEED.search(rule.source_title)]
    assert unsourced == []


# Topics the seeds ask the portal to cover as rules: (what, how the Dutch rule text names it,
# the seed(s) the rule must name).
RULE_TOPICS = {
    # 003 ch. 4.2: "de TWV moet worden geannuleerd als de werkgever en kandidaat ... niet met
    # elkaar verdergaan".
    "cancelling the TWV": (r"annul", {"003"}),
    # 002: Ukrainians have "een ander wettelijk regime"; "melding van tewerkstelling bij het UWV".
    "Ukrainians": (r"Oekra", {"002"}),
    # 002: residents wrongly think they "verplicht moeten stoppen met werken" when inburgering
    # starts; work and inburgering can be combined.
    "work during inburgering": (r"inburgering", {"002"}),
    # 001: voorlichting covers "praktische zaken zoals het leefgeld".
    "leefgeld": (r"leefgeld", {"001"}),
    # 004: "minimaal 8 uur gedurende een half jaar".
    "koppeling": (r"half jaar", {"004"}),
}


@pytest.mark.parametrize("topic", list(RULE_TOPICS))
def test_a_rule_statement_covers_the_topic_in_every_language(topic):
    pattern, seeds = RULE_TOPICS[topic]
    rules = [rule for rule in dutch_rules() if re.search(pattern, rule.text, re.I)]
    assert rules, f"no rule statement on {topic}"
    assert any(seeds <= set(SEED.findall(rule.source_title)) for rule in rules)
    guides = resident_guides()
    for rule in rules:
        assert rule.for_residents
        assert any(rule.pk in [r.pk for r in rules_in(guide)] for guide in guides), rule.title
        translations = {
            other.locale.language_code: other
            for other in RuleStatement.objects.filter(translation_key=rule.translation_key)
        }
        assert sorted(translations) == sorted(["nl", *TRANSLATED])
        for code in TRANSLATED:
            assert translations[code].title and translations[code].title != rule.title, code
            assert translations[code].text and translations[code].text != rule.text, code


def test_the_leefgeld_rule_states_no_amount_and_sends_readers_to_coa():
    # FACTS.md: amounts are not in the documents - explain, and say whom to ask.
    rules = [rule for rule in dutch_rules() if "leefgeld" in rule.text.lower()]
    assert rules
    for rule in rules:
        for other in RuleStatement.objects.filter(translation_key=rule.translation_key):
            assert not re.search(r"\d|€", other.text), other.locale.language_code
            assert "COA" in other.text, other.locale.language_code


# --- topics in the resident guides ----------------------------------------------------------
# 001: "Uitleg over Nederlandse werkcultuur en omgangsvormen (denk aan aanspreekvormen,
# kledingvoorschriften)"; "punctualiteit, hiërarchie"; "Kinderopvang vanaf vier jaar en
# buitenschoolse opvang"; "Vervoer naar werk kan een drempel zijn".

RESIDENT_TOPICS = {
    "hierarchy": r"hiërarchie",
    "forms of address": r"aanspre",
    "dress codes": r"kleding",
    "childcare": r"kinderopvang",
    "transport": r"vervoer",
    "leefgeld": r"leefgeld",
    "Ukrainians": r"Oekra",
    "inburgering": r"inburgering",
    "cancelling the TWV": r"annul",
}


def test_the_resident_guides_cover_the_topics_the_sources_ask_for(client):
    text = " ".join(main_text(client, guide) for guide in resident_guides())
    missing = [topic for topic, word in RESIDENT_TOPICS.items() if not re.search(word, text, re.I)]
    assert missing == []


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_every_resident_guide_is_a_real_translation(code):
    guides = resident_guides()
    assert guides
    aliases = [guide.slug for guide in guides if translation_in(guide, code).alias_of_id]
    assert aliases == []
