"""schema.org JobPosting data for a vacancy page, so search engines and partners can read it."""

import datetime
import json

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from vacancies.choices import Contract, Kind, SalaryPeriod

FULL_TIME_HOURS = 36
CONTRACT_TYPES = {
    Contract.TEMPORARY: "TEMPORARY",
    Contract.SEASONAL: "TEMPORARY",
    Contract.ON_CALL: "PER_DIEM",
    Contract.AGENCY: "CONTRACTOR",
}
KIND_TYPES = {Kind.TRAINEESHIP: "INTERN", Kind.VOLUNTEER: "VOLUNTEER"}
SALARY_UNITS = {SalaryPeriod.HOUR: "HOUR", SalaryPeriod.MONTH: "MONTH"}


def employment_types(vacancy):
    types = ["FULL_TIME" if vacancy.hours_max >= FULL_TIME_HOURS else "PART_TIME"]
    extra = KIND_TYPES.get(vacancy.kind) or CONTRACT_TYPES.get(vacancy.contract)
    if extra:
        types.append(extra)
    return types


def end_of_day(date):
    """A vacancy is open through its closing date, Dutch time."""
    moment = datetime.datetime.combine(date, datetime.time(23, 59, 59))
    return timezone.make_aware(moment, timezone.get_default_timezone()).isoformat()


def job_posting(vacancy, text, url):
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": text.title,
        "description": text.description,
        "inLanguage": text.language,
        "url": url,
        "datePosted": timezone.localtime(vacancy.first_published_at).date().isoformat()
        if vacancy.first_published_at
        else timezone.localdate().isoformat(),
        "validThrough": end_of_day(vacancy.closing_date),
        "hiringOrganization": {"@type": "Organization", "name": vacancy.employer_name},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": vacancy.place.name,
                "addressRegion": vacancy.place.municipality,
                "addressCountry": "NL",
            },
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(vacancy.place.latitude),
                "longitude": float(vacancy.place.longitude),
            },
        },
        "employmentType": employment_types(vacancy),
        "identifier": {
            "@type": "PropertyValue",
            "name": "Werkroute",
            "value": vacancy.reference_code,
        },
        # Nobody applies on this site: residents go to the Job Office or the employer's route.
        "directApply": False,
    }
    if vacancy.start_date:
        data["jobStartDate"] = vacancy.start_date.isoformat()
    if vacancy.salary_min is not None or vacancy.salary_max is not None:
        low = vacancy.salary_min if vacancy.salary_min is not None else vacancy.salary_max
        high = vacancy.salary_max if vacancy.salary_max is not None else vacancy.salary_min
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": float(low),
                "maxValue": float(high),
                "unitText": SALARY_UNITS.get(vacancy.salary_period, "HOUR"),
            },
        }
    if vacancy.employer_applies_twv:
        data["eligibilityToWorkRequirement"] = gettext(
            "Asylum seekers need a work permit (TWV). The employer applies for it at UWV."
        )
    return data


def as_script(data):
    """JSON for a <script type="application/ld+json">, safe against '</script>' in the text."""
    text = json.dumps(data, ensure_ascii=False)
    for char, escape in (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    # Every character that could end the script element or start markup is escaped above.
    return mark_safe(text)  # noqa: S308
