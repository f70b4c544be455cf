"""{% lead_picture %}: a page's lead image as Wagtail's <picture>, in the widths and formats the
visitor's screen and browser need, every width cropped the same way around the focal point."""

from django import template
from PIL import features
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

# Shape of the crop, widths offered and the width the picture takes on screen: on text pages
# as wide as the text (52rem at most), on the home page as the page (70rem).
SHAPES = {
    "text": ((16, 9), [480, 800, 1200, 1600], "(min-width: 54rem) 52rem, calc(100vw - 2rem)"),
    "wide": ((5, 2), [640, 1120, 1600, 2240], "(min-width: 72rem) 70rem, calc(100vw - 2rem)"),
}
# AVIF where the installed Pillow writes it; JPEG for browsers that read neither it nor WebP.
FORMATS = ["avif", "webp", "jpeg"] if features.check("avif") else ["webp", "jpeg"]


@register.simple_tag
def lead_picture(image, shape="text", **attrs):
    """{% lead_picture page.lead_image "wide" alt=… %}, the attributes going to the <img>.

    Crops use `fill`, which centres them on the focal point and keeps all of it; without a
    closeness (`-c…`), so that each width shows the same part of the picture."""
    if not image:
        return ""
    (ratio_width, ratio_height), widths, sizes = SHAPES[shape]
    specs = [
        f"fill-{width}x{width * ratio_height // ratio_width}|format-{image_format}"
        for width in widths
        for image_format in FORMATS
    ]
    renditions = {}
    offered = set()
    for spec, rendition in get_renditions_or_not_found(image, specs).items():
        # Renditions are never larger than the original: a small one gives several widths
        # the same size, which a srcset must not list twice.
        width_and_format = (rendition.width, spec.rsplit("format-", 1)[1])
        if width_and_format not in offered:
            offered.add(width_and_format)
            renditions[spec] = rendition
    if len(renditions) > len(FORMATS):
        attrs["sizes"] = sizes  # only with a choice of widths
    return Picture(renditions, attrs)
