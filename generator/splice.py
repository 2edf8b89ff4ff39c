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
from dataclasses import dataclass

from markupsafe import Markup

OPEN = "<!-- briefing:html -->\n"
CLOSE = "\n<!-- /briefing:html -->"
_ID = re.compile(r'\sid="([^"]*)"')


def verbatim(block: str) -> Markup:
    """An HTML block marked to skip Markdown under the plugin; it must stand on its own lines,
    with a blank line before and after it, as any raw HTML block in Markdown does."""
    return Markup(f"{OPEN}{block}{CLOSE}")


@dataclass
class Cut:
    """The blocks cut out of one page, as UTF-8 (half the memory of most of them as str),
    and the placeholder that stands for block n: f"{token}{n}"."""

    token: str
    blocks: list[bytes]

    def anchors(self) -> set[str]:
        """The ids the blocks hold, which links to the page may point at."""
        return {html.unescape(found) for block in self.blocks
                for found in _ID.findall(block.decode("utf-8"))}


def cut(markdown: str) -> tuple[str, Cut | None]:
    """The Markdown with each marked block replaced by its placeholder, and the blocks;
    (markdown, None) when it has none. The placeholder is made from a hash of the page, so
    no text on it can hold one, and the same page gets the same placeholders every build."""
    if OPEN not in markdown:
        return markdown, None
    token = f"briefing-html-{hashlib.blake2b(markdown.encode('utf-8'), digest_size=8).hexdigest()}-"
    pieces = markdown.split(OPEN)
    out, blocks = [pieces[0]], []
    for piece in pieces[1:]:
        end = piece.find(CLOSE)
        if end < 0:  # not closed: left to Markdown as it is
            out.append(OPEN + piece)
            continue
        out.append(f"{token}{len(blocks)}")
        blocks.append(piece[:end].encode("utf-8"))
        out.append(piece[end + len(CLOSE):])
    if not blocks:
        return markdown, None
    return "".join(out), Cut(token, blocks)


def splice(content: str, page_cut: Cut) -> str:
    """The page's HTML with each placeholder (a paragraph, as Markdown made it) replaced by its
    block."""
    pattern = re.compile(rf"(?:<p>)?{re.escape(page_cut.token)}(\d+)(?:</p>)?")
    return pattern.sub(lambda m: page_cut.blocks[int(m.group(1))].decode("utf-8"), content)
