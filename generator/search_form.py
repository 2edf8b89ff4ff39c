"""What the theme's search index reads of each spliced block, without parsing it.

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
full block gives.

The parser does not read even the short form: `splice` leaves a comment naming the block in
the HTML that the search plugin reads and the theme renders, and the parser made by
`with_forms` (the theme's own, with a `handle_comment`) adds the block's short form
(`form_items`, the pieces of `short_form`) to the section where it meets that comment, as
the theme's handlers would add it (`_add`; through the handlers themselves where the parser
is inside a heading, an excluded element, a `pre` or before any section).
`splice_unsearched` puts the full block into the written page.

A block is given whole (None) unless it is plain, well-nested markup that nothing but this
reasoning depends on: every tag among `TAGS`, no heading, no `pre`, `script` or `style`, no
comment or other `<!...>`, no `data-search-*` attribute but `data-search-exclude` on an `<a>`
or `<thead>` as the generator writes them (left out, as the parser leaves them out), nothing
named `linenodiv`, end tags matching their start tags. Markup spelled as the generator
writes it (lower-case names, one space before each attribute, values in double quotes:
`_PLAIN`) is read by a quicker expression
and loop; any other spelling by the general one (`_any_form_items`), which gives the same
pieces for the same markup. `Check` compares, on the first page of each build that has short
forms, the theme's own parser on the page with the full blocks and the parser of
`with_forms` on the page with the comments; any difference (another theme version, another
parser) switches the short forms off.
"""

from __future__ import annotations

import functools
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
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "col", "colgroup", "data", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "hr", "i",
    "img", "ins", "kbd", "mark", "q", "s", "small", "span", "strong", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "var", "wbr"))
# html.parser's void elements as the theme lists them (no end tag, no effect)
VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"))
# a start or end tag with quoted attribute values; anything else with "<" falls back
_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"""
                  r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*(/?)>""")
# the same, as the generator writes tags: the "/" and name as one group (possessive
# quantifiers: no backtracking, which none of these parts would need)
_PLAIN = re.compile(r"""<(/?[a-z][a-z0-9]*+)(?: [a-z_:][-a-z0-9_:.]*+(?:="[^"]*+")?)*+>""")
_PLAIN_START = {name: f"/{name}" for name in TAGS - KEPT - VOID}  # start tag: its end tag
_PLAIN_END = frozenset(_PLAIN_START.values())
_KEPT_START = {name: (f"/{name}", f"<{name}>") for name in KEPT}
_KEPT_END = {f"/{name}": f"</{name}>" for name in KEPT}
SPLIT = "<!---->"  # ends a text node without any other effect on the parser
# an <a> or <thead> left out of the index (`data-search-exclude`, as pages.lines writes it on
# the editors' links and a table's column names), spelled as the generator writes tags: the
# parser reads nothing inside it, as of an empty <span>, which, like its own tags, splits the
# text around it. Attributes are matched whole, so the words in a value never match.
_ATTR = r' [a-z_:][-a-z0-9_:.]*+(?:="[^"]*+")?'
_EXCLUDED = re.compile(rf'<(a|thead)(?:{_ATTR})*? data-search-exclude(?:="[^"]*+")?'
                       rf'(?:{_ATTR})*+>(.*?)</\1>', re.S)
_AS_EXCLUDED = "<span></span>"


def short_form(block: str) -> str | None:
    """The block's short form as HTML, or None when it must be given whole."""
    items = form_items(block)
    return None if items is None else "".join(items)


