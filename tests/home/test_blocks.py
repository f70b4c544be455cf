import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from foundation.blocks import CallToActionBlock, VideoBlock

pytestmark = pytest.mark.django_db


def test_a_video_without_a_cached_player_is_a_plain_link():
    block = VideoBlock()
    value = block.to_python({"url": "https://www.youtube.com/watch?v=abc", "title": "Kick-off"})
    html = block.render(value)
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "<iframe" not in html
    assert "data-video-play" not in html


def test_a_video_with_a_cached_player_loads_it_only_on_request():
    from wagtail.embeds.models import Embed

    Embed.objects.create(
        url="https://vimeo.com/1",
        max_width=None,
        type="video",
        html='<iframe src="https://player.vimeo.com/video/1" title="Talk"></iframe>',
    )
    block = VideoBlock()
    html = block.render(block.to_python({"url": "https://vimeo.com/1", "title": "Talk"}))
    assert "data-video-play" in html
    # The player is inside a <template>: inert until the visitor presses the button.
    assert '<template data-video-player><iframe src="https://player.vimeo.com/video/1"' in html


@pytest.mark.parametrize(
    "link", [{"page": None, "url": ""}, {"page": 1, "url": "https://example.org"}]
)
def test_a_call_to_action_needs_exactly_one_destination(link):
    block = CallToActionBlock()
    value = block.to_python({"title": "Join", "text": "", "button_label": "Join", "link": link})
    with pytest.raises((StructBlockValidationError, ValidationError)):
        block.clean(value)
