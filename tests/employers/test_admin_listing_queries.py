"""The organisations' listing in the admin reads its rows' places with the rows: a page of
employers costs the same few queries however many rows it shows."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.employers.factories import OrganisationFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

LISTING = reverse("wagtailsnippets_employers_organisation:list")


def test_the_organisation_listing_does_not_query_per_row(
    admin_client, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(2)
    admin_client.get(LISTING)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as two_rows:
        assert admin_client.get(LISTING).status_code == 200
    OrganisationFactory.create_batch(4)
    with django_assert_max_num_queries(len(two_rows)):
        page = admin_client.get(LISTING)
    assert page.content.decode().count("Testwerkgever") >= 6
