"""Bytes a phone downloads for the first view of the home page and the vacancy list, nl and ar.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute_load \
     .venv/bin/python bench/page_weight.py

Debian's Chromium (as in tests/browser/conftest.py) with a 390 x 844 viewport and an empty cache
(a new browser context per view) loads each page from a production-like gunicorn
(bench/production_server.py: production settings, collected static files served by whitenoise,
demo content plus 10,000 vacancies) and waits until the network is idle, so lazy images in the
first screen count and those below it do not.

Sizes come from Chromium's DevTools protocol, per response: "sent" is the body as it came over
the wire (Network.loadingFinished.encodedDataLength minus the header bytes that
Network.responseReceived reported, i.e. after whitenoise's gzip/brotli for static files);
"raw" is the body after decompression (the sum of Network.dataReceived.dataLength); "gzip" is
what a compressing proxy would send for a text response gunicorn sent uncompressed (Python's
gzip at level 6, like nginx's `gzip_comp_level 6`; Django itself compresses nothing). Targets:
total <= 100 KB and HTML <= 30 KB, read on the "gzip" column, which is what a phone gets
behind the TLS proxy of docs/serving.md.
"""

import argparse
import base64
import gzip

from production_server import DEFAULT_REDIS_DB, production_server, stop_on_sigterm

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

VIEWS = [
    ("home, Dutch", "/nl/"),
    ("home, Arabic", "/ar/"),
    ("vacancy list, Dutch", "/nl/vacatures/"),
    ("vacancy list, Arabic", "/ar/vacatures/"),
]
KINDS = {
    "Document": "HTML",
    "Stylesheet": "CSS",
    "Script": "JS",
    "Font": "fonts",
    "Image": "images",
}
ORDER = ["HTML", "CSS", "JS", "fonts", "images", "other"]
TARGET_TOTAL, TARGET_HTML = 100 * 1024, 30 * 1024
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")


class Recorder:
    """Collects, per request, what Chromium's network domain reports about it."""

    def __init__(self, session):
        self.session = session
        self.requests = {}
        session.on("Network.responseReceived", self.response_received)
        session.on("Network.dataReceived", self.data_received)
        session.on("Network.loadingFinished", self.loading_finished)
        session.send("Network.enable")

    def entry(self, request_id):
        return self.requests.setdefault(request_id, {"raw": 0, "done": False})

    def response_received(self, event):
        response = event["response"]
        headers = {name.lower(): value for name, value in response["headers"].items()}
        self.entry(event["requestId"]).update(
            url=response["url"],
            status=response["status"],
            kind=KINDS.get(event["type"], "other"),
            mime=response["mimeType"],
            encoding=headers.get("content-encoding", ""),
            header_bytes=response["encodedDataLength"],
        )

    def data_received(self, event):
        self.entry(event["requestId"])["raw"] += event["dataLength"]

    def loading_finished(self, event):
        entry = self.entry(event["requestId"])
        entry["sent"] = event["encodedDataLength"] - entry.get("header_bytes", 0)
        entry["done"] = True

    def finished(self):
        return [entry for entry in self.requests.values() if entry["done"] and "url" in entry]

    def gzip_size(self, request_id, entry):
        if entry["encoding"] or not entry["mime"].startswith(TEXT_TYPES):
            return entry["sent"]
        body = self.session.send("Network.getResponseBody", {"requestId": request_id})
        data = base64.b64decode(body["body"]) if body["base64Encoded"] else body["body"].encode()
        return len(gzip.compress(data, compresslevel=6))


def measure(browser, url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        recorder = Recorder(context.new_cdp_session(page))
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, (url, response.status)
        page.wait_for_timeout(300)
        rows = []
        for request_id, entry in recorder.requests.items():
            if entry["done"] and "url" in entry:
                rows.append({**entry, "gzip": recorder.gzip_size(request_id, entry)})
        return rows
    finally:
        context.close()


def kb(size):
    return f"{size / 1024:.1f}"


def report(label, path, rows):
    print(f"\n{label}: {path}")
    print(f"  {'':<8}{'requests':>9}{'sent KB':>10}{'raw KB':>10}{'gzip KB':>10}")
    totals = {"sent": 0, "raw": 0, "gzip": 0}
    by_kind = {}
    for kind in ORDER:
        share = [row for row in rows if row["kind"] == kind]
        if not share and kind == "other":
            continue
        sums = {key: sum(row[key] for row in share) for key in totals}
        by_kind[kind] = sums
        for key in totals:
            totals[key] += sums[key]
        print(
            f"  {kind:<8}{len(share):>9}{kb(sums['sent']):>10}{kb(sums['raw']):>10}"
            f"{kb(sums['gzip']):>10}"
        )
    print(
        f"  {'total':<8}{len(rows):>9}{kb(totals['sent']):>10}{kb(totals['raw']):>10}"
        f"{kb(totals['gzip']):>10}"
    )
    html, total = by_kind["HTML"]["gzip"], totals["gzip"]
    verdict = "within" if html <= TARGET_HTML and total <= TARGET_TOTAL else "OVER"
    print(f"  {verdict} target (gzip: HTML {kb(html)} <= 30 KB, total {kb(total)} <= 100 KB)")
    for row in sorted(rows, key=lambda row: -row["gzip"]):
        name = row["url"].split("?")[0].rsplit("/", 1)[-1] or row["url"]
        print(
            f"    {row['kind']:<7}{kb(row['sent']):>8}{kb(row['raw']):>8}{kb(row['gzip']):>8}"
            f"  {row['status']} {row['encoding'] or '-':<5} {name[:70]}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vacancies", type=int, default=10_000, help="seeded besides the demo")
    parser.add_argument("--redis-db", type=int, default=DEFAULT_REDIS_DB)
    args = parser.parse_args()
    stop_on_sigterm()
    from playwright.sync_api import sync_playwright

    with production_server(vacancies=args.vacancies, redis_db=args.redis_db) as server:
        print(f"gunicorn at {server.url}, demo content + {args.vacancies:,} vacancies")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for label, path in VIEWS:
                    report(label, path, measure(browser, server.url + path))
            finally:
                browser.close()


if __name__ == "__main__":
    main()
