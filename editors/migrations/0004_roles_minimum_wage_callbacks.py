"""Roles in step again: Redacteuren keep the minimum wage and answer employers' call-back
requests; Moderatoren may look up the minimum wage a pay flag names (roles.py)."""

from django.db import migrations

from editors.roles import sync_roles


def update_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editors", "0003_roles_search_promotions"),
        ("home", "0005_minimum_wage"),
        ("employers", "0005_service_point_callback_requests"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
