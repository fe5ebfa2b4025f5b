"""Create a Wagtail locale for every portal language and let each sync its page tree from Dutch.

Safe to run again: it only adds what is missing. The language list is copied here on purpose:
a migration must keep doing what it did when it was written, even after core/languages.py
changes; adding a language later means a new migration like this one.
"""

from django.db import migrations

from core.locales import ensure_locales

SOURCE_LANGUAGE = "nl"
PORTAL_LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]


def create_locales(apps, schema_editor):
    ensure_locales(
        apps.get_model("wagtailcore", "Locale"),
        apps.get_model("wagtail_localize", "LocaleSynchronization"),
        PORTAL_LANGUAGES,
        SOURCE_LANGUAGE,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
