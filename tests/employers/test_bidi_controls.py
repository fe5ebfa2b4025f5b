"""Text an employer types is saved without bidi override controls (U+202E and its kin).

Pages isolate user text already; an override character inside a name would still show the name
itself reversed, so a spoofed "nekaM" reads as "Maken". Directional marks stay.
"""

import pytest

from core.fields import without_bidi_controls
from employers.models import Posting

pytestmark = pytest.mark.skeleton

NEW = "/nl/werkgevers/mijn-vacatures/nieuw/"
OVERRIDES = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
]


@pytest.mark.parametrize("control", OVERRIDES)
def test_each_embedding_override_and_isolate_control_is_removed(control):
    assert without_bidi_controls(f"Schoon{control} en Snel") == "Schoon en Snel"


def test_directional_marks_and_other_values_are_kept():
    assert without_bidi_controls("Bakkerij\u200f \u200eNoord") == "Bakkerij\u200f \u200eNoord"
    assert without_bidi_controls(None) is None
    assert without_bidi_controls(12) == 12


def test_a_vacancy_title_with_an_override_is_saved_without_it(
    employer_client, employer, vacancy_data
):
    typed = "Kok \u202eneknow\u202c in de keuken"
    response = employer_client.post(NEW, {**vacancy_data, "title": typed})

    assert response.status_code == 302
    vacancy = Posting.objects.get(organisation=employer.employer_membership.organisation).vacancy
    assert vacancy.title == typed.replace("\u202e", "").replace("\u202c", "")
    assert not set(vacancy.title) & set(OVERRIDES)


def test_a_title_of_only_controls_is_refused_as_empty(employer_client, employer, vacancy_data):
    response = employer_client.post(NEW, {**vacancy_data, "title": "\u202e\u202c"})

    assert response.status_code == 200
    assert not Posting.objects.filter(organisation=employer.employer_membership.organisation)
