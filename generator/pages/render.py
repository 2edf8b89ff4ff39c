"""The Jinja2 environment: template folders, escaping and filters, set up in one place."""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..content.dates import EDate
from ..content.gate import withheld_note
from ..splice import verbatim
from ..toolfiles import tool_root
from .lines import DRAFTED
from .markup import attr, finalize, front_matter, md_text, search_filter, url
from .urls import edit_at

DEFAULT_TEMPLATES = tool_root() / "templates"


def environment(templates: Path | None = None) -> jinja2.Environment:
    """An environment whose templates come from `templates` first, then the defaults.

    Every `{{ value }}` is escaped for Markdown unless it is already Markup, so content is
    always shown as text; templates mark their own raw HTML with `|safe` where needed.
    """
    folders = [str(p) for p in (templates, DEFAULT_TEMPLATES) if p is not None and p.is_dir()]
    return _environment(tuple(dict.fromkeys(folders)))


@functools.lru_cache(maxsize=8)
def _environment(folders: tuple[str, ...]) -> jinja2.Environment:
    # one per set of folders in a process: `mkdocs serve` would otherwise compile every
    # template again on each save; Jinja reloads a template whose file changed
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(folders)),
        autoescape=True,
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        text=md_text,
        attr=attr,
        search_filter=search_filter,
        url=url,
        yaml=front_matter,
        date=lambda value: md_text(value.label()) if isinstance(value, EDate) else md_text(value),
        anchor=lambda number: Markup(f"p{number}") if number else Markup(""),
        plural=lambda n, word: Markup(f"{n} {word}{'' if n == 1 else 's'}"),
        edit_at=edit_at,
        withheld=lambda n: Markup(withheld_note(int(n))),
        verbatim=lambda html, search=True: verbatim(html, search) if html else Markup(""),
    )
    env.globals["DRAFTED_MARK"] = Markup(DRAFTED)
    return env
