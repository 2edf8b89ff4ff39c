"""Writing SVG as text: escaped attributes, short stable numbers, estimated text widths."""

from __future__ import annotations

import re
from html import escape

from ..pages.markup import plain

NOT_INDEXED = 'data-search-exclude="chart" data-pagefind-ignore="all"'
"""Attributes that keep a chart's tooltips out of both search indexes (Material's and Pagefind's):
a search for a word should find the text it comes from, not a picture's labels."""
CHAR_WIDTH = 0.6  # of the font size: wide enough for most sans-serif text, so labels never collide


def num(value: float) -> str:
    """A coordinate with at most one decimal, the same text on every machine."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def attrs(**values: object) -> str:
    """Attributes as text: floats rounded, None left out, `class_` written as `class`."""
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        shown = num(value) if isinstance(value, float) else _xml(str(value))
        parts.append(f' {name}="{escape(shown, quote=True)}"')
    return "".join(parts)


def tag(name: str, body: str = "", /, **values: object) -> str:
    """One element with its attributes; empty elements close themselves."""
    if not body:
        return f"<{name}{attrs(**values)}/>"
    return f"<{name}{attrs(**values)}>{body}</{name}>"


def svg_open(classes: str, width: float, height: float, label: str) -> str:
    """The opening <svg> tag of an inline picture: scalable, an image with a spoken label."""
    return (f"<svg{attrs(class_=classes, viewBox=f'0 0 {num(width)} {num(height)}')}"
            f"{attrs(width=num(width), height=num(height), role='img', aria_label=label)}"
            ' xmlns="http://www.w3.org/2000/svg">')


def text(value: object) -> str:
    """Text content, escaped: one line, without what XML cannot hold."""
    return escape(_xml(str(value)), quote=False)


# what no XML document may hold, even escaped, beyond the controls `plain` drops
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


# a value `_xml` would change: a character it drops or replaces, white space but single spaces
# (a chart writes a million attribute values on a large site: most are clean)
_UNCLEAN = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]|[^\\S ]|  |^ | $")


def _xml(value: str) -> str:
    """The value as one line that an XML parser reads: data/network.svg is a file of its own,
    and a control character or U+FFFE in one actor's name made the whole file unreadable."""
    if _UNCLEAN.search(value) is None:
        return value
    return _NOT_XML.sub("\ufffd", plain(value))


def text_width(value: str, size: float) -> float:
    """A generous estimate of how wide a line of text is drawn at this font size."""
    return len(value) * size * CHAR_WIDTH


def shorten(value: str, limit: int) -> str:
    """The text cut to `limit` characters with an ellipsis, after its last whole word
    ("Putin intensifies…", not "Putin intensifies hi…"); within a word only where the whole
    words would keep less than half of `limit`."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    if value[limit - 1] != " ":
        words = cut.rsplit(" ", 1)[0].rstrip(",;:-\u2013\u2014 ")
        if " " in cut and len(words) * 2 >= limit:
            cut = words
    return cut.rstrip() + "\u2026"
