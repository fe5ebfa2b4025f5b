import pytest

from home.models import HomePage, PageTranslationStatus


@pytest.mark.django_db
def test_editor_can_mark_a_translation_as_checked_by_a_person(client, django_user_model):
    admin = django_user_model.objects.get(username="admin")
    client.force_login(admin)
    status = HomePage.objects.get(locale__language_code="ar").translation_status

    listing = client.get("/admin/snippets/home/pagetranslationstatus/")
    assert listing.status_code == 200
    edit_url = f"/admin/snippets/home/pagetranslationstatus/edit/{status.pk}/"
    form = client.get(edit_url)
    assert form.status_code == 200

    response = client.post(edit_url, {"page": status.page_id, "status": "reviewed"})

    assert response.status_code == 302
    status.refresh_from_db()
    assert status.status == PageTranslationStatus.Status.REVIEWED


@pytest.mark.django_db
def test_footer_settings_are_editable_in_the_admin(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    response = client.get("/admin/settings/portal/footersettings/", follow=True)
    assert response.status_code == 200
    assert b'name="contact_email"' in response.content
    assert b'name="privacy_page"' in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["rulestatement", "location"])
def test_editors_can_open_the_snippet_forms(client, django_user_model, model):
    from home.models import Location, RuleStatement

    client.force_login(django_user_model.objects.get(username="admin"))
    assert client.get(f"/admin/snippets/home/{model}/").status_code == 200
    assert client.get(f"/admin/snippets/home/{model}/add/").status_code == 200
    instance = {"rulestatement": RuleStatement, "location": Location}[model].objects.first()
    response = client.get(f"/admin/snippets/home/{model}/edit/{instance.pk}/")
    assert response.status_code == 200
    if model == "location":
        # The languages spoken are checkboxes, with the stored ones ticked.
        from tests.conftest import html

        ticked = {box["value"] for box in html(response).select('input[name="languages"][checked]')}
        assert ticked == set(instance.languages)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "parent_slug"),
    [
        ("guidepage", "werkgevers"),
        ("checkerpage", "bewoners"),
        ("storypage", "succesverhalen"),
        ("eventpage", "agenda"),
    ],
)
def test_editors_can_open_the_page_forms(client, django_user_model, model, parent_slug):
    from wagtail.models import Page

    client.force_login(django_user_model.objects.get(username="redacteur"))
    parent = Page.objects.get(slug=parent_slug, locale__language_code="nl")
    response = client.get(f"/admin/pages/add/home/{model}/{parent.pk}/")
    assert response.status_code == 200
    child = parent.get_children().first()
    assert client.get(f"/admin/pages/{child.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_a_location_keeps_its_languages_in_portal_order():
    from home.models import Location

    location = Location.objects.filter(locale__language_code="nl").first()
    field = Location._meta.get_field("languages").formfield()
    assert field.clean(["ar", "nl"]) == ["ar", "nl"]
    location.languages = field.clean(["ti", "nl"])
    location.save()
    location.refresh_from_db()
    assert location.languages == ["nl", "ti"]


def test_languages_field_refuses_a_language_the_portal_does_not_have():
    from django.core.exceptions import ValidationError

    from home.models import Location

    field = Location._meta.get_field("languages").formfield()
    with pytest.raises(ValidationError):
        field.clean(["xx"])
