"""The site search's text indexes on PostgreSQL write new entries straight into their tree.

A GIN index keeps recent writes in a pending list by default (`fastupdate`), and every search
reads through that whole list until VACUUM merges it. Wagtail's index table gets a write for
each vacancy saved, so the list of the page search's index (0002) and of the autocomplete's
index filled up between vacuums: after indexing 100,000 vacancies they held 1,700 and 37,000
entries, read again by each of the five page counts of a search and by every suggestion.
Without the list a write costs a little more, a read nothing extra. The board's own text
index, which the site search's vacancies use, gets the same in vacancies/0005.
"""

from django.db import migrations

TEXT_INDEX = "werkroute_indexentry_text_gin"
# Wagtail's own index on the autocomplete column; its name is Wagtail's, so it is looked up.
AUTOCOMPLETE = (
    "SELECT indexname FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry' "
    "AND indexdef LIKE %s"
)


def index_names(schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(AUTOCOMPLETE, ["%USING gin (autocomplete)"])
        return [TEXT_INDEX] + [name for (name,) in cursor.fetchall()]


def without_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in index_names(schema_editor):
        schema_editor.execute(f'ALTER INDEX IF EXISTS "{name}" SET (fastupdate = off)')
        schema_editor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def with_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in index_names(schema_editor):
        schema_editor.execute(f'ALTER INDEX IF EXISTS "{name}" RESET (fastupdate)')


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_text_gin"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(without_pending_list, with_pending_list)]
