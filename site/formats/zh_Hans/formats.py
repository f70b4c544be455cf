# "2022年2月23日", "2022年2月"; Django's own MONTH_DAY_FORMAT pads the month ("02月23日").
DATE_FORMAT = "Y年n月j日"
SHORT_DATE_FORMAT = "Y/n/j"
DATETIME_FORMAT = "Y年n月j日 H:i"
SHORT_DATETIME_FORMAT = "Y/n/j H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "Y年n月"
MONTH_DAY_FORMAT = "n月j日"
