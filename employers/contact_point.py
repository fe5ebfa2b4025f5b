"""The employers' one contact point: which employer service point a reader sees, which pages are
employer pages, and employers' "call me back" requests (stored, e-mailed, deleted in time).

Employer pages are the pages of a section for employers (a SectionIndexPage with audience
"employers", and every page under it) and the employers' own pages (employers/base.html). They
show the employer service point, never the residents' desks: home's contact block hands its
place to the "contact_block" slot on those pages, and the "main_end" slot adds a compact block
at the end of the ones whose body has none (both registered in apps.py).
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.blocks import StreamValue
from wagtail.models import Page

from core import versions
from core.cache_keys import kept_or_made, versioned_key
from core.chrome import chrome_for
from core.localization import (
    language_code_of,
    locale_id_of,
    reader_language,
    text_language,
)
from employers.models import CallbackRequest, EmployerServicePoint
from home.choices import Audience
from home.models import SectionIndexPage

logger = logging.getLogger(__name__)


def source_service_point():
    """The service point as editors made it (Dutch), or the only one there is; None if none."""
    points = EmployerServicePoint.objects.order_by("pk")
    source = points.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE)).first()
    return source or points.first()


def shown_service_point(language=None):
    """The service point in the reader's language where translated, else as made; or None.
    One query: a service point is one row per language."""
    points = list(EmployerServicePoint.objects.order_by("pk"))
    source_locale = locale_id_of(settings.LANGUAGE_CODE)
    source = next((point for point in points if point.locale_id == source_locale), None)
    source = source or next(iter(points), None)
    if source is None:
        return None
    reader_locale = locale_id_of(language or reader_language())
    return next(
        (
            point
            for point in points
            if point.translation_key == source.translation_key and point.locale_id == reader_locale
        ),
        source,
    )


# How long the service point of a language is kept at most; saving any snippet (this one too)
# moves SHARED on, which makes the next employer page read it again.
SERVICE_POINT_SECONDS = 3600


def kept_service_point(language):
    """shown_service_point(language), from the cache after the first employer page of that
    language: every employer page shows it, in the compact block or the full one."""
    key = versioned_key("employers:service-point", language, depends_on=(versions.SHARED,))
    return kept_or_made(key, SERVICE_POINT_SECONDS, lambda: shown_service_point(language))


def is_employer_page(page, request=None):
    """Whether a Wagtail page is (in) a section for employers, in any language. With a request,
    the sections come from the chrome of the page's language (core/chrome.py): no query."""
    path = getattr(page, "path", "") or ""
    if not isinstance(page, Page) or not path:
        return False
    if request is not None:
        chrome = chrome_for(request, language_code_of(page.locale_id))
        sections = [
            *chrome.landmarks(SectionIndexPage),
            *chrome.landmarks(SectionIndexPage, in_source=True),
        ]
        return any(
            path.startswith(section.path)
            for section in sections
            if section.values.get("audience") == Audience.EMPLOYERS
        )
    step = page.steplen
    paths = [path[:end] for end in range(step, len(path) + 1, step)]
    return SectionIndexPage.objects.filter(path__in=paths, audience=Audience.EMPLOYERS).exists()


def has_contact_block(page):
    """A guide whose body has a contact block shows the full service point there already."""
    body = getattr(page, "body", None)
    return isinstance(body, StreamValue) and any(
        item.get("type") == "contact" for item in body.raw_data
    )


def contact_context(request, compact=False):
    """What employers/includes/contact_point.html needs, in the reader's language."""
    language = reader_language()
    # A guide may show the full block and the compact one: the point is looked up once.
    remembered = getattr(request, "_employer_service_points", {}) if request is not None else {}
    if language not in remembered:
        remembered[language] = kept_service_point(language)
        if request is not None:
            request._employer_service_points = remembered
    point = remembered[language]
    # Heading ids stay unique within a page, also when a guide has two contact blocks.
    number = getattr(request, "_employer_contact_blocks", 0) + 1
    if request is not None:
        request._employer_contact_blocks = number
    return {
        "point": point,
        "point_language": text_language(point) if point is not None else language,
        "reader_language": language,
        "compact": compact,
        "callback_url": reverse("employers:callback"),
        "heading_id": f"employer-contact-{number}",
    }


def contact_block_context(request, page, subject):
    """The "contact_block" slot: on employer pages, home's contact block shows the service
    point instead of a residents' desk."""
    return contact_context(request) if is_employer_page(page, request) else None


def main_end_context(request, page, subject):
    """The "main_end" slot: the compact contact block at the end of every employer page whose
    body does not show the full one."""
    if not is_employer_page(page, request) or has_contact_block(page):
        return None
    return contact_context(request, compact=True)


# --- callback requests -------------------------------------------------------------------------


def request_callback(*, organisation, name, phone, question, language):
    """Store the request and e-mail it to the service point (after commit). Without a service
    point or its e-mail address it is only stored: editors see it in the admin."""
    callback = CallbackRequest.objects.create(
        organisation=organisation, name=name, phone=phone, question=question, language=language
    )
    point = source_service_point()
    if point is not None and point.email:
        address = point.email
        transaction.on_commit(lambda: _mail(callback, address))
    return callback


def _mail(callback, address):
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "wagtailsnippets_employers_callbackrequest:list"
    )
    context = {
        "callback": callback,
        "language_name": dict(settings.LANGUAGES).get(callback.language, callback.language),
        "admin_url": admin_url,
        "retention_days": settings.CALLBACK_RETENTION_DAYS,
    }
    # The service point's staff read Dutch, the portal's source language.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("employers/email/callback_request_subject.txt", context)
        body = render_to_string("employers/email/callback_request_body.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [address])
    except (smtplib.SMTPException, OSError):
        # The request is stored and listed in the admin; the employer need not see the fault.
        logger.exception("Callback request %s could not be e-mailed", callback.pk)


def purge_callback_requests(now=None):
    """Delete callback requests older than CALLBACK_RETENTION_DAYS; how many were deleted."""
    deleted, _per_model = CallbackRequest.objects.older_than_retention(
        now or timezone.now()
    ).delete()
    return deleted
