"""Finding the pages a page links to in the reader's language, in one query."""

from wagtail.models import Page


def localized_pages(pages, locale):
    """The live translation of each page in `locale`; a page without one stays as it is.

    Wagtail's `page.localized` costs two queries per page; footers and entry lists link to
    several pages on every request, so they are looked up together. None entries stay None.
    """
    keys = {page.translation_key for page in pages if page is not None}
    translations = {
        translated.translation_key: translated
        for translated in Page.objects.live()
        .filter(translation_key__in=keys, locale=locale)
        .select_related("locale")
    }
    return [
        None if page is None else translations.get(page.translation_key, page) for page in pages
    ]
