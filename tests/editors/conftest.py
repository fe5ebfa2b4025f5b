import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from editors.roles import EDITORS, MODERATORS, TRANSLATORS

PASSWORD = "een-lang-test-wachtwoord-7"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(
        username, f"{username}@gemeente.example", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    # The admin speaks the user's language; these tests read it in English.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor(db):
    return make_user("redacteur-test", EDITORS)


@pytest.fixture
def moderator(db):
    return make_user("moderator-test", MODERATORS)


@pytest.fixture
def translator(db):
    return make_user("vertaler-test", TRANSLATORS)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
