"""A shorter HTML for the theme's search index to read in place of each spliced block.

Material's search plugin reads every page's HTML with a pure-Python parser (`html.parser`)
and keeps, per section (a heading with an id), its text and the tags p, code, pre, li, ol,
ul, sub and sup; every other tag only splits the text. A briefing's blocks (claims, tables,
the article text) are about 2,000 tags and text nodes, and reading them was a quarter of a
100-article build. `short_form(block)` writes the same block as the parser sees it: the kept
tags (without attributes), and between them the text with the other tags taken out, as one
text node already in the form the parser writes into the index (whitespace collapsed,
newlines as spaces, escaped) where that gives the same result, and a whitespace node split
off at either end where the parser's whitespace rule depends on what came before (comments
split it off; the parser ignores comments). The search index made from it is the one the
full block gives; `splice` puts the short form into the HTML that the search plugin reads and
the theme renders, and `splice_unsearched` puts the full block into the written page.

A block is given whole (None) unless it is plain, well-nested markup that nothing but this
reasoning depends on: every tag among `TAGS`, no heading, no `pre`, `script` or `style`, no
comment or other `<!...>`, no `data-search-*` attribute, nothing named `linenodiv`, end tags
matching their start tags. `Check` compares, on the first page of each build that has short
forms, the theme's own parser on the page with the full blocks and with the short forms; any
difference (another theme version, another parser) switches the short forms off.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from typing import Any

log = logging.getLogger("mkdocs.plugins.briefing")

# the tags the theme's search parser keeps in the index text (material/plugins/search)
KEPT = frozenset(("p", "code", "li", "ol", "ul", "sub", "sup"))
# the other tags a short form may stand for: they only split the text (no heading, no pre,
# script, style, object, nor any element html.parser reads as raw text)
TAGS = KEPT | frozenset((
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "col", "colgroup", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "hr", "i",
    "img", "ins", "kbd", "mark", "q", "s", "small", "span", "strong", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "var", "wbr"))
# html.parser's void elements as the theme lists them (no end tag, no effect)
VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"))
# a start or end tag with quoted attribute values; anything else with "<" falls back
_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"""
                  r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*(/?)>""")
SPLIT = "<!---->"  # ends a text node without any other effect on the parser


def short_form(block: str) -> str | None:
    """The block's short form, or None when it must be given whole."""
    # (a heading, a comment, <!DOCTYPE> are found below: not in TAGS, or not a tag)
    if "data-search-" in block or "linenodiv" in block:
        return None
    parts = _TAG.split(block)  # text, then 3 groups and text for each tag
    texts = parts[::4]
    # text before the first or after the last tag would be one text node with the page's
    # text around the block, which the comments around the short form would split
    if len(texts) < 3 or texts[0] or texts[-1] or "<" in "".join(texts):
        return None
    names = parts[2::4]
    if not TAGS.issuperset(names):  # the generator writes lower case: lower only if not
        names = [name.lower() for name in names]
        if not TAGS.issuperset(names):
            return None
    out: list[str] = []
    run: list[str] = []  # text nodes since the last kept tag
    stack: list[str] = []
    push, pop, add, put = stack.append, stack.pop, run.append, out.append
    for closing, name, empty, text in zip(parts[1::4], names, parts[3::4], texts[1:],
                                          strict=True):
        if name in VOID:
            if closing:
                return None
        elif closing:
            if empty or not stack or pop() != name:
                return None
            if name in KEPT:
                if run:
                    _run(run, out)
                put(f"</{name}>")
        elif empty:  # <x/>: a start and an end tag
            if name in KEPT:
                if run:
                    _run(run, out)
                out += [f"<{name}>", f"</{name}>"]
        else:
            push(name)
            if name in KEPT:
                if run:
                    _run(run, out)
                put(f"<{name}>")
        if text:
            add(html.unescape(text) if "&" in text else text)
    if stack:
        return None
    if run:
        _run(run, out)
    if not out:  # no text and no kept tag: nothing to shorten
        return None
    return "".join(out)


def _run(run: list[str], out: list[str]) -> None:
    """Write the text nodes between two kept tags (at least one) as the parser would index
    them: one node, with a whitespace node split off at either end (kept or dropped by the
    parser depending on the text before it, or ending the text in whitespace)."""
    if len(run) == 1:  # the usual run: one text node
        text = run[0]
        out.append(" " if text.isspace() else _escape(text))
        run.clear()
        return
    words = [i for i, text in enumerate(run) if not text.isspace()]
    if not words:
        out.append(" ")
    else:
        first, last = words[0], words[-1]
        if first:
            out += [" ", SPLIT]
        middle: list[str] = []
        space = False
        for text in run[first:last + 1]:
            if text.isspace():
                if not space:
                    middle.append(" ")
                    space = True
            else:
                middle.append(text)
                space = False
        out.append(_escape("".join(middle)))  # escaped once: a space is its own escape
        if last < len(run) - 1:
            out += [SPLIT, " "]
    run.clear()


def _escape(text: str) -> str:
    """`html.escape(text.replace("\n", " "), quote=False)`, as the parser writes text."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text.replace("\n", " ") if "\n" in text else text


class Check:
    """Whether the short forms give the theme's search parser the same sections: decided on
    the first page given to `same`, with the theme's own parser; False without it."""

    def __init__(self, parser: Callable[[], Any] | None) -> None:
        self.parser = parser
        self.verdict: bool | None = None if parser is not None else False

    def same(self, full: str, short: str) -> bool:
        if self.verdict is None:
            try:
                self.verdict = _sections(self.parser, full) == _sections(self.parser, short)
            except Exception:  # another parser than the one this was written for
                self.verdict = False
            if not self.verdict:
                log.info("briefing: the search index reads whole blocks (the theme's search "
                         "parser differs from the one the short forms were made for)")
        return self.verdict


def _sections(parser: Any, content: str) -> list[tuple[Any, ...]]:
    found = parser()
    found.feed(content)
    found.close()
    return [(s.el.tag, s.id, s.depth, s.is_excluded(), "".join(s.title), "".join(s.text))
            for s in found.data]


def theme_parser(config: Any) -> Callable[[], Any] | None:
    """The parser of Material's search plugin, when it makes this site's index."""
    search = config.plugins.get("material/search")
    if search is None or not getattr(search.config, "enabled", False):
        return None
    try:
        from material.plugins.search import plugin
    except ImportError:
        return None
    try:
        if plugin.void != VOID or set(plugin.Parser().keep) != KEPT | {"pre"}:
            return None
    except Exception:  # another parser than the one this was written for
        return None
    return plugin.Parser  # type: ignore[no-any-return]


class Forms:
    """`short_form` of each block, kept from one build to the next (under `mkdocs serve` the
    same block objects come back for unchanged pages); `next_build` forgets the blocks the
    last build did not use."""

    def __init__(self) -> None:
        self._last: dict[str, str | None] = {}
        self._now: dict[str, str | None] = {}

    def __call__(self, block: str) -> str | None:
        form = self._now.get(block, self)
        if form is self:
            form = self._last.get(block, self)
            if form is self:
                form = short_form(block)
            self._now[block] = form  # type: ignore[assignment]
        return form  # type: ignore[return-value]

    def next_build(self) -> None:
        self._last, self._now = self._now, {}

    def clear(self) -> None:
        self._last, self._now = {}, {}