def form_items(block: str) -> list[str] | None:
    """The pieces of the block's short form (kept tags, escaped texts, `SPLIT`), or None
    when it must be given whole.

    Markup as the generator writes it (`_PLAIN`: lower-case names, one space before each
    attribute, values in double quotes) is read here; anything else, and any block this
    loop would give whole, by `_any_form_items`, which gives the same pieces for markup
    like this (`tests/test_search_form.py` compares them)."""
    if "data-search-" in block:
        block = _without_excluded(block)
    if "data-search-" in block or "linenodiv" in block:
        return None
    parts = _PLAIN.split(block)  # text, then the tag's "/" and name and the text after it
    texts = parts[::2]
    if len(texts) < 3 or texts[0] or texts[-1] or "<" in "".join(texts):
        return _any_form_items(block)
    out: list[str] = []
    run: list[str] = []  # text nodes since the last kept tag
    stack: list[str] = []  # the end tags expected
    push, pop, add, put = stack.append, stack.pop, run.append, out.append
    plain_start, kept_start, kept_end = _PLAIN_START, _KEPT_START, _KEPT_END
    for key, text in zip(parts[1::2], texts[1:], strict=True):
        end = plain_start.get(key)
        if end is not None:
            push(end)
        elif key in _PLAIN_END:
            if not stack or pop() != key:
                return _any_form_items(block)
        elif key in kept_start:
            end, tag = kept_start[key]
            push(end)
            if run:
                _run(run, out)
            put(tag)
        elif key in kept_end:
            if not stack or pop() != key:
                return _any_form_items(block)
            if run:
                _run(run, out)
            put(kept_end[key])
        elif key not in VOID:  # an unknown tag, or the end tag of a void element
            return _any_form_items(block)
        if text:
            add(html.unescape(text) if "&" in text else text)
    if stack:
        return _any_form_items(block)
    if run:
        _run(run, out)
    return out or None


def _any_form_items(block: str) -> list[str] | None:
    """`form_items` of any block: tags with any spacing, quoting and case."""
    # (a heading, a comment, <!DOCTYPE> are found below: not in TAGS, or not a tag; the
    # parser reads attribute names in lower case)
    if "data-search-" in block:
        block = _without_excluded(block)
    if "data-search-" in block.lower() or "linenodiv" in block:
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
    return out


def _without_excluded(block: str) -> str:
    """The block with each excluded <a> or <thead> (`_EXCLUDED`) as an empty <span>; one that
    holds a tag of its own name in any spelling, or markup a short form would not stand for
    (a heading, which starts a section even there; tags not well nested), is left (the block
    is then given whole)."""
    def empty(match: re.Match[str]) -> str:
        inner, name = match.group(2), match.group(1)
        plain = "<" not in inner or (
            not re.search(rf"<{name}[\s/>]", inner, re.I)
            and _any_form_items(f"<span>{inner}</span>") is not None)
        return _AS_EXCLUDED if plain else match.group(0)
    return _EXCLUDED.sub(empty, block)


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
    """Whether the parser of `with_forms` gives the same sections as the theme's search
    parser on the full blocks: decided on the first page given to `same`, with the theme's
    own parser; False without it. With `kept` (under `mkdocs serve`), decided once per parser
    in the process: the verdicts by parser, kept from build to build."""

    def __init__(self, parser: Callable[[], Any] | None,
                 kept: dict[Any, bool] | None = None) -> None:
        self.parser = parser
        self.reader = with_forms(parser) if parser is not None else None
        self.verdict: bool | None = None if parser is not None else False
        self.kept = kept
        if parser is not None and kept is not None:
            self.verdict = kept.get(parser)

    def same(self, full: str, marked: str, forms: dict[str, list[str]]) -> bool:
        """Whether `marked` (blocks as comments named in `forms`) reads as `full`."""
        if self.verdict is None:
            reader = self.reader
            assert reader is not None
            try:
                self.verdict = (_sections(self.parser, full)
                                == _sections(lambda: reader(forms), marked))
            except Exception:  # another parser than the one this was written for
                self.verdict = False
            if not self.verdict:
                log.info("briefing: the search index reads whole blocks (the theme's search "
                         "parser differs from the one the short forms were made for)")
            if self.kept is not None:
                self.kept[self.parser] = self.verdict
        return self.verdict


def _sections(parser: Any, content: str) -> list[tuple[Any, ...]]:
    found = parser()
    found.feed(content)
    found.close()
    return [(s.el.tag, s.id, s.depth, s.is_excluded(), "".join(s.title), "".join(s.text))
            for s in found.data]


