"""The employers' "call me back" form and its thank-you page.

Only the form page sets the CSRF cookie (it has a form); the employer guides that link to it set
no cookie, like every other public page. Never cached: the form carries a CSRF token.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.chrome import chrome_for
from employers import contact_point
from employers.forms import CallbackForm
from employers.models import Membership


def privacy_url(request):
    """The privacy statement in the reader's language, or "" when the footer names none: from
    the language's chrome (core/chrome.py), which reads the footer settings, never writes them."""
    return chrome_for(request).footer_url("privacy")


def organisation_of(request):
    """A logged-in employer need not type their organisation's name."""
    if not request.user.is_authenticated:
        return ""
    membership = Membership.objects.filter(user=request.user).select_related("organisation")
    membership = membership.first()
    return membership.organisation.name if membership else ""


def page_context(request, form):
    return {
        "form": form,
        **contact_point.contact_context(request),
        "hide_callback_link": True,
        "retention_days": settings.CALLBACK_RETENTION_DAYS,
        "privacy_url": privacy_url(request),
    }


@never_cache
@require_http_methods(["GET", "POST"])
def callback(request):
    if request.method != "POST":
        form = CallbackForm(initial={"organisation": organisation_of(request)})
        return render(request, "employers/callback.html", page_context(request, form))
    form = CallbackForm(request.POST)
    refusal = ratelimit.attempt("callback", ratelimit.client_ip(request))
    if refusal:
        refusal.refuse(form)
    elif form.is_bot:
        # Nothing is stored or sent. A person whose browser filled the hidden field gets the
        # form back with what they typed and can simply send it again.
        data = request.POST.copy()
        data["fax_number"] = ""
        form = CallbackForm(data)
        form.is_valid()
        form.add_error(None, _("Your request was not sent. Please check it and send it again."))
    elif form.is_valid():
        fields = ("organisation", "name", "phone", "question")
        contact_point.request_callback(
            **{name: form.cleaned_data[name] for name in fields}, language=get_language()
        )
        return redirect("employers:callback_done")
    response = render(request, "employers/callback.html", page_context(request, form))
    return ratelimit.answer(response, refusal)


@never_cache
def callback_done(request):
    context = {
        **contact_point.contact_context(request),
        "hide_callback_link": True,
        "retention_days": settings.CALLBACK_RETENTION_DAYS,
    }
    return render(request, "employers/callback_done.html", context)
