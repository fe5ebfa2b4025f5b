"""Finding the page a URL asks for in one query, with what every page shows about it.

Wagtail routes /ar/bewoners/mag-ik-werken/ from the site's root page down: the active locale,
the root's Arabic translation and its specific row, then per path segment the child and its
specific row, then the view restrictions of every ancestor - ten queries before the page starts
to render; the language switcher, the translation notice and the breadcrumbs then ask again for
the page's translations and ancestors, and the first URL built reads every site's root pages.
The URL already says which pages it passes through (Page.url_path under the home page of its
language), so here they are fetched at once:

- the pages on the path, from the language's home page down, whether any of them is in a
  private section (PageViewRestriction; an alias has its source page's restrictions), and
  every translation of each, with its locale and review status: one query;
- the page's specific row: one query, and what the page says it shows from other rows (its
  picture, its place, the rules a guide shows in the reader's language: `load_what_it_shows`).

The route goes where Wagtail keeps the route of a request (`_wagtail_route_for_request`, see
Page.route_for_request), so Wagtail's serve view, its hooks (view restrictions, the page cache's
dependencies) and RoutablePageMixin work as always. The home pages of every language come with
the page (they are the translations of the first page on the path): on a one-site portal they
are all of Wagtail's site root paths, kept on the request as Wagtail keeps them, so no URL
built while the page renders reads them again. What this lookup does not cover - a language
without a live home page, a routable page that answers a path its children could too - is left
to Wagtail's own routing, which gives the same answer with more queries.

What the route query found is kept in the cache (RouteKeys) under the path of the page it
leads to, so the next request for that page - or for a path a routable page answers below it, as
a vacancy's URL below the board - reads the site, the pages and the specific page from one cache
entry instead of three queries. Its key carries SHARED and PAGES (core/versions.py), which a
publish, an unpublish, a move, a slug, a view restriction, a site or a locale moves on.

The page keeps what came with it: `route_ancestors` (breadcrumbs), `view_restricted` (read by
RoutedPageMixin) and `fetched_translations` (core.localization.translations_of).
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Value, Window
from django.db.models.functions import Coalesce, Concat
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import Resolver404, re_path
from django.utils import translation

from wagtail import urls as wagtail_urls
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import SiteRootPath
from wagtail.views import serve as wagtail_serve

from core import versions
from core.cache_keys import versioned_key
from core.localization import language_code_of, locale_id_of
from core.page_cache import carries_personal_cookie

# find_route's answer when Wagtail's own routing should decide.
ASK_WAGTAIL = object()
# What the pages found for a path depend on (RouteKeys), and how long they are kept at most.
ROUTE_SHOWS = (versions.SHARED, versions.PAGES)
ROUTE_SECONDS = 3600
# Paths deeper than this are not kept (the portal's pages are at most a few levels deep).
MAX_KEPT_DEPTH = 8


def serve(request, path):
    """Wagtail's serve view, with the route found here (the URL pattern "wagtail_serve")."""
    if not hasattr(request, "_wagtail_route_for_request"):
        route = find_route(request, path)
        if route is not ASK_WAGTAIL:
            request._wagtail_route_for_request = route
    return wagtail_serve(request, path)


# Wagtail's front-end URLs (wagtail.urls) with its page route going through `serve`: the root
# URLconf includes this module where it would include wagtail.urls.
urlpatterns = [
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")
    if getattr(pattern, "name", None) == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]


def in_private_section():
    """Whether the outer page or a page above it in the tree has a view restriction."""
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


