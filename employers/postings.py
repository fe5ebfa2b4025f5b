"""What an employer may do with a posted vacancy, and what each action does.

The dashboard, the form views, the e-mails and the tests all ask here: one place for the
states of a posting (the vacancy's lifecycle from vacancies/lifecycle.py, with moderation and
"filled" on top) and, in `ACTIONS` at the end, the table of what each state allows.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log
from wagtail.models import WorkflowState

from core.middleware import raise_if_database_unavailable
from employers.forms import ClosedAsFilledForm, VacancyForm
from employers.models import Posting
from vacancies import lifecycle
from vacancies.lifecycle import Lifecycle
from vacancies.models import Vacancy
from vacancies.models.vacancy import default_closing_date

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


class State(models.TextChoices):
    """A posting's state: the vacancy's lifecycle, with moderation and "filled" on top."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for approval")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    FILLED = "filled", _("Closed: filled")
    CLOSED = "closed", _("Closed")
    EXPIRED = "expired", _("Expired")


# Without an open moderation task and not filled, a posting is where its vacancy's life is.
STATE_OF_LIFECYCLE = {
    Lifecycle.DRAFT: State.DRAFT,
    Lifecycle.OPEN: State.PUBLISHED,
    Lifecycle.CLOSING_SOON: State.CLOSING_SOON,
    Lifecycle.WITHDRAWN: State.CLOSED,
    Lifecycle.EXPIRED: State.EXPIRED,
}


@dataclass
class PostingStatus:
    """A vacancy as its employer sees it on the dashboard."""

    vacancy: Vacancy
    posting: Posting
    state: State
    workflow_state: WorkflowState | None = None
    comment: str = ""

    @property
    def label(self):
        return self.state.label

    @property
    def pending_changes(self):
        """A published vacancy with an edit that is not approved yet: the live text stays."""
        return self.vacancy.live and self.vacancy.has_unpublished_changes

    @property
    def actions(self):
        """What the employer may do now, in the order the dashboard offers it."""
        return [action.offer(self) for action in ACTIONS.values() if action.allows(self)]

    @property
    def allowed(self):
        """The allowed actions' names, for templates: `{% if "submit" in status.allowed %}`."""
        return {offer.name for offer in self.actions}


def status_of(posting, workflow_state=None, comment=None):
    vacancy = posting.vacancy
    if workflow_state is None and comment is None:
        workflow_state = vacancy.current_workflow_state
    comment = comment if comment is not None else changes_comment(workflow_state)
    return PostingStatus(
        vacancy=vacancy,
        posting=posting,
        state=state_of(vacancy, posting, workflow_state),
        workflow_state=workflow_state,
        comment=comment,
    )


def state_of(vacancy, posting, workflow_state):
    if posting.filled_at:
        return State.FILLED
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return State.SUBMITTED
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return State.CHANGES_REQUESTED
    return STATE_OF_LIFECYCLE[lifecycle.state_of(vacancy)]


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


# --- the action table -------------------------------------------------------------------------
# Every action an employer can take on a posting, in the order the dashboard offers them: which
# states allow it, any further check, its form, its messages, its rate limit and whether it asks
# for confirmation first (taking offline, closing). The views, the templates (through
# `PostingStatus.actions`) and the tests read this table and nothing else.

NOT_POSSIBLE = _("This is not possible for this vacancy now.")
EVERY_STATE = frozenset(State)


def _text(text, status):
    return text(status) if callable(text) else text


# The field the confirmation page's form sends: only a POST with it carries out an action that
# needs confirmation; without it the question is asked (again) and nothing changes.
CONFIRM_FIELD = "confirm"
CONFIRM_VALUE = "yes"


@dataclass(frozen=True)
class Confirmation:
    """What is asked before an action that takes a vacancy offline or closes it: the question,
    what will happen (what the table below allows afterwards, tests/employers/
    test_confirmations.py holds the texts to it) and the button's words. Each is a string or a
    function of the status."""

    question: object
    consequence: object
    button: object

    def texts(self, status):
        return {
            "question": _text(self.question, status),
            "consequence": _text(self.consequence, status),
            "button": _text(self.button, status),
        }


@dataclass(frozen=True)
class Offer:
    """An allowed action as a template shows it: a link to `page`, a link to the confirmation
    page (employers:vacancy_confirm) when it needs confirmation, or else a POST button."""

    name: str
    label: str
    page: str | None
    needs_confirmation: bool = False


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    states: frozenset
    # A further condition beyond the state, or None.
    check: Callable[[PostingStatus], bool] | None = None
    # Called as perform(status, user, **form.cleaned_data) by the employers:vacancy_action view
    # (POST only); None for an action with a view of its own (edit, preview).
    perform: Callable | None = None
    # The URL name of the page the dashboard links to instead of showing a button.
    page: str | None = None
    form_class: type | None = None
    template: str | None = None
    # Strings, or functions of the status for those that depend on it.
    message: object = None
    refusal: object = NOT_POSSIBLE
    labels: tuple = ()  # (state, label) pairs where the label differs
    # A name in core.ratelimit.DEFAULT_LIMITS, counted per account (and per IP address when
    # `rate_limit_per_ip`) and refused with core.ratelimit.attempt (employers/views.py).
    rate_limit: str | None = None
    rate_limit_per_ip: bool = False
    # Set for an action that takes a vacancy offline or closes it: the dashboard links to a page
    # that asks first (its own `page`/`template` with the form, or employers/confirm_action.html)
    # and the action is only carried out by a POST with CONFIRM_FIELD.
    confirmation: Confirmation | None = None

    @property
    def needs_confirmation(self):
        return self.confirmation is not None

    def allows(self, status):
        return status.state in self.states and (self.check is None or self.check(status))

    def is_confirmed(self, data):
        """Whether a POST may carry out the action: always, unless it needs confirmation and the
        confirmation page's answer is missing."""
        return self.confirmation is None or data.get(CONFIRM_FIELD) == CONFIRM_VALUE

    def confirmation_texts(self, status):
        return self.confirmation.texts(status) if self.confirmation else {}

    def offer(self, status):
        return Offer(
            self.name,
            dict(self.labels).get(status.state, self.label),
            self.page,
            self.needs_confirmation,
        )

    def done_message(self, status):
        return _text(self.message, status)

    def refused_message(self, status):
        return _text(self.refusal, status)


