"""What several vacancy tests send: the vacancy form of the Wagtail admin."""

import datetime

from django.utils import timezone


def admin_form_data(place, **overrides):
    """The vacancy form of the admin (snippets add and edit views) as a browser posts it: a
    valid job at `place` without pay, closing in 30 days, with no translation rows."""
    data = {
        "title": "Afwasser",
        "description": "Afwassen in een drukke keuken.",
        "language": "nl",
        "employer_name": "Restaurant De Proef",
        "sector": "horeca",
        "kind": "job",
        "contract": "temporary",
        "place": place.pk,
        "hours_min": "16",
        "hours_max": "24",
        "shift_day": "on",
        "dutch_level": "0",
        "employer_applies_twv": "on",
        "salary_min": "",
        "salary_max": "",
        "salary_period": "",
        "start_date": "",
        "closing_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "respond_via_job_office": "on",
        "apply_url": "",
        "apply_email": "",
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data
