"""Raw HTML blocks that skip Python-Markdown: cut out of a page's Markdown, put back in its HTML.

The long parts of generated pages (a briefing's claims, actors and timeline tables; the lists
of actor pages and of the claims and timeline indexes; charts; JSON-LD) are written as final
HTML. Python-Markdown would pass them through unchanged, but only after its HTML-block
parser and MkDocs' anchor scanner have each read them: most of a large site's build time.

The generator marks each such block (`verbatim`), so the Markdown stays a complete page that
any MkDocs build renders as before. The plugin cuts the marked blocks out before Markdown
(`cut`), leaving a placeholder paragraph, registers the anchors they hold, and puts them
back into the page's HTML (`splice`) just before the theme and the search index read it.
"""

from __future__ import annotations

import hashlib
import html
import re
import secrets
from collections.abc import Callable, Iterator
from typing import Any
from xml.etree import ElementTree

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.util import AtomicString
from markupsafe import Markup

OPEN = "<!-- briefing:html -->\n"
# a list whose entries are found by search on their briefings: kept out of the theme's search
# index, put into the page after the search plugin has read it
OPEN_UNSEARCHED = "<!-- briefing:html unsearched -->\n"
CLOSE = "\n<!-- /briefing:html -->"
_OPENING = "<!-- briefing:html"
# what stands for block n in the Markdown: f"{PREFIX}{digest of the page's blocks}-{n}". The
# prefix is random for each process, so no page's text can hold it; the digest makes the
# Markdown and its HTML change with the blocks, as `mkdocs serve`'s cache needs
PREFIX = f"briefing-html-{secrets.token_hex(8)}-"
_PLACEHOLDER = re.compile(rf"(?:<p>)?{re.escape(PREFIX)}([0-9a-f]{{16}})-(\d+)(?:</p>)?")
# in the HTML the theme renders: the comment that stands for an `Unsearched` block, or for a
# block that the theme's search parser reads in its short form (generator/search_form.py)
_MARKED = re.compile(rf"<!--{re.escape(PREFIX)}([0-9a-f]{{16}})-(\d+)(-s)?-->")


_TOKEN = re.compile(rf"{re.escape(PREFIX)}[0-9a-f]{{16}}-\d+")


class Unsearched(str):
    """A block kept out of the theme's search index."""

    __slots__ = ()
_ID = re.compile(r'\sid="([^"]*)"')
_SPACE_ID = re.compile(r' id="([^"]*)"')


def verbatim(block: str, search: bool = True) -> Markup:
    """An HTML block marked to skip Markdown under the plugin; it must stand on its own lines,
    with a blank line before and after it, as any raw HTML block in Markdown does. Without
    `search`, the theme's search index leaves it out."""
    return Markup(f"{OPEN if search else OPEN_UNSEARCHED}{block}{CLOSE}")


def verbatim_lines(lines: list[str], search: bool = True) -> Markup:
    """`verbatim("\\n".join(lines), search)`, the lines copied once, not three times: the
    lists of a large site are most of its Markdown."""
    opening = OPEN if search else OPEN_UNSEARCHED
    return Markup("\n".join([opening[:-1], *(lines or [""]), CLOSE[1:]]))


def cut(markdown: str, token: str = "") -> tuple[str, list[str]]:
    """The Markdown with each marked block replaced by its placeholder, and the blocks in
    order ([] when it has none). The placeholders carry the blocks' digest, or `token` (16 hex
    digits, unique to the page) where nothing is kept from one build to the next: under
    `mkdocs build`, hashing the blocks (171 MB at 1,000 story articles) took 0.3 s."""
    kept, blocks = _pieces(markdown)
    if not blocks:
        return markdown, []
    blocks.digest = token or _digest(blocks)
    token = f"{PREFIX}{blocks.digest}-"
    out = [kept[0]]
    for n, rest in enumerate(kept[1:]):  # a paragraph of its own, whatever follows the block
        out += [f"\n\n{token}{n}\n\n", rest]
    return "".join(out), blocks


