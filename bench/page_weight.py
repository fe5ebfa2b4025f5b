"""Bytes a phone downloads for the first view of every public page type in every portal language,
on a phone that has the Noto fonts for Arabic and Ge'ez script and on one that has not.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute_load \
     .venv/bin/python bench/page_weight.py [--vacancies 1000] [--languages nl,ar] [--port 8103]

Debian's Chromium (as in tests/browser/conftest.py) with a 390 x 844 viewport and an empty cache
(a new browser context per view) loads each page from a production-like gunicorn
(bench/production_server.py: production settings, collected static files served by whitenoise
with their compressed copies, pages gzipped by Django, demo content plus seeded vacancies) and
waits until the network is idle, so web fonts and lazy images in the first screen count.

The figure per view is what Lighthouse calls the transfer size: the sum, over every response,
of Network.loadingFinished.encodedDataLength from Chromium's DevTools protocol (headers and
body as they came over the wire, after gzip or brotli).

Two phones:
- "fonts present": Chromium sees the machine's fonts. fonts-noto-core (scripts/system_packages.sh)
  holds Noto Sans Arabic, Noto Naskh Arabic and Noto Sans Ethiopic, as most Android phones do,
  so the @font-face rules' local() sources find them and no web font is fetched.
- "fonts absent": Chromium runs with FONTCONFIG_FILE set to a configuration that includes the
  machine's own and rejects every Arabic and Ethiopic font file (tests/browser/conftest.py), so
  local() finds nothing and the web fonts are downloaded. Fonts cannot be uninstalled for one
  browser; this hides them.
Before measuring, a FontFace with local("NotoSansArabic-Regular") is loaded in each browser: it
must load with the fonts present and fail without them, or the run stops.

Targets (KB over the wire, first view): with the fonts present every language <= 30 KB; without
them nl, en and tr <= 30 KB (they need no web font), ar and fa <= 70 KB, ti <= 90 KB.
"""

import argparse
import sys
import tempfile

from production_server import DEFAULT_REDIS_DB, production_server, stop_on_sigterm

from django.urls import reverse
from django.utils import translation

from bookings.models import Slot
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, without_script_fonts_env
from tests.home.helpers import public_page_types
from vacancies.models import Vacancy

LANGUAGES = ["nl", "en", "tr", "ar", "fa", "ti"]
KB = 1024
TARGET_PRESENT = dict.fromkeys(LANGUAGES, 30 * KB)
TARGET_ABSENT = {"nl": 30 * KB, "en": 30 * KB, "tr": 30 * KB, "ar": 70 * KB, "fa": 70 * KB}
TARGET_ABSENT["ti"] = 90 * KB
KINDS = {"Document": "HTML", "Stylesheet": "CSS", "Script": "JS", "Font": "fonts", "Image": "img"}
ORDER = ["HTML", "CSS", "JS", "fonts", "img", "other"]

LOCAL_FONT_PROBE = """async () => {
  const face = new FontFace("probe", 'local("NotoSansArabic-Regular")');
  try { await face.load(); return true; } catch (error) { return false; }
}"""


def page_urls(code):
    """(page type, path) of one page of every public type in language `code`."""
    urls = []
    for label, model in public_page_types().items():
        page = model.objects.live().filter(locale__language_code=code).order_by("path").first()
        if page is None:
            sys.exit(f"no live {model.__name__} in {code}: is the demo loaded?")
        urls.append((label, page.url))
    board = dict(urls)["vacancy index"]
    vacancy = Vacancy.objects.visible().order_by("pk").first()
    urls.append(("vacancy", f"{board}{vacancy.reference_code}/"))
    desk_key = Slot.objects.upcoming().order_by("starts_at").first().desk.translation_key
    with translation.override(code):
        urls.append(("search", reverse("search:results") + "?q=werk"))
        urls.append(("desk (booking)", reverse("bookings:desk", args=[desk_key])))
    return urls


