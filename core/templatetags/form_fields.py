"""Form fields with their hint and error tied to the input, for screen readers (WCAG 3.3):
the one way every public form (employers, bookings) renders an input."""

from django import forms, template

register = template.Library()

WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.ClearableFileInput: "werkroute-file",
}


@register.simple_tag
def field_input(field):
    widget = field.field.widget
    classes = next(
        (css for kind, css in WIDGET_CLASSES.items() if isinstance(widget, kind)),
        "utrecht-textbox utrecht-textbox--html-input",
    )
    described = []
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if field.errors:
        described.append(f"{field.auto_id}-error")
        classes += " werkroute-invalid"
    attrs = {"class": classes}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkbox(field):
    return isinstance(field.field.widget, forms.CheckboxInput)
