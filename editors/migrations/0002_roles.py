"""The groups Redacteuren, Moderatoren and Vertalers with exactly their permissions (roles.py)."""

from django.db import migrations

from editors.roles import sync_roles


def create_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editors", "0001_figures_permissions"),
        ("employers", "0002_moderation_workflow"),
        ("home", "0002_guidance_stories_events_locations"),
        ("vacancies", "0002_search_text_index"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
