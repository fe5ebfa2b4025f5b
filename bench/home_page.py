"""Server time of the editorial pages, as a ratio to a bare Django view.

Run: .venv/bin/python bench/home_page.py  (set DATABASE_URL for PostgreSQL)
"""

import io

from harness import report, throwaway_database

from django.core.management import call_command


def main():
    with throwaway_database():
        call_command("load_demo", stdout=io.StringIO())
        report(
            "Editorial pages with the demo content",
            [
                ("(b) home page, Dutch", "/nl/"),
                ("(c) home page, Arabic", "/ar/"),
                ("(d) content page, Dutch", "/nl/privacy/"),
                ("(e) untranslated page, Tigrinya", "/ti/privacy/"),
                ("(f) guide with rules, Arabic", "/ar/bewoners/mag-ik-werken/"),
                (
                    "(g) checker with an answer",
                    "/nl/bewoners/check-mag-ik-werken/?permit=no"
                    "&adult=yes&six_months=yes&coa=yes&minimum_wage=yes&w_document=yes",
                ),
                ("(h) story overview, filtered", "/nl/succesverhalen/?sector=horeca"),
                ("(i) event overview", "/nl/agenda/"),
            ],
        )


if __name__ == "__main__":
    main()
