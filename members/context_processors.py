from django.conf import settings


def map_tiles(request):
    """The optional tile server of the member maps (see MAP_TILE_URL in the README)."""
    return {
        "MAP_TILE_URL": settings.MAP_TILE_URL,
        "MAP_TILE_ATTRIBUTION": settings.MAP_TILE_ATTRIBUTION,
    }
