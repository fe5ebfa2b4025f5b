"""The settings themselves: production needs its secrets and passes the deploy checks."""

import json
import os
import subprocess
import sys

import pytest

from django.conf import settings
from django.db import connection

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-this-test-only-0123456789",
    "ALLOWED_HOSTS": "werkroute.example",
    "DATABASE_URL": "postgres://user@127.0.0.1:5432/werkroute",
}


def run_django(code, env, apps=True):
    """`code` in a new interpreter with `env`, after django.setup() (apps=False: the settings are
    only read, which is what a settings test needs, at a second less per run)."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in PRODUCTION_ENV and key not in {"REDIS_URL"}
    }
    return subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [sys.executable, "-c", f"import django; django.setup(); {code}" if apps else code],
        cwd=settings.BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def read_settings(code, env):
    return run_django(code, env, apps=False)


def run_deploy_checks(env, fail_level, tags=()):
    """`manage.py check --deploy` (only the checks tagged `tags`, if any) in a new interpreter."""
    tagged = f", tags={list(tags)!r}" if tags else ""
    return run_django(
        "from django.core.management import call_command; "
        f"call_command('check', deploy=True{tagged}, fail_level={fail_level!r})",
        env,
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_django("print('started')", env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    assert "started" not in result.stdout


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_django("print('started')", {**PRODUCTION_ENV, "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_reads_its_configuration_from_the_environment():
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/3"}
    result = read_settings(
        "from django.conf import settings as s; "
        "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['NAME'], "
        "s.CACHES['default']['BACKEND'], s.SECRET_KEY == "
        f"{PRODUCTION_ENV['SECRET_KEY']!r})",
        env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "['werkroute.example']",
        "werkroute",
        "core.fail_soft_cache.FailSoftRedisCache",
        "True",
    ]


def test_production_settings_pass_the_deploy_checks():
    result = run_deploy_checks(PRODUCTION_ENV, fail_level="WARNING")
    assert result.returncode == 0, result.stderr


def test_embedded_default_is_sqlite_with_local_memory_cache():
    result = read_settings(
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], s.DEBUG)",
        {"DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "True",
    ]


def test_production_logs_are_json_lines():
    result = run_django(
        "import logging; "
        "logging.getLogger('django.request').error('Not Found: %s', '/nl/x', "
        "extra={'status_code': 404})",
        PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stderr.strip().splitlines()[-1])
    assert record["level"] == "ERROR"
    assert record["logger"] == "django.request"
    assert record["message"] == "Not Found: /nl/x"
    assert record["status_code"] == 404
    assert "time" in record


def test_production_logs_can_be_plain_lines():
    result = run_django(
        "import logging; logging.getLogger('portal').warning('plain words')",
        {**PRODUCTION_ENV, "LOG_FORMAT": "plain"},
    )
    line = result.stderr.strip().splitlines()[-1]
    assert line.endswith("WARNING portal plain words")


def test_production_keeps_database_connections_with_health_checks():
    result = read_settings(
        "from django.conf import settings as s; d = s.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])",
        PRODUCTION_ENV,
    )
    assert result.stdout.split() == ["60", "True"]


PRINT_DATABASE_OPTIONS = (
    "from django.conf import settings as s; import json; "
    "print(json.dumps(s.DATABASES['default']['OPTIONS']))"
)


def test_production_gives_postgresql_connect_statement_and_lock_timeouts():
    result = read_settings(PRINT_DATABASE_OPTIONS, PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "connect_timeout": 3,
        "options": "-c statement_timeout=5000 -c lock_timeout=3000"
        " -c max_parallel_workers_per_gather=0",
    }


def test_the_database_timeouts_come_from_the_environment():
    env = {
        **PRODUCTION_ENV,
        "DB_CONNECT_TIMEOUT": "7",
        "DB_STATEMENT_TIMEOUT_MS": "12000",
        "DB_LOCK_TIMEOUT_MS": "900",
        "DB_PARALLEL_WORKERS": "2",
    }
    result = read_settings(PRINT_DATABASE_OPTIONS, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "connect_timeout": 7,
        "options": "-c statement_timeout=12000 -c lock_timeout=900"
        " -c max_parallel_workers_per_gather=2",
    }


def test_the_test_settings_give_postgresql_the_same_timeouts():
    env = {
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DB_LOCK_TIMEOUT_MS": "1500",
    }
    result = read_settings(PRINT_DATABASE_OPTIONS, env)
    assert result.returncode == 0, result.stderr
    assert "-c lock_timeout=1500" in json.loads(result.stdout)["options"]


def test_sqlite_gets_no_postgresql_options():
    result = run_django(PRINT_DATABASE_OPTIONS, {"DJANGO_SETTINGS_MODULE": "portal.settings.dev"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {}


def test_the_redis_cache_has_short_timeouts_from_the_environment():
    env = {
        **PRODUCTION_ENV,
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "REDIS_TIMEOUT_SECONDS": "0.2",
    }
    result = read_settings(
        "from django.conf import settings as s; o = s.CACHES['default']['OPTIONS']; "
        "print(o['socket_connect_timeout'], o['socket_timeout'], o['retry'].get_retries())",
        env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0.2", "0.2", "0"]


def test_remakes_at_once_comes_from_the_environment_and_is_at_least_one():
    code = "from django.conf import settings as s; print(s.REMAKES_AT_ONCE)"
    for given, expected in (("3", "3"), ("0", "1"), ("-2", "1")):
        result = read_settings(code, {**PRODUCTION_ENV, "REMAKES_AT_ONCE": given})
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == expected, given


@pytest.mark.django_db
@pytest.mark.skeleton
def test_the_connection_runs_each_statement_in_one_process():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)
