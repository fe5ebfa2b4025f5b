"""The group "Moderatoren" and the vacancy moderation workflow, as data. Safe to run again."""

from django.db import migrations

from core.permissions import permission_for

GROUP = "Moderatoren"
WORKFLOW = "Vacaturemoderatie"
TASK = "Goedkeuren door een moderator"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("vacancies", "vacancy", "view_vacancy"),
    ("vacancies", "vacancy", "change_vacancy"),
    ("vacancies", "vacancy", "publish_vacancy"),
    ("employers", "organisation", "view_organisation"),
    ("employers", "organisation", "change_organisation"),
]


def create_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ModerationTask = apps.get_model("employers", "ModerationTask")

    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*(permission_for(apps, *spec) for spec in PERMISSIONS))

    task_type, _ = ContentType.objects.get_or_create(app_label="employers", model="moderationtask")
    task = ModerationTask.objects.filter(name=TASK).first()
    if task is None:
        task = ModerationTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(group)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    vacancy_type, _ = ContentType.objects.get_or_create(app_label="vacancies", model="vacancy")
    WorkflowContentType.objects.update_or_create(
        content_type=vacancy_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("employers", "0001_employers"),
        ("vacancies", "0002_search_text_index"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_moderation, migrations.RunPython.noop)]
