from django import template

from foundation.scheduling import time_zone_text

register = template.Library()


@register.simple_tag
def current_time_zone_text():
    """ "Asia/Seoul (UTC+09:00)": the zone the admin shows and reads dates and times in."""
    return time_zone_text()
