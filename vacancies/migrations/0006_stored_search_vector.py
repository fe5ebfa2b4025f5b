"""The Dutch text-search vector of `search_text`, stored in its own column (PostgreSQL only),
with the board's GIN index on that column instead of on the expression.

With the index on the expression, a row that PostgreSQL checks outside the index had its text
parsed again: listing the newest vacancies with a word that few of them have walks the newest
first and parses each (20 ms at 100,000 vacancies for an Arabic word), where reading the stored
vector takes a fraction of that. The column is generated, so every write - a save, an update,
a bulk load - keeps it current; Django's model does not name it, and only vacancies/query.py
(TEXT_VECTOR_SQL) reads it. Adding it rewrites the table once (a few seconds at 100,000 rows).
Other databases search without it (see vacancies/query.py).
"""

from django.db import migrations

INDEX = "vacancy_search_text_dutch"
EXPRESSION = "to_tsvector('dutch'::regconfig, search_text)"


def store_the_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(
        "ALTER TABLE vacancies_vacancy ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS ({EXPRESSION}) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON vacancies_vacancy USING GIN (search_vector) "
        "WITH (fastupdate = off)"
    )


def index_the_expression(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute("ALTER TABLE vacancies_vacancy DROP COLUMN IF EXISTS search_vector")
    schema_editor.execute(
        f"CREATE INDEX {INDEX} ON vacancies_vacancy USING GIN ({EXPRESSION}) "
        "WITH (fastupdate = off)"
    )


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0005_board_summary")]

    operations = [migrations.RunPython(store_the_vector, index_the_expression)]
