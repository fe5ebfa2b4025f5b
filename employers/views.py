"""The employers' part of the portal: sign-up, login, dashboard, vacancy form, profiles.

Every view that touches a vacancy or the organisation finds it through the logged-in user's
own organisation, so another organisation's objects answer 404 whatever the URL says.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator, default_token_generator
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.log_actions import log

from core import ratelimit, versions
from core.cache_keys import kept_or_made, versioned_key
from core.chrome import chrome_for
from core.localization import active_locale_id, localize_many
from employers import notifications, postings
from employers.forms import (
    ColleagueForm,
    EmployerLoginForm,
    EmployerPasswordResetForm,
    OrganisationForm,
    ResendConfirmationForm,
    SignUpForm,
    VacancyForm,
)
from employers.models import EmployerFormSettings, Membership, Organisation, Posting
from vacancies.models import Vacancy, VacancyIndexPage
from vacancies.views import detail_context

# How long a vacancy's employer link is kept at most.
EMPLOYER_LINK_SECONDS = 3600

DASHBOARD_PAGE_SIZE = 20


class EmailConfirmationTokenGenerator(PasswordResetTokenGenerator):
    """A confirmation link stops working once the account is active."""

    key_salt = "employers.EmailConfirmationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.is_active}{user.email}{timestamp}"


confirmation_tokens = EmailConfirmationTokenGenerator()


def employer_required(view):
    """Logged in with an employer account; staff without one are sent to the admin."""

    @wraps(view)
    @never_cache
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request)
        membership = (
            Membership.objects.filter(user=request.user)
            .select_related("organisation", "organisation__place")
            .first()
        )
        if membership is None:
            return TemplateResponse(request, "employers/not_an_employer.html", status=403)
        request.organisation = membership.organisation
        try:
            return view(request, *args, **kwargs)
        except MethodNotAllowed as refused:
            return HttpResponseNotAllowed(refused.args[0])

    return wrapper


def redirect_to_login(request):
    from django.contrib.auth.views import redirect_to_login as to_login

    if request.method == "POST":
        keep_typed_form(request)
    return to_login(request.get_full_path(), reverse("employers:login"))


# A form sent after the session ran out is kept in the (new) session, and shown again once its
# sender has logged in: an employer who typed a vacancy for an hour loses nothing.
KEPT_FORM = "employers:kept_form"


def keep_typed_form(request):
    typed = {name: values for name, values in request.POST.lists() if name != "csrfmiddlewaretoken"}
    request.session[KEPT_FORM] = {"path": request.path, "data": typed}
    messages.info(request, _("You were logged out. Log in again: what you typed is kept for you."))


def kept_form_data(request):
    """What was typed into the form at this address before the session ran out, once."""
    kept = request.session.get(KEPT_FORM)
    if request.method != "GET" or not kept or kept.get("path") != request.path:
        return None
    del request.session[KEPT_FORM]
    data = QueryDict(mutable=True)
    for name, values in kept["data"].items():
        data.setlist(name, values)
    messages.info(
        request, _("This is what you typed before you were logged out. It is not saved yet.")
    )
    return data


# --- sign-up and e-mail confirmation ----------------------------------------------------------


@never_cache
def signup(request):
    if request.user.is_authenticated and hasattr(request.user, "employer_membership"):
        return redirect("employers:dashboard")
    form = SignUpForm(request.POST or None)
    refusal = None
    if request.method == "POST":
        typed_email = request.POST.get("email", "").strip().lower()
        refusal = ratelimit.attempt("signup", ratelimit.client_ip(request), typed_email)
        if refusal:
            refusal.refuse(form)
        elif form.is_bot:
            # Look exactly like a success, and keep nothing.
            return redirect("employers:signup_done")
        elif form.is_valid():
            if form.existing_account is not None:
                make_password(form.cleaned_data["password1"])  # take as long as a new account
                notifications.signup_with_existing_account(form.existing_account)
            elif form.kvk_taken:
                make_password(form.cleaned_data["password1"])
                notifications.signup_with_taken_kvk_number(
                    form.cleaned_data["email"], form.cleaned_data["language"]
                )
            else:
                user = create_organisation_and_account(form)
                send_confirmation(request, user)
            # The same answer in every case, so it tells no one which addresses or KvK
            # numbers have an account; the e-mail explains.
            return redirect("employers:signup_done")
    return ratelimit.answer(render(request, "employers/signup.html", {"form": form}), refusal)


@transaction.atomic
def create_organisation_and_account(form):
    organisation = form.save()
    email = form.cleaned_data["email"]
    user = get_user_model().objects.create_user(
        username=email, email=email, password=form.cleaned_data["password1"], is_active=False
    )
    Membership.objects.create(
        user=user, organisation=organisation, language=form.cleaned_data["language"]
    )
    log(instance=organisation, action="wagtail.create", user=user)
    notifications.organisation_signed_up(organisation)
    return user


def send_confirmation(request, user):
    link = request.build_absolute_uri(
        reverse(
            "employers:confirm",
            args=[
                urlsafe_base64_encode(force_bytes(user.pk)),
                confirmation_tokens.make_token(user),
            ],
        )
    )
    notifications.send_after_commit([user], "confirm_email", {"link": link}, active_only=False)


@never_cache
def signup_done(request):
    return render(request, "employers/signup_done.html")


@never_cache
def confirm(request, uidb64, token):
    user = user_from_link(uidb64)
    if user is None or not confirmation_tokens.check_token(user, token):
        return render(request, "employers/confirm_failed.html", status=400)
    if request.method != "POST":
        # Mail scanners open links; confirming takes a press on the button.
        return render(request, "employers/confirm.html", {"email": user.email})
    user.is_active = True
    user.save(update_fields=["is_active"])
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Your e-mail address is confirmed. Welcome!"))
    return redirect("employers:dashboard")


def user_from_link(uidb64):
    try:
        pk = urlsafe_base64_decode(uidb64).decode()
        return get_user_model().objects.filter(pk=int(pk)).first()
    except (ValueError, TypeError, OverflowError, UnicodeDecodeError):
        return None


@never_cache
def resend_confirmation(request):
    form = ResendConfirmationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip().lower()
        if not ratelimit.over_limit("resend", ratelimit.client_ip(request), email):
            user = get_user_model().objects.filter(username=email, is_active=False).first()
            if user is not None and hasattr(user, "employer_membership"):
                send_confirmation(request, user)
        # The same answer whether or not the address has an account.
        return redirect("employers:signup_done")
    return render(request, "employers/resend_confirmation.html", {"form": form})


# --- login, logout, passwords ----------------------------------------------------------------


class LoginView(ratelimit.RateLimitedLoginMixin, auth_views.LoginView):
    template_name = "employers/login.html"
    authentication_form = EmployerLoginForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("employers:dashboard")


class LogoutView(auth_views.LogoutView):
    template_name = "employers/logged_out.html"
    http_method_names = ["post", "options"]


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "employers/password_reset.html"
    form_class = EmployerPasswordResetForm
    email_template_name = "employers/email/password_reset_body.txt"
    subject_template_name = "employers/email/password_reset_subject.txt"
    success_url = reverse_lazy("employers:password_reset_sent")

    def form_valid(self, form):
        if ratelimit.over_limit(
            "resend", ratelimit.client_ip(self.request), form.cleaned_data["email"]
        ):
            return redirect(self.success_url)
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "employers/password_reset_confirm.html"
    success_url = reverse_lazy("employers:password_reset_complete")


@never_cache
def password_reset_sent(request):
    return render(request, "employers/password_reset_sent.html")


@never_cache
def password_reset_complete(request):
    return render(request, "employers/password_reset_complete.html")


# --- the dashboard and the vacancy form ------------------------------------------------------


@require_http_methods(["GET", "HEAD"])
@employer_required
def dashboard(request):
    postings_of_organisation = (
        Posting.objects.filter(organisation=request.organisation)
        .select_related("vacancy", "vacancy__place", "organisation")
        .order_by("-vacancy__created_at", "-vacancy_id")
    )
    page = Paginator(postings_of_organisation, DASHBOARD_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "employers/dashboard.html",
        {
            "organisation": request.organisation,
            "statuses": postings.statuses_of(page.object_list),
            "page_obj": page,
            "nav": "dashboard",
        },
    )


class MethodNotAllowed(Exception):
    pass


def own_status(request, code, methods=("GET", "HEAD", "POST")):
    """The organisation's own vacancy with this code, or 404 - also for other organisations'.

    The 404 comes before any check of the HTTP method, so whatever another organisation sends,
    the answer does not tell whether the code exists.
    """
    posting = get_object_or_404(
        Posting.objects.select_related("vacancy", "vacancy__place", "organisation"),
        organisation=request.organisation,
        vacancy__reference_code=code.upper(),
    )
    if request.method not in methods:
        raise MethodNotAllowed(methods)
    return postings.status_of(posting)


def form_context(request, form, status=None):
    settings_for_site = EmployerFormSettings.for_request(request)
    return {
        "form": form,
        "status": status,
        "organisation": request.organisation,
        "twv_rules": settings_for_site.twv_rules(),
        "nav": "dashboard",
    }


@require_http_methods(["GET", "HEAD", "POST"])
@employer_required
def vacancy_create(request):
    typed = request.POST if request.method == "POST" else kept_form_data(request)
    if typed is not None:
        form = VacancyForm(typed)
        if request.method == "POST" and form.is_valid():
            refusal = draft_save_refusal(request)
            if refusal:
                refusal.refuse(form)
                response = render(
                    request, "employers/vacancy_form.html", form_context(request, form)
                )
                return ratelimit.answer(response, refusal)
            posting = postings.create_posting(
                form.save(commit=False), request.organisation, request.user
            )
            messages.success(request, _("Your draft is saved. Submit it when it is ready."))
            return redirect("employers:vacancy_edit", code=posting.vacancy.reference_code)
    else:
        form = VacancyForm(
            initial={
                "sector": request.organisation.sector,
                "place": request.organisation.place_id,
                "language": get_language(),
            }
        )
    return render(request, "employers/vacancy_form.html", form_context(request, form))


def rate_limit_refusal(request, action):
    """Counts one attempt at `action` by this account (and IP address, where the table says);
    the refusal (core.ratelimit) when over the limit."""
    if action.rate_limit is None:
        return None
    whos = [f"user:{request.user.pk}"]
    if action.rate_limit_per_ip:
        whos.insert(0, ratelimit.client_ip(request))
    return ratelimit.attempt(action.rate_limit, *whos)


def draft_save_refusal(request):
    """Counts a draft save of this account (each is a revision in the database); the form goes
    back with everything typed and nothing is saved until the window has passed."""
    return rate_limit_refusal(request, postings.ACTIONS["edit"])


@employer_required
def vacancy_edit(request, code):
    status = own_status(request, code)
    edit = postings.ACTIONS["edit"]
    if not edit.allows(status):
        messages.info(request, edit.refused_message(status))
        return redirect("employers:dashboard")
    vacancy = postings.vacancy_for_editing(status.vacancy)
    form = edit.form_class(request.POST or kept_form_data(request), instance=vacancy)
    if request.method == "POST" and form.is_valid():
        refusal = draft_save_refusal(request)
        if refusal:
            refusal.refuse(form)
            context = form_context(request, form, status)
            return ratelimit.answer(
                render(request, "employers/vacancy_form.html", context), refusal
            )
        postings.save_changes(form.save(commit=False), request.user)
        messages.success(request, edit.done_message(status))
        return redirect("employers:vacancy_edit", code=status.vacancy.reference_code)
    return render(request, "employers/vacancy_form.html", form_context(request, form, status))


@employer_required
def vacancy_preview(request, code):
    status = own_status(request, code, methods=("GET", "HEAD"))
    vacancy = postings.vacancy_for_editing(status.vacancy)
    page = VacancyIndexPage.in_locale(active_locale_id())
    if page is None:
        raise Http404
    context = detail_context(page, request, vacancy)
    context.update(
        {
            "preview": True,
            "preview_back_url": reverse("employers:vacancy_edit", args=[vacancy.reference_code]),
        }
    )
    request.alternate_subpath = ""
    return page.render(request, context_overrides=context, template="vacancies/vacancy_detail.html")


@employer_required
def vacancy_action(request, code, action):
    """A state change from the action table: POST only, checked against the posting's state."""
    chosen = postings.POSTED_ACTIONS.get(action)
    if chosen is None:
        raise Http404
    status = own_status(request, code, methods=("POST",))
    if not chosen.allows(status):
        messages.error(request, chosen.refused_message(status))
        return redirect("employers:dashboard")
    form = chosen.form_class(request.POST) if chosen.form_class is not None else None
    if not chosen.is_confirmed(request.POST):
        # Not the confirmation page's answer: ask (again), keeping anything typed.
        invalid = form is not None and not form.is_valid()
        return confirmation_page(request, chosen, status, form, 400 if invalid else 200)
    refusal = rate_limit_refusal(request, chosen)
    if refusal:
        return ratelimit.refused_page(request, refusal, reverse("employers:dashboard"))
    typed = {}
    if form is not None:
        if not form.is_valid():
            return confirmation_page(request, chosen, status, form, 400)
        typed = form.cleaned_data
    result = chosen.perform(status, request.user, **typed)
    messages.success(request, chosen.done_message(status))
    if isinstance(result, Posting):
        return redirect("employers:vacancy_edit", code=result.vacancy.reference_code)
    return redirect("employers:dashboard")


