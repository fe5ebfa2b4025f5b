"""Form fields as NL Design System form fields, with the hint and the error tied to the input for
screen readers (WCAG 1.3.1, 3.3.1): the one way every public form renders an input.

`{% include "includes/form_field.html" with field=form.x %}` uses these helpers; a radio or
checkbox group becomes a fieldset whose legend is the question.
"""

from django import forms, template
from django.forms.boundfield import BoundWidget
from django.forms.widgets import Input

register = template.Library()

# The Utrecht classes of each kind of input, and the modifier class that marks it invalid
# (checkboxes have none in the bundled CSS: portal.css styles them by aria-invalid).
INPUT_CLASSES = {
    "textbox": ("utrecht-textbox utrecht-textbox--html-input", "utrecht-textbox--invalid"),
    "textarea": ("utrecht-textarea utrecht-textarea--html-textarea", "utrecht-textarea--invalid"),
    "select": ("utrecht-select utrecht-select--html-select", "utrecht-select--invalid"),
    "checkbox": ("utrecht-checkbox utrecht-checkbox--html-input", ""),
    "checkbox-group": ("utrecht-checkbox utrecht-checkbox--html-input", ""),
    "radio-group": (
        "utrecht-radio-button utrecht-radio-button--html-input",
        "utrecht-radio-button--invalid",
    ),
    "file": ("werkroute-file", ""),
}

TEXTBOX_MODIFIERS = {
    "password": "utrecht-textbox--password",
    "number": "utrecht-textbox--numeric",
    "url": "utrecht-textbox--url",
}

# Addresses and numbers people type read left to right on every page; free text takes the
# direction of what is typed, so Arabic typed on a Dutch page reads right to left.
TEXT_DIRECTION = {"email": "ltr", "url": "ltr", "tel": "ltr", "text": "auto", "search": "auto"}


@register.filter
def widget_kind(field):
    """textbox, textarea, select, checkbox, radio-group, checkbox-group, file or hidden."""
    widget = field.field.widget
    if isinstance(widget, forms.RadioSelect):  # CheckboxSelectMultiple is one too
        return "checkbox-group" if widget.allow_multiple_selected else "radio-group"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, Input) and widget.input_type in ("checkbox", "file", "hidden"):
        return widget.input_type
    return "textbox"


@register.filter
def is_group(field):
    return widget_kind(field) in ("radio-group", "checkbox-group")


@register.filter
def described_by(field):
    """The ids of the hint and the error the form field template gives this field."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def input_id(field):
    """The id of the (first) input, for the error summary's link to it."""
    if is_group(field):
        return f"{field.auto_id}_0"
    return field.id_for_label or field.auto_id


def input_attrs(field, kind):
    classes, invalid_class = INPUT_CLASSES.get(kind, ("", ""))
    widget = field.field.widget
    if kind == "textbox":
        classes = f"{classes} {TEXTBOX_MODIFIERS.get(widget.input_type, '')}"
    if field.errors:
        classes = f"{classes} {invalid_class}"
    own_class = widget.attrs.get("class", "")
    attrs = {"class": " ".join(f"{classes} {own_class}".split())}
    if field.errors:
        attrs["aria-invalid"] = "true"
    if "dir" in widget.attrs:  # what the form itself says wins
        pass
    elif kind == "textarea":
        attrs["dir"] = "auto"
    elif kind == "textbox" and widget.input_type in TEXT_DIRECTION:
        attrs["dir"] = TEXT_DIRECTION[widget.input_type]
    return attrs


@register.simple_tag
def field_input(field):
    """The input of a single field, with its classes, aria-describedby and aria-invalid."""
    kind = widget_kind(field)
    if kind == "hidden":
        return field.as_widget()
    attrs = input_attrs(field, kind)
    described = described_by(field)
    if described:
        attrs["aria-describedby"] = described
    return field.as_widget(attrs=attrs)


@register.filter
def choice_inputs(field):
    """The options of a radio or checkbox group, each input with its classes; the fieldset
    around them carries the hint and the error (aria-describedby)."""
    widget = field.field.widget
    attrs = input_attrs(field, widget_kind(field))
    id_ = widget.attrs.get("id") or field.auto_id
    if id_:
        attrs["id"] = id_
    attrs = field.build_widget_attrs(attrs)
    return [
        BoundWidget(widget, option, field.form.renderer)
        for option in widget.subwidgets(field.html_name, field.value(), attrs=attrs)
    ]
