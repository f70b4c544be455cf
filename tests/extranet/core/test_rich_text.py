"""Safe rich text: what members write keeps its links, lists and emphasis, and nothing that
could run in a reader's browser survives, whether it comes through the form or straight
from the database."""

import pytest
from django import forms
from django.template import Context, Template

from extranet.core.rich_text import RICH_TEXT_MAX_LENGTH, RichTextField, excerpt, sanitise

PAYLOADS = [
    "<p>Hi<script>alert(1)</script></p>",
    '<p><img src="x" onerror="alert(1)"></p>',
    '<p><a href="javascript:alert(1)">click</a></p>',
    '<p><a href="JaVaScRiPt:alert(1)">click</a></p>',
    '<p style="background:url(javascript:alert(1))">fancy</p><style>p{}</style>',
    '<p><svg onload="alert(1)"><script>alert(1)</script></svg></p>',
    '<p onclick="alert(1)">text</p><iframe src="https://evil.example"></iframe>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>',
]
DANGEROUS = [
    "<script",
    "onerror",
    "onload",
    "onclick",
    "javascript:",
    "style=",
    "<style",
    "<svg",
    "<img",
    "<iframe",
    "data:",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_nothing_that_runs_survives(payload):
    cleaned = sanitise(payload).lower()
    for needle in DANGEROUS:
        assert needle not in cleaned


def test_links_lists_and_emphasis_are_kept():
    cleaned = sanitise(
        '<p>See <a href="https://wego.example/x" target="_blank">this</a>, <em>soon</em> and '
        "<strong>now</strong></p><ul><li>one</li></ul><ol><li>two</li></ol>"
        '<p><a href="mailto:a@b.example">mail</a><br>line</p>'
    )
    assert '<a href="https://wego.example/x" rel="nofollow noopener">this</a>' in cleaned
    assert "<em>soon</em>" in cleaned
    assert "<strong>now</strong>" in cleaned
    assert "<ul><li>one</li></ul><ol><li>two</li></ol>" in cleaned
    assert 'href="mailto:a@b.example"' in cleaned
    assert "<br>" in cleaned
    assert "target" not in cleaned


def test_plain_text_is_shown_as_typed_with_its_paragraphs():
    cleaned = sanitise("Is 2 < 3?\n<script>alert(1)</script>\n\nNew paragraph")
    assert cleaned == (
        "<p>Is 2 &lt; 3?<br>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n\n<p>New paragraph</p>"
    )


class MessageForm(forms.Form):
    body = RichTextField()


def test_the_field_cleans_to_safe_html():
    form = MessageForm({"body": '<p>Hello <a href="javascript:x()">you</a></p>'})
    assert form.is_valid()
    assert form.cleaned_data["body"] == '<p>Hello <a rel="nofollow noopener">you</a></p>'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Hello\x00", "cannot be stored"),
        ("x" * (RICH_TEXT_MAX_LENGTH + 1), "the limit is"),
        ("<script>alert(1)</script>", None),  # plain text: shown as typed, so accepted
        ("<p><img src=x></p>", "This field is required."),
    ],
)
def test_the_field_refuses_nul_oversized_and_empty_text(body, message):
    form = MessageForm({"body": body})
    if message is None:
        assert form.is_valid()
    else:
        assert not form.is_valid()
        assert message in str(form.errors["body"])


def test_the_filter_cleans_what_comes_from_the_database():
    template = Template("{% load nexus_tags %}{{ body|rich_text }}")
    html = template.render(Context({"body": '<p>ok</p><img src=x onerror="alert(1)">'}))
    assert html == "<p>ok</p>"


def test_an_excerpt_reads_paragraphs_as_sentences_and_is_shortened():
    assert excerpt("<p>Dates set.</p><p>Tom &amp; Jerry<br>come</p>", 140) == (
        "Dates set. Tom & Jerry come"
    )
    assert excerpt("<p>" + "word " * 50 + "</p>", 20) == "word word word word…"
