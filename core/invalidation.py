"""What a change makes stale: the version namespaces (core/versions.py) a save, publish,
unpublish or delete moves on, so that only the cached things that show it are made again.

- A page: its own namespace (the page, and the breadcrumbs of the pages under it), the
  listings of every page above it (an index, the home page's latest stories and events), the
  pages that link to it (Wagtail's reference index), PAGES (site search), and MENU when the
  main menu or the footer shows it. A moved page or a changed slug changes URLs all over:
  SHARED.
- Models an app registers (`register`): what its rule returns; the vacancy board registers
  vacancies (vacancies/cache.py).
- Anything else a visitor sees (snippets, settings, places, organisations): SHARED, which
  every cached page depends on - correct first, narrow where a rule says more.
Drafts, revisions and bookkeeping change nothing (core/public_changes.py).

The chrome of each language (core/chrome.py: menu, footer, share image, landmark pages) is keyed
on SHARED, MENU and PAGES: saving a menu, the footer or the share settings, and publishing,
unpublishing, moving or deleting any page make the next request build it again.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, ReferenceIndex
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from core import versions
from core.public_changes import changes_public_content

_rules = {}


def register(model, rule):
    """rule(instance) -> the namespaces a public change of this model's rows moves on."""
    _rules[model] = rule


def namespaces_for(instance):
    for model, rule in _rules.items():
        if isinstance(instance, model):
            return tuple(rule(instance))
    if isinstance(instance, Page):
        return page_namespaces(instance)
    return (versions.SHARED,)


def page_namespaces(page):
    path, step = page.path, page.steplen
    names = [versions.PAGES, versions.page_namespace(path)]
    names += [versions.below_namespace(path[:end]) for end in range(step, len(path), step)]
    names += [versions.page_namespace(linking) for linking in paths_of_pages_linking_to(page)]
    if page.translation_key in translation_keys_in_menus():
        names.append(versions.MENU)
    return tuple(names)


def paths_of_pages_linking_to(page):
    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    ids = [int(pk) for pk in linking.values_list("object_id", flat=True).distinct()]
    return list(Page.objects.filter(pk__in=ids).values_list("path", flat=True))


# (SHARED's version, the translation keys): the menus and footers are read again only after
# SHARED moved on. Saving or publishing a menu or the footer moves SHARED on (namespaces_for), so
# a page save reads them once per change of the menus, not once per save.
_keys_in_menus = (None, frozenset())


def translation_keys_in_menus():
    """The pages the main menus and footers show, by translation key (every language's copy
    of a page shares it: menus show the reader's translation)."""
    global _keys_in_menus
    version = versions.current(versions.SHARED)
    seen_at, keys = _keys_in_menus
    if seen_at != version:
        keys = _read_translation_keys_in_menus()
        _keys_in_menus = (version, keys)
    return keys


def _read_translation_keys_in_menus():
    from core.models import FooterSettings, MainMenu

    pages = [item.value["page"] for menu in MainMenu.objects.all() for item in menu.items]
    for footer in FooterSettings.objects.all():
        pages += [footer.contact_page, footer.accessibility_page, footer.privacy_page]
    return frozenset(page.translation_key for page in pages if page is not None)


def content_changed(sender, instance=None, **kwargs):
    if changes_public_content(sender, instance=instance, **kwargs):
        changed(instance)


def publication_changed(sender, instance=None, **kwargs):
    changed(instance)


def urls_changed(**kwargs):
    versions.changed(versions.SHARED)


def changed(instance):
    versions.changed(*(namespaces_for(instance) if instance is not None else (versions.SHARED,)))


post_save.connect(content_changed, dispatch_uid="portal_invalidation_save")
post_delete.connect(content_changed, dispatch_uid="portal_invalidation_delete")
for signal in (published, unpublished, page_published, page_unpublished):
    signal.connect(publication_changed, dispatch_uid=f"portal_invalidation_{id(signal)}")
for signal in (page_slug_changed, post_page_move):
    signal.connect(urls_changed, dispatch_uid=f"portal_invalidation_urls_{id(signal)}")
