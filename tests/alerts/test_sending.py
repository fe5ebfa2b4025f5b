"""send_job_alerts: each due alert gets the vacancies of its search published since its last
e-mail, once, in its language, with a one-click unsubscribe; nothing new, no e-mail."""

import datetime
import io
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from alerts import links, sending
from alerts.mails import MAX_LISTED, ONE_CLICK
from alerts.models import Alert
from tests.alerts.conftest import published_ago
from tests.alerts.factories import AlertFactory
from tests.vacancies.factories import PlaceFactory, VacancyFactory, VacancyTranslationFactory
from vacancies.models import Vacancy
from vacancies.presentation import hours_text

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

DAY = datetime.timedelta(days=1)


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def run(now=None):
    return sending.send_due_alerts(now=now or timezone.now())


def codes_in(message):
    return re.findall(r"/vacatures/([A-Z0-9]{6})/", message.body)


# --- what an e-mail holds --------------------------------------------------------------------


def test_an_alert_gets_the_new_open_vacancies_of_its_search_with_their_facts(empty_board):
    AlertFactory(search="sector=horeca", language="ar", email="amal@example.org")
    place = PlaceFactory(name="Emmen")
    new = VacancyFactory(
        sector="horeca",
        title="Kok",
        employer_name="Eethuis De Brink",
        place=place,
        hours_min=24,
        hours_max=32,
    )
    VacancyTranslationFactory(vacancy=new, language="ar", title="طباخ")
    published_ago(new, hours=2)
    other_sector = published_ago(VacancyFactory(sector="zorg"), hours=2)
    before = published_ago(VacancyFactory(sector="horeca"), days=3)  # before the confirmation
    closed = published_ago(VacancyFactory(sector="horeca", withdrawn=True), hours=2)

    report = run()

    assert report.sent == 1
    (message,) = mail.outbox
    assert message.to == ["amal@example.org"]
    assert codes_in(message) == [new.reference_code]
    for unwanted in (other_sector, before, closed):
        assert unwanted.reference_code not in message.body
    with translation.override("ar"):
        expected = [
            "طباخ",  # the Arabic translation of the title
            "Eethuis De Brink",
            "Emmen",
            hours_text(new),
            str(new.get_sector_display()),
            new.reference_code,
            f"http://testserver/ar/vacatures/{new.reference_code}/",
            translation.gettext("Respond before"),
            translation.gettext("Employer"),
        ]
        subject = translation.ngettext(
            "%(count)s new vacancy on Werkroute", "%(count)s new vacancies on Werkroute", 1
        ) % {"count": 1}
    for text in expected:
        assert text in message.body, text
    assert message.subject == subject
    assert "Werkroute" in subject and subject != "1 new vacancy on Werkroute"
    html_body, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="ar" dir="rtl">' in html_body
    assert f'href="http://testserver/ar/vacatures/{new.reference_code}/"' in html_body


def test_the_e_mail_names_the_search(empty_board):
    AlertFactory(search="english_enough=on&sector=horeca", language="nl")
    published_ago(VacancyFactory(sector="horeca", english_enough=True), hours=1)
    run()
    (message,) = mail.outbox
    assert "- Sector: Horeca" in message.body
    assert "- Engels is genoeg" in message.body


def test_a_long_list_is_cut_and_links_to_the_search_on_the_board(empty_board):
    AlertFactory(search="sector=horeca", language="nl")
    for hours in range(MAX_LISTED + 2):
        published_ago(VacancyFactory(sector="horeca"), hours=hours + 1)
    run()
    (message,) = mail.outbox
    assert len(codes_in(message)) == MAX_LISTED
    newest = Vacancy.objects.order_by("-first_published_at")[:MAX_LISTED]
    assert codes_in(message) == [vacancy.reference_code for vacancy in newest]
    assert message.subject == f"Meer dan {MAX_LISTED} nieuwe vacatures op Werkroute"
    assert "http://testserver/nl/vacatures/?sector=horeca" in message.body


# --- only new, only once -----------------------------------------------------------------------