def transfers(browser, url):
    """(kind, bytes over the wire, status, url) of every response of a first view of `url`."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        session = context.new_cdp_session(page)
        seen = {}
        session.on(
            "Network.responseReceived",
            lambda event: seen.setdefault(event["requestId"], {}).update(
                kind=KINDS.get(event["type"], "other"),
                status=event["response"]["status"],
                url=event["response"]["url"],
            ),
        )
        session.on(
            "Network.loadingFinished",
            lambda event: seen.setdefault(event["requestId"], {}).update(
                sent=event["encodedDataLength"]
            ),
        )
        session.send("Network.enable")
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, (url, response.status)
        page.wait_for_timeout(200)
        return [
            (entry["kind"], entry["sent"], entry["status"], entry["url"])
            for entry in seen.values()
            if "sent" in entry and "url" in entry
        ]
    finally:
        context.close()


def has_local_arabic_font(browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content("<p>probe</p>")
        return page.evaluate(LOCAL_FONT_PROBE)
    finally:
        context.close()


def kb(size):
    return f"{size / KB:.1f}"


def short(url):
    return url.split("?")[0].rstrip("/").rsplit("/", 1)[-1][:60] or url


def report(title, targets, results, languages):
    """One table: page types down, languages across, KB per view with its verdict."""
    print(f"\n{title}: KB over the wire, first view (target in the second row)")
    print(f"  {'page type':<15}" + "".join(f"{code:>11}" for code in languages))
    print(f"  {'target':<15}" + "".join(f"{'<= ' + kb(targets[code]):>11}" for code in languages))
    labels = list(dict.fromkeys(label for (label, _code) in results))
    passed = over = 0
    for label in labels:
        cells = []
        for code in languages:
            total = sum(sent for _kind, sent, _status, _url in results[label, code]["rows"])
            ok = total <= targets[code]
            passed += ok
            over += not ok
            cells.append(f"{kb(total)} {'ok' if ok else 'OVER'}")
        print(f"  {label:<15}" + "".join(f"{cell:>11}" for cell in cells))
    print(f"  {passed} of {passed + over} views within their target")
    return over


def breakdown(title, results, languages, label):
    """Bytes per kind of resource for one page type in each language: what takes the bytes."""
    print(f"\n{title}, {label}: KB per kind of resource (requests)")
    print(f"  {'':<6}" + "".join(f"{kind:>11}" for kind in ORDER) + f"{'total':>9}")
    for code in languages:
        rows = results[label, code]["rows"]
        cells = []
        for kind in ORDER:
            share = [sent for row_kind, sent, _status, _url in rows if row_kind == kind]
            cells.append(f"{kb(sum(share))} ({len(share)})" if share else "-")
        total = sum(sent for _kind, sent, _status, _url in rows)
        print(f"  {code:<6}" + "".join(f"{cell:>11}" for cell in cells) + f"{kb(total):>9}")


def largest_resources(results, languages):
    """Every resource over 1 KB, with the largest transfer seen for it in any view."""
    largest = {}
    for (_label, code), result in results.items():
        if code not in languages:
            continue
        for kind, sent, status, url in result["rows"]:
            if kind != "HTML" and sent > KB:
                name = (kind, status, short(url))
                largest[name] = max(largest.get(name, 0), sent)
    print("\n  static resources over 1 KB (largest transfer seen):")
    for (kind, status, name), sent in sorted(largest.items(), key=lambda item: -item[1]):
        print(f"    {kind:<6}{kb(sent):>7} KB  {status} {name}")


def run(browser, server_url, urls, languages):
    results = {}
    for code in languages:
        for label, path in urls[code]:
            results[label, code] = {"path": path, "rows": transfers(browser, server_url + path)}
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vacancies", type=int, default=1_000, help="seeded besides the demo")
    parser.add_argument("--redis-db", type=int, default=DEFAULT_REDIS_DB)
    parser.add_argument("--port", type=int, default=None, help="gunicorn's port (a free one)")
    parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated codes")
    args = parser.parse_args()
    languages = [code for code in args.languages.split(",") if code]
    unknown = set(languages) - set(LANGUAGES)
    if unknown:
        parser.error(f"unknown language codes: {', '.join(sorted(unknown))}")
    stop_on_sigterm()
    from playwright.sync_api import sync_playwright

    with (
        production_server(
            vacancies=args.vacancies, redis_db=args.redis_db, port=args.port
        ) as server,
        tempfile.TemporaryDirectory(prefix="werkroute-fonts-") as scratch,
    ):
        urls = {code: page_urls(code) for code in languages}
        print(f"gunicorn at {server.url}, demo content + {args.vacancies:,} vacancies")
        over = 0
        hidden = without_script_fonts_env(scratch)
        phones = [
            ("fonts present", None, TARGET_PRESENT, True),
            ("fonts absent", hidden, TARGET_ABSENT, False),
        ]
        with sync_playwright() as playwright:
            for title, env, targets, expect_local in phones:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env
                )
                try:
                    if has_local_arabic_font(browser) != expect_local:
                        sys.exit(
                            f"{title}: local('NotoSansArabic-Regular') "
                            f"{'not ' if expect_local else ''}found; install fonts-noto-core "
                            "(scripts/system_packages.sh) or check the fontconfig file"
                        )
                    results = run(browser, server.url, urls, languages)
                finally:
                    browser.close()
                over += report(title, targets, results, languages)
                breakdown(title, results, languages, "guide")
                largest_resources(results, languages)
        print(f"\n{over} views over their target" if over else "\nevery view within its target")


if __name__ == "__main__":
    main()
