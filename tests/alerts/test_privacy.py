"""The privacy statement (demo/statements.py) says what an alert keeps and for how long: the model
must hold nothing more, and the hours must be the ones the code deletes after."""

import pytest

from alerts.models import KEPT_HOURS, UNCONFIRMED_KEPT, Alert
from demo import statements

pytestmark = pytest.mark.skeleton


def privacy_body(language):
    return statements.privacy_statement("privacy@gemeente.example", 90)["body"][language]


def test_an_alert_holds_only_what_the_privacy_statement_lists():
    # Address, search, language, how often, and when (asked, confirmed, last sent); the token
    # hash and the key only make the links work.
    kept = {field.name for field in Alert._meta.get_fields()}
    assert kept == {
        "id",
        "email",
        "search",
        "language",
        "frequency",
        "created_at",
        "confirmed_at",
        "last_sent_at",
        "token_hash",
        "key",
    }
    for language, words in {
        "nl": ["e-mailadres", "de zoekopdracht", "de taal", "hoe vaak", "bevestigde"],
        "en": ["e-mail address", "the search", "the language", "how often", "confirmed"],
    }.items():
        body = privacy_body(language)
        for word in words:
            assert word in body, (language, word)


@pytest.mark.parametrize(("language", "text"), [("nl", "na {} uur"), ("en", "after {} hours")])
def test_the_privacy_statement_gives_the_real_time_unconfirmed_alerts_are_kept(language, text):
    assert UNCONFIRMED_KEPT.total_seconds() == KEPT_HOURS * 3600
    assert text.format(KEPT_HOURS) in privacy_body(language)
