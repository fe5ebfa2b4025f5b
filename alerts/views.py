"""The resident's side of e-mail alerts: sign up from a board search, confirm, unsubscribe.

No account and no session. The sign-up and confirmation pages carry a form, so they set the
CSRF cookie (as the employers' and booking forms do); nothing else sets a cookie. Nothing is
cached (never_cache): the pages hold a personal link or an address.

The unsubscribe address takes a POST without a CSRF token (csrf_exempt): RFC 8058's one-click
unsubscribe is a POST from the mail provider, which has no cookie. The signed token in the
address is what proves the right to stop the alert, with or without a form; GET only shows
the button, so a mail scanner that opens links stops nothing.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts import links, subscriptions
from alerts.forms import AlertForm, normalise_email
from alerts.models import KEPT_HOURS, Alert
from alerts.searches import BoardSearch
from core import ratelimit
from core.chrome import chrome_for
from core.localization import reader_language
from vacancies.models import VacancyIndexPage


def search_context(request, search, language):
    # The board of the reader's language, from its chrome (core/chrome.py): no query.
    board = chrome_for(request, language).first(VacancyIndexPage)
    path = board.url if board and board.url else None
    return {
        "summary": search.summary(),
        "rejected": search.rejected,
        "board_url": search.board_url(path) if path else None,
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    search = BoardSearch(request.GET)
    form = AlertForm(request.POST if request.method == "POST" else None)
    refusal = None
    if request.method == "POST":
        typed_email = normalise_email(request.POST.get("email", ""))
        refusal = ratelimit.attempt("alert_signup", ratelimit.client_ip(request))
        refusal = ratelimit.attempt("alert_signup_address", typed_email) or refusal
        if refusal:
            refusal.refuse(form)
        elif not search.is_valid:
            form.is_valid()
            form.add_error(
                None,
                _(
                    "We did not understand part of this search, so we cannot follow it. Go "
                    "back to the vacancies, choose your filters again and ask for e-mails there."
                ),
            )
        elif form.is_valid():
            try:
                subscriptions.sign_up(
                    email=form.cleaned_data["email"],
                    search=search.params,
                    language=form.cleaned_data["language"],
                    frequency=form.cleaned_data["frequency"],
                    base_url=request.build_absolute_uri("/"),
                )
            except OSError:  # the mail server is away: nothing was kept
                form.add_error(
                    None,
                    _("We could not send the e-mail just now. Please try again in a few minutes."),
                )
            else:
                # The same answer whether or not the address already has alerts.
                return redirect("alerts:subscribe_done")
    context = {
        "form": form,
        "hours": KEPT_HOURS,
        **search_context(request, search, reader_language()),
    }
    return ratelimit.answer(render(request, "alerts/subscribe.html", context), refusal)


@never_cache
def subscribe_done(request):
    return render(request, "alerts/subscribe_done.html", {"hours": KEPT_HOURS})


def alert_context(request, alert):
    search = BoardSearch(alert.search)
    return {
        "alert": alert,
        "language_name": get_language_info(alert.language)["name_local"],
        **search_context(request, search, reader_language()),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    alert = subscriptions.alert_for_token(token)
    if alert is None or alert.confirmation_expired():
        return render(request, "alerts/link_failed.html", {"hours": KEPT_HOURS}, status=400)
    if request.method == "POST":
        subscriptions.confirm(alert)
        return redirect(request.path)
    context = alert_context(request, alert)
    if alert.is_confirmed:
        context["unsubscribe_url"] = links.unsubscribe_path(alert)
    return render(request, "alerts/confirm.html", context)


@never_cache
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    key = links.key_from_unsubscribe_token(token)
    if key is None:
        return render(request, "alerts/link_failed.html", {"hours": KEPT_HOURS}, status=400)
    if request.method == "POST":
        subscriptions.unsubscribe(key)
        return render(request, "alerts/unsubscribed.html")
    alert = Alert.objects.filter(key=key).first()
    if alert is None:
        # Stopped already (the one-click button of a mail program, or an earlier visit).
        return render(request, "alerts/unsubscribed.html")
    context = {
        **alert_context(request, alert),
        "action": reverse("alerts:unsubscribe", args=[token]),
    }
    return render(request, "alerts/unsubscribe.html", context)
