from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from home.choices import Actor, Weekday
from portal.localization import in_active_language, language_code_of

register = template.Library()


@register.filter
def localized_snippet(instance):
    """The snippet in the reader's language, or the Dutch one when it is not translated."""
    return in_active_language(instance)


@register.filter
def text_language(instance):
    """The language an object's text is written in."""
    locale_id = getattr(instance, "locale_id", None)
    return language_code_of(locale_id) or settings.LANGUAGE_CODE


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
