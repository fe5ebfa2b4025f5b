"""The address the rate limits count: the visitor's, never one the visitor wrote themselves."""

import pytest

from django.test import RequestFactory, override_settings

from core.ratelimit import client_ip

PROXY = "10.0.0.5"


def request_from(remote_addr, forwarded_for=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


def test_without_proxies_the_header_is_ignored():
    assert client_ip(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_HOPS=1)
@pytest.mark.parametrize(
    "forwarded_for, expected",
    [
        ("203.0.113.7", "203.0.113.7"),
        # The visitor wrote the first entry; nginx appended the address it saw.
        ("1.2.3.4, 203.0.113.7", "203.0.113.7"),
        (" , 203.0.113.7 ", "203.0.113.7"),
    ],
)
def test_behind_one_proxy_the_last_entry_counts(forwarded_for, expected):
    assert client_ip(request_from(PROXY, forwarded_for)) == expected


@override_settings(TRUSTED_PROXY_HOPS=2)
def test_behind_a_cdn_and_a_proxy_the_second_from_the_right_counts():
    request = request_from(PROXY, "1.2.3.4, 203.0.113.7, 192.0.2.10")
    assert client_ip(request) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_HOPS=2)
@pytest.mark.parametrize("forwarded_for", [None, "", "203.0.113.7"])
def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_peer(forwarded_for):
    assert client_ip(request_from(PROXY, forwarded_for)) == PROXY
