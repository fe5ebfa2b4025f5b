"""The main navigation in the reader's language, and which of its items is the current one."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from core.localization import locale_id_of, localize_many
from core.models import MainMenu


@dataclass(frozen=True)
class MenuLink:
    title: str
    url: str
    language: str  # the language `title` is written in


def main_menu_links(request, language):
    """The menu items as links for a reader of `language`, with one query for all pages.

    The menu in the reader's language if there is one, else the Dutch menu. Each item opens the
    page in the reader's language; its label is the translated label, else the page's title
    (the Dutch labels of an untranslated menu would be the only Dutch words in the header).
    """
    wanted = [locale_id_of(language), locale_id_of(settings.LANGUAGE_CODE)]
    menus = {menu.locale_id: menu for menu in MainMenu.objects.filter(locale_id__in=wanted)}
    menu = menus.get(wanted[0]) or menus.get(wanted[1])
    if menu is None:
        return []
    own_labels = menu.locale_id == wanted[0]
    items = [item.value for item in menu.items if item.value["page"] is not None]
    links = []
    shown_pages = localize_many([item["page"] for item in items], language)
    for item, shown in zip(items, shown_pages, strict=True):
        page = shown.obj
        url = page.get_url(request) if page.live else None
        if not url:
            continue
        if own_labels and item["label"]:
            links.append(MenuLink(item["label"], url, language))
        else:
            links.append(MenuLink(page.title, url, shown.language))
    return links


def current_link(links, path):
    """The link of the section the reader is in: the longest link path that `path` lies under.

    Returns (link, exact): exact when `path` is that page itself, else a page inside it.
    """
    best, best_path = None, ""
    for link in links:
        link_path = urlsplit(link.url).path
        if path.startswith(link_path) and len(link_path) > len(best_path):
            best, best_path = link, link_path
    return best, best is not None and path == best_path
