from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from home.choices import Actor, Weekday

register = template.Library()


@register.filter
def localized_snippet(instance):
    """The snippet in the reader's language, or the Dutch one when it is not translated."""
    return instance.localized if instance is not None else None


@register.filter
def text_language(instance):
    """The language an object's text is written in."""
    locale = getattr(instance, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


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
