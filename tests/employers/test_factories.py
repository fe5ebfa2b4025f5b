"""The employers' factories: organisation traits and posting traits give the state they name,
as employers/postings.py (the dashboard's rule) reads it."""

import pytest

from wagtail.models import WorkflowState

from employers import postings
from employers.models import Organisation
from employers.postings import State
from tests.employers.factories import (
    EMPLOYER_PASSWORD,
    EmployerUserFactory,
    OrganisationFactory,
    PostingFactory,
)

pytestmark = pytest.mark.django_db


def test_a_verified_organisation_is_approved_and_an_awaiting_one_is_not():
    verified = OrganisationFactory(verified=True)
    awaiting = OrganisationFactory(awaiting=True)

    assert verified.is_approved
    assert not awaiting.is_approved
    assert list(
        Organisation.objects.awaiting_approval().filter(pk__in=[verified.pk, awaiting.pk])
    ) == [awaiting]


def test_an_employer_account_belongs_to_its_organisation_and_can_log_in(client):
    organisation = OrganisationFactory()
    user = EmployerUserFactory(organisation=organisation)

    assert user.employer_membership.organisation == organisation
    assert client.login(username=user.username, password=EMPLOYER_PASSWORD)


@pytest.mark.parametrize(
    ("traits", "state"),
    [
        ({}, State.DRAFT),
        ({"in_moderation": True}, State.SUBMITTED),
        ({"published": True}, State.PUBLISHED),
        ({"filled": True}, State.FILLED),
    ],
)
def test_a_posting_trait_gives_the_state_it_names(traits, state):
    posting = PostingFactory(**traits)

    assert postings.status_of(posting).state == state


def test_a_posting_in_moderation_has_a_workflow_started_by_its_employer():
    posting = PostingFactory(in_moderation=True)

    workflow_state = posting.vacancy.current_workflow_state
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.requested_by == posting.created_by
    assert not posting.vacancy.live


def test_a_posting_is_made_by_a_member_of_its_organisation():
    posting = PostingFactory()

    assert posting.vacancy.employer_name == posting.organisation.name
    assert posting.created_by.employer_membership.organisation == posting.organisation
