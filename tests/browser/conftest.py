"""Browser tests: Debian's Chromium driven by Playwright against the portal with demo content.

They skip with a message when Chromium is missing, unless REQUIRE_BROWSER=1 (CI) makes that a
failure. Run them in their own pytest session (`make test-browser`): the demo content is loaded
once and served for the whole session by a live server thread.
"""

import os
import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from django.test.testcases import LiveServerThread, _StaticFilesHandler

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run beside
# one unless told that this is a test process.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_or_skip():
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return CHROMIUM
    message = f"Chromium not found at {CHROMIUM}: apt-get install chromium fonts-noto-core"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
    pytest.skip(message)


@pytest.fixture(scope="session")
def portal_url(django_db_setup, django_db_blocker):
    """The address of a live server with the demo content, for the whole session.

    tests/conftest.py loaded the demo into the test database. The test database is a file
    (SQLite) or PostgreSQL, never in memory, so the server thread opens its own connection.
    """
    chromium_or_skip()
    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", _StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()


@pytest.fixture(scope="session")
def playwright_driver():
    """One Playwright for the session: its sync API allows one at a time in a thread."""
    from playwright.sync_api import sync_playwright

    chromium_or_skip()
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver):
    browser = playwright_driver.chromium.launch(
        executable_path=chromium_or_skip(), args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


# A phone without the Noto fonts for Arabic and Ge'ez script: the machine's fontconfig with every
# Arabic and Ethiopic font file hidden, so the @font-face rules' local() sources find nothing and
# the web fonts are downloaded. (Fonts cannot be uninstalled for one browser; this hides them.)
NO_SCRIPT_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>{cache}</cachedir>
  <selectfont>
    <rejectfont>
      <glob>*Arabic*</glob>
      <glob>*Naskh*</glob>
      <glob>*Kufi*</glob>
      <glob>*Nastaliq*</glob>
      <glob>*Ethiopic*</glob>
      <glob>*Abyssinica*</glob>
    </rejectfont>
  </selectfont>
</fontconfig>
"""


def without_script_fonts_env(folder):
    """The environment for a Chromium that sees no Arabic or Ethiopic font; writes its
    fontconfig file into `folder`."""
    conf = Path(folder) / "fonts.conf"
    conf.write_text(NO_SCRIPT_FONTS_CONF.format(cache=Path(folder) / "fontconfig-cache"))
    return {**os.environ, "FONTCONFIG_FILE": str(conf)}


@pytest.fixture(scope="session")
def browser_without_script_fonts(playwright_driver, tmp_path_factory):
    env = without_script_fonts_env(tmp_path_factory.mktemp("fontconfig"))
    browser = playwright_driver.chromium.launch(
        executable_path=chromium_or_skip(), args=CHROMIUM_ARGS, env=env
    )
    yield browser
    browser.close()


VIEWPORT = {"width": 390, "height": 844}  # a common phone


@contextmanager
def checked_context(browser, viewport=VIEWPORT):
    """A new browser context (empty cache, no cookies) with a `viewport`-sized screen; on the way
    out it is closed and fails the test if the Content-Security-Policy refused anything in it."""
    context = browser.new_context(viewport=viewport)
    refused = csp_refusals(context)
    yield context
    context.close()
    assert not refused, f"blocked by the Content-Security-Policy: {refused}"


def new_page(context):
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


@pytest.fixture
def context(browser):
    with checked_context(browser) as context:
        yield context


@pytest.fixture
def page(context):
    return new_page(context)


@pytest.fixture
def page_without_script_fonts(browser_without_script_fonts):
    """A page like `page` on a phone with no Arabic or Ethiopic font, which needs the web fonts."""
    with checked_context(browser_without_script_fonts) as context:
        yield new_page(context)


def csp_refusals(target):
    """Collects what the Content-Security-Policy refused in a browser context or page: a script,
    style, font or image it does not allow is a page that breaks in production."""
    refused = []
    target.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return refused


# Accounts the browser tests make are committed (the live server has its own database
# connection), so each gets a fresh name.
PASSWORD = "browser-wachtwoord-73"  # noqa: S105


def unique_digits():
    return f"{secrets.randbelow(10**7):07d}"


def make_moderator(language="en"):
    """A new moderator who reads the admin in `language`; returns the username. Call it where
    the database is unblocked (a session fixture), so that the live server sees the account."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from wagtail.users.models import UserProfile

    username = "browser-moderator-" + unique_digits()
    user = get_user_model().objects.create_user(
        username, f"{username}@gemeente.example", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name="Moderatoren"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return username


def log_in_to_admin(page, portal_url, username):
    page.goto(f"{portal_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(f"{portal_url}/admin/")
