from django import template

from vacancies import lifecycle
from vacancies.jobposting import as_script
from vacancies.presentation import hours_text

register = template.Library()


@register.filter
def jsonld(data):
    return as_script(data)


@register.filter
def hours_a_week(vacancy):
    """The same hours text as the detail page's facts, plural forms included."""
    return hours_text(vacancy)


@register.simple_tag
def closing_soon(vacancy):
    """True when fewer than lifecycle.CLOSING_SOON_DAYS days are left to respond."""
    return lifecycle.closes_soon(vacancy)
