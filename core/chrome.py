"""What every page of a language shows around its content, as one cached structure per site and
language: the main menu, the footer, the picture a shared link shows when its page has none, and
the landmark pages that other pages link to by kind (the vacancy board, the desk finder, the
checkers, the overviews, the sections).

It is plain data - titles, URLs, languages - the same on every page of a language, so it is kept
in the cache and read once per request. Built, the first time a language is shown after a
change, from two queries: the site's settings with both menus and the share image's rendition,
and every page the menu and the footer name with its translation, the landmarks and the site's
home pages (its root paths).
The key carries the versions of what it shows (core/versions.py): SHARED moves on when a menu,
the footer or the share settings are saved, MENU when a page in a menu or the footer changes,
PAGES when any page is published, unpublished, moved or deleted (core/invalidation.py); the
next request builds it again. What differs per page - which menu item is current
(core/menu.py), where the language switcher leads (the page's translations, fetched with the
page in core/routing.py) - is worked out per request.

A page model is a landmark when it says which of its own fields to carry (`landmark_fields`,
a tuple; home/models/pages.py, vacancies/models/pages.py): `chrome.landmarks(LocationIndexPage)`
then lists its live, public pages in the reader's language, and `in_source=True` those in the
portal's source language.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import JSONObject
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, Site, get_page_models

from core import versions
from core.cache_keys import versioned_key
from core.localization import chosen_pages_q, locale_id_of, shown_for_ids, text_language
from core.menu import MenuLink
from core.models import MainMenu
from core.routing import (
    in_private_section,
    keep_site_root_paths,
    site_of,
    site_root_paths,
    sites_total,
)
from core.sharing import SHARE_IMAGE_SPEC, ShareImage, rendition_of

CHROME_SECONDS = 3600
CHROME_SHOWS = (versions.SHARED, versions.MENU, versions.PAGES)
# The footer's pages, in the order FooterSettings names them.
FOOTER_ROLES = ("contact", "accessibility", "privacy")


@dataclass(frozen=True)
class FooterLink:
    title: str
    url: str
    lang: str
    role: str  # the footer setting it comes from: "contact", "accessibility" or "privacy"


@dataclass(frozen=True)
class Landmark:
    url: str
    path: str  # the page's place in the tree (Page.path): what lies under it
    title: str
    language: str  # the language its title is written in
    values: dict = field(default_factory=dict)  # its model's landmark_fields


@dataclass(frozen=True)
class Chrome:
    language: str
    menu: tuple = ()
    contact_email: str = ""
    contact_phone: str = ""
    footer_links: tuple = ()
    share_image: ShareImage | None = None
    # Wagtail's site root paths when the site is the only one (core/routing.py), else ().
    site_root_paths: tuple = ()
    # model label -> (landmarks in the reader's language, landmarks in the source language)
    landmark_pages: dict = field(default_factory=dict)

    def landmarks(self, model, in_source=False):
        reader, source = self.landmark_pages.get(model._meta.label_lower, ((), ()))
        return source if in_source else reader

    def footer_url(self, role):
        """The URL of the footer's contact, accessibility or privacy page; "" for none."""
        return next((link.url for link in self.footer_links if link.role == role), "")

    def first(self, model, under="", or_source=False):
        """The first landmark of `model` in the reader's language under the page with tree
        path `under`; else, with `or_source`, the first in the source language; else None."""
        for landmark in self.landmarks(model):
            if landmark.path.startswith(under):
                return landmark
        if or_source:
            return next(iter(self.landmarks(model, in_source=True)), None)
        return None


