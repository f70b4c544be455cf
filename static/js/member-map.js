// The member map: world shapes from the site's own copy of world-atlas (or a tile server when
// one is configured), countries shaded by number of members, clustered markers whose popups
// link to the profiles. On the directory, the filter form drives the map and the list
// together and keeps the address shareable, and the map shows the region or country filtered
// on; without JavaScript the form and list still work.
(function () {
  "use strict";

  // Read now: the marker images' addresses are on this script's own element.
  const script = document.currentScript;
  const container = document.getElementById("member-map");
  if (!container || !window.L || !window.memberMapBase) return;

  // The shades are the stylesheet's, which the legend shows too.
  const style = getComputedStyle(container);
  const SHADES = [1, 2, 3, 4, 5].map((step) => style.getPropertyValue(`--map-shade-${step}`).trim());
  const NO_MEMBER = style.getPropertyValue("--map-shade-none").trim();

  function shadeFor(count, max) {
    if (!count) return NO_MEMBER;
    const step = Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max + 1)) * SHADES.length));
    return SHADES[step];
  }

  const icon = window.memberMapBase.markerIcon(script.dataset);

  function baseMap(options) {
    container.hidden = false;
    const legend = document.querySelector("[data-map-legend]");
    if (legend) legend.hidden = false;
    // Without tiles nothing limits zooming, and the clusters need a limit.
    const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, keyboard: true, zoomControl: false, ...options });
    // Right-to-left pages put the controls on the starting (right) side.
    const rtl = document.documentElement.dir === "rtl";
    L.control.zoom({ position: rtl ? "topright" : "topleft" }).addTo(map);
    map.attributionControl.setPosition(rtl ? "bottomleft" : "bottomright");
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution || "" }).addTo(map);
    }
    return map;
  }

  function loadWorld() {
    return window.memberMapBase.loadWorld(container.dataset.worldUrl);
  }

  function escapeHtml(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  // A member's profile: one marker.
  if (container.dataset.latitude) {
    const position = [parseFloat(container.dataset.latitude), parseFloat(container.dataset.longitude)];
    const map = baseMap({ center: position, zoom: 5, scrollWheelZoom: false });
    loadWorld().then((world) => {
      L.geoJSON(world, { style: { color: "#7a8594", weight: 0.6, fillColor: "#e3eef9", fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
    });
    L.marker(position, { icon, title: container.dataset.name, alt: container.dataset.name }).addTo(map);
    return;
  }

  // The directory.
  const WORLD_VIEW = { center: [20, 10], zoom: 2 };
  const map = baseMap(WORLD_VIEW);
  map.on("zoomend", () => { container.dataset.zoom = String(map.getZoom()); });
  let countryLayer = null;
  let world = null;
  const markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45 });
  map.addLayer(markers);

  function drawCountries(counts) {
    if (!world) return;
    if (countryLayer) countryLayer.remove();
    const max = Math.max(1, ...Object.values(counts));
    countryLayer = L.geoJSON(world, {
      interactive: false,
      style: (feature) => ({
        color: "#7a8594",
        weight: 0.6,
        fillColor: shadeFor(counts[feature.id] || 0, max),
        fillOpacity: 1,
      }),
    }).addTo(map);
    countryLayer.bringToBack();
  }

  function drawMembers(collection) {
    markers.clearLayers();
    const profileLabel = container.dataset.labelProfile;
    collection.features.forEach((feature) => {
      const [longitude, latitude] = feature.geometry.coordinates;
      const properties = feature.properties;
      const marker = L.marker([latitude, longitude], { icon, title: properties.name, alt: properties.name });
      marker.bindPopup(
        `<strong>${escapeHtml(properties.name)}</strong><br>${escapeHtml(properties.country)}<br>` +
          `<a href="${encodeURI(properties.url)}">${escapeHtml(profileLabel)}</a>`
      );
      markers.addLayer(marker);
    });
  }

  const legendMaximum = document.querySelector("[data-legend-maximum]");

  // Filtered on a region or a country: show where its members are (or the country itself
  // when none of them is placed yet); otherwise the world.
  function frame(query, collection) {
    const params = new URLSearchParams(query);
    if (!params.get("region") && !params.get("country")) {
      map.setView(WORLD_VIEW.center, WORLD_VIEW.zoom, { animate: false });
      return;
    }
    let bounds = collection.features.length ? markers.getBounds() : null;
    if (!bounds && countryLayer) {
      countryLayer.eachLayer((layer) => {
        if (collection.countryCounts[layer.feature.id]) bounds = layer.getBounds();
      });
    }
    if (bounds && bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 6, animate: false });
  }

  // Filters changed quickly: only the answer to the last change is drawn.
  let latestMembers = 0;
  let latestList = 0;

  function loadMembers(query) {
    const url = container.dataset.geojsonUrl + (query ? `?${query}` : "");
    const request = ++latestMembers;
    return fetch(url)
      .then((response) => response.json())
      .then((collection) => {
        if (request !== latestMembers) return;
        drawCountries(collection.countryCounts);
        drawMembers(collection);
        if (legendMaximum) legendMaximum.textContent = String(Math.max(1, ...Object.values(collection.countryCounts)));
        // The map jumps to the filter at once (the list beside it changes at once too);
        // after a zoom the clusters split or merge in an animation, and the markers are
        // counted as drawn (data-marker-count) once it ends.
        const counted = () => { container.dataset.markerCount = String(collection.features.length); };
        const zoomBefore = map.getZoom();
        markers.once("animationend", counted);
        frame(query, collection);
        if (map.getZoom() === zoomBefore) {
          markers.off("animationend", counted);
          counted();
        }
      });
  }

  const initialQuery = window.location.search.replace(/^\?/, "");
  loadWorld().then((shapes) => {
    world = shapes;
    return loadMembers(initialQuery);
  });

  // Filters: update the list and the map in place, and the address bar with them.
  const form = document.querySelector("[data-directory-filters]");
  const status = document.querySelector("[data-result-count]");
  if (!form || !document.querySelector("[data-directory-results]")) return;

  function queryOf(formElement) {
    const params = new URLSearchParams(new FormData(formElement));
    [...params.keys()].forEach((key) => { if (!params.get(key)) params.delete(key); });
    if (params.get("sort") === "name") params.delete("sort");
    return params.toString();
  }

  function refresh(query, push) {
    const url = form.action + (query ? `?${query}` : "");
    const request = ++latestList;
    fetch(url, { headers: { "X-Requested-With": "fetch" } })
      .then((response) => response.text())
      .then((html) => {
        if (request !== latestList) return;
        const page = new DOMParser().parseFromString(html, "text/html");
        // Found again each time: the list shown is the one the last answer brought.
        document.querySelector("[data-directory-results]").replaceWith(page.querySelector("[data-directory-results]"));
        status.textContent = page.querySelector("[data-result-count]").textContent;
        // Keep the visitor's controls (and focus); only refresh the counts in their options.
        page.querySelectorAll("[data-directory-filters] option").forEach((option) => {
          const select = form.querySelector(`select[name="${option.parentElement.name}"]`);
          const mine = select && [...select.options].find((candidate) => candidate.value === option.value);
          if (mine) mine.textContent = option.textContent;
        });
        if (push) history.pushState({ query }, "", url);
      });
    loadMembers(query);
  }

  form.addEventListener("change", () => refresh(queryOf(form), true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    refresh(queryOf(form), true);
  });
  window.addEventListener("popstate", () => window.location.reload());
})();
