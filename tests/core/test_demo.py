import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

from home.models import HomePage, PageTranslationStatus


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_builds_the_home_page_in_six_languages_and_can_run_again(demo_site):
    # The session loaded the demo once (demo_site); this is the second run.
    pages_after_first_run = Page.objects.count()

    load_demo()

    assert Page.objects.count() == pages_after_first_run
    homes = HomePage.objects.live()
    assert sorted(homes.values_list("locale__language_code", flat=True)) == sorted(
        ["nl", "en", "ar", "fa", "ti", "tr"]
    )
    assert homes.filter(alias_of__isnull=False).count() == 0
    assert Page.objects.filter(depth=2).exclude(pk__in=homes).count() == 0


def test_demo_translations_are_marked_as_not_checked_by_a_person(demo_site):
    translated = HomePage.objects.exclude(locale__language_code="nl")
    statuses = PageTranslationStatus.objects.filter(page__in=translated)
    assert statuses.count() == 5
    assert set(statuses.values_list("status", flat=True)) == {"unreviewed"}


@pytest.mark.django_db
def test_demo_logins_are_printed_and_work(client):
    output = load_demo()

    logins = dict(re.findall(r"^\s+(\S+) / (\S+)$", output, flags=re.MULTILINE))
    assert set(logins) == {
        "admin",
        "redacteur",
        "vertaler",
        "moderator",
        "werkgever@werkroute.example",
    }
    user_model = get_user_model()
    assert user_model.objects.get(username="admin").is_superuser
    editor = user_model.objects.get(username="redacteur")
    assert not editor.is_superuser
    assert editor.groups.filter(name="Redacteuren").exists()
    assert user_model.objects.get(username="vertaler").groups.filter(name="Vertalers").exists()
    assert user_model.objects.get(username="moderator").groups.filter(name="Moderatoren").exists()
    employer = logins.pop("werkgever@werkroute.example")
    for username, password in logins.items():
        assert client.login(username=username, password=password)
        assert client.get("/admin/").status_code == 200
        client.logout()
    assert client.login(username="werkgever@werkroute.example", password=employer)
    assert client.get("/nl/werkgevers/mijn-vacatures/").status_code == 200
    assert client.get("/admin/").status_code != 200


@pytest.mark.django_db
def test_demo_password_can_be_chosen(monkeypatch, client):
    monkeypatch.setenv("DEMO_PASSWORD", "een-gekozen-wachtwoord")
    output = load_demo()
    assert "redacteur / een-gekozen-wachtwoord" in output
    assert client.login(username="redacteur", password="een-gekozen-wachtwoord")