def test_each_vacancy_is_sent_once_and_a_rerun_sends_nothing(empty_board):
    alert = AlertFactory()
    first = published_ago(VacancyFactory(), hours=1)
    moment = timezone.now()

    run(moment)
    run(moment)  # cron ran twice
    run(moment + datetime.timedelta(hours=2))  # ... or again later that day

    (message,) = mail.outbox
    assert codes_in(message) == [first.reference_code]
    alert.refresh_from_db()
    assert alert.last_sent_at == moment - sending.PUBLISHING_LAG

    # The next day only what was published since the last e-mail comes.
    second = VacancyFactory()
    Vacancy.objects.filter(pk=second.pk).update(
        first_published_at=moment + datetime.timedelta(minutes=1)
    )
    run(moment + DAY)
    assert len(mail.outbox) == 2
    assert codes_in(mail.outbox[1]) == [second.reference_code]


@pytest.mark.parametrize("published", [{"minutes": -1}, {"seconds": 1}])
def test_a_vacancy_published_just_before_or_during_a_run_comes_in_the_next(empty_board, published):
    """Just before: its publishing transaction may not have committed when the run reads."""
    AlertFactory()
    moment = timezone.now()
    late = VacancyFactory()
    Vacancy.objects.filter(pk=late.pk).update(
        first_published_at=moment + datetime.timedelta(**published)
    )
    run(moment)
    assert not mail.outbox
    run(moment + DAY)
    (message,) = mail.outbox
    assert codes_in(message) == [late.reference_code]


def test_no_e_mail_when_nothing_is_new_and_the_window_moves_on(empty_board):
    alert = AlertFactory(search="sector=horeca")
    published_ago(VacancyFactory(sector="zorg"), hours=1)
    moment = timezone.now()

    report = run(moment)

    assert mail.outbox == []
    assert report.nothing_new == 1
    alert.refresh_from_db()
    assert alert.last_sent_at == moment - sending.PUBLISHING_LAG


def test_unconfirmed_alerts_get_nothing(empty_board):
    AlertFactory(unconfirmed=True)
    published_ago(VacancyFactory(), hours=1)
    assert run().due == 0
    assert mail.outbox == []


# --- daily and weekly ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "last_sent", "due"),
    [
        ("daily", {"hours": 23, "minutes": 30}, True),  # cron a little earlier than yesterday
        ("daily", {"hours": 22}, False),
        ("daily", {"days": 2}, True),
        ("weekly", {"days": 2}, False),
        ("weekly", {"days": 6, "hours": 22}, False),
        ("weekly", {"days": 6, "hours": 23, "minutes": 30}, True),
        ("weekly", {"days": 9}, True),
    ],
)
def test_daily_and_weekly_alerts_are_due_after_their_period(empty_board, frequency, last_sent, due):
    AlertFactory(frequency=frequency, confirmed_at=ago(days=30), last_sent_at=ago(**last_sent))
    published_ago(VacancyFactory(), minutes=10)
    run()
    assert len(mail.outbox) == (1 if due else 0)


def test_a_new_alert_waits_a_whole_period_for_its_first_e_mail(empty_board):
    AlertFactory(frequency="weekly", confirmed_at=ago(days=3))
    AlertFactory(frequency="daily", confirmed_at=ago(hours=2), email="vandaag@example.org")
    published_ago(VacancyFactory(), minutes=10)
    assert run().due == 0
    assert mail.outbox == []


# --- unsubscribing from the e-mail -----------------------------------------------------------


