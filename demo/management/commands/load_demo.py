"""Fill a fresh portal with demo content. Safe to run again: it updates what is there.

Each part of the demo is a module of the `demo` package with a `load(command)` function. They run
in the order of `PARTS`, the apps' own dependency order, so a part can use what the parts before
it made (the vacancies need the home page, the editors' roles need every page tree).
"""

import io
from contextlib import contextmanager

from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from django.test.utils import override_settings

from wagtail.signal_handlers import disable_reference_index_auto_update

from demo import bookings, editors, employers, home, renditions, share, site, vacancies

PARTS = (site, home, share, vacancies, employers, editors, bookings, renditions)


@contextmanager
def indexes_built_at_the_end():
    """The demo saves most objects several times (a page, then its translations, then its
    revision): indexing each save for search and for the reference index was a third of the load.
    Inside this block nothing is indexed on save; afterwards both indexes are built once, in bulk.
    """
    deferred = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=deferred),
        disable_reference_index_auto_update(),
        search_index_signals_off(),
    ):
        yield
    call_command("update_index", stdout=io.StringIO())
    call_command("rebuild_references_index", stdout=io.StringIO())


@contextmanager
def search_index_signals_off():
    """With AUTO_UPDATE off the search index writes nothing on save, but its signal handler still
    fetches every saved object again to find nothing to do (an eighth of the load)."""
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class Command(BaseCommand):
    help = "Create or update the demo site: locales, pages in six languages, demo users."

    def handle(self, *args, **options):
        with transaction.atomic(), indexes_built_at_the_end():
            for part in PARTS:
                part.load(self)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
