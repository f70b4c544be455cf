# A day takes the month in the genitive ("23 февраля 2022 г.", E); a month alone stays in the
# nominative ("Февраль 2022 г.", F). Django's own MONTH_DAY_FORMAT uses F ("23 Февраль").
DATE_FORMAT = "j E Y г."
SHORT_DATE_FORMAT = "d.m.Y"
DATETIME_FORMAT = "j E Y г., H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j E"