@employer_required
def vacancy_confirm(request, code, action):
    """Asks before an action that takes a vacancy offline or closes it (postings.ACTIONS says
    which). Only shows the question: its form posts to employers:vacancy_action."""
    return asked_confirmation(request, code, action)


@employer_required
def vacancy_filled(request, code):
    """Asks how many people were hired before closing; the form posts to the "filled" action
    and is its confirmation."""
    return asked_confirmation(request, code, "filled")


def asked_confirmation(request, code, action):
    chosen = postings.POSTED_ACTIONS.get(action)
    if chosen is None or not chosen.needs_confirmation:
        raise Http404
    status = own_status(request, code, methods=("GET", "HEAD"))
    if not chosen.allows(status):
        messages.error(request, chosen.refused_message(status))
        return redirect("employers:dashboard")
    form = chosen.form_class() if chosen.form_class is not None else None
    return confirmation_page(request, chosen, status, form)


def confirmation_page(request, action, status, form=None, status_code=200):
    context = form_page_context(status, form)
    context.update(
        {
            "action": action,
            "confirmation": action.confirmation_texts(status),
            "confirm_field": postings.CONFIRM_FIELD,
            "confirm_value": postings.CONFIRM_VALUE,
        }
    )
    template = action.template or "employers/confirm_action.html"
    return render(request, template, context, status=status_code)


