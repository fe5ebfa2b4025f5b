from django import template

from vacancies.jobposting import as_script
from vacancies.models.vacancy import today

register = template.Library()


@register.filter
def jsonld(data):
    return as_script(data)


@register.simple_tag
def closing_soon(vacancy, days=7):
    """True when fewer than `days` days are left to respond."""
    return (vacancy.closing_date - today()).days < days
