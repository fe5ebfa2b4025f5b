"""What an employer may do with a posted vacancy, and what each action does.

The dashboard, the form views, the e-mails and the tests all ask here: one place for the
states of a posting and the rules between them.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log
from wagtail.models import WorkflowState

from employers.models import Posting
from portal.middleware import raise_if_database_unavailable
from vacancies.models import Vacancy
from vacancies.models.vacancy import default_closing_date, today

CLOSING_SOON_DAYS = 7
REMINDER_DAYS_BEFORE_CLOSING = 5

# Fields copied when a vacancy is duplicated or reposted: everything the employer filled in.
COPIED_FIELDS = [
    field.name
    for field in Vacancy._meta.concrete_fields
    if field.editable
    and field.name
    not in {
        "id",
        "closing_date",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "go_live_at",
        "expire_at",
        "expired",
    }
]


class State:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    CLOSING_SOON = "closing_soon"
    FILLED = "filled"
    CLOSED = "closed"
    EXPIRED = "expired"

    LABELS = {
        DRAFT: _("Draft"),
        SUBMITTED: _("Waiting for approval"),
        CHANGES_REQUESTED: _("Changes requested"),
        PUBLISHED: _("Published"),
        CLOSING_SOON: _("Closing soon"),
        FILLED: _("Closed: filled"),
        CLOSED: _("Closed"),
        EXPIRED: _("Expired"),
    }


@dataclass
class PostingStatus:
    """A vacancy as its employer sees it on the dashboard."""

    vacancy: Vacancy
    posting: Posting
    state: str
    workflow_state: WorkflowState | None = None
    comment: str = ""

    @property
    def label(self):
        return State.LABELS[self.state]

    @property
    def pending_changes(self):
        """A published vacancy with an edit that is not approved yet: the live text stays."""
        return self.vacancy.live and self.vacancy.has_unpublished_changes

    # --- what may be done -----------------------------------------------------------------

    @property
    def can_edit(self):
        return self.state not in (State.SUBMITTED, State.FILLED, State.EXPIRED)

    @property
    def can_submit(self):
        if not self.posting.organisation.is_approved:
            return False
        if self.state in (State.DRAFT, State.CHANGES_REQUESTED, State.CLOSED):
            return self.vacancy.closing_date >= today()
        return self.pending_changes and self.state in (State.PUBLISHED, State.CLOSING_SOON)

    @property
    def can_withdraw(self):
        return self.state in (State.SUBMITTED, State.PUBLISHED, State.CLOSING_SOON)

    @property
    def can_close_as_filled(self):
        return self.state not in (State.FILLED, State.DRAFT)

    @property
    def can_repost(self):
        return self.state in (State.EXPIRED, State.FILLED, State.CLOSED)


def status_of(posting, workflow_state=None, comment=None):
    vacancy = posting.vacancy
    if workflow_state is None and comment is None:
        workflow_state = vacancy.current_workflow_state
    comment = comment if comment is not None else changes_comment(workflow_state)
    return PostingStatus(
        vacancy=vacancy,
        posting=posting,
        state=_state(vacancy, posting, workflow_state),
        workflow_state=workflow_state,
        comment=comment,
    )


def _state(vacancy, posting, workflow_state):
    on = today()
    if posting.filled_at:
        return State.FILLED
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return State.SUBMITTED
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return State.CHANGES_REQUESTED
    if vacancy.first_published_at and vacancy.closing_date < on:
        return State.EXPIRED
    if vacancy.live:
        if vacancy.closing_date < on + datetime.timedelta(days=CLOSING_SOON_DAYS):
            return State.CLOSING_SOON
        return State.PUBLISHED
    if vacancy.first_published_at:
        return State.CLOSED
    return State.DRAFT


def changes_comment(workflow_state):
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    task_state = workflow_state.current_task_state
    return task_state.comment if task_state else ""


def statuses_of(postings):
    """The status of many postings with two queries, for the dashboard."""
    postings = list(postings)
    content_type = ContentType.objects.get_for_model(Vacancy)
    open_states = {
        state.object_id: state
        for state in WorkflowState.objects.filter(
            base_content_type=content_type,
            object_id__in=[str(posting.vacancy_id) for posting in postings],
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).select_related("current_task_state")
    }
    statuses = []
    for posting in postings:
        workflow_state = open_states.get(str(posting.vacancy_id))
        statuses.append(status_of(posting, workflow_state, changes_comment(workflow_state)))
    return statuses


# --- actions ---------------------------------------------------------------------------------


def vacancy_for_editing(vacancy):
    """The latest version the employer wrote: an unapproved edit of a live vacancy included."""
    if vacancy.has_unpublished_changes and vacancy.latest_revision_id:
        return vacancy.get_latest_revision_as_object()
    return vacancy


@transaction.atomic
def create_posting(vacancy, organisation, user):
    vacancy.employer_name = organisation.name
    vacancy.live = False
    vacancy.save()
    vacancy.save_revision(user=user, log_action="wagtail.create")
    return Posting.objects.create(vacancy=vacancy, organisation=organisation, created_by=user)


@transaction.atomic
def save_changes(vacancy, user):
    """Keep an edit. A live vacancy stays as it was online until the edit is approved."""
    if not vacancy.live:
        vacancy.save()
    vacancy.save_revision(user=user, log_action=True)


@transaction.atomic
def submit(status, user):
    vacancy = status.vacancy
    if status.state == State.CHANGES_REQUESTED:
        status.workflow_state.resume(user=user)
        return
    if vacancy.latest_revision_id is None:
        vacancy.save_revision(user=user)
    try:
        vacancy.get_workflow().start(vacancy, user)
    except ValidationError:
        # Wagtail validates the new workflow state (unique_in_progress_workflow); when the
        # database is away that check reports a conflict instead of the outage.
        raise_if_database_unavailable()
        raise


@transaction.atomic
def withdraw(status, user):
    """Take back a submission, or take a published vacancy off the board."""
    if status.state == State.SUBMITTED:
        status.workflow_state.cancel(user=user)
    elif status.vacancy.live:
        take_offline(status.vacancy, user)


def take_offline(vacancy, user):
    # Wagtail would check the admin's publish permission; an employer has none, and the
    # organisation's right to its own vacancy was checked by the view that found it.
    UnpublishAction(vacancy, user=user).execute(skip_permission_checks=True)


@transaction.atomic
def close_as_filled(status, user, hired_via_portal=None):
    if status.workflow_state is not None:
        status.workflow_state.cancel(user=user)
    if status.vacancy.live:
        take_offline(status.vacancy, user)
    status.posting.filled_at = timezone.now()
    status.posting.hired_via_portal = hired_via_portal
    status.posting.save(update_fields=["filled_at", "hired_via_portal"])
    log(instance=status.vacancy, action="employers.filled", user=user)


@transaction.atomic
def copy_as_draft(status, user):
    """A new draft with everything the employer wrote; repost and duplicate both use this."""
    source = vacancy_for_editing(status.vacancy)
    copy = Vacancy(**{name: getattr(source, name) for name in COPIED_FIELDS})
    copy.reference_code = ""
    copy.closing_date = default_closing_date()
    for translation in source.translations.all():
        copy.translations.add(
            type(translation)(
                language=translation.language,
                title=translation.title,
                description=translation.description,
                quality=translation.quality,
            )
        )
    return create_posting(copy, status.posting.organisation, user)
