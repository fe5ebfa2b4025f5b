"""The main navigation in the reader's language, and which of its items is the current one."""

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class MenuLink:
    title: str
    url: str
    language: str  # the language `title` is written in


def main_menu_links(request, language):
    """The menu items as links for a reader of `language`, from the language's chrome
    (core/chrome.py: built with one query for all pages, then cached).

    The menu in the reader's language if there is one, else the Dutch menu. Each item opens the
    page in the reader's language; its label is the translated label, else the page's title
    (the Dutch labels of an untranslated menu would be the only Dutch words in the header).
    """
    from core.chrome import chrome_for  # the chrome is made of MenuLinks

    return list(chrome_for(request, language).menu)


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
