"""Hostile strings: what attackers, robots and unusual keyboards send to a form or a query
string. Most are generated, each vector in each context it could break out of; real-world
payloads are typed as they circulate.

`MOST_DANGEROUS` are those that broke or nearly broke pages here or elsewhere; `OTHERS` the
rest. `for_field` gives a field the most dangerous and a slice of the others that moves on
from one field to the next, so that the fields of a walk share the whole corpus between them."""

import re
from dataclasses import dataclass

ALERT = "alert(1)"


@dataclass(frozen=True)
class Hostile:
    # Text, or bytes that are not UTF-8 (sent as they are: invalid sequences, lone surrogates).
    value: str | bytes
    family: str
    # What a page would show had a template engine evaluated the value.
    evaluated: str | None = None

    @property
    def encoded(self):
        return self.value if isinstance(self.value, bytes) else self.value.encode()

    @property
    def markup(self):
        """The value, when it would change a page's markup if echoed without escaping: a tag,
        or a double quote leaving an attribute."""
        if isinstance(self.value, str) and re.search(r"<[A-Za-z!/?]|\"[\s/>]", self.value):
            return self.value
        return None

    def __str__(self):
        shown = repr(self.value)
        return shown if len(shown) <= 80 else f"{shown[:60]}… ({len(self.encoded)} bytes)"


def _combinations(family, prefixes, cores, suffixes=("",)):
    return [
        Hostile(prefix + core + suffix, family)
        for prefix in prefixes
        for core in cores
        for suffix in suffixes
    ]


# Cross-site scripting: the vectors, in every context a value may be echoed in.
XSS_VECTORS = [
    f"<script>{ALERT}</script>",
    f"<img src=x onerror={ALERT}>",
    f"<svg onload={ALERT}>",
    f"<iframe srcdoc='<script>{ALERT}</script>'>",
]
XSS_CONTEXTS = ["", '">', "'>", "</textarea>", "</title>", "</script>", "--!>", "</style>"]
XSS_REAL_WORLD = [
    f'" onmouseover="{ALERT}',
    f'" autofocus onfocus="{ALERT}" x="',
    f"' onfocus='{ALERT}' autofocus='",
    f'<a href="javascript:{ALERT}">x</a>',
    f"javascript:{ALERT}",
    f"JaVaScRiPt:{ALERT}",
    f"data:text/html,<script>{ALERT}</script>",
    f"<details open ontoggle={ALERT}>",
    f"<body onload={ALERT}>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={ALERT}>",
    f'<noscript><p title="</noscript><img src=x onerror={ALERT}>">',
    f"<scr<script>ipt>{ALERT}</scr</script>ipt>",
    "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
    f'<img src="x" onerror="{ALERT}"/>',
    f"<input onfocus={ALERT} autofocus>",
    f'<object data="javascript:{ALERT}">',
    f'<!--<img src="--><img src=x onerror={ALERT}//">',
    f"<style>@import 'javascript:{ALERT}';</style>",
    f'{{"a":"</script><script>{ALERT}</script>"}}',
    f"\\u003cscript\\u003e{ALERT}\\u003c/script\\u003e",
    f"&lt;script&gt;{ALERT}&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    f"jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk={ALERT} )//%0D%0A%0d%0a//"
    "</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
]

# SQL injection, with each quote that could end a string literal.
SQL_QUOTES = ["'", '"', "')", "'))", "`", ""]
SQL_TAILS = [" OR 1=1--", " UNION SELECT NULL,NULL--", "; SELECT pg_sleep(0)--", " AND '1'='1"]
SQL_REAL_WORLD = [
    "' OR '1'='1",
    "admin'--",
    "1'; DROP TABLE members_member;--",
    "%' AND 1=1 --",
    "1 ORDER BY 99--",
    "' AND extractvalue(1,concat(0x7e,version()))--",
    "'||(SELECT version())||'",
    "$$; SELECT 1; $$",
    "E'\\x00'",
    "\\' OR 1=1 #",
]

