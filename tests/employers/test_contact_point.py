"""One contact point for employers (issue 17, item 5): every employer page names the employer
service point - in full where a guide has a contact block, compact at the end of the others -
and none shows a residents' desk. Without a service point the pages say so plainly."""

import pytest

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Site

from home.models import GuidePage, Location
from tests.conftest import html
from tests.employers.factories import EmployerServicePointFactory
from tests.home.factories import GuidePageFactory, SectionIndexPageFactory

FALLBACK = (
    "The municipality has not yet filled in its contact point for employers here. Leave your "
    "number and we will call you back, or ask UWV about the work permit (TWV)."
)


def home_in(language):
    home = Site.objects.get(is_default_site=True).root_page.specific
    return home.get_translation(Locale.objects.get(language_code=language)).specific


@pytest.fixture
def desk(db):
    return Location.objects.create(
        name="Job Office Teststad",
        kind=Location.Kind.JOB_OFFICE,
        street="Bewonersweg 1",
        city="Teststad",
        phone="0592 000 111",
        serves="Teststad",
        locale=Locale.get_default(),
    )


@pytest.fixture
def employer_section(db):
    return SectionIndexPageFactory(
        parent=home_in(settings.LANGUAGE_CODE), slug="werkgevers-test", audience="employers"
    )


@pytest.fixture
def resident_section(db):
    return SectionIndexPageFactory(
        parent=home_in(settings.LANGUAGE_CODE), slug="bewoners-test", audience="residents"
    )


def contact_blocks(page):
    return page.select("[data-employer-contact]")


@pytest.mark.skeleton
def test_an_employer_guide_names_the_service_point_instead_of_a_desk(
    client, employer_section, desk, point
):
    guide = GuidePageFactory(parent=employer_section, body=[("contact", desk)])
    page = html(client.get(guide.url))
    [block] = contact_blocks(page)
    assert point.name in block.get_text()
    phone = block.select_one('a[href^="tel:"]')
    assert phone["href"] == "tel:0592000998"
    assert phone.bdi is not None and phone.bdi.get_text() == point.phone
    assert block.select_one('a[href^="mailto:"]')["href"] == f"mailto:{point.email}"
    assert point.opening_hours in block.get_text()
    assert block.select_one(f'a[href="{reverse("employers:callback")}"]') is not None
    # No residents' desk anywhere on the page.
    assert desk.name not in page.get_text() and desk.phone not in page.get_text()
    assert page.select(".werkroute-contact-finder") == []


@pytest.mark.skeleton
@pytest.mark.parametrize("with_guide", [False, True])
def test_employer_pages_without_a_contact_block_end_with_the_compact_one(
    client, employer_section, point, with_guide
):
    shown = GuidePageFactory(parent=employer_section) if with_guide else employer_section
    page = html(client.get(shown.url))
    [block] = contact_blocks(page)
    assert "werkroute-employer-contact--compact" in block["class"]
    assert block.find_parent("main") is not None
    assert block.select_one('a[href^="tel:"]')["href"] == "tel:0592000998"
    assert point.name in block.get_text()


@pytest.mark.skeleton
def test_a_faq_with_a_contact_block_shows_the_service_point_once(client, employer_section, point):
    faq = GuidePageFactory(
        parent=employer_section,
        slug="veelgestelde-vragen-test",
        body=[
            ("faq", [{"question": "Wie kan ik bellen?", "answer": "<p>Zie hieronder.</p>"}]),
            ("contact", None),
        ],
    )
    page = html(client.get(faq.url))
    [block] = contact_blocks(page)
    assert "werkroute-employer-contact--compact" not in block["class"]
    assert point.phone in block.get_text()


@pytest.mark.skeleton
def test_resident_guides_keep_their_desk_and_get_no_service_point(
    client, resident_section, desk, point
):
    guide = GuidePageFactory(parent=resident_section, body=[("contact", desk)])
    page = html(client.get(guide.url))
    assert desk.name in page.get_text()
    assert contact_blocks(page) == []
    assert point.name not in page.get_text()


@pytest.mark.skeleton
def test_without_a_service_point_employer_pages_say_so_and_invent_no_number(
    client, employer_section, desk, no_point
):
    guide = GuidePageFactory(parent=employer_section, body=[("contact", desk)])
    for shown in (employer_section, guide):
        page = html(client.get(shown.url))
        [block] = contact_blocks(page)
        with translation.override("nl"):
            assert translation.gettext(FALLBACK) in block.get_text(" ", strip=True)
        assert block.select('a[href^="tel:"], a[href^="mailto:"]') == []
        assert block.select_one(f'a[href="{reverse("employers:callback")}"]') is not None
        assert desk.name not in page.get_text()


@pytest.mark.skeleton
def test_the_fallback_is_in_the_readers_language(client, no_point):
    section = SectionIndexPageFactory(
        parent=home_in("ar"), slug="ashab-alamal", audience="employers"
    )
    block = contact_blocks(html(client.get(section.url)))[0]
    with translation.override("ar"):
        arabic = translation.gettext(FALLBACK)
    assert arabic != FALLBACK
    assert arabic in block.get_text(" ", strip=True)
    assert block["lang"] == "ar" and block["dir"] == "rtl"


