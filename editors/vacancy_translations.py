"""Translators write a vacancy's title and description in other languages.

A translation is not a change of the employer's text, so it needs no moderation: it is saved
on the published vacancy at once. When the employer has a change waiting for approval, the
translations are written into that waiting version too, so approving it keeps them.
"""

from django.db import transaction

from wagtail.log_actions import log

from vacancies.models import VacancyTranslation


@transaction.atomic
def save_translations(formset, user):
    vacancy = formset.instance
    formset.save()
    translations = list(vacancy.translations.all())
    _carry_into_waiting_version(vacancy, translations)
    log(
        instance=vacancy,
        action="editors.vacancy_translated",
        user=user,
        data={"languages": sorted(translation.language for translation in translations)},
    )


def _carry_into_waiting_version(vacancy, translations):
    if not (vacancy.live and vacancy.has_unpublished_changes and vacancy.latest_revision_id):
        return
    revision = vacancy.latest_revision
    waiting = revision.as_object()
    waiting.translations = [
        VacancyTranslation(
            language=translation.language,
            title=translation.title,
            description=translation.description,
            quality=translation.quality,
        )
        for translation in translations
    ]
    revision.content = waiting.serializable_data()
    revision.save(update_fields=["content"])
