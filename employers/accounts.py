"""Two populations that never mix: employer accounts (the employers' pages) and staff accounts
(editors, moderators, translators and administrators: the Wagtail admin). One rule, used by both
logins, the employers' password reset and the colleague invite."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

# Wagtail lets in whoever holds this permission (wagtail.admin.auth.require_admin_access).
ADMIN_ACCESS = {"content_type__app_label": "wagtailadmin", "codename": "access_admin"}


def staff_accounts():
    """Accounts that can reach the admin, active or not: superusers, is_staff, or access_admin
    held directly or through a group."""
    access = Permission.objects.filter(**ADMIN_ACCESS)
    return (
        get_user_model()
        .objects.filter(
            Q(is_superuser=True)
            | Q(is_staff=True)
            | Q(user_permissions__in=access)
            | Q(groups__permissions__in=access)
        )
        .distinct()
    )


def is_staff_account(user):
    return staff_accounts().filter(pk=user.pk).exists()


def employer_accounts():
    """Accounts with an employer membership that are not staff accounts."""
    return (
        get_user_model()
        .objects.filter(employer_membership__isnull=False)
        .exclude(pk__in=staff_accounts().values("pk"))
    )


def is_employer_account(user):
    return employer_accounts().filter(pk=user.pk).exists()
