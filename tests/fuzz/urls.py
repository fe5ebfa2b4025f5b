"""Every public URL of the demo site, each with the query parameters its view reads."""

from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from employers.models import Organisation, Posting
from home import checker
from home.models import CheckerPage, EventIndexPage, EventPage, StoryIndexPage
from vacancies.filters import VacancyFilterSet
from vacancies.models import Vacancy, VacancyIndexPage

BOARD_PARAMS = [*VacancyFilterSet.base_filters, "page"]
SEARCH_PARAMS = ["q", "type", "page"]
STORY_PARAMS = ["sector", "place", "page"]


@dataclass(frozen=True)
class Target:
    url: str
    params: list = field(default_factory=list, hash=False, compare=False)

    def __str__(self):
        return self.url


def demo_employer_postings():
    """The demo employer's organisation, its draft and a published vacancy (demo/employers.py)."""
    from demo.employers import DEMO_EMPLOYER

    organisation = Organisation.objects.get(name=DEMO_EMPLOYER[1])
    postings = Posting.objects.filter(organisation=organisation).select_related("vacancy")
    draft = next(p.vacancy for p in postings if not p.vacancy.live)
    published = next(p.vacancy for p in postings if p.vacancy.live)
    return organisation, draft, published


def page_targets():
    targets = []
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    vacancy = Vacancy.objects.visible().order_by("pk").first()
    for page in pages:
        url = page.url
        if url is None:
            continue
        if isinstance(page, VacancyIndexPage):
            targets.append(Target(url, BOARD_PARAMS))
            for sub in ("feed/", "api/", "posters/"):
                targets.append(Target(url + sub, BOARD_PARAMS))
            targets.append(Target(url + vacancy.reference_code + "/"))
            targets.append(Target(url + vacancy.reference_code.lower() + "/"))
            targets.append(Target(url + vacancy.reference_code + "/poster/"))
        elif isinstance(page, CheckerPage):
            targets.append(Target(url, list(checker.CONDITIONS)))
        elif isinstance(page, StoryIndexPage):
            targets.append(Target(url, STORY_PARAMS))
        elif isinstance(page, EventIndexPage):
            targets.append(Target(url, ["page"]))
            targets.append(Target(url + "archief/", ["page"]))
        elif isinstance(page, EventPage):
            targets.append(Target(url))
            targets.append(Target(url + "ics/"))
        else:
            targets.append(Target(url, ["page"]))
    return targets


def language_targets(language):
    organisation = Organisation.objects.approved().order_by("pk").first()
    with translation.override(language):
        return [
            Target(reverse("search:results"), SEARCH_PARAMS),
            Target(reverse("search:suggestions"), ["q"]),
            Target(reverse("employers:signup")),
            Target(reverse("employers:signup_done")),
            Target(reverse("employers:resend_confirmation")),
            Target(reverse("employers:confirm", args=["MQ", "junk-token"])),
            Target(reverse("employers:login"), ["next"]),
            Target(reverse("employers:password_reset")),
            Target(reverse("employers:password_reset_sent")),
            Target(reverse("employers:password_reset_confirm", args=["MQ", "set-password"])),
            Target(reverse("employers:password_reset_complete")),
            Target(reverse("employers:profile", args=[organisation.slug])),
            # Logged out, these send the visitor to the login page with `next` set.
            Target(reverse("employers:dashboard"), ["page"]),
            Target(reverse("employers:vacancy_create")),
        ]


def public_targets():
    targets = [
        Target("/"),
        Target("/healthz"),
        Target("/sitemap.xml", ["p"]),
        Target("/sitemap-pages.xml", ["p"]),
        Target("/sitemap-vacancies.xml", ["p"]),
    ]
    targets += page_targets()
    for language, _name in settings.LANGUAGES:
        targets += language_targets(language)
    return targets


def employer_targets():
    """What a logged-in employer of the demo opens, in every language."""
    _organisation, draft, published = demo_employer_postings()
    targets = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            targets += [
                Target(reverse("employers:dashboard"), ["page"]),
                Target(reverse("employers:vacancy_create")),
                Target(reverse("employers:vacancy_edit", args=[draft.reference_code])),
                Target(reverse("employers:vacancy_preview", args=[draft.reference_code])),
                Target(reverse("employers:vacancy_preview", args=[published.reference_code])),
                Target(reverse("employers:vacancy_filled", args=[published.reference_code])),
                Target(reverse("employers:organisation")),
            ]
    return targets