def alias_source_restricted():
    """Whether the source of the outer page, when it is an alias, has a view restriction (an
    alias has its source's restrictions, not its own)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk"))
        )
    )


def public(pages):
    """`pages` without those in a private section, checked inside the same query (Wagtail's
    .public() first reads every restriction: one more query each time it is called)."""
    return pages.exclude(in_private_section())


def sites_total():
    """The number of sites, as a column of a page query (one site: see site_root_paths)."""
    return Subquery(Site.objects.order_by().values(total=Window(Count("pk")))[:1])


def site_root_paths(site, homes, sites):
    """Wagtail's site root paths (Site.get_site_root_paths) made from the site's home page in
    every language (`homes`), when it is the only one of `sites`; None otherwise."""
    if sites != 1:
        return None
    return [
        SiteRootPath(site.pk, home.url_path, site.root_url, language_code_of(home.locale_id))
        for home in homes
    ]


def keep_site_root_paths(request, root_paths):
    """Keep the root paths where Wagtail's Page.get_url looks first (on the request), so no URL
    built while the page renders reads them from the cache or the database again."""
    if root_paths and not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = root_paths


def site_of(request):
    """The request's site, as Site.find_for_request answers it, without a query each time.

    Wagtail reads the site's row for every request that asks (the chrome and the structured
    data of every view that is not a page: the booking desk, the forms, site search). Here it
    is kept in the cache per host and port, with its root page, under SHARED and PAGES, which
    saving or deleting a site moves on (core/invalidation.py: a site is no page, so SHARED).
    A host that no site answers is not kept: it is read each time, as in Wagtail."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = versioned_key(
        "routing:site",
        split_domain_port(request.get_host())[0],
        request.get_port(),
        depends_on=ROUTE_SHOWS,
    )
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        site.root_page  # noqa: B018 - fetched once here, kept with the site
        cache.set(key, site, ROUTE_SECONDS)
    request._wagtail_site = site
    return site


def find_route(request, path):
    """Wagtail's RouteResult for `path` on this request's site, None when there is no such
    page, or ASK_WAGTAIL."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return ASK_WAGTAIL
    components = [component for component in path.split("/") if component]
    keys = RouteKeys(request, language, components)
    found, chain = keys.cached()
    if found is None:
        found = _fetch_pages(request, language, components)
        if found is None:
            return ASK_WAGTAIL
        chain = found.chain_for(components)
        if chain is None:
            return ASK_WAGTAIL
        found.page = _specific(chain[-1])
        load_what_it_shows = getattr(found.page, "load_what_it_shows", None)
        if load_what_it_shows is not None:
            load_what_it_shows()  # kept with the route (home/models/pages.py PortalPage)
        keys.keep(found, depth=len(chain) - 1)
    if not hasattr(request, "_wagtail_site"):
        # Where Site.find_for_request looks first: the site is not read again.
        request._wagtail_site = found.site
    homes = found.homes()
    keep_site_root_paths(request, site_root_paths(found.site, homes, homes[0].sites))
    page = found.page
    if len(chain) > 1:
        page._cached_parent_obj = chain[-2]
    page.route_ancestors = chain[:-1]
    page.view_restricted = any(on.private or on.source_private for on in chain)
    page.fetched_translations = [
        other for other in found.fetched if other.translation_key == page.translation_key
    ]
    try:
        return page.route(request, components[len(chain) - 1 :])
    except Http404:
        return None


@dataclass
class FoundPages:
    """What the route query found for a path on a site in a language: the pages on the path
    with all their translations (`fetched`), and the specific page the path leads to."""

    site: Site
    language: str
    fetched: list
    page: Page | None = None

    def homes(self):
        """The site's home page in every language."""
        key = self.site.root_page.translation_key
        return [page for page in self.fetched if page.translation_key == key]

    def chain_for(self, components):
        """The pages from the language's home page down the path, up to the routable page
        that answers the rest of it (as Wagtail asks a routable page before its children);
        None when Wagtail's own routing must decide (no live home page in this language, a
        page of a model that no longer exists)."""
        language_home = next(
            (page for page in self.homes() if page.locale.language_code == self.language), None
        )
        if language_home is None or not language_home.live:
            return None
        by_url_path = {page.url_path: page for page in self.fetched}
        chain = []
        for depth in range(len(components) + 1):
            page = by_url_path.get(language_home.url_path + _suffix(components[:depth]))
            if page is None:
                break
            chain.append(page)
        return _up_to_a_routable_page(chain, components)


