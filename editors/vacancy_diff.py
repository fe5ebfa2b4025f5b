"""What an employer's edit changes in a published vacancy: the live version against the edit
waiting for approval, field by field, changed fields only.

The fields are the ones people fill in (vacancies/field_layout.py), in the order the forms show
them, so a new fact of a vacancy appears here without a change to this file. Values are shown
as the forms name them: a choice by its label, yes/no, a date in the reader's format.
"""

from dataclasses import dataclass

from django.db import models
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from core.languages import language_name
from vacancies.field_layout import VACANCY_FIELD_GROUPS
from vacancies.models import Vacancy


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str
    old: str
    new: str
    # Long text reads better as a block before and a block after than on one line.
    is_text: bool = False


def compared_fields():
    """The vacancy's own fields a person fills in, in the forms' order."""
    names = []
    for group in VACANCY_FIELD_GROUPS:
        for row in group.rows + group.editor_rows:
            names.extend((row,) if isinstance(row, str) else row)
    return [Vacancy._meta.get_field(name) for name in names]


def display_value(field, value):
    """A field's value as the forms and the board name it, in the active language."""
    if value is None or value == "":
        return _("(empty)")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.DateField):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(field, models.DecimalField):
        return formats.number_format(value, field.decimal_places, use_l10n=True)
    return str(value)


def _value(vacancy, field):
    if field.is_relation:
        return getattr(vacancy, field.attname)
    return field.value_from_object(vacancy)


def _translation_text(translation):
    if translation is None:
        return _("(none)")
    return (
        f"{translation.title}\n\n{translation.description}\n\n({translation.get_quality_display()})"
    )


def _translation_key(translation):
    if translation is None:
        return None
    return (translation.title, translation.description, translation.quality)


def _translations(vacancy):
    return {translation.language: translation for translation in vacancy.translations.all()}


def changes_between(live, edited):
    """The fields `edited` changes in `live`, as FieldChange in the forms' order.

    `live` is the published vacancy, `edited` the version waiting for approval (the latest
    revision as an object). Related objects are read through their cached instances, so a
    caller that lists many vacancies loads places and translations in bulk first."""
    changes = []
    for field in compared_fields():
        old, new = _value(live, field), _value(edited, field)
        if old == new:
            continue
        if field.is_relation:
            old_text = str(getattr(live, field.name)) if old is not None else _("(empty)")
            new_text = str(getattr(edited, field.name)) if new is not None else _("(empty)")
        else:
            old_text, new_text = display_value(field, old), display_value(field, new)
        changes.append(
            FieldChange(
                name=field.name,
                label=capfirst(field.verbose_name),
                old=old_text,
                new=new_text,
                is_text=isinstance(field, models.TextField),
            )
        )
    old_translations, new_translations = _translations(live), _translations(edited)
    for language in sorted(set(old_translations) | set(new_translations)):
        before, after = old_translations.get(language), new_translations.get(language)
        if _translation_key(before) == _translation_key(after):
            continue
        changes.append(
            FieldChange(
                name=f"translation-{language}",
                label=_("Translation into %(language)s") % {"language": language_name(language)},
                old=_translation_text(before),
                new=_translation_text(after),
                is_text=True,
            )
        )
    return changes