def test_the_e_mail_offers_one_click_unsubscribe_that_deletes_the_alert(empty_board):
    alert = AlertFactory(language="fa")
    published_ago(VacancyFactory(), hours=1)
    run()
    (message,) = mail.outbox

    unsubscribe_url = links.site_url(links.unsubscribe_path(alert))
    assert unsubscribe_url.startswith("http://testserver/fa/vacaturemail/afmelden/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == ONE_CLICK
    assert unsubscribe_url in message.body
    # The headers as the mail server sends them.
    sent = message.message()
    assert sent["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # A mail program's one-click POST, without cookie or form.
    response = Client(enforce_csrf_checks=True).post(
        unsubscribe_url, ONE_CLICK, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Alert.objects.filter(email=alert.email).exists()


# --- robustness ------------------------------------------------------------------------------


def test_a_search_the_board_no_longer_understands_sends_nothing(empty_board):
    place = PlaceFactory()
    AlertFactory(search=f"place={place.pk}")
    published_ago(VacancyFactory(), hours=1)
    place.delete()  # no vacancy there: it may go; the alert must not widen to every place
    report = run()
    assert report.invalid_search == 1
    assert mail.outbox == []


def test_an_alert_another_run_just_sent_is_left_alone(empty_board):
    alert = AlertFactory()
    published_ago(VacancyFactory(), hours=1)
    moment = timezone.now()
    stale = sending.due_alerts(moment)
    Alert.objects.filter(pk=alert.pk).update(last_sent_at=moment)  # the other run

    report = sending.Report()
    sending.send_group("", "nl", stale, moment, links.board_paths(), None, report)

    assert report.skipped == 1
    assert mail.outbox == []


def test_a_failed_send_is_tried_again_on_the_next_run(empty_board, monkeypatch):
    alert = AlertFactory()
    published_ago(VacancyFactory(), hours=1)
    real_send = EmailMultiAlternatives.send

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("smtp is away")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    report = run()
    assert report.sent == 0 and len(report.errors) == 1
    alert.refresh_from_db()
    assert alert.last_sent_at is None

    monkeypatch.setattr(EmailMultiAlternatives, "send", real_send)
    assert run().sent == 1
    assert len(mail.outbox) == 1


# --- cost ------------------------------------------------------------------------------------


def make_alerts(count, searches=("sector=horeca", "sector=zorg"), languages=("nl", "ar")):
    for number in range(count):
        AlertFactory(
            search=searches[number % len(searches)],
            language=languages[(number // len(searches)) % len(languages)],
        )


def make_vacancies(count):
    for number in range(count):
        published_ago(VacancyFactory(sector=("horeca", "zorg")[number % 2]), hours=1)


def queries_of_a_run():
    """Statements of one run from a cold cache. Each e-mail's transaction is a savepoint inside
    the test's transaction; outside tests it is a transaction of its own, whose BEGIN and
    COMMIT are no statements Django logs, so savepoints are not counted."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        report = run()
    statements = [
        query["sql"] for query in queries if "SAVEPOINT" not in query["sql"].split(" ", 2)[:2]
    ]
    return len(statements), report


def test_queries_do_not_grow_with_the_number_of_vacancies(empty_board):
    make_alerts(8)
    make_vacancies(4)
    few, report = queries_of_a_run()
    assert report.sent == 8 and report.groups == 4
    Alert.objects.update(last_sent_at=None)
    mail.outbox.clear()
    make_vacancies(20)
    many, report = queries_of_a_run()
    assert report.sent == 8
    assert many == few


def test_each_more_alert_costs_one_query_and_each_search_is_run_once(empty_board):
    make_vacancies(4)
    make_alerts(4)  # one alert per search and language: 4 groups
    four, report = queries_of_a_run()
    assert report.groups == 4
    Alert.objects.all().delete()
    mail.outbox.clear()
    make_alerts(40)  # ten alerts per search and language: still 4 groups
    forty, report = queries_of_a_run()
    assert report.groups == 4 and report.sent == 40
    # The one UPDATE that records each e-mail; nothing per alert besides.
    assert forty - four == 36


def test_the_command_reports_and_shows_no_progress_line_without_a_terminal(empty_board):
    make_alerts(2)
    make_vacancies(2)
    output, errors = io.StringIO(), io.StringIO()
    call_command("send_job_alerts", stdout=output, stderr=errors)
    assert "2 alerts due in 2 searches: 2 e-mails sent" in output.getvalue()
    assert errors.getvalue() == ""
