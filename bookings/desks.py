"""Which desk a booking URL means, and that desk in the reader's language.

URLs name a desk by its translation key, the same for all its translations, so a link made from
any translation of a desk works in every language without a query. Slots hang on the Dutch
source desk."""

from django.conf import settings
from django.http import Http404

from home.desks import in_language
from home.models import Location


def source_desk(desk_key):
    desk = Location.objects.filter(
        translation_key=desk_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if desk is None:
        raise Http404("No such desk")
    return desk


def shown_desk(desk):
    """The desk as the reader sees it: translated where it is, else Dutch."""
    return in_language([desk])[0]
