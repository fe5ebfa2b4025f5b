"""Which desk serves a place: the one rule behind the desk finder and the vacancies' "respond
via the Job Office".

A desk (Location) lists the azc's and places it serves, one name per line. Names match without
regard to case or extra spaces. The list is synchronised to every translation of the desk, so
the rule reads the Dutch source desks and only the shown desk is taken in the reader's language.
"""

from urllib.parse import urlencode

from django.conf import settings

from core import versions
from core.cache_keys import kept_or_made, versioned_key
from core.chrome import chrome_for
from core.localization import locale_id_of, localize_many, reader_language
from core.routing import public
from home.models.snippets import Location

# What the kept desks are made from, and how long they are kept at most.
DESKS_SHOW = (versions.SHARED,)
DESKS_SECONDS = 3600


def _key(name):
    return " ".join((name or "").split()).casefold()


def source_desks():
    """Every desk once, in the portal's source language (Dutch), in the usual order: from the
    cache, which saving any desk (a snippet: SHARED, core/invalidation.py) makes read again."""
    return kept_or_made(
        versioned_key("home:source-desks", depends_on=DESKS_SHOW),
        DESKS_SECONDS,
        lambda: list(Location.objects.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE))),
    )


def served_place_names(desks=None):
    """All names residents can choose in the finder, sorted, each once."""
    desks = source_desks() if desks is None else desks
    names = {}
    for desk in desks:
        for name in desk.served_names:
            names.setdefault(_key(name), name)
    return sorted(names.values(), key=str.casefold)


def served_name(asked, names):
    """The served name (from `names`) that `asked` means, or "" when it means none."""
    return next((name for name in names if _key(name) == _key(asked)), "")


def desks_serving(names, desks=None):
    """The desks that serve any of `names` (an azc, a place, a municipality), in desk order."""
    wanted = {_key(name) for name in names if _key(name)}
    desks = source_desks() if desks is None else desks
    return [desk for desk in desks if wanted.intersection(_key(name) for name in desk.served_names)]


def desk_for(names, desks=None):
    """The desk for the first of `names` that a desk serves (names tried in order), and that
    name; (None, "") when no desk serves any of them."""
    desks = source_desks() if desks is None else desks
    for name in names:
        serving = desks_serving([name], desks)
        if serving:
            return serving[0], name
    return None, ""


def finder_page(language=None):
    """The desk finder (location overview) in the reader's language, or None."""
    from home.models.pages import LocationIndexPage  # pages use this module

    pages = public(LocationIndexPage.objects.live()).order_by("path")
    shown = pages.filter(locale_id=locale_id_of(language or reader_language())).first()
    return shown or pages.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE)).first()


def finder_url(request, language=None):
    """The URL of the desk finder in the reader's language, else the Dutch one; "" when there
    is none. From the language's chrome (core/chrome.py) when there is a request: no query."""
    from home.models.pages import LocationIndexPage  # pages use this module

    if request is None:
        finder = finder_page(language)
        return finder.get_url() if finder else ""
    finder = chrome_for(request, language).first(LocationIndexPage, or_source=True)
    return finder.url if finder else ""


def job_office_for(place_names, request, language=None):
    """What a vacancy's "respond via the Job Office" points to: the desk that serves the
    vacancy's place (in the reader's language) with a link to it in the finder, else the
    finder itself. `place_names`: the place, its municipality, its azc, most specific first."""
    desk, name = desk_for([name for name in place_names if name])
    url = finder_url(request, language)
    if desk is not None:
        desk = in_language([desk], language)[0]
        if url:
            url += "?" + urlencode({"place": name})
    return {"desk": desk, "url": url}


def in_language(desks, language=None):
    """The desks in the reader's language where translated, else Dutch: every source desk's
    from the cache, kept per language as source_desks is; one query for any other desk."""
    language = language or reader_language()

    def every_desk_in_language():
        every = source_desks()
        localized = localize_many(every, language)
        return {desk.pk: found.obj for desk, found in zip(every, localized, strict=True)}

    key = versioned_key("home:desks-in", language, depends_on=DESKS_SHOW)
    shown = kept_or_made(key, DESKS_SECONDS, every_desk_in_language)
    if all(desk.pk in shown for desk in desks):
        return [shown[desk.pk] for desk in desks]
    return [found.obj for found in localize_many(desks, language)]
