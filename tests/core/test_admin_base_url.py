"""The admin's e-mail links: production never links to a development address."""

import pytest

from core.checks import check_admin_base_url
from tests.core.test_settings import PRODUCTION_ENV, read_settings, run_deploy_checks

PRINT_BASE_URL = "from django.conf import settings as s; print(s.WAGTAILADMIN_BASE_URL)"


def test_production_derives_the_base_url_from_the_first_allowed_host():
    env = {**PRODUCTION_ENV, "ALLOWED_HOSTS": ".werkroute.example, werkroute.example,www.example"}
    result = read_settings(PRINT_BASE_URL, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://werkroute.example"


def test_production_takes_the_base_url_from_the_environment():
    env = {**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": "https://admin.werkroute.example/"}
    result = read_settings(PRINT_BASE_URL, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://admin.werkroute.example"


def test_check_deploy_passes_with_only_allowed_hosts_set():
    result = run_deploy_checks(PRODUCTION_ENV, fail_level="ERROR", tags=["security"])
    assert result.returncode == 0, result.stderr
    assert "portal.E001" not in result.stderr


def test_check_deploy_refuses_a_development_address():
    env = {**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000"}
    result = run_deploy_checks(env, fail_level="ERROR", tags=["security"])
    assert result.returncode != 0
    assert "portal.E001" in result.stderr


@pytest.mark.parametrize(
    ("url", "problems"),
    [
        ("https://werkroute.example", 0),
        ("", 1),
        ("http://werkroute.example", 1),
        ("https://localhost", 1),
        ("https://127.0.0.2:8443", 1),
        ("http://127.0.0.1:8000", 2),
    ],
)
def test_the_check_names_each_problem(settings, url, problems):
    settings.WAGTAILADMIN_BASE_URL = url
    errors = check_admin_base_url(None)
    assert len(errors) == problems
    assert all(error.id == "portal.E001" for error in errors)