def chrome_for(request, language=None):
    """The chrome of the request's site in `language` (the active one by default)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    remembered = request.__dict__.setdefault("_portal_chrome", {})
    if language not in remembered:
        site = site_of(request)
        key = versioned_key(
            "portal:chrome", site.pk if site else 0, language, depends_on=CHROME_SHOWS
        )
        chrome = cache.get(key)
        if chrome is None:
            chrome = build_chrome(request, site, language)
            cache.set(key, chrome, CHROME_SECONDS)
        keep_site_root_paths(request, list(chrome.site_root_paths))
        remembered[language] = chrome
    return remembered[language]


def landmark_models():
    return [
        model for model in get_page_models() if getattr(model, "landmark_fields", None) is not None
    ]


def build_chrome(request, site, language):
    if site is None:
        return Chrome(language)
    reader_locale = locale_id_of(language)
    source_locale = locale_id_of(settings.LANGUAGE_CODE)
    row = (
        Site.objects.filter(pk=site.pk)
        .select_related("footersettings", "sharesettings__default_image")
        .annotate(
            menu=_menu_items(reader_locale),
            source_menu=_menu_items(source_locale),
            share_rendition=_share_rendition(),
        )
        .get()
    )
    footer = _related_or_none(row, "footersettings")
    footer_ids = (
        [footer.contact_page_id, footer.accessibility_page_id, footer.privacy_page_id]
        if footer
        else []
    )
    own_menu = row.menu is not None
    items = [
        item["value"]
        for item in (row.menu if own_menu else row.source_menu) or []
        if item.get("type") == "item" and (item.get("value") or {}).get("page")
    ]
    menu_ids = [item["page"] for item in items]
    pages = _pages(site, menu_ids + [pk for pk in footer_ids if pk], reader_locale, source_locale)
    # The URLs below are built with the site's root paths fetched with the pages.
    homes = [page for page in pages if page.translation_key == site.root_page.translation_key]
    root_paths = site_root_paths(site, homes, pages[0].sites if pages else 0) or []
    keep_site_root_paths(request, root_paths)
    menu = []
    for item, page in zip(items, shown_for_ids(pages, menu_ids, reader_locale), strict=True):
        url = page.get_url(request) if page is not None and page.live else None
        if not url:
            continue
        if own_menu and item.get("label"):
            menu.append(MenuLink(item["label"], url, language))
        else:
            menu.append(MenuLink(page.title, url, text_language(page)))
    footer_links = []
    shown_footer = shown_for_ids(pages, footer_ids, reader_locale)  # none without settings
    for role, page in zip(FOOTER_ROLES, shown_footer, strict=False):
        if page is not None:
            footer_links.append(
                FooterLink(page.title, page.get_url(request), text_language(page), role)
            )
    return Chrome(
        language=language,
        menu=tuple(menu),
        contact_email=footer.contact_email if footer else "",
        contact_phone=footer.contact_phone if footer else "",
        footer_links=tuple(footer_links),
        share_image=_share_image(row),
        landmark_pages=_landmarks(request, pages, reader_locale, source_locale),
        site_root_paths=tuple(root_paths),
    )


def _related_or_none(instance, relation):
    """A reverse one-to-one fetched with select_related, or None when there is no such row."""
    try:
        return getattr(instance, relation)
    except models.ObjectDoesNotExist:
        return None


def _menu_items(locale_id):
    """The raw items of the menu in a locale (None when there is none), for the settings row."""
    menus = MainMenu.objects.filter(locale_id=locale_id).values("items")[:1]
    return Subquery(menus, output_field=models.JSONField())


def _pages(site, chosen, reader_locale, source_locale):
    """In one query: the chosen pages, their translations in the reader's language, the live
    landmark pages of the reader's and the source language, each with whether it is in a
    private section, and the site's home page in every language (its root paths)."""
    models_ = landmark_models()
    landmark_types = ContentType.objects.get_for_models(*models_).values()
    extra = {
        _value_name(model, name): F(f"{model._meta.model_name}__{name}")
        for model in models_
        for name in model.landmark_fields
    }
    landmarks = Q(
        locale_id__in=[reader_locale, source_locale], content_type__in=landmark_types, live=True
    )
    return list(
        Page.objects.filter(
            chosen_pages_q(chosen, reader_locale)
            | landmarks
            | Q(translation_key=site.root_page.translation_key)
        )
        .annotate(private=in_private_section(), sites=sites_total(), **extra)
        .order_by("path")
    )


def _value_name(model, name):
    return f"landmark_{model._meta.model_name}_{name}"


def _landmarks(request, pages, reader_locale, source_locale):
    found = {}
    for model in landmark_models():
        type_id = ContentType.objects.get_for_model(model).pk
        of_model = [
            page
            for page in pages
            if page.content_type_id == type_id and page.live and not page.private
        ]
        found[model._meta.label_lower] = tuple(
            tuple(
                Landmark(
                    url=page.get_url(request) or "",
                    path=page.path,
                    title=page.title,
                    language=text_language(page),
                    values={
                        name: getattr(page, _value_name(model, name))
                        for name in model.landmark_fields
                    },
                )
                for page in of_model
                if page.locale_id == locale
            )
            for locale in (reader_locale, source_locale)
        )
    return found


def _share_rendition():
    """The newest share rendition of the default share image, as data, for the settings row."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(
            image_id=OuterRef("sharesettings__default_image_id"), filter_spec=SHARE_IMAGE_SPEC
        )
        .order_by("-pk")
        .values(
            data=JSONObject(
                file="file", width="width", height="height", focal_point_key="focal_point_key"
            )
        )[:1]
    )
    return Subquery(renditions, output_field=models.JSONField())


def _share_image(row):
    """The default share image: the rendition fetched with the settings when it was made for
    the image's current focal point, else Wagtail's own look-up (which makes a missing one)."""
    share = _related_or_none(row, "sharesettings")
    if share is None or share.default_image is None:
        return None
    image, found = share.default_image, row.share_rendition
    if found and found["focal_point_key"] == Filter(SHARE_IMAGE_SPEC).get_cache_key(image):
        rendition = image.get_rendition_model()(
            image=image,
            filter_spec=SHARE_IMAGE_SPEC,
            file=found["file"],
            width=found["width"],
            height=found["height"],
            focal_point_key=found["focal_point_key"],
        )
        return ShareImage(rendition.url, rendition.width, rendition.height, share.default_image_alt)
    return rendition_of(image, share.default_image_alt)
