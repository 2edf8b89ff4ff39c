"""Turn content values into Markdown that shows them as text, never as markup."""

from __future__ import annotations

import functools
import json
import re
from urllib.parse import quote

from markupsafe import Markup

# Python-Markdown gives a meaning to these anywhere in a line, and a backslash makes them
# literal ('|' through the tables extension, which MkDocs always loads).
_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
# Extensions that Material users often add (pymdownx tilde, caret, mark, blocks) give these a
# meaning that no backslash escape undoes; a character reference shows them all the same.
_CHARS = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                        "~": "&#126;", "^": "&#94;", "=": "&#61;"})
# At the start of a line: headings, lists, definitions, admonitions (!!!), details (???),
# blocks (///).
_LEADING = re.compile(r"^([+\-!])")
_LEADING_ENTITY = {":": "&#58;", "?": "&#63;", "/": "&#47;"}
_NUMBERED = re.compile(r"^(\d+)([.)])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
_SPACE = re.compile(r"\s+")
# Control characters have no business in a page, and STX/ETX are Python-Markdown's own
# placeholder markers for stashed HTML.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_URL_SAFE = "/:?#&=%~+,;@!$-._"


def plain(value: object) -> str:
    """The value as one line of text: controls dropped, white space collapsed."""
    return _SPACE.sub(" ", _CONTROL.sub("", str(value))).strip()


def _text(value: object) -> str:
    """`plain`, and any direction embedding, override or isolate it opens closed at its end:
    for a value shown as text among other text (not for an address, which is encoded)."""
    return closed(plain(value))


# A direction override (U+202E) lasts to the end of its paragraph, whatever element holds it:
# an actor's name ending in one reversed the rest of the line it was shown in ("Westmark:
# confirmations of claims by ..." ran backwards), and the rest of a tooltip (attack11).
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMBEDS = "\u202a\u202b\u202d\u202e"  # LRE RLE LRO RLO
_ISOLATES = "\u2066\u2067\u2068"  # LRI RLI FSI
_PDF, _PDI = "\u202c", "\u2069"


def closed(text: str) -> str:
    """The text with a PDF for each embedding or override and a PDI for each isolate that is
    still open at its end (as the Unicode bidirectional algorithm pairs them, rule X6a): for
    a value that is put in a longer text (a name in a tooltip) before that is escaped."""
    if not _DIRECTION.search(text):
        return text
    opened: list[str] = []
    for char in _DIRECTION.findall(text):
        if char in _EMBEDS:
            opened.append(_PDF)
        elif char in _ISOLATES:
            opened.append(_PDI)
        elif char == _PDF:
            if opened and opened[-1] == _PDF:  # one inside an isolate it did not open: none
                opened.pop()
        elif _PDI in opened:  # closes its isolate, and what was opened inside it
            del opened[len(opened) - 1 - opened[::-1].index(_PDI):]
    return text + "".join(reversed(opened))


def md_text(value: object) -> Markup:
    """Escape a value for inline Markdown: one line, every special character literal."""
    if isinstance(value, Markup):
        return value
    return _escaped(str(value))


@functools.lru_cache(maxsize=1 << 16)
def _escaped(value: str) -> Markup:
    # names, dates and labels recur on thousands of pages of a large site
    text = _SPECIAL.sub(r"\\\1", _text(value))
    text = _NUMBERED.sub(r"\1\\\2", _LEADING.sub(r"\\\1", text, count=1))
    first = _LEADING_ENTITY.get(text[:1])
    text = text.translate(_CHARS)
    return Markup(first + text[1:] if first else text)


def finalize(value: object) -> object:
    """Jinja `finalize`: escape every expression's output unless it is already Markup."""
    if value is None:
        return ""
    return md_text(value)


def attr(value: object) -> Markup:
    """Escape a value for an HTML attribute inside a template's raw HTML."""
    if isinstance(value, str):
        return _attr(str.__str__(value))
    return Markup(_text(value).translate(_HTML))


@functools.lru_cache(maxsize=1 << 16)
def _attr(value: str) -> Markup:
    # standings, sources, dates, names and addresses recur in every line that lists a claim
    return Markup(_text(value).translate(_HTML))


def search_filter(value: object) -> Markup:
    """A value for a `data-pagefind-filter` span. Pagefind (1.x) decodes the entities of the
    span's text twice, and its UI writes the value into the filter labels as HTML: what
    reaches the UI must still be escaped once, so the value is escaped three times here.
    `tests/test_hostile_browser.py` types a search and checks the labels show the text."""
    if isinstance(value, str):
        return _search_filter(str.__str__(value))
    return Markup(_text(value).translate(_HTML).translate(_HTML).translate(_HTML))


@functools.lru_cache(maxsize=1 << 12)
def _search_filter(value: str) -> Markup:
    # a briefing has a filter for each actor it names: the same names on every briefing
    return Markup(_text(value).translate(_HTML).translate(_HTML).translate(_HTML))


def url(value: object) -> Markup:
    """A web address for a Markdown link: every character that could end the link encoded."""
    if isinstance(value, str):
        return _url(str.__str__(value))
    return Markup(quote(plain(value), safe=_URL_SAFE).replace("&", "&amp;"))


@functools.lru_cache(maxsize=1 << 16)
def _url(value: str) -> Markup:
    # the same pages are linked from every line that lists one of their entries
    return Markup(quote(plain(value), safe=_URL_SAFE).replace("&", "&amp;"))


def front_matter(value: object) -> Markup:
    """A value for the page's YAML front matter, as a quoted string.

    MkDocs themes print `page.title` and `page.meta.description` into the HTML without
    escaping them, so the value is HTML-escaped here, once, for them.
    """
    text = json.dumps(_text(value).translate(_HTML), ensure_ascii=False)
    return Markup(_YAML_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


# What a YAML reader refuses to find raw in a file (U+FFFE, U+FFFF, C1 controls): written as
# escapes, which double quotes allow, or MkDocs reads the whole front matter as body text.
_YAML_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd"
                               "\U00010000-\U0010ffff]")
