"""The two e-mails of an alert, in the alert's language: plain text with an HTML alternative.

- the confirmation e-mail, with the link that starts the alert;
- the alert itself: the new vacancies of the search with their facts, and a one-click
  unsubscribe (RFC 8058: `List-Unsubscribe` with an https address and `List-Unsubscribe-Post`;
  the mail server signs both headers with DKIM).
"""

from dataclasses import dataclass

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

from alerts import links
from alerts.models import KEPT_HOURS
from alerts.searches import BoardSearch
from vacancies.presentation import date_text, hours_text, reader_text

# At most this many vacancies in one e-mail; the e-mail then links to the search on the board.
MAX_LISTED = 20
ONE_CLICK = "List-Unsubscribe=One-Click"


def render(template, context, language):
    """(subject, text, html) of alerts/email/<template>_{subject,body}.txt and _body.html."""
    with translation.override(language):
        context = {**context, "language": language, "bidi": translation.get_language_bidi()}
        subject = render_to_string(f"alerts/email/{template}_subject.txt", context)
        text = render_to_string(f"alerts/email/{template}_body.txt", context)
        html = render_to_string(f"alerts/email/{template}_body.html", context)
    return " ".join(subject.split()), text, html


def message(address, rendered, headers=None, connection=None):
    subject, text, html = rendered
    mail = EmailMultiAlternatives(
        subject, text, None, [address], headers=headers or {}, connection=connection
    )
    mail.attach_alternative(html, "text/html")
    return mail


def send_confirmation(alert, token, base_url):
    with translation.override(alert.language):
        summary = BoardSearch(alert.search).summary()
    context = {
        "alert": alert,
        "summary": summary,
        "link": base_url.rstrip("/") + links.confirm_path(token, alert.language),
        "hours": KEPT_HOURS,
    }
    message(alert.email, render("confirm", context, alert.language)).send()


@dataclass(frozen=True)
class Entry:
    """One vacancy as an alert e-mail lists it, in the e-mail's language."""

    title: str
    title_language: str
    employer: str
    place: str
    hours: str
    sector: str
    closing_date: str
    reference_code: str
    url: str


def entries_of(vacancies, language, board_path):
    """Entries for vacancies fetched with the translations of `language` (query.for_cards)."""
    with translation.override(language):
        entries = []
        for vacancy in vacancies:
            text = reader_text(vacancy, language)
            entries.append(
                Entry(
                    title=text.title,
                    title_language=text.language,
                    employer=vacancy.employer_name,
                    place=str(vacancy.place),
                    hours=hours_text(vacancy),
                    sector=str(vacancy.get_sector_display()),
                    closing_date=date_text(vacancy.closing_date),
                    reference_code=vacancy.reference_code,
                    url=links.site_url(board_path + vacancy.reference_code + "/"),
                )
            )
    return entries


def alert_message(alert, entries, *, more, summary, board_url, connection=None):
    """The e-mail of new vacancies for one alert (at most MAX_LISTED entries)."""
    unsubscribe_url = links.site_url(links.unsubscribe_path(alert))
    with translation.override(alert.language):
        if more:
            subject = ngettext(
                "More than %(count)s new vacancy on Werkroute",
                "More than %(count)s new vacancies on Werkroute",
                len(entries),
            ) % {"count": len(entries)}
        else:
            subject = ngettext(
                "%(count)s new vacancy on Werkroute",
                "%(count)s new vacancies on Werkroute",
                len(entries),
            ) % {"count": len(entries)}
    context = {
        "alert": alert,
        "subject": subject,
        "entries": entries,
        "more": more,
        "summary": summary,
        "board_url": board_url,
        "unsubscribe_url": unsubscribe_url,
    }
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": ONE_CLICK,
        "Auto-Submitted": "auto-generated",
    }
    return message(
        alert.email, render("new_vacancies", context, alert.language), headers, connection
    )
