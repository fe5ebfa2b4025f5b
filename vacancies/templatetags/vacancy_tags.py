from django import template

from core.structured_data import as_json
from vacancies import lifecycle
from vacancies.presentation import hours_text

register = template.Library()


@register.filter
def jsonld(data):
    """JSON for a <script type="application/ld+json">, escaped (core/structured_data.py)."""
    return as_json(data)


@register.filter
def hours_a_week(vacancy):
    """The same hours text as the detail page's facts, plural forms included."""
    return hours_text(vacancy)


@register.simple_tag
def closing_soon(vacancy):
    """True when fewer than lifecycle.CLOSING_SOON_DAYS days are left to respond."""
    return lifecycle.closes_soon(vacancy)
