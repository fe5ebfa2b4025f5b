"""The fuzz tests' own checks catch what they are meant to catch."""

import pytest

from django import forms
from django.http import HttpResponse, JsonResponse

from tests.fuzz import hostile


class Typed(forms.Form):
    title = forms.CharField()
    secret = forms.CharField(widget=forms.PasswordInput)


@pytest.mark.parametrize("payload", hostile.MARKUP_PAYLOADS)
def test_markup_echoed_raw_is_caught(payload):
    with pytest.raises(AssertionError):
        hostile.check_response(HttpResponse(f"<p>You searched for {payload}</p>"))


@pytest.mark.parametrize("payload", hostile.MARKUP_PAYLOADS)
def test_markup_echoed_escaped_passes(payload):
    form = Typed({"title": payload})
    body = hostile.check_response(HttpResponse(f"<form>{form}</form>"))
    hostile.check_typed_values_kept(body, hostile.text_fields(form), {"title": payload})


def test_javascript_url_in_an_attribute_is_caught():
    with pytest.raises(AssertionError):
        hostile.check_response(HttpResponse('<a href="javascript:alert(1)">site</a>'))


def test_server_error_is_caught():
    with pytest.raises(AssertionError):
        hostile.check_response(HttpResponse("", status=500))


def test_json_may_hold_the_raw_text():
    hostile.check_response(JsonResponse({"query": "<script>alert(1)</script>"}))


def test_a_typed_value_that_is_not_shown_again_is_caught():
    form = Typed()
    assert hostile.text_fields(form) == ["title"]
    with pytest.raises(AssertionError):
        hostile.check_typed_values_kept(f"<form>{form}</form>", ["title"], {"title": "Kok"})
