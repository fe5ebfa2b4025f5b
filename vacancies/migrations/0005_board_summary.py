"""The board's summary (vacancies/summary.py): its table, and on PostgreSQL the data version
that moves on, in the same transaction, whenever a published vacancy is inserted, changed or
deleted - by any statement, so queryset updates, bulk loads and migrations move it too.

One bump per statement (statement triggers with transition tables), not per row: a bulk
update of many rows moves the version once. Changes that show nowhere are left out: rows that
neither were nor are published (drafts), and a live vacancy's bookkeeping columns (an edit
saved as a revision waiting for approval) and its search text (not part of any count).

Also: the board's text index (0002) writes new entries straight into its tree
(fastupdate off) instead of a pending list that every search reads through until VACUUM
merges it - after a bulk load that list held 12,000 rows and cost each search ~8 ms.
"""

from django.db import migrations, models

IGNORED_COLUMNS = ["search_text", "latest_revision_id", "has_unpublished_changes"]

FUNCTION = f"""
CREATE OR REPLACE FUNCTION vacancies_board_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed boolean;
    ignored text[] := ARRAY{IGNORED_COLUMNS!r};
BEGIN
    IF TG_OP = 'INSERT' THEN
        changed := EXISTS (SELECT 1 FROM new_rows WHERE live);
    ELSIF TG_OP = 'DELETE' THEN
        changed := EXISTS (SELECT 1 FROM old_rows WHERE live);
    ELSIF TG_OP = 'UPDATE' THEN
        changed := EXISTS (
            SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.live OR n.live)
              AND (to_jsonb(o) - ignored) IS DISTINCT FROM (to_jsonb(n) - ignored)
        );
    ELSE
        changed := true;
    END IF;
    IF changed THEN
        INSERT INTO vacancies_boarddataversion (id, version) VALUES (1, 1)
        ON CONFLICT (id) DO UPDATE SET version = vacancies_boarddataversion.version + 1;
    END IF;
    RETURN NULL;
END
$$;
"""
TRIGGERS = {
    "vacancies_board_insert": "AFTER INSERT ON vacancies_vacancy REFERENCING NEW TABLE AS new_rows",
    "vacancies_board_update": (
        "AFTER UPDATE ON vacancies_vacancy REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    ),
    "vacancies_board_delete": "AFTER DELETE ON vacancies_vacancy REFERENCING OLD TABLE AS old_rows",
    "vacancies_board_truncate": "AFTER TRUNCATE ON vacancies_vacancy",
}


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for name, when in TRIGGERS.items():
        schema_editor.execute(
            f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT "
            "EXECUTE FUNCTION vacancies_board_data_changed()"
        )
    schema_editor.execute(
        "INSERT INTO vacancies_boarddataversion (id, version) VALUES (1, 1) ON CONFLICT DO NOTHING"
    )


def text_index_without_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER INDEX vacancy_search_text_dutch SET (fastupdate = off)")
        schema_editor.execute("SELECT gin_clean_pending_list('vacancy_search_text_dutch')")


def text_index_with_pending_list(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER INDEX vacancy_search_text_dutch RESET (fastupdate)")


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON vacancies_vacancy")
    schema_editor.execute("DROP FUNCTION IF EXISTS vacancies_board_data_changed()")


class Migration(migrations.Migration):
    dependencies = [
        ("vacancies", "0004_unpaid_purpose"),
    ]

    operations = [
        migrations.CreateModel(
            name="BoardDataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "version",
                    models.BigIntegerField(
                        default=1, help_text="Moves on with every change of a published vacancy."
                    ),
                ),
            ],
            options={
                "verbose_name": "board data version",
            },
        ),
        migrations.CreateModel(
            name="BoardSummary",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "key",
                    models.CharField(
                        help_text="What was counted: the facets, their options and what each option means.",
                        max_length=64,
                        unique=True,
                    ),
                ),
                (
                    "version",
                    models.BigIntegerField(help_text="The board data version the counts are of."),
                ),
                (
                    "day",
                    models.DateField(
                        help_text="The day the counts are of: vacancies close by date."
                    ),
                ),
                ("counts", models.JSONField(help_text='{"total": n, facet: {option: n}}.')),
            ],
            options={
                "verbose_name": "board summary",
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
        migrations.RunPython(text_index_without_pending_list, text_index_with_pending_list),
    ]
