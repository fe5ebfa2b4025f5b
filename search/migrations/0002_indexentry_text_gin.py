"""An index for the site search's text match on PostgreSQL.

Wagtail's database backend matches `title || body` against the query; its own GIN indexes
cover each column alone, so a search read every index entry of a model (about 75 ms at
100,000 vacancies). This expression index lets PostgreSQL fetch the matching entries directly
(bench/site_search.py). Statistics must be fresh for the planner to choose it:
reindex_vacancies runs ANALYZE after a bulk write.
"""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS werkroute_indexentry_text_gin "
    "ON wagtailsearch_indexentry USING gin ((title || body))"
)
DROP = "DROP INDEX IF EXISTS werkroute_indexentry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_log"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
