"""Wagtail's search index of vacancies (the site search's suggestions, Vacancy.search_fields):
written when a vacancy is published, unpublished or deleted, not on every save.

The index holds the live version's title and the fields the suggestions filter on (live, closing
date, first publication). A draft save, a revision's bookkeeping save and the save that draws the
reference code change none of that, yet each re-indexed the vacancy: three index writes per
published vacancy, and one for every draft an employer saves. `Vacancy.search_auto_update` is off,
so Wagtail's own save handler leaves vacancies to this module.
"""

from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from django.db.models.signals import post_delete

from wagtail.signals import published, unpublished

from vacancies.models import Vacancy

# modelsearch's own handlers (what search_auto_update would connect to post_save and
# post_delete), on the signals that change what the index holds.
published.connect(post_save_signal_handler, sender=Vacancy, dispatch_uid="vacancy_index_published")
unpublished.connect(
    post_save_signal_handler, sender=Vacancy, dispatch_uid="vacancy_index_unpublished"
)
post_delete.connect(
    post_delete_signal_handler, sender=Vacancy, dispatch_uid="vacancy_index_deleted"
)
