"""What readers are told about the language of the page they read.

One rule, used by every page type: a Dutch source page needs no notice; a page that exists in
this language only as an alias of the Dutch page says it is not translated yet; a translation
says whether a person checked it. Each notice links to the Dutch original.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist

from portal.localization import locale_id_of

# A translation nobody has marked is treated as not checked by a person.
DEFAULT_STATUS = "unreviewed"


@dataclass(frozen=True)
class TranslationNotice:
    kind: str  # "untranslated", "reviewed", "unreviewed" or "machine"
    source_url: str
    source_language: str

    @property
    def content_is_source_language(self):
        return self.kind == "untranslated"


def translation_notice(page, request=None):
    source_language = settings.LANGUAGE_CODE
    source_locale_id = locale_id_of(source_language)
    if page.locale_id == source_locale_id:
        return None

    source = page.get_translation_or_none(source_locale_id)
    source_url = source.get_url(request) if source and source.live else ""

    if page.alias_of_id is not None:
        return TranslationNotice("untranslated", source_url, source_language)

    try:
        status = page.translation_status.status
    except ObjectDoesNotExist:
        status = DEFAULT_STATUS
    return TranslationNotice(status, source_url, source_language)
