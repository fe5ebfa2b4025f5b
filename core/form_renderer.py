"""Django's form renderer, with the inputs and options written out in Python.

A form renders a template per field, and a choice field one more per option: Django's input,
option and attribute templates, four levels of {% include %} for one radio button, a template
for each of a select's options. On a page with a form (the checkers, the sign-up, the
call-back and job alert forms) that was most of its time. These templates are fixed: Django's
renderer reads its own templates before any app's (DjangoTemplates puts
django/forms/templates first), so no project or app can override them and the markup below
is theirs, character for character (tests/core/test_form_renderer.py renders every kind both
ways and compares). Any other
template - a widget of Wagtail's admin, a form's or a field's layout - renders as before.

Settings: FORM_RENDERER = "core.form_renderer.FormRenderer".
"""

from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.html import conditional_escape

WIDGETS = "django/forms/widgets/"
# Django's templates that are nothing but {% include "django/forms/widgets/input.html" %}.
INPUT_TEMPLATES = ("input", "checkbox", "color", "date", "datetime", "email", "file", "hidden")
INPUT_TEMPLATES += ("number", "password", "search", "tel", "text", "time", "url")
INPUTS = {f"{WIDGETS}{name}.html" for name in INPUT_TEMPLATES}
# Those that are nothing but {% include "django/forms/widgets/input_option.html" %}.
INPUT_OPTIONS = {
    f"{WIDGETS}{name}.html" for name in ("input_option", "radio_option", "checkbox_option")
}
SELECT = f"{WIDGETS}select.html"
SELECT_OPTION = f"{WIDGETS}select_option.html"

# How {{ value }} turns a value into text: localised, then escaped unless it is safe.
_AS_TEMPLATE = Context(autoescape=True)


def text(value):
    """{{ value }}, as Django's templates render it."""
    return render_value_in_context(value, _AS_TEMPLATE)


def formatted(value):
    """{{ value|stringformat:'s' }}: the value as a string, escaped unless it is safe."""
    return conditional_escape(value if isinstance(value, str) else str(value))


def attrs(widget):
    """django/forms/widgets/attrs.html."""
    written = []
    for name, value in widget["attrs"].items():
        if value is False:
            continue
        written.append(f" {text(name)}" if value is True else f' {text(name)}="{formatted(value)}"')
    return "".join(written)


def input_tag(widget):
    """django/forms/widgets/input.html, without its closing newline."""
    value = "" if widget["value"] is None else f' value="{formatted(widget["value"])}"'
    return (
        f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value}{attrs(widget)}>'
    )


def input_option(widget):
    """django/forms/widgets/input_option.html, without its closing newline."""
    if not widget.get("wrap_label"):
        return input_tag(widget) + "\n"
    target = widget["attrs"].get("id")
    label_for = f' for="{text(target)}"' if target else ""
    return f"<label{label_for}>{input_tag(widget)}\n {text(widget['label'])}</label>"


def select_option(option):
    """django/forms/widgets/select_option.html, with its closing newline."""
    value = formatted(option["value"])
    return f'<option value="{value}"{attrs(option)}>{text(option["label"])}</option>\n'


def select(widget):
    """django/forms/widgets/select.html, or None when an option has a template of its own."""
    written = [f'<select name="{text(widget["name"])}"{attrs(widget)}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            written.append(f'\n  <optgroup label="{text(group_name)}">')
        for option in options:
            if option.get("template_name") != SELECT_OPTION:
                return None
            written.append("\n  " + select_option(option))
        if group_name:
            written.append("\n  </optgroup>")
    written.append("\n</select>")
    return "".join(written)


class FormRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        widget = context.get("widget") if isinstance(context, dict) else None
        if widget is not None:
            if template_name in INPUTS:
                return input_tag(widget)
            if template_name in INPUT_OPTIONS:
                return input_option(widget).strip()
            if template_name == SELECT_OPTION:
                return select_option(widget).strip()
            if template_name == SELECT:
                written = select(widget)
                if written is not None:
                    return written
        return super().render(template_name, context, request)