def _ready_to_submit(status):
    """An approved organisation, and something new to approve: a draft whose closing date has
    not passed, or an edit of a published vacancy."""
    if not status.posting.organisation.is_approved:
        return False
    if status.state in (State.PUBLISHED, State.CLOSING_SOON):
        return status.pending_changes
    return not lifecycle.past_closing_date(status.vacancy)


def _edit_saved_message(status):
    if status.vacancy.live:
        return _(
            "Your changes are saved. The published version stays online until the "
            "municipality approves the changes: submit them when they are ready."
        )
    return _("Your draft is saved.")


def _cannot_edit_message(status):
    if status.state == State.SUBMITTED:
        return _("This vacancy is waiting for approval. Withdraw it first to change it.")
    return _("This vacancy is closed. Repost it as a new vacancy to change it.")


NEW_DRAFT_MESSAGE = _("A new draft is made. Check the dates and submit it.")

# What the confirmation pages say will happen; each sentence follows from the table below
# (a vacancy taken offline allows edit, submit and repost; a filled one only repost).
OFFLINE_FOR_RESIDENTS = _("Residents can no longer find or open this vacancy.")


def _withdraw_question(status):
    if status.state == State.SUBMITTED:
        return _("Withdraw the submission?")
    return _("Take this vacancy offline?")


def _withdraw_consequence(status):
    if status.state == State.SUBMITTED:
        if status.vacancy.live:
            return _(
                "The municipality stops checking your changes. The published version stays "
                "online. You can change the vacancy and submit it again."
            )
        return _(
            "The municipality stops checking this vacancy. You can change it and submit it again."
        )
    return " ".join(
        [
            str(OFFLINE_FOR_RESIDENTS),
            str(
                _(
                    "It is not deleted: before its closing date you can change it and submit it "
                    "again, and it is back online once the municipality approves it. You can "
                    "also repost it as a new vacancy."
                )
            ),
        ]
    )


def _withdraw_button(status):
    if status.state == State.SUBMITTED:
        return _("Yes, withdraw the submission")
    return _("Yes, take offline")


def _filled_consequence(status):
    sentences = []
    if status.vacancy.live:
        sentences.append(OFFLINE_FOR_RESIDENTS)
    if status.state == State.SUBMITTED:
        sentences.append(_("The municipality stops checking it."))
    sentences.append(
        _("A filled vacancy cannot be opened again; you can repost it as a new vacancy.")
    )
    return " ".join(str(sentence) for sentence in sentences)


ACTIONS = {
    action.name: action
    for action in [
        Action(
            "edit",
            _("Edit"),
            EVERY_STATE - {State.SUBMITTED, State.FILLED, State.EXPIRED},
            page="employers:vacancy_edit",
            form_class=VacancyForm,
            message=_edit_saved_message,
            refusal=_cannot_edit_message,
            rate_limit="draft_save",
        ),
        Action("preview", _("Preview"), EVERY_STATE, page="employers:vacancy_preview"),
        Action(
            "submit",
            _("Submit for approval"),
            frozenset(
                {
                    State.DRAFT,
                    State.CHANGES_REQUESTED,
                    State.CLOSED,
                    State.PUBLISHED,
                    State.CLOSING_SOON,
                }
            ),
            check=_ready_to_submit,
            perform=submit,
            message=_("Submitted. The municipality checks your vacancy; you get an e-mail."),
            rate_limit="submit",
            rate_limit_per_ip=True,
        ),
        Action(
            "withdraw",
            _("Take offline"),
            frozenset({State.SUBMITTED, State.PUBLISHED, State.CLOSING_SOON}),
            labels=((State.SUBMITTED, _("Withdraw the submission")),),
            perform=withdraw,
            message=_("Withdrawn."),
            confirmation=Confirmation(
                question=_withdraw_question,
                consequence=_withdraw_consequence,
                button=_withdraw_button,
            ),
        ),
        Action(
            "filled",
            _("Close as filled"),
            EVERY_STATE - {State.FILLED, State.DRAFT},
            perform=close_as_filled,
            page="employers:vacancy_filled",
            form_class=ClosedAsFilledForm,
            template="employers/filled_form.html",
            message=_("Closed as filled. Congratulations!"),
            # The form that asks how many people were hired is the confirmation page.
            confirmation=Confirmation(
                question=_("Close this vacancy as filled?"),
                consequence=_filled_consequence,
                button=_("Yes, close as filled"),
            ),
        ),
        Action(
            "repost",
            _("Repost as a new vacancy"),
            frozenset({State.EXPIRED, State.FILLED, State.CLOSED}),
            perform=copy_as_draft,
            message=NEW_DRAFT_MESSAGE,
        ),
        Action(
            "duplicate",
            _("Duplicate"),
            EVERY_STATE,
            perform=copy_as_draft,
            message=NEW_DRAFT_MESSAGE,
        ),
    ]
}
# What the employers:vacancy_action URL accepts (by POST); any other name there is a 404.
POSTED_ACTIONS = {name: action for name, action in ACTIONS.items() if action.perform}
