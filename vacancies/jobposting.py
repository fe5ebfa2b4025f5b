"""schema.org JobPosting data for a vacancy page, so search engines and partners can read it.

Checked against Google's job posting guidelines: the required properties (title, description,
datePosted, hiringOrganization, jobLocation) always, the recommended ones (validThrough,
employmentType, baseSalary, directApply, identifier) where the vacancy has the facts. Only an
open vacancy gets one (views.detail); core/structured_data.py writes it into the page.
"""

import datetime

from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.translation import gettext

from core.structured_data import SCHEMA_ORG
from vacancies.choices import Contract, Kind, SalaryPeriod

FULL_TIME_HOURS = 36
# Google's employmentType values. Agency work (uitzendwerk) is a temporary placement by the
# agency, not self-employed contracting, so it is TEMPORARY rather than CONTRACTOR.
CONTRACT_TYPES = {
    Contract.TEMPORARY: "TEMPORARY",
    Contract.SEASONAL: "TEMPORARY",
    Contract.ON_CALL: "PER_DIEM",
    Contract.AGENCY: "TEMPORARY",
}
KIND_TYPES = {Kind.TRAINEESHIP: "INTERN", Kind.VOLUNTEER: "VOLUNTEER"}
SALARY_UNITS = {SalaryPeriod.HOUR: "HOUR", SalaryPeriod.MONTH: "MONTH"}


def employment_types(vacancy):
    """Full time when the most hours reach a full working week, part time when the fewest stay
    under it (a range such as 24 to 40 hours is both), and what the kind or contract adds."""
    types = []
    if vacancy.hours_max >= FULL_TIME_HOURS:
        types.append("FULL_TIME")
    if vacancy.hours_min < FULL_TIME_HOURS:
        types.append("PART_TIME")
    extra = KIND_TYPES.get(vacancy.kind) or CONTRACT_TYPES.get(vacancy.contract)
    if extra:
        types.append(extra)
    return types


def end_of_day(date):
    """A vacancy is open through its closing date, Dutch time."""
    moment = datetime.datetime.combine(date, datetime.time(23, 59, 59))
    return timezone.make_aware(moment, timezone.get_default_timezone()).isoformat()


def job_posting(vacancy, text, url):
    """The JobPosting of an open vacancy in the reader's text (`text`, presentation.reader_text);
    None for any other: a closed or withdrawn vacancy must not be offered as a job."""
    if not vacancy.is_open():
        return None
    data = {
        "@context": SCHEMA_ORG,
        "@type": "JobPosting",
        "title": text.title,
        # Google reads the description as HTML: the employer's paragraphs and line breaks kept.
        "description": linebreaks(text.description, autoescape=True),
        "inLanguage": text.language,
        "url": url,
        "datePosted": timezone.localtime(vacancy.first_published_at).date().isoformat()
        if vacancy.first_published_at
        else timezone.localdate().isoformat(),
        "validThrough": end_of_day(vacancy.closing_date),
        "hiringOrganization": {"@type": "Organization", "name": vacancy.employer_name},
        "jobLocation": {
            "@type": "Place",
            # A place has no street or postcode; its municipality is not a region (province).
            "address": {
                "@type": "PostalAddress",
                "addressLocality": vacancy.place.name,
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
    unit = SALARY_UNITS.get(vacancy.salary_period)
    if unit and (vacancy.salary_min is not None or vacancy.salary_max is not None):
        low = vacancy.salary_min if vacancy.salary_min is not None else vacancy.salary_max
        high = vacancy.salary_max if vacancy.salary_max is not None else vacancy.salary_min
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": float(low),
                "maxValue": float(high),
                "unitText": unit,
            },
        }
    if vacancy.no_diploma_needed:
        data["educationRequirements"] = "no requirements"  # Google's value for "none asked"
    if vacancy.employer_applies_twv:
        data["eligibilityToWorkRequirement"] = gettext(
            "Asylum seekers need a work permit (TWV). The employer applies for it at UWV."
        )
    return data