def with_forms(parser: Callable[[], Any]) -> Callable[[dict[str, list[str]]], Any]:
    """The theme's search parser, reading at each comment named in `forms` that block's
    short form: a subclass whose `handle_comment` adds it (the theme's parser ignores
    comments)."""

    class WithForms(parser):  # type: ignore[misc, valid-type]
        def __init__(self, forms: dict[str, list[str]]) -> None:
            super().__init__()
            self.forms = forms

        def handle_comment(self, data: str) -> None:
            items = self.forms.get(data)
            if items is None:
                super().handle_comment(data)
            else:
                _add(self, items)

    return WithForms


def _add(parser: Any, items: list[str]) -> None:
    """Add a short form's pieces to the parser's current section as its handlers would,
    reading the short form's HTML (a comment for `SPLIT`): a kept start tag is written, its
    end tag written or, with nothing but whitespace after the section's first such start tag,
    the start tag and that whitespace dropped; a whitespace node is written unless the text
    ends in whitespace. Where that does not hold (no section yet, inside a heading, a `pre`
    or an excluded element, or a section whose heading's parent the block's end tags would
    close) the pieces go through the handlers themselves."""
    section, context = parser.section, parser.context
    if (section is None or "pre" in context or section.el in context
            or parser.skip.intersection(context) or section.depth > len(context) + 1):
        _replay(parser, items)
        return
    text = section.text
    append = text.append
    for item in items:
        if item[0] != "<":
            if item != " " or not text or not text[-1].isspace():
                append(item)
        elif item[1] == "/":
            index = text.index("<" + item[2:])
            for i in range(index + 1, len(text)):
                if not text[i].isspace():
                    append(item)
                    break
            else:
                del text[index:]
        elif item != SPLIT:
            append(item)


def _replay(parser: Any, items: list[str]) -> None:
    """The pieces through the parser's handlers, as `html.parser` hands it the short form."""
    for item in items:
        if item[0] != "<":
            parser.handle_data(html.unescape(item) if "&" in item else item)
        elif item[1] == "/":
            parser.handle_endtag(item[2:-1])
        elif item != SPLIT:
            parser.handle_starttag(item[1:-1], [])


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
    """`form_items` of each block, kept from one build to the next (under `mkdocs serve` the
    same block objects come back for unchanged pages); `next_build` forgets the blocks the
    last build did not use."""

    def __init__(self) -> None:
        self._last: dict[str, list[str] | None] = {}
        self._now: dict[str, list[str] | None] = {}

    def __call__(self, block: str) -> list[str] | None:
        form = self._now.get(block, self)
        if form is self:
            form = self._last.get(block, self)
            if form is self:
                form = form_items(block)
            self._now[block] = form  # type: ignore[assignment]
        return form  # type: ignore[return-value]

    def next_build(self) -> None:
        self._last, self._now = self._now, {}

    def clear(self) -> None:
        self._last, self._now = {}, {}


# a briefing's timeline row as `pages.lines.event_row` writes it: when, the entry's anchor and
# what happened, who (the source cell after it is not read)
_CELL = r"([^<]*+(?:<(?!/td>)[^<]*+)*+)"  # a cell's content, up to its </td>
_EVENT_ROW = re.compile(rf'<tr><td>{_CELL}</td> <td><span class="anchor" id="(event-[^"]*+)">'
                        rf"</span>{_CELL}</td> <td>{_CELL}</td>")
_TAGS = re.compile(r"<[^>]*+>")
_DRAFTED_TEXT = re.compile(r' <span class="drafted-mark"[^>]*+>[^<]*+</span>')


def _plain(cell: str) -> str:
    """A cell's text as the theme's parser writes it into the index (escaped, one space)."""
    if "<" in cell:
        cell = _TAGS.sub("", cell)
    if "&" not in cell:  # nothing escaped (the page escapes "<", ">" and "&"): as it is
        return " ".join(cell.split())
    return html.escape(" ".join(html.unescape(cell).split()), quote=False)


