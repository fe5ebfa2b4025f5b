"""What readers are told about the language of the page they read.

One rule, used by every page type (core.localization decides the status): a page in the
reader's language as written needs no notice; a page that exists in this language only as an
alias of the Dutch page says it is not translated yet; a translation says whether a person
checked it. Each notice links to the Dutch original.
"""

from dataclasses import dataclass

from django.conf import settings

from core.localization import (
    SOURCE,
    UNTRANSLATED,
    language_code_of,
    locale_id_of,
    status_of,
    translations_of,
    with_status_of,
)


@dataclass(frozen=True)
class TranslationNotice:
    kind: str  # a core.localization status: "untranslated", "reviewed", "unreviewed", "machine"
    source_url: str
    source_language: str

    @property
    def content_is_source_language(self):
        return self.kind == UNTRANSLATED


def translation_notice(page, request=None):
    """The notice for a page, from its translations (fetched with the page: no query when the
    route found it, core/routing.py)."""
    source_language = settings.LANGUAGE_CODE
    translations = {translated.locale_id: translated for translated in translations_of(page)}
    own = translations.get(page.locale_id)
    if own is not None and own.pk == page.pk:
        # The page as the caller holds it (perhaps a preview), with the review status fetched.
        page = with_status_of(page, own)
    status = status_of(page, language_code_of(page.locale_id))
    if status == SOURCE:
        return None
    source = translations.get(locale_id_of(source_language))
    source_url = source.get_url(request) if source and source.live else ""
    return TranslationNotice(status, source_url, source_language)
