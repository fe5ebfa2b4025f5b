"""A whole section's text as one PO file, for a translation agency, and back again.

wagtail-localize keeps a translation memory per page (a Translation per page and language).
The export joins the PO files of every published page in a section; each entry's context gets
the translation's id in front, so the import can hand each line back to its own page. Importing
only writes the translation memory, like wagtail-localize's own PO upload: a person opens the
page in the translation editor, checks the text and publishes it.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import polib

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

SEPARATOR = "::"
LANGUAGE_HEADER = "X-Werkroute-Language"
SECTION_HEADER = "X-Werkroute-Section"
TOOL_NAME = "PO file"


class NotOurFile(ValueError):
    """The file is not a PO file this portal exported for that language."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def sections():
    """The Dutch pages a section export can start from: the home page and its children."""
    return (
        Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__in=[2, 3])
        .live()
        .order_by("path")
    )


def pages_of(section):
    return (
        Page.objects.descendant_of(section, inclusive=True)
        .live()
        .filter(locale_id=section.locale_id, alias_of__isnull=True)
        .specific()
        .order_by("path")
    )


def translations_of(section, locale):
    """A Translation per page, made where missing, on the current text of each page."""
    result = []
    for page in pages_of(section):
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        result.append((page, translation))
    return result


@transaction.atomic
def export_section(section, locale):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Werkroute",
        "POT-Creation-Date": timezone.now().isoformat(),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Language": locale.language_code,
        LANGUAGE_HEADER: locale.language_code,
        SECTION_HEADER: str(section.pk),
    }
    for page, translation in translations_of(section, locale):
        for entry in translation.export_po():
            if entry.obsolete:
                continue
            po.append(
                polib.POEntry(
                    msgid=entry.msgid,
                    msgstr=entry.msgstr,
                    msgctxt=f"{translation.uuid}{SEPARATOR}{entry.msgctxt}",
                    comment=f"{page.title} ({page.url_path})",
                )
            )
    return po


def parse(content, locale):
    """The PO file in `content` (bytes), checked to be ours and for this language."""
    try:
        text = content.decode("utf-8")
        po = polib.pofile(text)
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise NotOurFile("unreadable") from error
    if po.metadata.get(LANGUAGE_HEADER) is None:
        raise NotOurFile("not_ours")
    if po.metadata[LANGUAGE_HEADER] != locale.language_code:
        raise NotOurFile("other_language")
    return po


@dataclass
class ImportResult:
    changed: int = 0
    skipped: int = 0
    pages: list = field(default_factory=list)
    warnings: int = 0


@transaction.atomic
def import_section(po, locale, user):
    """Write the file's translations into the translation memory; count what changed."""
    by_translation = defaultdict(list)
    result = ImportResult()
    for entry in po:
        if entry.obsolete:
            continue
        translation_id, _sep, context = (entry.msgctxt or "").partition(SEPARATOR)
        if not context:
            result.skipped += 1
            continue
        by_translation[translation_id].append(
            polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr, msgctxt=context)
        )

    translations = Translation.objects.filter(
        uuid__in=_valid_uuids(by_translation), target_locale=locale
    ).select_related("source")
    found = {str(translation.uuid): translation for translation in translations}
    for translation_id, entries in by_translation.items():
        translation = found.get(translation_id)
        if translation is None:
            result.skipped += len(entries)
            continue
        before = _memory(translation)
        single = polib.POFile()
        single.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
        single.extend(entries)
        warnings = translation.import_po(single, user=user, tool_name=TOOL_NAME)
        result.warnings += len(warnings)
        changed = sum(1 for key, data in _memory(translation).items() if before.get(key) != data)
        if changed:
            result.changed += changed
            page = translation.source.get_source_instance()
            result.pages.append((page, changed))
            log(
                instance=page,
                action="editors.po_import",
                user=user,
                data={"language": locale.language_code, "strings": changed},
            )
    return result


def _memory(translation):
    return dict(
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, locale=translation.target_locale
        ).values_list("id", "data")
    )


def _valid_uuids(keys):
    valid = []
    for key in keys:
        try:
            valid.append(uuid.UUID(key))
        except ValueError:
            continue
    return valid


def target_locale(code):
    if code == settings.LANGUAGE_CODE:
        return None
    return Locale.objects.filter(language_code=code).first()