def form_page_context(status, form):
    return {"status": status, "vacancy": status.vacancy, "form": form, "nav": "dashboard"}


# --- the organisation ------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
@employer_required
def organisation_edit(request):
    organisation = request.organisation
    typed = request.POST or kept_form_data(request)
    form = OrganisationForm(typed, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        form.save()
        log(instance=organisation, action="wagtail.edit", user=request.user)
        messages.success(request, _("Your organisation's details are saved."))
        return redirect("employers:organisation")
    return render(
        request,
        "employers/organisation_form.html",
        {
            "form": form,
            "organisation": organisation,
            "colleague_form": ColleagueForm(),
            "members": organisation.memberships.select_related("user").order_by("created_at"),
            "nav": "organisation",
        },
    )


@require_POST
@employer_required
def colleague_add(request):
    form = ColleagueForm(request.POST)
    refusal = ratelimit.attempt(
        "invite", ratelimit.client_ip(request), f"organisation:{request.organisation.pk}"
    )
    if refusal:
        refusal.refuse(form)
    if refusal or not form.is_valid():
        organisation = request.organisation
        response = render(
            request,
            "employers/organisation_form.html",
            {
                "form": OrganisationForm(instance=organisation),
                "organisation": organisation,
                "colleague_form": form,
                "members": organisation.memberships.select_related("user"),
                "nav": "organisation",
            },
            status=400,
        )
        return ratelimit.answer(response, refusal)
    email = form.cleaned_data["email"]
    with transaction.atomic():
        colleague = get_user_model().objects.create_user(username=email, email=email)
        colleague.set_unusable_password()
        colleague.save()
        Membership.objects.create(
            user=colleague,
            organisation=request.organisation,
            language=form.cleaned_data["language"],
        )
    link = request.build_absolute_uri(
        reverse(
            "employers:password_reset_confirm",
            args=[
                urlsafe_base64_encode(force_bytes(colleague.pk)),
                default_token_generator.make_token(colleague),
            ],
        )
    )
    notifications.send_after_commit(
        [colleague],
        "colleague_invited",
        {"link": link, "organisation": request.organisation, "invited_by": request.user},
    )
    messages.success(request, _("Your colleague gets an e-mail with a link to choose a password."))
    return redirect("employers:organisation")


def organisation_profile(request, slug):
    """The public profile: anyone may read it once an editor approved the organisation."""
    organisation = get_object_or_404(
        Organisation.objects.approved().select_related("place"), slug=slug
    )
    # The board of the reader's language, from the language's chrome (core/chrome.py).
    board = chrome_for(request).first(VacancyIndexPage)
    open_vacancies = (
        organisation.postings.filter(vacancy__in=Vacancy.objects.visible())
        .select_related("vacancy", "vacancy__place")
        .order_by("vacancy__closing_date")
    )
    stories = [
        item.obj
        for item in localize_many(
            [link.story for link in organisation.stories.select_related("story")]
        )
        if item.obj.live
    ]
    return render(
        request,
        "employers/organisation_profile.html",
        {
            "organisation": organisation,
            "vacancies": [
                (posting.vacancy, board and f"{board.url}{posting.vacancy.reference_code}/")
                for posting in open_vacancies
            ],
            "stories": stories,
        },
    )


def employer_link_context(request, page, vacancy):
    """The vacancy page's link to its employer's profile (the "vacancy_employer" slot): the
    approved organisation that posted it, kept per vacancy. A posting comes with its vacancy
    before the vacancy is public, so the key moves on with the vacancy (its namespace) and
    with an organisation approved, withdrawn or renamed (SHARED, core/public_changes.py)."""
    if vacancy is None:
        return None
    key = versioned_key(
        "employers:vacancy-employer",
        vacancy.pk,
        depends_on=(versions.SHARED, versions.vacancy_namespace(vacancy.reference_code)),
    )

    def approved_employer():
        posting = (
            Posting.objects.filter(vacancy_id=vacancy.pk, organisation__approved_at__isnull=False)
            .select_related("organisation")
            .first()
        )
        return posting.organisation if posting else None

    organisation = kept_or_made(key, EMPLOYER_LINK_SECONDS, approved_employer)
    return {"organisation": organisation} if organisation is not None else None
