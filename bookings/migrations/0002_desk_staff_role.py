"""The group Baliemedewerkers with exactly its permissions (bookings/roles.py)."""

from django.db import migrations

from bookings.roles import sync_desk_staff_role


def create_role(apps, schema_editor):
    sync_desk_staff_role(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role, migrations.RunPython.noop)]
