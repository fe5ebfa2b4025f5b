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
