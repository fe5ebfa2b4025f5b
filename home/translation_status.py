"""What readers are told about the language of the page they read.

One rule, used by every page type: a Dutch source page needs no notice; a page that exists in
this language only as an alias of the Dutch page says it is not translated yet; a translation
says whether a person checked it. Each notice links to the Dutch original.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist

from wagtail.models import Locale

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
    source_locale = Locale.get_default()
    if page.locale_id == source_locale.pk:
        return None

    source = page.get_translation_or_none(source_locale)
    source_url = source.get_url(request) if source and source.live else ""

    if page.alias_of_id is not None:
        return TranslationNotice("untranslated", source_url, source_locale.language_code)

    try:
        status = page.translation_status.status
    except ObjectDoesNotExist:
        status = DEFAULT_STATUS
    return TranslationNotice(status, source_url, source_locale.language_code)
