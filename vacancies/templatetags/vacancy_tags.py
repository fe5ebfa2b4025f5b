from django import template

from vacancies.jobposting import as_script
from vacancies.models.vacancy import today
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
def closing_soon(vacancy, days=7):
    """True when fewer than `days` days are left to respond."""
    return (vacancy.closing_date - today()).days < days