def page_token(page: str) -> str:
    """A token for `cut` unique to the page (its path), in the digest's form."""
    return hashlib.blake2b(page.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def blocks_in(data: bytes, digest: str) -> list[str]:
    """`cut(markdown)[1]`, for Markdown given as its UTF-8 bytes (a generated page's file)
    whose blocks are known to have this digest: only the blocks are decoded. The markers are
    ASCII, so they stand at the same places in the bytes as in the text, and each block's
    bytes are whole characters."""
    blocks = _Blocks()
    view = memoryview(data)
    for _, begin, end, unsearched in _spans(data, _BYTES):
        block = str(view[begin:end], "utf-8")
        blocks.append(Unsearched(block) if unsearched else block)
    blocks.digest = digest
    return blocks


def same_blocks(whole: str, part: str) -> bool:
    """Whether `cut(whole)` gives the blocks of `cut(part)`, known without cutting: `part`
    ends `whole`, and what comes before it marks no block (a page's Markdown in its file)."""
    return whole.endswith(part) and _OPENING not in whole[:len(whole) - len(part)]


def digest_of(blocks: list[str]) -> str:
    """The digest that the placeholders of these blocks carry."""
    return _digest(blocks)


def _pieces(markdown: str) -> tuple[list[str], _Blocks]:
    """The Markdown around the marked blocks, and the blocks."""
    blocks, kept, done = _Blocks(), [], 0
    for start, begin, end, unsearched in _spans(markdown, _TEXT):
        kept.append(markdown[done:start])
        block = markdown[begin:end]
        blocks.append(Unsearched(block) if unsearched else block)
        done = end + len(CLOSE)
    kept.append(markdown[done:])
    return kept, blocks


# the markers as text and as UTF-8 bytes: the opening's common start, the two openings, the close
_TEXT = (_OPENING, OPEN, OPEN_UNSEARCHED, CLOSE)
_BYTES = tuple(marker.encode() for marker in _TEXT)


def _spans(text: Any, marks: tuple[Any, ...]) -> Iterator[tuple[int, int, int, bool]]:
    """Where each marked block of the text (str, or bytes with the markers as bytes) stands:
    its opening's start, its own start and end, and whether it is left out of search. The
    text is read as split at each `<!-- briefing:html`: a piece that does not start as an
    opening, or holds no close, marks no block and is left to Markdown."""
    opening, searched, unsearched, close = marks
    starts, at = [], text.find(opening)
    while at >= 0:
        starts.append(at)
        at = text.find(opening, at + len(opening))
    for n, start in enumerate(starts):
        after = start + len(opening)
        mark = next((m for m in (searched, unsearched) if text.startswith(m[len(opening):], after)),
                    None)
        end = text.find(close, after, starts[n + 1] if n + 1 < len(starts) else len(text))
        if mark is None or end < 0:
            continue
        yield start, start + len(mark), end, mark is unsearched


class Placeholders(Extension):
    """Python-Markdown reads each placeholder as the paragraph it is, without running its
    inline patterns over the placeholder's text (half of what converting a briefing's
    Markdown cost): the same `<p>` element, with the same text, marked as final."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.parser.blockprocessors.register(_Placeholder(md.parser), "briefing-placeholder", 200)

    def __repr__(self) -> str:  # the same for every build (`mkdocs serve` keys pages by it)
        return "generator.splice.Placeholders()"


class _Placeholder(BlockProcessor):
    """A block that is one placeholder (`cut` puts it between blank lines): a paragraph, as
    Python-Markdown's `ParagraphProcessor` makes it outside a tight list."""

    def test(self, parent: ElementTree.Element, block: str) -> bool:
        return (block.startswith(PREFIX) and _TOKEN.fullmatch(block) is not None
                and not self.parser.state.isstate("list"))

    def run(self, parent: ElementTree.Element, blocks: list[str]) -> None:
        paragraph = ElementTree.SubElement(parent, "p")
        paragraph.text = AtomicString(blocks.pop(0))


class Cuts:
    """`cut` and `anchors` of each page's Markdown, kept while the page's Markdown stays the
    same: under `mkdocs serve` most pages are unchanged from one save to the next, and
    cutting, digesting and scanning their blocks again cost seconds at 1,000 articles."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[str, str, list[str], set[str] | None]] = {}

    def cut(self, page: str, markdown: str) -> tuple[str, list[str]]:
        """`cut(markdown)` for the page `page`."""
        kept = self._kept.get(page)
        if kept is not None and kept[0] == markdown:
            return kept[1], kept[2]
        out, blocks = cut(markdown)
        self._kept[page] = (markdown, out, blocks, None)
        return out, blocks

    def anchors(self, page: str, blocks: list[str]) -> set[str]:
        """`anchors(blocks)` for the blocks last cut from the page `page`."""
        kept = self._kept.get(page)
        if kept is None or kept[2] is not blocks:
            return anchors(blocks)
        if kept[3] is None:
            kept = self._kept[page] = (*kept[:3], anchors(blocks))
        assert kept[3] is not None
        return kept[3]

    def keep_only(self, pages: set[str]) -> None:
        """Forget the pages that are no longer in the site."""
        for key in [k for k in self._kept if k.split("\0", 1)[0] not in pages]:
            del self._kept[key]

    def clear(self) -> None:
        self._kept.clear()


class _Blocks(list[str]):
    """The blocks of one page, with their digest worked out once."""

    digest = ""


def _digest(blocks: list[str]) -> str:
    known = getattr(blocks, "digest", "")
    if known:
        return str(known)
    digest = hashlib.blake2b(digest_size=8)
    for block in blocks:
        digest.update(block.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def anchors(blocks: list[str]) -> set[str]:
    """The ids the blocks hold, which links to the page may point at."""
    return {html.unescape(found) for block in blocks for found in _ids(block)}


def _ids(block: str) -> list[str]:
    found = _SPACE_ID.findall(block)  # a literal search, four times faster
    return found if len(found) == block.count('id="') else _ID.findall(block)


def splice(content: str, blocks: list[str],
           short: Callable[[str], list[str] | None] | None = None,
           forms: dict[str, list[str]] | None = None) -> str:
    """The page's HTML with each placeholder (a paragraph, as Markdown made it) replaced by its
    block, or by a comment for an `Unsearched` one, or, with `short`, by a comment for a block
    whose short form `short` gives (put into `forms` by the comment's text, for the theme's
    search parser: generator/search_form.py); `splice_unsearched` puts the blocks of both in
    the written page. Placeholders of other blocks than these are left as they are."""
    digest = _digest(blocks)

    def block(found: re.Match[str]) -> str:
        n = int(found.group(2))
        if found.group(1) != digest or n >= len(blocks):
            return found.group(0)
        if isinstance(blocks[n], Unsearched):
            return f"<!--{PREFIX}{digest}-{n}-->"
        form = short(blocks[n]) if short is not None else None
        if form is not None:
            name = f"{PREFIX}{digest}-{n}-s"
            if forms is not None:
                forms[name] = form
            return f"<!--{name}-->"
        return blocks[n]

    return _PLACEHOLDER.sub(block, content)


def splice_unsearched(output: str, blocks: list[str]) -> str:
    """The written page with the blocks in place of their comments (`Unsearched` blocks and
    those the search index read in a short form): one pass, one new text (a briefing's page
    is about 150 KB, and each copy of it costs fresh memory)."""
    digest = _digest(blocks)
    out, done = [], 0
    for found in _MARKED.finditer(output):
        n = int(found.group(2))
        if found.group(1) != digest or n >= len(blocks):
            continue
        out += [output[done:found.start()], blocks[n]]
        done = found.end()
    return "".join([*out, output[done:]]) if out else output