# Template engines: Django's, Jinja's and others'. The first ones say what evaluation shows.
TEMPLATE_EVALUATED = [
    Hostile('{{ "hostile"|add:"canary" }}', "template", evaluated="hostilecanary"),
    Hostile("{{ 7|add:191919 }}", "template", evaluated="191926"),
    Hostile("{{7*'7'}}", "template", evaluated="7777777"),
    Hostile("{% widthratio 1 1 424242 %}", "template", evaluated="424242"),
]
TEMPLATE_OTHERS = [
    "{{7*7}}",
    "{% debug %}",
    "{% load static %}{% static 'x' %}",
    "{{ request.user.password }}",
    "{{ settings.SECRET_KEY }}",
    "{% include '/etc/passwd' %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% templatetag openblock %}",
    "{# comment #}",
    "{% csrf_token %}",
    "{% endblock %}",
    "{{",
    "{%",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "[[7*7]]",
    "{{constructor.constructor('alert(1)')()}}",
]

# Header injection: each line break a mail or HTTP library might act on, before a header.
LINE_BREAKS = ["\r\n", "\n", "\r", "\r\n\r\n", "\u0085", "\u2028", "\u2029", "\x0b", "\x0c"]
INJECTED_HEADERS = ["Set-Cookie: injected=1", "Bcc: victim@example.org", "X-Injected: 1"]
HEADER_REAL_WORLD = [
    "victim@example.org\r\nBcc: other@example.org",
    "Seoul\r\nSubject: forged",
    "%0d%0aSet-Cookie:%20injected=1",
    "/\r\nLocation: https://evil.example/",
    "a\r\n\r\n<html>injected</html>",
    "First line\nSecond line",
]

# Control characters: every C0 (NUL among them), DEL and every C1, inside a word.
CONTROL_CHARACTERS = [chr(code) for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]]
NUL_ELSEWHERE = ["\x00", "\x00start", "end\x00", "\x00" * 64, "%00", "\\0", "\\x00", "\\u0000"]

# Bytes that are not UTF-8: overlong forms, surrogates, truncated and impossible sequences.
INVALID_UTF8 = [
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xc0\xaf",
    b"\xc0\x80",
    b"\xe0\x80\xaf",
    b"\xed\xa0\x80",
    b"\xed\xbf\xbf",
    b"\xed\xa0\xbd\xed\xb8\x80",
    b"\xf4\x90\x80\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\x80",
    b"\xbf",
    b"\xe2\x82",
    b"\xf0\x9f\x98",
    b"\xc3\x28",
    b"caf\xe9",
]
INVALID_UTF8_CONTEXTS = [b"", b"a", b"<script>"]

# Very long: past every max_length, index key limit and header size, up to 100 kB.
LONG_LENGTHS = [101, 256, 1_001, 4_097, 100_000]
LONG_UNITS = ["a", "é", "🏙", "<", "a "]

# Bidirectional overrides, isolates and marks; zero-width characters.
BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI += ["\u200e", "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad", "\u034f"]
INVISIBLE_CONTEXTS = ["{}", "admin{}", "{}gpj.exe", "seoul{}@example.org", "Se{}oul"]

# Emoji, combining marks, normalisation, scripts and code points at the edges.
UNICODE = [
    "🏙️",
    "👨‍👩‍👧‍👦",
    "🇰🇷🇳🇬",
    "👍🏽",
    "Z̷̢̛̛͈͔̗a̷̡̛l̸̨̛g̵̢̛o̶̧̕ ̴̨̛t̷̢̛e̸̡̛x̵̢̛t̶̨̛",
    "e\u0301" * 50,
    "\u0301" * 1_000,
    "\u0301",
    "서울특별시",
    "\u1109\u1165\u110b\u116e\u11af",
    "Ｓｅｏｕｌ",
    "𝐒𝐞𝐨𝐮𝐥",
    "𠜎𠜱𠝹𠱓",
    "ﬁ ß İı",
    "\U0010ffff",
    "\ufffe\uffff",
    "\ue000",
    "\ufffd",
    "مدينة ذكية",
    "עִיר",
    "Москва",
    "東京都",
    "ℌ𝔢𝔩𝔩𝔬",
    "¯\\_(ツ)_/¯",
]

