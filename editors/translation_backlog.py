"""Which published Dutch pages still need work in each language, and why.

One rule for the dashboard panel and the list behind it. A published source page is, per
language:
- "untranslated" when that language has only the alias Wagtail keeps in sync, or no live page;
- "outdated" when the source was published again after the translation was;
- "machine" or "unreviewed" when the translation exists but no person marked it checked;
- fine otherwise (checked by a person, and newer than the source).

The statuses are core.localization's (what readers are told); "outdated" is the editors' own.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from core.localization import MACHINE, UNREVIEWED, UNTRANSLATED, has_own_text, stored_status
from home.models import PageTranslationStatus

OUTDATED = "outdated"

STATE_LABELS = {
    UNTRANSLATED: _("not translated"),
    OUTDATED: _("outdated: the Dutch page changed since"),
    MACHINE: _("machine translation, not checked"),
    UNREVIEWED: _("translated, not checked"),
}
STATES = list(STATE_LABELS)


@dataclass(frozen=True)
class PageNeed:
    source: Page
    translation: Page | None
    language: str
    state: str

    @property
    def state_label(self):
        return STATE_LABELS[self.state]


def target_locales():
    return list(
        Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")
    )


def source_pages():
    return (
        Page.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
        .specific(defer=True)
        .order_by("path")
    )


def page_needs(language=None):
    """Every (source page, language) pair that needs a translator's attention."""
    sources = list(source_pages())
    locales = [locale for locale in target_locales() if language in (None, locale.language_code)]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=[source.translation_key for source in sources],
            locale__in=locales,
        ).only(
            "id",
            "title",
            "translation_key",
            "locale_id",
            "alias_of_id",
            "live",
            "last_published_at",
            "url_path",
            "depth",
            "path",
            "content_type_id",
        )
    }
    statuses = dict(
        PageTranslationStatus.objects.filter(
            page_id__in=[page.pk for page in translations.values()]
        ).values_list("page_id", "status")
    )
    needs = []
    for locale in locales:
        for source in sources:
            translation = translations.get((source.translation_key, locale.pk))
            state = state_of(source, translation, statuses)
            if state:
                needs.append(PageNeed(source, translation, locale.language_code, state))
    return needs


def state_of(source, translation, statuses):
    if translation is None or not has_own_text(translation) or not translation.live:
        return UNTRANSLATED
    if (
        source.last_published_at
        and translation.last_published_at
        and source.last_published_at > translation.last_published_at
    ):
        return OUTDATED
    status = stored_status(statuses.get(translation.pk))
    return status if status in (MACHINE, UNREVIEWED) else None


def backlog_per_language():
    """{language: {state: count}} for every translated language, zeros included."""
    counts = {locale.language_code: dict.fromkeys(STATES, 0) for locale in target_locales()}
    for need in page_needs():
        counts[need.language][need.state] += 1
    return counts
