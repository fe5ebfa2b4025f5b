"""The moderators' queue of vacancies: what waits at the moderation task, and the two answers.

Approving and requesting changes go through the moderation task itself
(employers.models.ModerationTask.on_action), exactly as Wagtail's own buttons do: the revision is
published by the workflow, the history and the employer's e-mail stay as they are, and the rule
that nobody approves their own change holds here too.

A vacancy in the queue is shown as it will be published: its latest revision. For a published
vacancy with an edit waiting, the edit is compared with the live version (vacancy_diff.py).
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse

from wagtail.models import TaskState, WorkflowState

from editors.vacancy_diff import changes_between
from employers.models import ModerationTask
from vacancies.models import Place, Vacancy
from vacancies.pay import minimum_wages, moderation_flags
from vacancies.presentation import hours_text, salary_text


class NotWaiting(Exception):
    """The submission is no longer waiting at the moderation task (someone answered it, or
    the employer withdrew it)."""


class ChangedSinceShown(Exception):
    """The vacancy was edited after the moderator opened it: what they saw is not what would
    be published."""


def moderation_tasks():
    return list(ModerationTask.objects.order_by("pk"))


def open_task_states(user, tasks=None):
    """The vacancies' submissions waiting at a moderation task this user may answer, oldest
    submission first."""
    states = TaskState.objects.none()
    for task in moderation_tasks() if tasks is None else tasks:
        states |= task.get_task_states_user_can_moderate(user)
    return states.filter(
        workflow_state__base_content_type=ContentType.objects.get_for_model(Vacancy),
        workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
    ).order_by("started_at", "pk")


def version_for_review(vacancy):
    """The latest revision as an object: what approving publishes. Read without checking its
    foreign keys row by row (the place is filled in by the caller, in bulk)."""
    revision = vacancy.latest_revision
    if revision is None:
        return vacancy
    edited = Vacancy.from_serializable_data(revision.content, check_fks=False)
    edited.pk = vacancy.pk
    edited.latest_revision = revision
    edited.live = vacancy.live
    return edited


@dataclass
class QueueItem:
    task_state: TaskState
    task: ModerationTask
    vacancy: Vacancy  # the row: the live version of a published vacancy
    edited: Vacancy  # the version waiting for approval
    can_approve: bool
    flags: list = field(default_factory=list)
    changes: list | None = None  # for a published vacancy: what the edit changes

    @property
    def organisation(self):
        posting = getattr(self.vacancy, "posting", None)
        return posting.organisation if posting is not None else None

    @property
    def is_edit_of_live(self):
        return self.changes is not None

    @property
    def hours(self):
        return hours_text(self.edited)

    @property
    def pay(self):
        return salary_text(self.edited)

    @property
    def submitted_at(self):
        return self.task_state.started_at

    @property
    def revision_id(self):
        return self.vacancy.latest_revision_id

    @property
    def edit_url(self):
        return reverse("wagtailsnippets_vacancies_vacancy:edit", args=[self.vacancy.pk])


def may_approve(task, task_state, vacancy, user):
    """ModerationTask's own rule, both ways it is asked: the actions it offers for the latest
    revision, and who made the submitted one."""
    offered = {name for name, _label, _modal in task.get_actions(vacancy, user)}
    return "approve" in offered and not ModerationTask.made_by(task_state.revision, user)


def queue_items(task_states, user, tasks=None):
    """The queue rows for some task states, in their order. The rows' own queries are the same
    few however many rows there are; vacancies/pay.py's flags look up the minimum wage in
    force for each vacancy they check."""
    task_states = list(task_states)
    tasks = {task.pk: task for task in (moderation_tasks() if tasks is None else tasks)}
    ids = [int(state.workflow_state.object_id) for state in task_states]
    vacancies = (
        Vacancy.objects.filter(pk__in=ids)
        .select_related("place", "latest_revision", "posting__organisation")
        .prefetch_related("translations")
        .in_bulk()
    )
    edited = {pk: version_for_review(vacancy) for pk, vacancy in vacancies.items()}
    _fill_places(vacancies, edited)
    wages = minimum_wages()  # one query for the whole page's pay checks
    items = []
    for state in task_states:
        vacancy = vacancies.get(int(state.workflow_state.object_id))
        task = tasks.get(state.task_id)
        if vacancy is None or task is None:
            continue
        version = edited[vacancy.pk]
        items.append(
            QueueItem(
                task_state=state,
                task=task,
                vacancy=vacancy,
                edited=version,
                can_approve=may_approve(task, state, vacancy, user),
                flags=moderation_flags(version, wages=wages),
                changes=(
                    changes_between(vacancy, version)
                    if vacancy.live and vacancy.has_unpublished_changes
                    else None
                ),
            )
        )
    return items


def _fill_places(vacancies, edited):
    """Give each version its place object: the row's own when it is the same place, the rest
    in one query."""
    missing = set()
    for pk, version in edited.items():
        row = vacancies[pk]
        if version is row:
            continue
        if version.place_id == row.place_id:
            version.place = row.place
        elif version.place_id is not None:
            missing.add(version.place_id)
    places = Place.objects.in_bulk(missing) if missing else {}
    for version in edited.values():
        if version.place_id in places:
            version.place = places[version.place_id]


def open_item(task_state_id, user):
    """One waiting submission this user may answer, or NotWaiting."""
    states = (
        open_task_states(user).filter(pk=task_state_id).select_related("workflow_state", "revision")
    )
    items = queue_items(states, user)
    if not items:
        raise NotWaiting
    return items[0]


def _locked_state(task_state_id, user, revision_id):
    """The task state, locked until the end of the transaction, so two moderators answering at
    once do not both act; and the vacancy, unchanged since the moderator saw it."""
    state = open_task_states(user).select_for_update(of=("self",)).filter(pk=task_state_id).first()
    if state is None:
        raise NotWaiting
    vacancy = Vacancy.objects.select_related("latest_revision").get(
        pk=int(state.workflow_state.object_id)
    )
    if revision_id is not None and str(vacancy.latest_revision_id) != str(revision_id):
        raise ChangedSinceShown
    return state, state.task.specific, vacancy


@transaction.atomic
def approve(task_state_id, user, revision_id):
    """Approve and publish, as the task's "Approve" button does. PermissionDenied when this
    user made the change."""
    state, task, vacancy = _locked_state(task_state_id, user, revision_id)
    if not may_approve(task, state, vacancy, user):
        raise PermissionDenied
    task.on_action(state, user, "approve")
    vacancy.refresh_from_db()
    return vacancy


@transaction.atomic
def request_changes(task_state_id, user, comment):
    """Send the vacancy back to the employer with the moderator's comment, as the task's
    "Request changes" button does: the employer reads it on the dashboard and in the e-mail."""
    state, task, vacancy = _locked_state(task_state_id, user, None)
    offered = {name for name, _label, _modal in task.get_actions(vacancy, user)}
    if "reject" not in offered:
        raise PermissionDenied
    task.on_action(state, user, "reject", comment=comment)
    return vacancy
