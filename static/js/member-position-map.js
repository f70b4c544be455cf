// The map over a member's latitude and longitude in the admin (members/panels.py): a click on
// the map or a dragged marker fills both fields, degrees typed into the fields move the
// marker, and "Place at the centre of the map" does from the keyboard what a click does.
(function () {
  "use strict";

  const DECIMAL_PLACES = 5; // as many as the fields keep
  const WORLD = { center: [20, 10], zoom: 1 };

  function setUp(widget) {
    const latitudeInput = document.getElementById(widget.dataset.latitudeInput);
    const longitudeInput = document.getElementById(widget.dataset.longitudeInput);
    if (!latitudeInput || !longitudeInput || !window.L || !window.memberMapBase) return;
    widget.hidden = false;
    const status = widget.querySelector("[data-member-position-status]");
    const map = L.map(widget.querySelector("[data-member-position-map]"), {
      worldCopyJump: true,
      minZoom: 1,
      maxZoom: 12,
      keyboard: true,
      ...WORLD,
    });
    window.memberMapBase.loadWorld(widget.dataset.worldUrl).then((world) => {
      const style = { color: "#7a8594", weight: 0.6, fillColor: "#e3eef9", fillOpacity: 1 };
      const countries = L.geoJSON(world, { style, interactive: false }).addTo(map).bringToBack();
      // Not placed yet: start from the member's country.
      if (marker) return;
      countries.eachLayer((layer) => {
        if (layer.feature.id === widget.dataset.country) map.fitBounds(layer.getBounds(), { maxZoom: 6 });
      });
    });
    const icon = window.memberMapBase.markerIcon(widget.dataset);
    let marker = null;

    function typedPosition() {
      const latitude = Number.parseFloat(latitudeInput.value);
      const longitude = Number.parseFloat(longitudeInput.value);
      if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
      return L.latLng(latitude, longitude);
    }

    function showMarker(position) {
      if (!position) {
        if (marker) marker.remove();
        marker = null;
        return;
      }
      if (marker) {
        marker.setLatLng(position);
        return;
      }
      const label = widget.dataset.markerLabel;
      marker = L.marker(position, { icon, draggable: true, title: label, alt: label }).addTo(map);
      marker.on("dragend", () => place(marker.getLatLng()));
    }

    function fill(input, value) {
      input.value = value;
      // Wagtail notices the change (unsaved changes warning), as when typed.
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function place(position) {
      const wrapped = position.wrap();
      const latitude = Math.max(-90, Math.min(90, wrapped.lat)).toFixed(DECIMAL_PLACES);
      const longitude = wrapped.lng.toFixed(DECIMAL_PLACES);
      fill(latitudeInput, latitude);
      fill(longitudeInput, longitude);
      showMarker(L.latLng(latitude, longitude));
      status.textContent = widget.dataset.placedMessage
        .replace("{latitude}", latitude)
        .replace("{longitude}", longitude);
    }

    map.on("click", (event) => place(event.latlng));
    widget.querySelector("[data-member-position-centre]").addEventListener("click", () => place(map.getCenter()));
    widget.querySelector("[data-member-position-clear]").addEventListener("click", () => {
      fill(latitudeInput, "");
      fill(longitudeInput, "");
      showMarker(null);
      status.textContent = widget.dataset.removedMessage;
    });
    [latitudeInput, longitudeInput].forEach((input) =>
      input.addEventListener("change", () => {
        const position = typedPosition();
        showMarker(position);
        if (position && !map.getBounds().contains(position)) map.panTo(position);
      })
    );

    const initial = typedPosition();
    showMarker(initial);
    if (initial) map.setView(initial, 5);
  }

  function setUpAll() {
    document.querySelectorAll("[data-member-position]").forEach(setUp);
  }

  // The admin may load its panels' scripts before the form.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll);
  else setUpAll();
})();
