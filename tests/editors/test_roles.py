"""Each role can do what it needs in the admin and nothing more (editors/roles.py)."""

import pytest

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale

from editors.roles import ROLES, sync_roles
from employers.models import Organisation
from home.models import GuidePage, HomePage, RuleStatement
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


def allowed(response):
    return response.status_code == 200


def refused(response):
    """Wagtail sends a signed-in user without the permission back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def guide(language):
    return GuidePage.objects.get(
        locale__language_code=language,
        translation_key=GuidePage.objects.filter(locale__language_code="nl")
        .first()
        .translation_key,
    )


@pytest.fixture
def dutch_rule():
    return RuleStatement.objects.filter(locale__language_code="nl").first()


@pytest.fixture
def arabic_rule(dutch_rule):
    arabic = Locale.objects.get(language_code="ar")
    existing = dutch_rule.get_translation_or_none(arabic)
    if existing:
        return existing
    translation = dutch_rule.copy_for_translation(arabic)
    translation.save()
    return translation


def edit_rule_url(rule):
    return reverse("wagtailsnippets_home_rulestatement:edit", args=[rule.pk])


def test_sync_roles_can_run_again_without_changing_anything():
    def state():
        return {
            group.name: (
                sorted(group.permissions.values_list("codename", flat=True)),
                sorted(
                    GroupPagePermission.objects.filter(group=group).values_list(
                        "page_id", "permission__codename"
                    )
                ),
                sorted(group.collection_permissions.values_list("permission__codename", flat=True)),
            )
            for group in Group.objects.filter(name__in=ROLES)
        }

    before = state()
    sync_roles(apps)
    sync_roles(apps)
    assert state() == before
    assert set(before) == set(ROLES)


def test_sync_roles_takes_away_a_permission_that_was_added_by_hand(editor):
    from django.contrib.auth.models import Permission

    group = Group.objects.get(name="Vertalers")
    group.permissions.add(Permission.objects.get(codename="delete_rulestatement"))
    sync_roles(apps)
    assert not group.permissions.filter(codename="delete_rulestatement").exists()


def test_wagtails_starter_groups_are_gone_when_nobody_is_in_them():
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


# --- Redacteuren -----------------------------------------------------------------------------


def test_an_editor_writes_and_publishes_pages_in_every_language(editor):
    for language in ("nl", "ar"):
        permissions = guide(language).permissions_for_user(editor)
        assert permissions.can_edit()
        assert permissions.can_publish()
        home = HomePage.objects.get(locale__language_code=language)
        assert home.permissions_for_user(editor).can_add_subpage()


def test_an_editor_manages_rules_and_sees_vacancies_and_employers(
    client, editor, dutch_rule, arabic_rule
):
    client.force_login(editor)
    assert allowed(client.get(edit_rule_url(dutch_rule)))
    assert allowed(client.get(edit_rule_url(arabic_rule)))
    assert allowed(client.get(reverse("wagtailsnippets_home_rulestatement:add")))
    assert allowed(client.get(reverse("wagtailsnippets_vacancies_vacancy:list")))
    assert allowed(client.get(reverse("wagtailsnippets_employers_organisation:list")))
    assert allowed(client.get(reverse("editors:figures")))


def test_an_editor_does_not_approve_employers_or_change_vacancies(client, editor):
    client.force_login(editor)
    organisation = Organisation.objects.first()
    vacancy = Vacancy.objects.first()
    assert refused(
        client.get(reverse("wagtailsnippets_employers_organisation:edit", args=[organisation.pk]))
    )
    assert refused(client.get(reverse("wagtailsnippets_vacancies_vacancy:edit", args=[vacancy.pk])))
    assert refused(client.get(reverse("wagtailusers_users:index")))


# --- Moderatoren -----------------------------------------------------------------------------


def test_a_moderator_approves_vacancies_and_organisations(client, moderator):
    client.force_login(moderator)
    organisation = Organisation.objects.first()
    vacancy = Vacancy.objects.first()
    assert allowed(
        client.get(reverse("wagtailsnippets_employers_organisation:edit", args=[organisation.pk]))
    )
    assert allowed(client.get(reverse("wagtailsnippets_vacancies_vacancy:edit", args=[vacancy.pk])))
    assert moderator.has_perm("vacancies.publish_vacancy")


def test_a_moderator_cannot_edit_a_guide_or_a_rule(client, moderator, dutch_rule):
    for language in ("nl", "ar"):
        permissions = guide(language).permissions_for_user(moderator)
        assert not permissions.can_edit()
        assert not permissions.can_publish()
    client.force_login(moderator)
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[guide("nl").pk])))
    assert refused(client.get(edit_rule_url(dutch_rule)))
    assert refused(client.get(reverse("editors:figures")))
    assert refused(client.get(reverse("wagtailusers_users:index")))


# --- Vertalers -------------------------------------------------------------------------------


def test_a_translator_edits_and_publishes_translations_but_not_the_dutch_source(translator):
    dutch = guide("nl").permissions_for_user(translator)
    assert not dutch.can_edit()
    assert not dutch.can_publish()
    for language in ("ar", "en", "fa", "ti", "tr"):
        translated = guide(language).permissions_for_user(translator)
        assert translated.can_edit()
        assert translated.can_publish()
        home = HomePage.objects.get(locale__language_code=language)
        assert not home.permissions_for_user(translator).can_add_subpage()


def test_a_translator_translates_rules_but_cannot_change_or_add_dutch_ones(
    client, translator, dutch_rule, arabic_rule
):
    client.force_login(translator)
    assert allowed(client.get(edit_rule_url(arabic_rule)))
    assert refused(client.get(edit_rule_url(dutch_rule)))
    assert refused(client.post(edit_rule_url(dutch_rule), {"title": "Overschreven"}))
    assert refused(client.get(reverse("wagtailsnippets_home_rulestatement:add")))
    assert refused(
        client.get(reverse("wagtailsnippets_home_rulestatement:delete", args=[dutch_rule.pk]))
    )
    dutch_rule.refresh_from_db()
    assert dutch_rule.title != "Overschreven"


def test_a_translator_sees_the_translation_list_but_not_vacancies_or_figures(client, translator):
    client.force_login(translator)
    assert allowed(client.get(reverse("editors:translations")))
    assert refused(client.get(reverse("editors:figures")))
    assert refused(client.get(reverse("wagtailsnippets_vacancies_vacancy:list")))
    assert refused(client.get(reverse("wagtailsnippets_employers_organisation:list")))


def test_translators_hold_every_language_tree_but_the_dutch_one(translator):
    """Page permissions hang on trees: a translator gets each non-Dutch tree, never the Dutch."""
    trees = set(
        GroupPagePermission.objects.filter(group__name="Vertalers").values_list(
            "page__locale__language_code", flat=True
        )
    )
    assert trees == set(Locale.objects.values_list("language_code", flat=True)) - {"nl"}
