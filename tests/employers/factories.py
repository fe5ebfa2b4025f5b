"""Factories of the employers' side: organisations, employer accounts and their postings."""

import factory

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale

from employers import postings
from employers.models import (
    CallbackRequest,
    EmployerServicePoint,
    Membership,
    Organisation,
    Posting,
)
from employers.postings import State
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies.choices import Sector
from vacancies.models import Vacancy

EMPLOYER_PASSWORD = "geheim-wachtwoord-7"  # noqa: S105


class OrganisationFactory(factory.django.DjangoModelFactory):
    """An employer organisation, verified (approved by an editor) unless `awaiting=True`."""

    name = factory.Sequence(lambda n: f"Testwerkgever {n}")
    kvk_number = factory.Sequence(lambda n: f"{70000000 + n}")
    sector = Sector.CLEANING
    place = factory.SubFactory(PlaceFactory)
    public_contact = "vragen@testwerkgever.example"
    approved_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Organisation

    class Params:
        verified = factory.Trait(approved_at=factory.LazyFunction(timezone.now))
        awaiting = factory.Trait(approved_at=None)


class EmployerUserFactory(factory.django.DjangoModelFactory):
    """A confirmed employer account of an organisation, password EMPLOYER_PASSWORD."""

    username = factory.Sequence(lambda n: f"werkgever{n}@test.example")
    email = factory.SelfAttribute("username")
    password = factory.PostGenerationMethodCall("set_password", EMPLOYER_PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def organisation(user, create, extracted, **kwargs):
        user.save()
        if create:
            Membership.objects.create(
                user=user,
                organisation=extracted or OrganisationFactory(),
                language=kwargs.get("language", "nl"),
            )


class PostingFactory(factory.django.DjangoModelFactory):
    """A vacancy an employer posted through the dashboard: a draft unless a trait says more.

    Made by employers/postings.py itself (create_posting, submit,
    close_as_filled), so the posting's state is
    what the dashboard would show. Traits: `in_moderation` (submitted, waiting for a
    moderator), `published` (online, as after approval), `filled` (closed as filled).
    """

    vacancy = factory.SubFactory(VacancyFactory, draft=True)
    organisation = factory.SubFactory(OrganisationFactory)
    created_by = factory.LazyAttribute(
        lambda posting: EmployerUserFactory(organisation=posting.organisation)
    )

    class Meta:
        model = Posting
        skip_postgeneration_save = True

    class Params:
        # A trait reaches a post-generation step only through its keyword arguments.
        in_moderation = factory.Trait(progress__to=State.SUBMITTED)
        published = factory.Trait(progress__to=State.PUBLISHED)
        filled = factory.Trait(progress__to=State.FILLED)

    @classmethod
    def _create(cls, model_class, vacancy, organisation, created_by, **fields):
        posting = postings.create_posting(vacancy, organisation, created_by)
        if fields:  # e.g. closing_reminder_sent_for
            Posting.objects.filter(pk=posting.pk).update(**fields)
            posting.refresh_from_db()
        return posting

    @factory.post_generation
    def progress(posting, create, extracted, to=None, **kwargs):
        """From draft on to the state `to` (or `progress=<State>`), as the employer would."""
        to = extracted or to
        if not create or to in (None, State.DRAFT):
            return
        if to == State.SUBMITTED:
            postings.submit(postings.status_of(posting), posting.created_by)
            return
        # Published as a moderator's approval publishes it (no moderation task kept).
        posting.vacancy.save_revision(user=posting.created_by).publish()
        posting.vacancy.refresh_from_db()
        if to == State.FILLED:
            postings.close_as_filled(postings.status_of(posting), posting.created_by)
            posting.refresh_from_db()


def submitted_edit(posting=None, **changes):
    """`posting` (by default a new published one) after its employer changed the vacancy's
    `changes` and submitted them: the edit waits for a moderator, the live version stays online."""
    posting = posting or PostingFactory(published=True)
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    for name, value in changes.items():
        setattr(vacancy, name, value)
    postings.save_changes(vacancy, posting.created_by)
    posting = Posting.objects.get(pk=posting.pk)
    postings.submit(postings.status_of(posting), posting.created_by)
    return posting


class EmployerServicePointFactory(factory.django.DjangoModelFactory):
    """The employer service point in Dutch, with made-up contact details (000 block, .example)."""

    name = "Werkgeversservicepunt Teststad"
    intro = "Voor alle vragen van werkgevers over nieuwkomers."
    phone = "0592 000 998"
    email = "werkgevers@teststad.example"
    opening_hours = "Maandag tot en met vrijdag"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = EmployerServicePoint


class CallbackRequestFactory(factory.django.DjangoModelFactory):
    organisation = "Bakkerij Het Zonnetje"
    name = "Anna de Vries"
    phone = "0592 000 123"
    question = "Hoe vraag ik een TWV aan?"

    class Meta:
        model = CallbackRequest
