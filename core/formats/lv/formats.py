"""Latvian dates in one style ("2026. gada 2. decembris"), short forms included."""

DATE_FORMAT = r"Y. \g\a\d\a j. F"
SHORT_DATE_FORMAT = DATE_FORMAT
DATETIME_FORMAT = r"Y. \g\a\d\a j. F, H:i"
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
