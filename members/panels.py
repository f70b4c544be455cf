from django import forms
from django.forms import Media
from wagtail.admin.panels import MultiFieldPanel


class DegreesInput(forms.NumberInput):
    """Degrees between -limit and limit, to five decimals (about a metre), as the fields keep."""

    def __init__(self, limit, attrs=None):
        super().__init__(attrs={"min": -limit, "max": limit, "step": "0.00001", **(attrs or {})})


class MapPositionPanel(MultiFieldPanel):
    """The latitude and longitude fields under a map of the world: editors place the member by
    clicking on it or dragging its marker (or, with the keyboard, by moving the map under its
    centre), and can still type the degrees. Drawn from the site's own country shapes, like the
    public maps: nothing is fetched from another host."""

    def __init__(self, *args, latitude_field="latitude", longitude_field="longitude", **kwargs):
        super().__init__(*args, **kwargs)
        self.latitude_field = latitude_field
        self.longitude_field = longitude_field

    def clone_kwargs(self):
        return {
            **super().clone_kwargs(),
            "latitude_field": self.latitude_field,
            "longitude_field": self.longitude_field,
        }

    class BoundPanel(MultiFieldPanel.BoundPanel):
        template_name = "members/panels/map_position_panel.html"

        @property
        def media(self):
            return super().media + Media(
                css={"all": ["vendor/leaflet/leaflet.css", "css/admin-map.css"]},
                js=[
                    "vendor/leaflet/leaflet.js",
                    "vendor/topojson-client/topojson-client.min.js",
                    "js/map-base.js",
                    "js/member-position-map.js",
                ],
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["latitude_input"] = self.form[self.panel.latitude_field].auto_id
            context["longitude_input"] = self.form[self.panel.longitude_field].auto_id
            # Where to look first for a member not placed yet: its country, by the numeric
            # code the world shapes use.
            country = getattr(self.instance, "country", None)
            context["country_shape"] = (
                f"{country.numeric:03d}" if country and country.numeric else ""
            )
            return context
