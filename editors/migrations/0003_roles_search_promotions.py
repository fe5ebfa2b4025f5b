"""Roles in step again: Redacteuren now choose promoted search results (roles.py)."""

from django.db import migrations

from editors.roles import sync_roles


def update_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editors", "0002_roles"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
