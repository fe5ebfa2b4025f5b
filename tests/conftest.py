import io

from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database, as `make demo` does.

    Each test runs in a transaction that is rolled back, so the demo is the same for every test.
    """
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def demo_site(db):
    """The demo content: the home page in six languages, the footer pages, demo users."""


def html(response):
    return BeautifulSoup(response.content.decode(), "html.parser")
