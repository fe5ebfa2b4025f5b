"""Wagtail's search index of vacancies (the site search's suggestions, Vacancy.search_fields):
written when a vacancy is published, unpublished or deleted, not on every save.

The index holds the live version's title and the fields the suggestions filter on (live, closing
date, first publication). A draft save, a revision's bookkeeping save and the save that draws the
reference code change none of that, yet each re-indexed the vacancy: three index writes per
published vacancy, and one for every draft an employer saves. `Vacancy.search_auto_update` is off,
so Wagtail's own save handler leaves vacancies to this module.
"""

from modelsearch import index
from modelsearch.tasks import insert_or_update_object_task

from django.db.models.signals import post_delete

from wagtail.signals import published, unpublished

from vacancies.models import Vacancy


def index_vacancy(sender, instance, **kwargs):
    insert_or_update_object_task.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )


def remove_vacancy(sender, instance, **kwargs):
    index.remove_object(instance)


published.connect(index_vacancy, sender=Vacancy, dispatch_uid="vacancy_index_published")
unpublished.connect(index_vacancy, sender=Vacancy, dispatch_uid="vacancy_index_unpublished")
post_delete.connect(remove_vacancy, sender=Vacancy, dispatch_uid="vacancy_index_deleted")
