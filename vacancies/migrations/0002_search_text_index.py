"""A GIN index on the Dutch text-search vector of `search_text`, on PostgreSQL only.

Since 0006_stored_search_vector the vector is a stored column and the index is on that column.
Other databases search without it (see vacancies/query.py).
"""

from django.db import migrations

INDEX = "vacancy_search_text_dutch"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON vacancies_vacancy "
            "USING GIN (to_tsvector('dutch'::regconfig, search_text))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0001_vacancy_board")]

    operations = [migrations.RunPython(create_index, drop_index)]
