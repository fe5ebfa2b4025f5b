"""Server time of the home page and a content page, as a ratio to a bare Django view.

Run: .venv/bin/python bench/home_page.py  (set DATABASE_URL for PostgreSQL)
"""

import io

from harness import report, throwaway_database

from django.core.management import call_command


def main():
    with throwaway_database():
        call_command("load_demo", stdout=io.StringIO())
        report(
            "Home and content pages with the demo content",
            [
                ("(b) home page, Dutch", "/nl/"),
                ("(c) home page, Arabic", "/ar/"),
                ("(d) content page, Dutch", "/nl/privacy/"),
                ("(e) untranslated page, Tigrinya", "/ti/privacy/"),
            ],
        )


if __name__ == "__main__":
    main()
