"""Coded choices shared by editorial content and the vacancy board.

Labels go through gettext, so a coded value reads in the visitor's language even where the
free text around it was never translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Sector(models.TextChoices):
    """Sectors in which residents of an azc find work (FACTS.md, "Sectors and jobs")."""

    CLEANING = "schoonmaak", _("Cleaning")
    HOSPITALITY = "horeca", _("Hospitality")
    LOGISTICS = "logistiek", _("Logistics and distribution")
    CONSTRUCTION = "bouw", _("Construction")
    METAL_TECHNICAL = "techniek", _("Metal and technical work")
    TRANSPORT = "transport", _("Transport")
    AGRICULTURE = "agrarisch", _("Agriculture and greenhouses")
    CARE = "zorg", _("Care")
    EDUCATION = "onderwijs", _("Education")
    MANUFACTURING = "productie", _("Production and manufacturing")
    RETAIL = "detailhandel", _("Retail")
    GREEN = "groen", _("Green spaces and maintenance")
    IT = "it", _("IT")


class Audience(models.TextChoices):
    EMPLOYERS = "employers", _("Employers")
    RESIDENTS = "residents", _("Residents of an azc")


class Actor(models.TextChoices):
    """Who does a step of a procedure."""

    EMPLOYER = "employer", _("the employer")
    RESIDENT = "resident", _("the resident")
    COA = "coa", "COA"
    UWV = "uwv", "UWV"
    IND = "ind", "IND"
    MUNICIPALITY = "gemeente", _("the municipality")
    JOB_OFFICE = "job_office", _("the Job Office")


class Weekday(models.IntegerChoices):
    MONDAY = 0, pgettext_lazy("weekday", "Monday")
    TUESDAY = 1, pgettext_lazy("weekday", "Tuesday")
    WEDNESDAY = 2, pgettext_lazy("weekday", "Wednesday")
    THURSDAY = 3, pgettext_lazy("weekday", "Thursday")
    FRIDAY = 4, pgettext_lazy("weekday", "Friday")
    SATURDAY = 5, pgettext_lazy("weekday", "Saturday")
    SUNDAY = 6, pgettext_lazy("weekday", "Sunday")
