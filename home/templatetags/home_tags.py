from django import template
from django.utils.translation import get_language_info

from core.localization import in_active_language
from core.localization import text_language as language_of_text
from core.structured_data import json_ld_script
from home import structured_data
from home.choices import Actor, Weekday

register = template.Library()


@register.filter
def localized_snippet(instance):
    """The snippet in the reader's language, or the Dutch one when it is not translated."""
    return in_active_language(instance)


@register.simple_tag(takes_context=True)
def shown_snippet(context, instance):
    """{% shown_snippet value as rule %}: the snippet in the reader's language, from those the
    page localized together (`shown_snippets` in its context), else looked up on its own."""
    if instance is None:
        return None
    shown = (context.get("shown_snippets") or {}).get(
        (type(instance)._meta.label_lower, instance.pk)
    )
    return shown if shown is not None else in_active_language(instance)


@register.filter
def text_language(instance):
    """The language an object's text is written in."""
    return language_of_text(instance)


@register.filter
def weekday_name(value):
    try:
        return Weekday(int(value)).label
    except (TypeError, ValueError):
        return ""


@register.filter
def actor_label(value):
    try:
        return Actor(value).label
    except ValueError:
        return ""


@register.filter
def language_name_local(code):
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


@register.simple_tag(takes_context=True)
def desk_finder_url(context):
    """The desk finder in the reader's language, for texts that send residents to "the Job
    Office" without naming one."""
    from home.desks import finder_url

    return finder_url(context.get("request"))


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """The event page's schema.org Event (home/structured_data.py)."""
    request = context.get("request")
    return json_ld_script(structured_data.event_data(event, request)) if request else ""


@register.simple_tag
def desk_json_ld(desk):
    """A desk's schema.org GovernmentOffice, with its opening hours (home/structured_data.py)."""
    return json_ld_script(structured_data.desk_office(desk))
