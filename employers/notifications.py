"""E-mails about vacancies and organisations, in each recipient's language, sent after commit.

Wagtail's own workflow e-mails point into the admin, which employers never see; for vacancies
these take their place (see apps.py).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

MODERATORS_GROUP = "Moderatoren"


def site_url(path=""):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def language_of(user):
    membership = getattr(user, "employer_membership", None)
    if membership is not None:
        return membership.language
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = getattr(profile, "preferred_language", "") if profile else ""
    codes = dict(settings.LANGUAGES)
    return preferred if preferred in codes else settings.LANGUAGE_CODE


def send_after_commit(users, template, context, active_only=True):
    """Render `employers/email/<template>_subject.txt` and `_body.txt` per recipient."""
    messages = []
    for user in users:
        if not user.email or (active_only and not user.is_active):
            continue
        messages.append(render(template, context, language_of(user), user.email, user))
    send_messages_after_commit(messages)


def send_to_address_after_commit(address, language, template, context):
    """For an address without an account (yet), in the language its owner chose."""
    send_messages_after_commit([render(template, context, language, address)])


def render(template, context, language, address, user=None):
    with translation.override(language):
        personal = {**context, "user": user, "language": language}
        for name, value in list(context.items()):
            if callable(value):
                personal[name] = value()
        subject = render_to_string(f"employers/email/{template}_subject.txt", personal)
        body = render_to_string(f"employers/email/{template}_body.txt", personal)
    return " ".join(subject.split()), body, address


def send_messages_after_commit(messages):
    def send():
        for subject, body, address in messages:
            send_mail(subject, body, None, [address])

    transaction.on_commit(send)


def members_of(organisation):
    return [membership.user for membership in organisation.memberships.select_related("user")]


def moderators():
    return get_user_model().objects.filter(groups__name=MODERATORS_GROUP, is_active=True)


def dashboard_url():
    return site_url(reverse("employers:dashboard"))


def vacancy_submitted(vacancy, organisation):
    admin_path = reverse("wagtailadmin_home")
    send_after_commit(
        moderators(),
        "vacancy_submitted",
        {"vacancy": vacancy, "organisation": organisation, "admin_url": site_url(admin_path)},
    )


def vacancy_approved(vacancy, organisation):
    send_after_commit(
        members_of(organisation),
        "vacancy_approved",
        {"vacancy": vacancy, "organisation": organisation, "dashboard_url": dashboard_url},
    )


def vacancy_changes_requested(vacancy, organisation, comment):
    send_after_commit(
        members_of(organisation),
        "vacancy_changes_requested",
        {
            "vacancy": vacancy,
            "organisation": organisation,
            "comment": comment,
            "dashboard_url": dashboard_url,
        },
    )


def vacancy_closing_soon(vacancy, organisation):
    send_after_commit(
        members_of(organisation),
        "vacancy_closing_soon",
        {"vacancy": vacancy, "organisation": organisation, "dashboard_url": dashboard_url},
    )


def organisation_signed_up(organisation):
    send_after_commit(
        moderators(),
        "organisation_signed_up",
        {"organisation": organisation, "admin_url": site_url(reverse("wagtailadmin_home"))},
    )


def organisation_approved(organisation):
    send_after_commit(
        members_of(organisation),
        "organisation_approved",
        {"organisation": organisation, "dashboard_url": dashboard_url},
    )


def signup_with_existing_account(user):
    """Someone signed up with an address that has an account: tell its owner, not the form."""
    send_after_commit(
        [user],
        "signup_existing_account",
        {
            "is_employer": hasattr(user, "employer_membership"),
            "login_url": lambda: site_url(reverse("employers:login")),
            "password_reset_url": lambda: site_url(reverse("employers:password_reset")),
            "resend_url": lambda: site_url(reverse("employers:resend_confirmation")),
        },
        active_only=False,
    )


def signup_with_taken_kvk_number(address, language):
    """The organisation already has an account: the new person should ask a colleague."""
    send_to_address_after_commit(address, language, "signup_taken_kvk_number", {})
