"""The member map's data: a GeoJSON FeatureCollection of the members that have a position,
plus the number of members per country (ISO 3166-1 numeric codes, as the world shapes use)."""

from collections import Counter

from django_countries import countries


def member_feature_collection(members, directory):
    rows = members.order_by("name").values_list(
        "name", "slug", "member_type", "region", "country", "latitude", "longitude"
    )
    base_url = directory.url
    features = []
    per_country = Counter()
    country_names = {}  # translated once per country, not once per member
    for name, slug, member_type, region, country, latitude, longitude in rows:
        per_country[country] += 1
        if country not in country_names:
            country_names[country] = str(countries.name(country))
        if latitude is None or longitude is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(longitude), float(latitude)]},
                "properties": {
                    "name": name,
                    "url": f"{base_url}{slug}/",
                    "type": member_type,
                    "region": region,
                    "country": country_names[country],
                },
            }
        )
    return {
        "type": "FeatureCollection",
        "features": features,
        # A foreign member (RFC 7946, 6.1): lets the map shade countries without a second request.
        "countryCounts": {
            f"{countries.numeric(code):03d}": total
            for code, total in per_country.items()
            if countries.numeric(code)
        },
    }