@pytest.mark.skeleton
def test_the_service_point_is_shown_in_the_readers_language_where_translated(client, point):
    english = point.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Employer service desk Teststad"
    english.opening_hours = "Monday to Friday"
    english.save()
    section = SectionIndexPageFactory(
        parent=home_in("en"), slug="employers-test", audience="employers"
    )
    block = contact_blocks(html(client.get(section.url)))[0]
    assert english.name in block.get_text() and point.name not in block.get_text()
    assert "Monday to Friday" in block.get_text()
    # Arabic has no translation: the Dutch text, marked as Dutch, in an Arabic page.
    section_ar = SectionIndexPageFactory(parent=home_in("ar"), slug="ashab", audience="employers")
    block = contact_blocks(html(client.get(section_ar.url)))[0]
    name = block.find("bdi", string=point.name)
    assert name is not None and name["lang"] == "nl" and name["dir"] == "ltr"


@pytest.mark.skeleton
@pytest.mark.parametrize(
    "name", ["employers:signup", "employers:login", "employers:password_reset"]
)
def test_the_employers_own_pages_name_the_service_point(client, point, name):
    page = html(client.get(reverse(name)))
    [block] = contact_blocks(page)
    assert block.select_one('a[href^="tel:"]')["href"] == "tel:0592000998"


@pytest.mark.skeleton
def test_the_dashboard_names_the_service_point(employer_client, point):
    page = html(employer_client.get(reverse("employers:dashboard")))
    assert point.name in contact_blocks(page)[0].get_text()


@pytest.mark.skeleton
def test_viewing_an_employer_page_sets_no_cookie(client, employer_section, point):
    guide = GuidePageFactory(parent=employer_section, body=[("contact", None)])
    for url in (employer_section.url, guide.url):
        response = client.get(url)
        assert response.status_code == 200
        assert dict(response.cookies) == {}


@pytest.mark.skeleton
def test_a_service_point_needs_a_phone_number_or_an_e_mail_address(no_point):
    from django.core.exceptions import ValidationError

    point = EmployerServicePointFactory.build(phone="", email="")
    with pytest.raises(ValidationError):
        point.full_clean()
    EmployerServicePointFactory.build(phone="", email="werkgevers@teststad.example").full_clean()


@pytest.mark.skeleton
def test_a_second_service_point_in_the_same_language_is_refused(point):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        EmployerServicePointFactory()


# --- the demo -----------------------------------------------------------------------------------


def test_the_demo_faq_names_the_service_point_where_it_says_whom_to_call(demo_site, client):
    faq = GuidePage.objects.get(slug="veelgestelde-vragen", locale__language_code="nl")
    assert "wie u kunt bellen" in faq.intro
    page = html(client.get(faq.url))
    [block] = contact_blocks(page)
    assert block.select_one('a[href^="tel:"]') is not None
    assert "(demo)" in block.get_text()
    for desk in Location.objects.all():
        assert desk.name not in page.get_text()


def test_no_demo_employer_page_shows_a_residents_desk(demo_site, client):
    desks = [desk.name for desk in Location.objects.all()]
    section = GuidePage.objects.get(
        slug="veelgestelde-vragen", locale__language_code="nl"
    ).get_parent()
    for shown in [section, *section.get_descendants().live()]:
        page = html(client.get(shown.url))
        assert contact_blocks(page), shown.url
        text = page.get_text()
        assert not [name for name in desks if name in text], shown.url


@pytest.mark.parametrize(
    ("language", "retention"),
    [
        ("nl", "{days} dagen nadat u het verzoek verstuurde, verwijderen we het"),
        ("en", "{days} days after you sent the request, we delete it"),
    ],
)
def test_the_privacy_statement_names_the_callback_request_and_its_real_retention(
    demo_site, client, language, retention
):
    from core.models import FooterSettings
    from employers.models import CallbackRequest

    source = FooterSettings.objects.get().privacy_page
    statement = source.get_translation(Locale.objects.get(language_code=language))
    article = html(client.get(statement.url)).select_one("main article")
    text = " ".join(article.get_text(" ").split())
    assert retention.format(days=settings.CALLBACK_RETENTION_DAYS) in text
    # The statement lists organisation, name, phone, question, language and when it was sent;
    # the model holds nothing more (`handled` is the editors' own tick).
    stored = {field.name for field in CallbackRequest._meta.get_fields()} - {"id", "handled"}
    assert stored == {"organisation", "name", "phone", "question", "language", "created_at"}


@pytest.mark.skeleton
def test_the_service_point_is_read_once_and_again_after_it_changed(client, employer_section, point):
    """Every employer page shows the service point: after the first page of a language it
    comes from the cache; saved, it shows at once."""

    def point_queries():
        with CaptureQueriesContext(connection) as queries:
            page = html(client.get(employer_section.url))
        read = [q for q in queries.captured_queries if "employers_employerservicepoint" in q["sql"]]
        return contact_blocks(page)[0].get_text(), len(read)

    first_text, first_reads = point_queries()
    again_text, reads = point_queries()
    assert first_reads == 1 and reads == 0
    assert again_text == first_text and point.name in again_text
    point.name = "Werkgeversservicepunt Nieuwstad"
    point.save()
    changed_text, changed_reads = point_queries()
    assert changed_reads == 1
    assert "Werkgeversservicepunt Nieuwstad" in changed_text
