from django import template

from employers.contact_point import contact_context

register = template.Library()


@register.inclusion_tag("employers/includes/contact_point.html", takes_context=True)
def employer_contact_point(context, compact=True):
    """The employer service point on the employers' own pages (sign-up, login, dashboard)."""
    return contact_context(context.get("request"), compact=compact)
