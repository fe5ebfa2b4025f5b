"""A resident follows a board search by e-mail, in Arabic: asks for the e-mails from the board,
confirms from the confirmation e-mail, gets an alert e-mail and stops it from its link; axe finds
nothing on any page of the way.

Reading the e-mails: the live server is a thread of this test process (tests/browser/conftest.py),
so the locmem e-mail backend of the test settings writes to the same `mail.outbox` the test
reads - no file or console backend needed. The alert e-mail is built by the sending code's own
`alert_message` from rows the server committed, only read here: the test's transaction writes
nothing the server's unsubscribe would have to wait for (which and when alerts are sent is
tested in tests/alerts/test_sending.py).
"""

import re
import secrets

import pytest

from django.core import mail
from django.utils import translation

from alerts import links
from alerts.mails import alert_message, entries_of
from alerts.models import Alert
from alerts.searches import BoardSearch
from tests.browser.axe import wcag_violations
from vacancies.models import Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def live_mail():
    """Mail sent by the live server thread lands in the same locmem outbox."""
    mail.outbox = []
    return mail.outbox


def message_to(address):
    (message,) = [message for message in mail.outbox if address in message.to]
    return message


def assert_accessible(page):
    assert wcag_violations(page) == []


def submit(page):
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def alert_e_mail(alert):
    """The e-mail the sending command would send this alert, with open vacancies of its search."""
    board_path = links.board_paths()[alert.language]
    with translation.override(alert.language):
        search = BoardSearch.stored(alert.search)
        vacancies = list(search.results()[:3])
        summary = search.summary()
    entries = entries_of(vacancies, alert.language, board_path)
    board_url = links.site_url(search.board_url(board_path))
    return alert_message(alert, entries, more=False, summary=summary, board_url=board_url)


def test_a_resident_follows_a_search_by_e_mail_in_arabic(page, portal_url, live_mail):
    address = f"amal-{secrets.token_hex(4)}@example.org"
    sector = Vacancy.objects.visible().values_list("sector", flat=True).first()

    # 1. From a search on the Arabic board ...
    page.goto(f"{portal_url}/ar/vacatures/?sector={sector}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
    with page.expect_navigation():
        page.locator("main a[href*='/ar/vacaturemail/']").click()

    # 2. ... to the form, which names the search and starts in Arabic.
    assert f"sector={sector}" in page.url
    assert page.locator("#id_language").input_value() == "ar"
    assert page.locator("main section li").count() == 1
    assert_accessible(page)

    # 3. A mistake is pointed out, with what was typed kept.
    page.locator("#id_email").fill("amal-at-example")
    submit(page)
    assert page.locator("#form-errors").is_visible()
    assert page.locator("#id_email").input_value() == "amal-at-example"
    assert_accessible(page)

    # 4. Corrected, once a week.
    page.locator("#id_email").fill(address)
    page.locator("input[name=frequency][value=weekly]").check()
    submit(page)
    assert re.search(r"/ar/vacaturemail/verstuurd/$", page.url)
    assert_accessible(page)

    # 5. The confirmation e-mail, in Arabic: its link shows a button; pressing it starts.
    confirmation = message_to(address)
    with translation.override("ar"):
        assert confirmation.subject == translation.gettext(
            "Confirm your e-mails about new vacancies"
        )
    link = re.search(r"https?://\S+/ar/vacaturemail/bevestigen/\S+/", confirmation.body).group(0)
    page.goto(link.replace("http://testserver", portal_url))
    assert_accessible(page)
    assert Alert.objects.get(email=address).confirmed_at is None
    submit(page)
    assert Alert.objects.get(email=address).confirmed_at is not None
    assert_accessible(page)

    # 6. An alert e-mail arrives; its link stops the e-mails.
    alert = Alert.objects.get(email=address)
    alert_e_mail(alert).send()
    (sent,) = [message for message in mail.outbox if message.to == [address]][1:]
    unsubscribe = re.search(r"https?://\S+/ar/vacaturemail/afmelden/\S+/", sent.body).group(0)
    assert sent.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    page.goto(unsubscribe.replace("http://testserver", portal_url))
    assert_accessible(page)
    assert Alert.objects.filter(email=address).exists()
    submit(page)
    assert not Alert.objects.filter(email=address).exists()
    assert page.locator("h1").is_visible()
    assert_accessible(page)
