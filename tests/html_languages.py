"""The language and direction each text of a page is declared in, as a screen reader or a
browser applies them: the nearest `lang` and `dir` around it (WCAG 3.1.1 and 3.1.2)."""

from dataclasses import dataclass
from html.parser import HTMLParser

VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass
class Passage:
    text: str
    lang: str
    dir: str


class _Passages(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open = []
        self.passages = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        text = " ".join(data.split())
        if not text or any(tag in ("script", "style", "head") for tag, _ in self.open):
            return
        lang = next((a["lang"] for _, a in reversed(self.open) if a.get("lang")), "")
        direction = next((a["dir"] for _, a in reversed(self.open) if a.get("dir")), "ltr")
        self.passages.append(Passage(text, lang, direction))


def passages(html):
    """Every text of the page's body with the language and direction it is declared in."""
    parser = _Passages()
    parser.feed(html)
    return parser.passages


def declared(html, text):
    """The (lang, dir) of every passage of `html` that contains `text`; at least one."""
    found = {(passage.lang, passage.dir) for passage in passages(html) if text in passage.text}
    assert found, f"{text!r} is not on the page"
    return found