def _suffix(components):
    return "".join(f"{part}/" for part in components)


def _fetch_pages(request, language, components):
    """FoundPages (without the specific page) for the path `components`, or None when the
    request is for no site."""
    site = site_of(request)
    if site is None:
        return None
    home = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale_id=locale_id_of(language)
    ).values("url_path")[:1]
    on_path = Q()
    for depth in range(len(components) + 1):
        on_path |= Q(url_path=Concat(Subquery(home), Value(_suffix(components[:depth]))))
    fetched = list(
        Page.objects.filter(
            translation_key__in=Page.objects.filter(on_path).values("translation_key")
        )
        .select_related("locale", "translation_status")
        .annotate(
            private=in_private_section(),
            source_private=alias_source_restricted(),
            sites=sites_total(),
        )
    )
    return FoundPages(site=site, language=language, fetched=fetched)


def _specific(found):
    """The specific page of a fetched one, keeping the locale and review status that came with
    it (the specific row is fetched on its own)."""
    page = found.specific
    page._state.fields_cache.update(found._state.fields_cache)
    return page


class RouteKeys:
    """Where FoundPages are kept in the cache, so a page that was found before is found again
    without a query: per host, language and the path of the page found.

    A path that goes on past a routable page (a vacancy's URL, past the board) is found under
    the routable page's path, when that page answers the rest of it. Only the paths of pages
    that exist are kept (a mistyped URL leaves nothing behind), and what is kept is checked
    against the path as the route query's answer is.

    The key carries SHARED and PAGES (core/versions.py): publishing, unpublishing, moving or
    deleting a page, a changed view restriction, site or locale make the next request fetch
    the pages again (core/invalidation.py)."""

    def __init__(self, request, language, components):
        self.components = components
        # An editor's or employer's request is never answered from a cache (core/page_cache.py):
        # their pages show a change even when it came without a signal.
        self.used = not carries_personal_cookie(request)
        if self.used:
            host = split_domain_port(request._get_raw_host())[0]
            self.where = [host, request.get_port(), language]
            self.known = versions.current_many(ROUTE_SHOWS)

    def key(self, depth):
        return versioned_key(
            "routing:pages",
            *self.where,
            _suffix(self.components[:depth]),
            depends_on=ROUTE_SHOWS,
            known=self.known,
        )

    def cached(self):
        """(FoundPages, chain) kept for this path, or (None, None)."""
        if not self.used:
            return None, None
        deepest = min(len(self.components), MAX_KEPT_DEPTH)
        keys = {depth: self.key(depth) for depth in range(deepest, -1, -1)}
        kept = cache.get_many(list(keys.values()))
        for depth, key in keys.items():
            found = kept.get(key)
            if found is None:
                continue
            chain = found.chain_for(self.components)
            if chain and chain[-1].pk == found.page.pk and len(chain) - 1 == depth:
                rest = self.components[depth:]
                if not rest or _answers(chain[-1], rest):
                    return found, chain
        return None, None

    def keep(self, found, depth):
        if self.used and depth <= MAX_KEPT_DEPTH:
            cache.set(self.key(depth), found, ROUTE_SECONDS)


def _answers(page, rest):
    """Whether `page` is a live routable page with a view for the path `rest` below it."""
    model = page.specific_class
    if not (model and issubclass(model, RoutablePageMixin) and page.live):
        return False
    try:
        model.get_resolver().resolve("/" + _suffix(rest))
    except Resolver404:
        return False
    return True


def _up_to_a_routable_page(chain, components):
    """The chain, cut after the first routable page that answers the rest of the path itself
    (Wagtail asks a routable page before its children); None when that cannot be told here."""
    for depth, page in enumerate(chain[:-1]):
        if page.specific_class is None:
            return None
        if _answers(page, components[depth:]):
            return chain[: depth + 1]
    return chain


class RoutedPageMixin:
    """For page models: no view restriction to look up when the route found none."""

    def get_view_restrictions(self):
        if getattr(self, "view_restricted", None) is False:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
