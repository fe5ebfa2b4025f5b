"""Demo vacancy board: places, the board page in six languages, and vacancies from fictional
employers (texts in vacancies/demo_content.py). Safe to run again: vacancies are matched on
their demo key, so codes and URLs stay the same between runs."""

import datetime
import io
from decimal import Decimal

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale

from demo import vacancy_content as content
from demo.home import alias_untranslated_pages, build_main_menu, child_page, text, translate_spec
from home.models import HomePage
from vacancies.choices import Kind, TranslationQuality
from vacancies.models import Place, Vacancy, VacancyIndexPage, VacancyTranslation
from vacancies.models.vacancy import REFERENCE_ALPHABET, REFERENCE_LENGTH


def load(command):
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=source_locale, depth=2)
    board = child_page(
        home,
        VacancyIndexPage,
        "vacatures",
        title=text(content.BOARD["title"]),
        intro=text(content.BOARD["intro"]),
    )
    alias_untranslated_pages(source_locale)
    translate_spec(board, content.BOARD)
    build_main_menu(home)  # now with the board in it

    places = {}
    for name, municipality, latitude, longitude, azc_name in content.PLACES:
        places[name], _created = Place.objects.update_or_create(
            name=name,
            defaults={
                "municipality": municipality,
                "latitude": Decimal(str(latitude)),
                "longitude": Decimal(str(longitude)),
                "azc_name": azc_name,
            },
        )

    today = timezone.localdate()
    counts = {"open": 0, "closed": 0}
    for number, spec in enumerate(content.VACANCIES):
        vacancy = _vacancy(number, spec, places, today)
        counts["open" if vacancy.is_open(today) else "closed"] += 1
    call_command("expire_overdue_vacancies", stdout=io.StringIO())
    command.stdout.write(
        f"Vacancy board: {counts['open']} open and {counts['closed']} closed vacancies, "
        f"{len(places)} places."
    )


def demo_reference_code(number):
    """A fixed code per demo vacancy, so demo URLs and posters survive a reload."""
    alphabet, code, value = REFERENCE_ALPHABET, "", 7919 * (number + 1) + 104729
    for _position in range(REFERENCE_LENGTH):
        value, digit = divmod(value * 31 + 17, len(alphabet))
        code += alphabet[digit]
    return code


def _vacancy(number, spec, places, today):
    """Create or update one demo vacancy, published as if it were posted `posted_days_ago`."""
    reference_code = demo_reference_code(number)
    vacancy = Vacancy.objects.filter(reference_code=reference_code).first() or Vacancy(
        reference_code=reference_code
    )
    hours_min, hours_max = spec["hours"]
    closing_date = today + datetime.timedelta(days=spec["closes_in_days"])
    salary = spec.get("salary")
    fields = {
        "title": spec["title"],
        "description": spec["description"],
        "language": spec.get("language", "nl"),
        "employer_name": spec["employer"],
        "sector": spec["sector"],
        # Every demo vacancy is a paid job (vacancy_content.py): the demo offers no unpaid place.
        "kind": Kind.PAID_JOB,
        "unpaid_purpose": "",
        "contract": spec["contract"],
        "hours_min": hours_min,
        "hours_max": hours_max,
        "place": places[spec["place"]],
        "dutch_level": spec.get("dutch", 1),
        "english_enough": spec.get("english", False),
        "training_given": spec.get("training", False),
        "no_diploma_needed": spec.get("no_diploma", False),
        "workplace_tour": spec.get("tour", False),
        "employer_applies_twv": spec.get("twv", True),
        "jobcoach_or_buddy": spec.get("jobcoach", False),
        "salary_min": Decimal(str(salary[0])) if salary else None,
        "salary_max": Decimal(str(salary[1])) if salary and salary[1] else None,
        "salary_period": salary[2] if salary else "",
        "start_date": today + datetime.timedelta(days=spec["start_in_days"])
        if spec.get("start_in_days") is not None
        else None,
        # Closed demo vacancies are published while open, then closed (below).
        "closing_date": max(today, closing_date),
        "respond_via_job_office": spec.get("job_office", True),
        "apply_url": spec.get("apply_url", ""),
        "apply_email": spec.get("apply_email", ""),
    }
    shifts = spec.get("shifts", ("day",))
    for shift in ("day", "evening", "night", "weekend"):
        fields[f"shift_{shift}"] = shift in shifts
    for name, value in fields.items():
        setattr(vacancy, name, value)
    vacancy.translations = [
        VacancyTranslation(
            language=language,
            title=title,
            description=description,
            quality=TranslationQuality(quality),
        )
        for language, (title, description, quality) in spec.get("translations", {}).items()
    ]
    vacancy.save()
    vacancy.save_revision().publish()
    posted = timezone.now() - datetime.timedelta(days=spec.get("posted_days_ago", 1), hours=number)
    Vacancy.objects.filter(pk=vacancy.pk).update(
        first_published_at=posted, last_published_at=posted, closing_date=closing_date
    )
    vacancy.refresh_from_db()
    return vacancy
