"""Every admin listing's search answers on PostgreSQL, and finds the row it is asked for.

Wagtail's database search backend refuses a listing field the model does not index
(SearchFieldError, a 500), so each listing is searched here, not only the ones we changed."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from employers.models import Organisation
from home.models import RuleStatement
from vacancies.models import Place, Vacancy

pytestmark = pytest.mark.django_db


def model_listings():
    """Each snippet's listing, and the admin's own model listings."""
    listings = {
        model: reverse(model.snippet_viewset.get_url_name("list")) for model in get_snippet_models()
    }
    listings[get_user_model()] = reverse("wagtailusers_users:index")
    return listings


OTHER_LISTINGS = [
    "/admin/pages/search/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/locales/",
]


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))  # the demo superuser
    return client


def test_every_admin_listing_answers_a_search(admin_client):
    urls = [*sorted(model_listings().values()), *OTHER_LISTINGS]
    answers = {url: admin_client.get(url, {"q": "x"}).status_code for url in urls}
    assert answers == dict.fromkeys(urls, 200)


def some(model):
    row = model.objects.order_by("pk").last()
    assert row is not None, f"the demo has no {model.__name__}"
    return row


# (model, what an editor types to find a row) - the fields the listing says it searches.
SEARCHES = [
    (Organisation, lambda organisation: organisation.kvk_number),
    (Organisation, lambda organisation: organisation.name),
    (Vacancy, lambda vacancy: vacancy.reference_code),
    (Vacancy, lambda vacancy: vacancy.reference_code.lower()),
    (Vacancy, lambda vacancy: vacancy.employer_name),
    (Place, lambda place: place.name),
    (RuleStatement, lambda rule: rule.title),
    (get_user_model(), lambda user: user.username),
]


@pytest.mark.parametrize(("model", "term_of"), SEARCHES)
def test_an_admin_search_finds_the_row_it_names(admin_client, model, term_of):
    row = some(model)
    url = model_listings()[model]
    response = admin_client.get(url, {"q": term_of(row)})
    assert response.status_code == 200
    assert AdminURLFinder(response.wsgi_request.user).get_edit_url(row) in response.text


def test_the_page_search_finds_a_page(admin_client):
    page = Page.objects.filter(depth=3).order_by("pk").first()
    response = admin_client.get("/admin/pages/search/", {"q": page.title})
    assert response.status_code == 200
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in response.text
