"""Turn content values into Markdown that shows them as text, never as markup."""

from __future__ import annotations

import re

from markupsafe import Markup

# What Python-Markdown gives a meaning to anywhere in a line, plus '|' for tables and
# '~', '^' and '=' for the pymdownx extensions Material users often enable; and what has a
# meaning only at the start of a line (headings, lists, definitions).
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~^=])")
_LEADING = re.compile(r"^([#+\-:])")
_NUMBERED = re.compile(r"^(\d+)([.)])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
_SPACE = re.compile(r"\s+")


def md_text(value: object) -> Markup:
    """Escape a value for inline Markdown: one line, every special character literal."""
    if isinstance(value, Markup):
        return value
    text = _SPACE.sub(" ", str(value)).strip()
    text = _SPECIAL.sub(r"\\\1", text)
    text = _NUMBERED.sub(r"\1\\\2", _LEADING.sub(r"\\\1", text, count=1))
    text = text.translate(_HTML)
    return Markup(text)


def finalize(value: object) -> object:
    """Jinja `finalize`: escape every expression's output unless it is already Markup."""
    if value is None:
        return ""
    return md_text(value)


def attr(value: object) -> Markup:
    """Escape a value for an HTML attribute inside a template's raw HTML."""
    return Markup(str(value).translate(_HTML))
