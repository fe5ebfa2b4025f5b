"""Date and number formats for Tigrinya, which Django does not ship.

Tigrinya readers write a Gregorian date day first, then the month's Ge'ez name, then the year:
"6 ታሕሳስ 2026" (CLDR ti-ER: long date "d MMMM y", short "dd/MM/y"). The month and weekday names
come from our locale/ti catalogue (see core/formats/date_names.py). Times use the 24-hour clock,
as on the Dutch notices and timetables residents see.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday, as in the Netherlands and Eritrea
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
