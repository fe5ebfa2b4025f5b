"""A published translation that still holds machine output is labelled "machine"."""

from django.conf import settings

from wagtail.signals import page_published
from wagtail_localize.models import StringTranslation

from core.localization import has_own_text
from home.models import PageTranslationStatus


def mark_machine_translation(sender, instance, **kwargs):
    page = instance
    if page.locale.language_code == settings.LANGUAGE_CODE or not has_own_text(page):
        return
    status = PageTranslationStatus.objects.filter(page=page).first()
    machine = StringTranslation.objects.filter(
        context__object_id=page.translation_key,
        locale_id=page.locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    if status is not None:
        # Machine text from before a person marked the page checked was checked with it.
        machine = machine.filter(updated_at__gt=status.updated_at)
    if machine.exists():
        PageTranslationStatus.objects.update_or_create(
            page=page, defaults={"status": PageTranslationStatus.Status.MACHINE}
        )


def connect():
    page_published.connect(mark_machine_translation, dispatch_uid="editors_machine_translation")
