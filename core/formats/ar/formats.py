"""Arabic formats: Django's, plus the date-and-time format it leaves out.

Without DATETIME_FORMAT Arabic falls back to Django's English default "N j, Y, P", which puts an
abbreviated month before the day and an English comma between Arabic words.
"""

from django.conf.locale.ar.formats import *  # noqa: F403

# The 24-hour clock, as in the Dutch timetables and notices residents read, for times on
# their own ("9:00 – 12:30") and in dates alike.
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j F، Y، G:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y G:i"
