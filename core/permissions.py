"""Permissions: the rule about who may change Dutch originals, and making permissions in
migrations.

Translators get "change" on translatable snippets (rules, locations) so they can translate them,
but not "add". Changing or deleting an instance in the source language needs "add" as well: the
people who may create content own its source text.
"""

from django.conf import settings

from wagtail.models import TranslatableMixin


def permission_for(apps, app_label, model, codename):
    """The permission, made now if missing: Django and Wagtail create permissions only after
    migrating, and a data migration that hands them to a group needs them before. Takes an app
    registry, so a migration can pass its historical models."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return found


def may_change_source(user, instance):
    if not isinstance(instance, TranslatableMixin):
        return True
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return True
    opts = instance._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
