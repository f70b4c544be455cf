# "23 فبراير 2022", "فبراير 2022": day, month, year. Django has no Arabic DATETIME_FORMAT or
# SHORT_DATETIME_FORMAT and falls back to the American order ("فبراير 23, 2022", "02/23/2022").
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "d/m/Y، H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