# Addresses: lookalikes, odd but valid forms, forms that break parsers.
ADDRESSES = [
    "admin@exаmple.org",
    "ＡＤＭＩＮ@example.org",
    "a@b",
    "@",
    "a@b@c",
    '"a b"@example.org',
    "a@[127.0.0.1]",
    "a@localhost",
    "a@é.example",
    "a@-example.org",
    "a@" + "b" * 300 + ".org",
    "a" * 300 + "@example.org",
    "someone@example.org ",
    " someone@example.org",
    "someone@example.org,other@example.org",
    "someone@example.org\x00",
]

# Paths, addresses to elsewhere and open-redirect forms.
PATHS = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "....//....//etc/passwd",
    "/etc/passwd\x00.png",
    "C:\\Windows\\win.ini",
    "//evil.example/",
    "/\\evil.example",
    "https://evil.example/",
    "https:evil.example",
    "\\\\evil.example\\share",
    "http://127.0.0.1:8000/admin/",
    "file:///etc/passwd",
]

# Format strings of Python, C and gettext; numbers and dates at and past their edges.
FORMATS = ["%s", "%(value)s", "%(name)s%(name)s", "%n%n%n", "%d", "%x", "%%", "%1$s", "{0}", "{}"]
FORMATS += ["{0.__class__}", "{value!r:>10}"]
NUMBERS = [
    "-1",
    "0",
    "-0",
    "1e309",
    "NaN",
    "inf",
    "99999999999999999999",
    "9" * 5_000,
    "0x10",
    "1.5",
    "٣",
    "²",
    " 1 ",
    "1_000",
    "2147483648",
    "-9223372036854775809",
]
DATES = [
    "2024-02-30",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "-2024-01-01",
    "2024-13-01",
    "1970-01-01T00:00:00Z",
    "2024-01-01 25:61:61",
    "yesterday",
]

# Whitespace of every kind, and nothing at all.
WHITESPACE = ["", " ", "\t", "\u00a0", "\u3000", "\u2003", "   a   ", "\u200b", "\r\n", "\n" * 50]

# The query syntaxes of the search engines behind the site (Elasticsearch, SQLite FTS5,
# PostgreSQL tsquery, LIKE patterns).
SEARCH_SYNTAX = [
    '"',
    'a"b',
    '""',
    '"unterminated',
    "*",
    "?",
    "~",
    "a*",
    "title:*",
    "field:value",
    "(((((",
    ")",
    "[a TO z]",
    "a AND OR NOT b",
    "NEAR(a b)",
    "{title}: x",
    "^a",
    "-a",
    "a & b | !c",
    "a <-> b",
    "a:*",
    "/[a-z]+/",
    '+-&&||!(){}[]^"~*?:\\/',
    "\\",
    "%",
    "_",
    "%_%",
    "'",
]

