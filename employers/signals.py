"""Moderation events of posted vacancies turned into e-mails (employers/notifications.py)."""

from wagtail.admin import signal_handlers as wagtail_mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from employers import notifications
from employers.models import Posting
from vacancies.models import Vacancy


def _posting_of(workflow_state):
    vacancy = workflow_state.content_object
    if not isinstance(vacancy, Vacancy):
        return None, None
    posting = Posting.objects.filter(vacancy=vacancy).select_related("organisation").first()
    return vacancy, posting


def on_submitted(sender, instance, user=None, **kwargs):
    vacancy, posting = _posting_of(instance)
    if vacancy is not None:
        notifications.vacancy_submitted(vacancy, posting.organisation if posting else None)


def on_approved(sender, instance, user=None, **kwargs):
    vacancy, posting = _posting_of(instance)
    if posting is not None:
        notifications.vacancy_approved(vacancy, posting.organisation)


def on_rejected(sender, instance, user=None, **kwargs):
    vacancy, posting = _posting_of(instance)
    if posting is not None:
        task_state = instance.current_task_state
        notifications.vacancy_changes_requested(
            vacancy, posting.organisation, task_state.comment if task_state else ""
        )


def _unless_vacancy(notifier, object_of):
    """Wagtail's own workflow e-mail, except for vacancies, which get ours instead."""

    def notify(sender, instance, **kwargs):
        if isinstance(object_of(instance), Vacancy):
            return None
        return notifier(sender=sender, instance=instance, **kwargs)

    return notify


def connect():
    workflow_submitted.connect(
        on_submitted, sender=WorkflowState, dispatch_uid="employers_submitted"
    )
    workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="employers_approved")
    workflow_rejected.connect(on_rejected, sender=WorkflowState, dispatch_uid="employers_rejected")

    # Wagtail connects its notifiers under these ids when wagtail.admin is ready, and a second
    # connect with the same id is ignored. This app comes before wagtail.admin in
    # INSTALLED_APPS, so these wrappers hold the ids and Wagtail's plain notifiers never do.
    workflow_objects = lambda state: state.content_object  # noqa: E731
    task_objects = lambda state: state.workflow_state.content_object  # noqa: E731
    for signal, sender, notifier, object_of, uid in (
        (
            task_submitted,
            TaskState,
            wagtail_mail.task_submission_email_notifier,
            task_objects,
            "group_approval_task_submitted_email_notification",
        ),
        (
            workflow_submitted,
            WorkflowState,
            wagtail_mail.workflow_submission_email_notifier,
            workflow_objects,
            "workflow_state_submitted_email_notification",
        ),
        (
            workflow_rejected,
            WorkflowState,
            wagtail_mail.workflow_rejection_email_notifier,
            workflow_objects,
            "workflow_state_rejected_email_notification",
        ),
        (
            workflow_approved,
            WorkflowState,
            wagtail_mail.workflow_approval_email_notifier,
            workflow_objects,
            "workflow_state_approved_email_notification",
        ),
    ):
        signal.connect(
            _unless_vacancy(notifier, object_of), sender=sender, dispatch_uid=uid, weak=False
        )
