// What the member maps share, the public ones and the admin's: the countries drawn from the
// site's own copy of world-atlas (no tile server needed), and Leaflet's marker with image
// addresses given by the page. Leaflet would guess those from its stylesheet, which fails once
// static files have hashed names.
window.memberMapBase = (function () {
  "use strict";

  const ANTARCTICA = "010";

  // Rings that cross the 180th meridian (Russia's far east, Fiji) would be drawn across the
  // whole map; moving their western half by 360° keeps them in one piece.
  function unwrapRing(ring) {
    const longitudes = ring.map((point) => point[0]);
    if (Math.max(...longitudes) - Math.min(...longitudes) <= 180) return ring;
    return ring.map(([longitude, latitude]) => [longitude < 0 ? longitude + 360 : longitude, latitude]);
  }

  function unwrap(geometry) {
    if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
    if (geometry.type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrapRing));
    }
  }

  function loadWorld(url) {
    return fetch(url)
      .then((response) => response.json())
      .then((topology) => {
        const world = topojson.feature(topology, topology.objects.countries);
        world.features = world.features.filter((feature) => feature.id !== ANTARCTICA);
        world.features.forEach((feature) => feature.geometry && unwrap(feature.geometry));
        return world;
      });
  }

  // dataset: markerIcon, markerIconRetina and markerShadow, from {% static %}.
  function markerIcon(dataset) {
    return L.icon({
      ...L.Icon.Default.prototype.options,
      iconUrl: dataset.markerIcon,
      iconRetinaUrl: dataset.markerIconRetina,
      shadowUrl: dataset.markerShadow,
    });
  }

  return { loadWorld, markerIcon };
})();