MOST_DANGEROUS = [
    Hostile("a\x00b", "control"),
    Hostile(f'"><script>{ALERT}</script>', "xss"),
    Hostile('a"b', "search syntax"),
    Hostile("Seoul\r\nSubject: forged", "header"),
    Hostile("' OR '1'='1", "sql"),
    TEMPLATE_EVALUATED[0],
    Hostile(b"\xff\xfe", "invalid utf-8"),
    Hostile("a" * 100_000, "long"),
    Hostile(f'" onmouseover="{ALERT}', "xss"),
    Hostile("\u202egpj.exe", "bidi"),
    Hostile(b"\xed\xa0\x80", "invalid utf-8"),
    Hostile('"', "search syntax"),
    Hostile("\x00", "control"),
    Hostile(f"<img src=x onerror={ALERT}>", "xss"),
    Hostile(f"</textarea><svg onload={ALERT}>", "xss"),
    Hostile(f"javascript:{ALERT}", "xss"),
    Hostile("1'; DROP TABLE members_member;--", "sql"),
    Hostile("%' AND 1=1 --", "sql"),
    Hostile("First line\nSecond line", "header"),
    Hostile("/\r\nLocation: https://evil.example/", "header"),
    TEMPLATE_EVALUATED[2],
    Hostile("%(value)s", "format"),
    Hostile("{0.__class__}", "format"),
    Hostile(b"\xc0\xaf", "invalid utf-8"),
    Hostile("🏙" * 25_000, "long"),
    Hostile("a " * 2_000, "long"),
    Hostile("admin\u200b", "zero-width"),
    Hostile("👨‍👩‍👧‍👦", "unicode"),
    Hostile("Z̷̢̛̛͈͔̗a̷̡̛l̸̨̛g̵̢̛o̶̧̕", "unicode"),
    Hostile("\ufffe\uffff", "unicode"),
    Hostile("//evil.example/", "path"),
    Hostile("../../../../etc/passwd", "path"),
    Hostile("9" * 5_000, "number"),
    Hostile("-1", "number"),
    Hostile("0001-01-01", "date"),
    Hostile("9999-12-31", "date"),
    Hostile("\\", "search syntax"),
    Hostile("NEAR(a b)", "search syntax"),
    Hostile("\u00a0", "whitespace"),
    Hostile("", "whitespace"),
]


def _generated():
    yield from _combinations("xss", XSS_CONTEXTS, XSS_VECTORS)
    yield from (Hostile(value, "xss") for value in XSS_REAL_WORLD)
    yield from _combinations("sql", SQL_QUOTES, SQL_TAILS)
    yield from (Hostile(value, "sql") for value in SQL_REAL_WORLD)
    yield from TEMPLATE_EVALUATED
    yield from (Hostile(value, "template") for value in TEMPLATE_OTHERS)
    yield from _combinations(
        "header", ["Seoul", "x@example.org", ""], LINE_BREAKS, INJECTED_HEADERS
    )
    yield from (Hostile(value, "header") for value in HEADER_REAL_WORLD)
    yield from (Hostile(f"a{character}b", "control") for character in CONTROL_CHARACTERS)
    yield from (Hostile(value, "control") for value in NUL_ELSEWHERE)
    yield from (
        Hostile(context + sequence, "invalid utf-8")
        for sequence in INVALID_UTF8
        for context in INVALID_UTF8_CONTEXTS
    )
    yield from (
        Hostile((unit * length)[:length], "long") for length in LONG_LENGTHS for unit in LONG_UNITS
    )
    yield from (
        Hostile(context.format(character), family)
        for family, characters in (("bidi", BIDI), ("zero-width", ZERO_WIDTH))
        for character in characters
        for context in INVISIBLE_CONTEXTS
    )
    for family, values in (
        ("unicode", UNICODE),
        ("address", ADDRESSES),
        ("path", PATHS),
        ("format", FORMATS),
        ("number", NUMBERS),
        ("date", DATES),
        ("whitespace", WHITESPACE),
        ("search syntax", SEARCH_SYNTAX),
    ):
        yield from (Hostile(value, family) for value in values)


def _without_repeats(hostiles):
    seen = set()
    for hostile in hostiles:
        if hostile.value not in seen:
            seen.add(hostile.value)
            yield hostile


CORPUS = list(_without_repeats([*MOST_DANGEROUS, *_generated()]))
OTHERS = CORPUS[len(MOST_DANGEROUS) :]


def for_field(number, others=8):
    """What the field numbered `number` of a walk is sent: the most dangerous strings, then
    `others` of the rest, starting where the previous field's stopped."""
    start = number * others
    return MOST_DANGEROUS + [OTHERS[(start + offset) % len(OTHERS)] for offset in range(others)]
