"""The one translation-fallback rule: each object in the reader's language, else its source text
with a status that says so.

Every page, snippet and notice asks here, so there is one rule and one vocabulary:

- SOURCE        the text is in the reader's language as its author wrote it (no translation);
- REVIEWED      a translation that a person who reads both languages checked;
- UNREVIEWED    a translation nobody has checked yet;
- MACHINE       machine output nobody has checked yet;
- UNTRANSLATED  there is no translation: the source text (Dutch) is shown instead.

Stored values (PageTranslationStatus.status, VacancyTranslation.quality) are mapped to this
vocabulary in `stored_status`, the only place that knows them.

    >>> shown = localize_many([contact_page, privacy_page], "ar")   # one query
    >>> shown[0].obj.get_url(request), shown[0].status, shown[0].language
    ('/ar/contact/', 'unreviewed', 'ar')
    >>> localize(location).obj.name                                    # a snippet
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Locale, Page

SOURCE = "source"
REVIEWED = "reviewed"
UNREVIEWED = "unreviewed"
MACHINE = "machine"
UNTRANSLATED = "untranslated"
STATUSES = (SOURCE, REVIEWED, UNREVIEWED, MACHINE, UNTRANSLATED)

# A translation nobody has marked is treated as not checked by a person.
DEFAULT_TRANSLATION_STATUS = UNREVIEWED


def stored_status(value):
    """The vocabulary's name for a stored review value ("reviewed", "machine", ...); a missing
    or unknown value counts as not checked."""
    return value if value in (REVIEWED, UNREVIEWED, MACHINE) else DEFAULT_TRANSLATION_STATUS


@dataclass(frozen=True)
class Localized:
    """What a reader is shown for one object, and how it relates to their language."""

    obj: object  # the page or snippet to show
    status: str  # one of STATUSES
    language: str  # the language obj's text is written in

    @property
    def in_reader_language(self):
        return self.status != UNTRANSLATED

    @property
    def is_checked(self):
        return self.status in (SOURCE, REVIEWED)

    @property
    def is_machine(self):
        return self.status == MACHINE


# Locales are a handful of rows that change only when a language is added; templates ask for
# them on every block and card. Keep id <-> code in memory, refreshed when a locale changes.
_locale_codes = {}


def _load_locale_codes():
    if not _locale_codes:
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes


def forget_locales(**kwargs):
    _locale_codes.clear()


def language_code_of(locale_id):
    codes = _load_locale_codes()
    if locale_id not in codes:
        forget_locales()
        codes = _load_locale_codes()
    return codes.get(locale_id)


def locale_id_of(language_code):
    for locale_id, code in _load_locale_codes().items():
        if code == language_code:
            return locale_id
    return None


def reader_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def active_locale_id():
    return locale_id_of(reader_language())


def has_own_text(obj):
    """False for a page Wagtail keeps as an alias of the Dutch page: it shows the Dutch text."""
    return getattr(obj, "alias_of_id", None) is None


def text_language(obj):
    """The language an object's text is written in: Dutch for an alias."""
    if not has_own_text(obj):
        return settings.LANGUAGE_CODE
    locale_id = getattr(obj, "locale_id", None)
    return (locale_id and language_code_of(locale_id)) or settings.LANGUAGE_CODE


def status_of(obj, language=None):
    """The status of an object as it stands, when shown to a reader of `language`."""
    language = language or reader_language()
    written_in = text_language(obj)
    if written_in != language:
        return UNTRANSLATED
    if written_in == settings.LANGUAGE_CODE:
        return SOURCE
    if isinstance(obj, Page):
        # A reverse one-to-one: cached by select_related in localize_many, else one query.
        try:
            review = obj.translation_status.status
        except ObjectDoesNotExist:
            review = None
        return stored_status(review)
    # Translated snippets have no review record yet: nobody has checked them.
    return DEFAULT_TRANSLATION_STATUS


