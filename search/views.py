"""The site search page and its autocomplete, in every portal language."""

from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core import versions
from core.cache_keys import versioned_key
from core.chrome import chrome_for
from core.localization import localize_many
from core.made_once import MadeOnce, identity
from core.page_cache import is_anonymous_page_request, never_page_cached
from search.models import SearchLogEntry
from search.query import KIND_LABELS, KINDS, SEARCH_SHOWS, SiteSearch, clean_query
from vacancies.models import Vacancy, VacancyIndexPage

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8
SUGGESTION_CACHE_SECONDS = 600
RESULTS_CACHE_SECONDS = 600
MIN_SUGGESTION_LENGTH = 2


@never_page_cached
@require_safe
def results(request):
    """The results page. For anonymous visitors it comes from the cache, per query, language,
    tab and page number, until something search finds changes; after such a change one request
    makes it again while the others get it as it was (core/made_once.py). Every search is
    counted in the log all the same, which is why the response itself stays private (no shared
    cache keeps it where the count would be missed)."""
    language = get_language()
    search = SiteSearch(request.GET.get("q", ""), language)
    cacheable = is_anonymous_page_request(request)  # the page cache's rule
    key = results_cache_key(request, search, language) if cacheable else None
    cached = cache.get(key) if key else None
    making = results_making(request, search, language) if key and cached is None else None
    if making is not None:
        cached = making.stale_while_making(cache)
    if cached is None:
        response = render_results(request, search)
        total = search.total
        stored_at = None
        if key and not response.cookies:
            cache.set(key, (response.content, total), RESULTS_CACHE_SECONDS)
            stored_at = key
        if making is not None:
            making.made(stored_at)
    else:
        content, total = cached
        response = HttpResponse(content)
    if search.text and request.method == "GET":
        typed = request.GET.get("q", "")
        SearchLogEntry.objects.record(search.text, language, hits=total, typed=typed)
    patch_cache_control(response, private=True, max_age=0)
    return response


def results_variant(request, search, language):
    """What tells one cached results page from another, apart from the versions."""
    return (language, search.text.lower(), request.GET.get("type", ""), request.GET.get("page", ""))


def results_cache_key(request, search, language):
    return versioned_key(
        "search:results",
        *results_variant(request, search, language),
        depends_on=(*SEARCH_SHOWS, versions.MENU),
        daily=True,
    )


def results_making(request, search, language):
    return MadeOnce("search.results", identity(*results_variant(request, search, language)))


def render_results(request, search):
    # The chrome first: it comes with the site's root paths, which the hits' URLs need.
    chrome_for(request)
    kind = request.GET.get("type")
    counts = search.counts
    if kind not in KINDS:
        # The first kind with results, so one click less for most questions.
        kind = next((name for name in KINDS if counts[name]), KINDS[0])
    page = Paginator(search.counted(kind), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "search": search,
        "query": search.text,
        "kind": kind,
        "tabs": [(name, KIND_LABELS[name], counts[name]) for name in KINDS],
        "page_obj": page,
        "query_string": urlencode({"q": search.text, "type": kind}),
        "hits": search.hits(kind, page.object_list, request),
        "promotions": promotions(search.text, search.locale, request),
    }
    return render(request, "search/results.html", context)


def promotions(text, locale, request):
    """The pages editors chose for this query, in the visitor's language where they exist."""
    if not text or locale is None:
        return []
    try:
        query = Query.objects.get(query_string=text.lower())
    except Query.DoesNotExist:
        return []
    picks = list(query.editors_picks.select_related("page").order_by("sort_order"))
    shown = localize_many([pick.page for pick in picks], locale.language_code)
    pages = []
    for pick, item in zip(picks, shown, strict=True):
        if item is None:
            if pick.external_link_url:
                pages.append((pick.external_link_text, pick.external_link_url, pick.description))
        elif item.obj.live:
            pages.append((item.obj.title, item.obj.get_url(request), pick.description))
    return pages


@require_safe
def suggestions(request):
    """Titles of pages and open vacancies that start with what was typed, as JSON."""
    language = get_language()
    text = clean_query(request.GET.get("q", ""))[:60]
    if len(text) < MIN_SUGGESTION_LENGTH:
        return JsonResponse({"query": text, "suggestions": []})
    key = versioned_key(
        "search:suggest", language, text.lower(), depends_on=SEARCH_SHOWS, daily=True
    )
    found = cache.get(key)
    if found is None:
        found = _suggestions(text, language, request)
        cache.set(key, found, SUGGESTION_CACHE_SECONDS)
    response = JsonResponse({"query": text, "suggestions": found})
    patch_cache_control(response, public=True, max_age=60)
    return response


def _suggestions(text, language, request):
    search = SiteSearch(text, language)
    if search.is_empty:
        return []
    pages = search.autocomplete(
        Page.objects.live().filter(locale=search.locale).filter(depth__gt=2)
    )[:SUGGESTIONS]
    found = [{"title": page.title, "url": page.get_url(request)} for page in pages]
    if len(found) < SUGGESTIONS:
        board = VacancyIndexPage.in_locale(search.locale.pk)
        if board is not None:
            # Newest first without ranking: ranking every vacancy whose title starts with
            # the letters typed is the slow part at 100,000 vacancies.
            vacancies = search.autocomplete(
                Vacancy.objects.visible().order_by("-first_published_at"),
                order_by_relevance=False,
            )
            for vacancy in vacancies[: SUGGESTIONS - len(found)]:
                found.append({"title": vacancy.title, "url": board.vacancy_url(vacancy, request)})
    return found
