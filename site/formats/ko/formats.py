# "2022년 2월 23일", "2022년 2월"; short dates as Korean official documents write them
# ("2022. 2. 23."); the 24-hour clock, as for the other languages.
DATE_FORMAT = "Y년 n월 j일"
SHORT_DATE_FORMAT = "Y. n. j."
DATETIME_FORMAT = "Y년 n월 j일 H:i"
SHORT_DATETIME_FORMAT = "Y. n. j. H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "Y년 n월"
MONTH_DAY_FORMAT = "n월 j일"