def event_entries(section: dict[str, Any], sources: list[str]) -> list[dict[str, Any]]:
    """The entries of a briefing's Timeline section, one per dated entry (its anchor, what
    happened as the title, when and who as the text), from the rows of the first of
    `sources` (the page's blocks, then its HTML) that holds any; [] where none does.

    Material's search shows a page's own entry first and folds every section scoring below
    the best; a section as long as a whole timeline, whose title ("Timeline") holds none of
    the words searched, never scored above a briefing whose title holds one of them, so
    "Kim invites" showed the briefing's summary with "Missing: invites" and folded the
    entry "Kim invites Putin to visit North Korea." An entry of its own, titled by what
    happened, is the best match for its words and is shown first, linking to the row."""
    return _row_entries(section, sources, 'class="anchor" id="event-', _EVENT_ROW,
                        lambda when, anchor, what, who: (
                            anchor, _plain(_DRAFTED_TEXT.sub("", what)),
                            f"{_plain(when)} · {_plain(who)}"))


def _row_entries(section: dict[str, Any], sources: list[str], marker: str,
                 rows: re.Pattern[str],
                 entry: Callable[..., tuple[str, str, str]]) -> list[dict[str, Any]]:
    """One entry per table row of `rows`: `entry` gives, from the row's cells, its anchor,
    title and text; the entry links to the anchor on the section's page. From the first of
    `sources` (the page's blocks, then its HTML) that holds `marker` and any row."""
    base = section["location"].split("#")[0]
    extra = {key: value for key, value in section.items()
             if key not in ("location", "title", "text")}
    found: list[dict[str, Any]] = []
    for source in sources:
        if marker not in source:
            continue
        for match in rows.finditer(source):
            anchor, title, text = entry(*match.groups())
            found.append({"location": f"{base}#{anchor}", "title": title, "text": text,
                          **extra})
        if found:  # the rows are in one source: the block, or the page that holds it
            return found
    return found


# the search weight of a briefing's actor row: half an actor page's (`_base.md.j2`: 0.5)
ROW_BOOST = 0.25
# a briefing's actor row as `pages.lines.actors_table` writes it: its anchor and name, kind, role
_ACTOR_ROW = re.compile(rf'<tr><td><span class="anchor" id="(actor-[^"]*+)"></span>{_CELL}</td>\n'
                        rf"<td>{_CELL}</td>\n<td>{_CELL}</td></tr>")


def actor_entries(section: dict[str, Any], sources: list[str]) -> list[dict[str, Any]]:
    """The entries of a briefing's Actors section, one per row of its table (its anchor, the
    actor's name as the title, kind and role in the article as the text), from the first of
    `sources` that holds any; [] where none does.

    The table was one entry: "Howell" showed "38 actors: Vladimir Putin, Kim Jong Un, ...
    show all Actor Kind Role in this article Vladimir Putin person Russian president; ...",
    Howell's row out of view, and linked to the folded table.

    Each weighs `ROW_BOOST`, half an actor's page: titled by the name at a briefing's weight,
    a row outranked the actor's own page for a word of its name ("Oxford", "Edward")."""
    found = _row_entries(section, sources, 'class="anchor" id="actor-', _ACTOR_ROW,
                         lambda anchor, name, kind, role: (
                             anchor, _plain(name),
                             " · ".join(filter(None, (_plain(kind), _plain(role))))))
    for entry in found:
        entry["boost"] = ROW_BOOST
    return found


# a claim on its briefing as `pages.lines.claim_block` writes it: its anchor, who (a link or
# the unattributed mark), when, the claim, the drafted mark, the quote, and its standing,
# parties, what it is about and evidence (the edit link in it is out of the index)
_CLAIM = re.compile(r'<div class="claim claim--[^"]*+" id="(claim-[^"]*+)"[^>]*+>\n'
                    r"<p><strong>(.*?)</strong>((?: \([^<]*?\))?): ([^<]*?)"
                    r'((?: <span class="drafted-mark"[^>]*+>[^<]*+</span>)?)'
                    r'(?: <q class="claim-quote">([^<]*+)</q>)?\n'
                    r'<span class="claim-meta">(.*?)</span></p>\n</div>', re.S)
