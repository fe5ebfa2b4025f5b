"""The public profile of an approved employer, in every portal language."""

import datetime

import pytest

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from employers.models import Organisation, OrganisationStory
from home.models import StoryPage
from tests.conftest import html
from vacancies.models import Vacancy


def profile_url(organisation, language="nl"):
    return f"/{language}/werkgevers/organisaties/{organisation.slug}/"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_profile_reads_in_every_language(client, published, organisation, language):
    response = client.get(profile_url(organisation, language))
    assert response.status_code == 200
    page = html(response)
    assert page.html["lang"] == language
    assert page.h1.text.strip() == organisation.name
    link = page.find("a", string=published.title)
    assert link["href"].startswith(f"/{language}/")
    assert link["href"].endswith(f"/{published.reference_code}/")


def test_only_open_vacancies_are_listed(client, published, organisation):
    Vacancy.objects.filter(pk=published.pk).update(
        closing_date=datetime.date.today() - datetime.timedelta(days=1)
    )
    page = html(client.get(profile_url(organisation)))
    assert not page.find("a", string=published.title)
    with translation.override("nl"):
        empty_state = translation.gettext("This employer has no open vacancies at the moment.")
    assert empty_state in page.text


def test_an_organisation_awaiting_approval_has_no_profile(client, organisation):
    Organisation.objects.filter(pk=organisation.pk).update(approved_at=None)
    assert client.get(profile_url(organisation)).status_code == 404
    assert client.get("/nl/werkgevers/organisaties/bestaat-niet/").status_code == 404


def test_success_stories_linked_by_an_editor_are_shown(client, organisation):
    story = StoryPage.objects.live().filter(locale__language_code="nl").first()
    OrganisationStory.objects.create(organisation=organisation, story=story)
    page = html(client.get(profile_url(organisation, "ar")))
    arabic = story.get_translation(story.locale.__class__.objects.get(language_code="ar"))
    assert page.find("a", href=arabic.url)


def test_the_slug_is_made_from_the_name_and_kept_unique(db, place):
    from tests.employers.factories import OrganisationFactory

    first = OrganisationFactory(name="Bakkerij & Zn.", place=place)
    second = OrganisationFactory(name="Bakkerij & Zn", place=place)
    assert first.slug == "bakkerij-zn"
    assert second.slug == "bakkerij-zn-2"


def test_the_logo_has_alt_text(client, organisation, settings, tmp_path):
    import io

    from PIL import Image

    from django.core.files.base import ContentFile

    settings.MEDIA_ROOT = str(tmp_path)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40)).save(buffer, format="WEBP")
    organisation.logo.save("logo.webp", ContentFile(buffer.getvalue()))
    image = html(client.get(profile_url(organisation))).find("img")
    assert organisation.name in image["alt"]


def test_the_vacancy_page_links_to_its_employers_profile(client, published, organisation):
    from vacancies.models import VacancyIndexPage

    board = VacancyIndexPage.objects.get(locale__language_code="ar")
    page = html(client.get(f"{board.url}{published.reference_code}/"))
    assert page.find("a", href=profile_url(organisation, "ar"))


def test_no_profile_link_while_the_organisation_awaits_approval(client, published, organisation):
    from vacancies.models import VacancyIndexPage

    Organisation.objects.filter(pk=organisation.pk).update(approved_at=None)
    board = VacancyIndexPage.objects.get(locale__language_code="nl")
    page = html(client.get(f"{board.url}{published.reference_code}/"))
    assert not page.find("a", href=profile_url(organisation))


def test_the_employer_link_is_kept_and_goes_at_once_when_approval_is_withdrawn(
    client, published, organisation
):
    from vacancies.models import VacancyIndexPage

    url = f"{VacancyIndexPage.objects.get(locale__language_code='nl').url}"
    url += f"{published.reference_code}/"
    assert html(client.get(url)).find("a", href=profile_url(organisation))
    with CaptureQueriesContext(connection) as queries:
        again = html(client.get(url))
    assert again.find("a", href=profile_url(organisation))
    assert not [query for query in queries if "employers_posting" in query["sql"]]
    organisation.approved_at = None
    organisation.save()  # as an editor withdrawing the approval in the admin
    assert not html(client.get(url)).find("a", href=profile_url(organisation))


def test_a_renamed_employer_shows_under_its_new_name_at_once(client, published, organisation):
    from vacancies.models import VacancyIndexPage

    url = f"{VacancyIndexPage.objects.get(locale__language_code='nl').url}"
    url += f"{published.reference_code}/"
    client.get(url)
    organisation.name = "Schoon en Snel Schoonmaak"
    organisation.save()
    link = html(client.get(url)).find("a", href=profile_url(organisation))
    assert "Schoon en Snel Schoonmaak" in link.get_text()
