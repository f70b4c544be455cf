from django_countries import countries

# Names the organisation's documents use that differ from the standard short names.
ORGANISATION_COUNTRY_NAMES = {"korea": "KR", "united states": "US"}


def country_code_for_name(name):
    """The ISO code for a country name as the organisation writes it, or "" if unknown."""
    name = name.strip()
    return ORGANISATION_COUNTRY_NAMES.get(name.casefold()) or countries.by_name(name) or ""