def localize_many(objects, language=None, live_only=True):
    """Each object (pages and/or translatable snippets) in the reader's language.

    One query per model (pages of all types count as one). Returns a Localized per object, in
    order; None entries stay None. An object with no (live) translation in that language is
    shown itself, with status UNTRANSLATED unless it already is in that language. For pages,
    an alias in the reader's language is preferred over the Dutch page (its URL keeps the
    reader in their language); it is still UNTRANSLATED.
    """
    language = language or reader_language()
    locale_id = locale_id_of(language)
    found = {}
    if locale_id is not None:
        for model, keys in _keys_per_model(objects, locale_id, language).items():
            candidates = model._default_manager.filter(
                translation_key__in=keys, locale_id=locale_id
            )
            if model is Page:
                candidates = candidates.select_related("locale", "translation_status")
            found.update(
                {(model, candidate.translation_key): candidate for candidate in candidates}
            )
    result = []
    for obj in objects:
        if obj is None:
            result.append(None)
            continue
        shown = found.get((_lookup_model(obj), obj.translation_key))
        if shown is not None and shown.pk == obj.pk:
            shown = with_status_of(obj, shown)
        elif shown is None or (live_only and not getattr(shown, "live", True)):
            shown = obj
        result.append(Localized(shown, status_of(shown, language), text_language(shown)))
    return result


def _lookup_model(obj):
    """Pages of every type share one translation table; a snippet model has its own."""
    return Page if isinstance(obj, Page) else type(obj)._default_manager.model


def _keys_per_model(objects, locale_id, language):
    """What to look up: nothing for an object already in the reader's language whose status
    is known without a query (a Dutch page for a Dutch reader, any snippet)."""
    keys = {}
    for obj in objects:
        if obj is None:
            continue
        known = obj.locale_id == locale_id and (
            not isinstance(obj, Page) or language == settings.LANGUAGE_CODE
        )
        if not known:
            keys.setdefault(_lookup_model(obj), set()).add(obj.translation_key)
    return keys


def with_status_of(obj, fetched):
    """The object the caller holds (perhaps specific, perhaps a preview), with the review
    status fetched alongside, so status_of needs no further query."""
    if isinstance(obj, Page) and "translation_status" in fetched._state.fields_cache:
        obj._state.fields_cache["translation_status"] = fetched._state.fields_cache[
            "translation_status"
        ]
    return obj


def translations_of(page):
    """Every translation of a page, itself included, live or not, with its locale and review
    status. The route fetches them with the page (core/routing.py); otherwise one query, kept
    on the page: the language switcher, the hreflang links and the translation notice share it.
    """
    fetched = getattr(page, "fetched_translations", None)
    if fetched is None:
        fetched = list(
            page.get_translations(inclusive=True).select_related("locale", "translation_status")
        )
        page.fetched_translations = fetched
    return fetched


def chosen_pages_q(page_ids, locale_id):
    """The pages with these ids and their translations in a locale, for one query of pages
    chosen in any language (a menu, the footer, a home page's ways in)."""
    chosen = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return Q(pk__in=page_ids) | Q(locale_id=locale_id, translation_key__in=chosen)


def shown_for_ids(pages, page_ids, locale_id):
    """For each id: the live translation in the locale among `pages` (fetched with
    chosen_pages_q), else the chosen page itself; None for an id that is not there. The rule of
    localize_many, for pages known by id."""
    by_pk = {page.pk: page for page in pages}
    translated = {page.translation_key: page for page in pages if page.locale_id == locale_id}
    shown = []
    for pk in page_ids:
        chosen = by_pk.get(pk)
        translated_page = translated.get(chosen.translation_key) if chosen is not None else None
        if translated_page is not None and translated_page.live:
            shown.append(translated_page)
        else:
            shown.append(chosen)
    return shown


def localize(obj, language=None, live_only=True):
    """One object in the reader's language (see localize_many); None for None."""
    return localize_many([obj], language, live_only)[0]


def localized_pages(pages, locale):
    """The live translation of each page in `locale` (a Locale or its id); else the page itself.

    Kept for callers that only need the objects; the rule is localize_many's.
    """
    locale_id = getattr(locale, "pk", locale)
    return [
        None if item is None else item.obj
        for item in localize_many(pages, language_code_of(locale_id))
    ]


def in_active_language(instance):
    """A translatable object (snippet) in the reader's language, or itself if not translated."""
    item = localize(instance)
    return None if item is None else item.obj


post_save.connect(forget_locales, sender=Locale, dispatch_uid="portal_forget_locales_save")
post_delete.connect(forget_locales, sender=Locale, dispatch_uid="portal_forget_locales_delete")
