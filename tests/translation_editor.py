"""What a translator does in wagtail-localize's admin views: "Translate" a page or a snippet,
read the segments the translation editor offers, translate some, publish."""

import html
import json
import re
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation


def submit_translation(client, instance, locale):
    """ "Translate" on the page or snippet, into `locale`."""
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, instance.pk],
        )
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content[:2000]
    return instance.get_translation(locale)


def editor_props(client, translated):
    """The data the translation editor of the translated page or snippet is drawn from."""
    response = client.get(AdminURLFinder().get_edit_url(translated))
    assert response.status_code == 200
    found = re.search(r'data-props="([^"]*)"', response.content.decode())
    assert found, "not the translation editor"
    return json.loads(html.unescape(found.group(1)))


def offered_texts(client, translated):
    """{source text: what the editor shows as its translation (None when empty)} of the text
    segments the translator is asked to translate."""
    props = editor_props(client, translated)
    translations = {
        translation["segment_id"]: translation for translation in props["initialStringTranslations"]
    }
    return {
        segment["source"]: translations.get(segment["id"])
        for segment in props["segments"]
        if segment["type"] == "string"
    }


def offered_paths(client, translated):
    return {segment["contentPath"] for segment in editor_props(client, translated)["segments"]}


def translation_of(instance, locale):
    return Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def translate_text(client, original, locale, source_text, text):
    """The translator types `text` as the translation of `source_text` and saves it."""
    translation = translation_of(original, locale)
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def publish(client, translated):
    """ "Publish" in the translation editor."""
    response = client.post(AdminURLFinder().get_edit_url(translated), {"action": "publish"})
    assert response.status_code == 302, response.content[:2000]