_EXCLUDED_LINK = re.compile(r"<a [^>]*?\bdata-search-exclude\b[^>]*+>[^<]*+</a>")
_STANDING_SECTION = re.compile(r"(Asserted|Denied|Disputed|Confirmed) \((\d+)\)")


def claim_entries(section: dict[str, Any], sources: list[str]) -> list[dict[str, Any]]:
    """The entries of one standing section of a briefing's claims ("Asserted (26)"), one per
    claim: who claims what as its title (drafted mark left out), when, the quote and the
    standing with its parties as its text, linking to the claim's anchor. [] unless every
    claim the heading counts is found in the section's text (its lead, "who (when): claim",
    as the theme's parser wrote it), so that nothing is lost from the index.

    Material folds every section scoring below the best of its page under the page's own
    entry: "Putin Eurasia" (Putin in the briefing's title, Eurasia in one claim of the
    6,000-character "Asserted (26)") showed the briefing's summary and folded the claim. A
    claim titled by who claims what is the best match for its words."""
    heading = _STANDING_SECTION.fullmatch(section.get("title", ""))
    if heading is None:
        return []
    base = section["location"].split("#")[0]
    extra = {key: value for key, value in section.items()
             if key not in ("location", "title", "text")}
    text = section.get("text", "")
    found: list[dict[str, Any]] = []
    for source in sources:
        if 'class="claim claim--' not in source:
            continue
        for anchor, lead, title, said in _claims_in(source):
            if lead in text:  # not a claim of another standing's section
                found.append({"location": f"{base}#{anchor}", "title": title, "text": said,
                              **extra})
        if found:  # the claims are in one source: the block, or the page that holds it
            break
    return found if len(found) == int(heading.group(2)) else []


# a claim's standing as `pages.lines.claim_block` writes it (a badge), then its parties' stands
_BADGE = re.compile(r'<span class="standing standing--[^"]*+">([^<]*+)</span>')
_STAND = re.compile(r"(^|;) (denied|disputed|confirmed) by ")


def _said_once(meta: str) -> str:
    """A claim's standing and its parties' stands, each word once: "Denied by North Korea
    ¶2, Russia ¶2 · about ..." for the page's "[Denied] denied by North Korea ¶2; denied by
    Russia ¶2 · about ...", where the badge reads as a badge and the index as "Denied denied
    by". A stand whose verb is not the one before it keeps its verb ("; confirmed by ...")."""
    badge = _BADGE.match(meta)
    if badge is None:
        return meta
    named, rest = badge.group(1), meta[badge.end():]
    verbs = [""]  # the verb of the stand before

    def said(stand: re.Match[str]) -> str:
        verb, before = stand.group(2), verbs[-1]
        verbs.append(verb)
        if not stand.group(1):  # the first stand, after the badge
            return f"{named} by " if verb == named.lower() else f"{named} · {verb} by "
        return ", " if verb == before else f"; {verb} by "

    stands = _STAND.sub(said, rest)
    return stands if stands != rest else f"{named}{rest}"


@functools.lru_cache(maxsize=8)
def _claims_in(source: str) -> list[tuple[str, str, str, str]]:
    """The claims of a page's HTML, each as its anchor, its lead ("who (when): claim" as the
    theme's parser writes it), its title and its text; read once for all the page's standing
    sections (reading the page for each of them took 3 s of CPU per build at 1,000 briefings)."""
    claims = []
    for anchor, who, when, claim, drafted, quote, meta in _CLAIM.findall(source):
        parts = [_plain(f"{who}{when}")]
        if quote:
            parts.append(_plain(quote))
        parts.append(_plain(_said_once(_EXCLUDED_LINK.sub("", meta))))
        claims.append((anchor, _plain(f"{who}{when}: {claim}{drafted}"), _plain(claim),
                       " · ".join(parts)))
    return claims
