"""English dates as the programme's readers write them: one style, day before month.

Django's English defaults mix "Dec. 2, 2026" (DATE_FORMAT) with "12/02/2026"
(SHORT_DATE_FORMAT), and the second reads as 12 February to a European reader.
"""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = DATE_FORMAT
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
