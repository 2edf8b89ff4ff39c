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

import html
import re
import secrets

from markupsafe import Markup

OPEN = "<!-- briefing:html -->\n"
CLOSE = "\n<!-- /briefing:html -->"
# what stands for block n in the Markdown: random for each process (no page's text can hold
# it), the same for every build of one `mkdocs serve`, whose cache keys pages by their Markdown
TOKEN = f"briefing-html-{secrets.token_hex(8)}-"
_PLACEHOLDER = re.compile(rf"(?:<p>)?{re.escape(TOKEN)}(\d+)(?:</p>)?")
_ID = re.compile(r'\sid="([^"]*)"')


def verbatim(block: str) -> Markup:
    """An HTML block marked to skip Markdown under the plugin; it must stand on its own lines,
    with a blank line before and after it, as any raw HTML block in Markdown does."""
    return Markup(f"{OPEN}{block}{CLOSE}")


def cut(markdown: str) -> tuple[str, list[str]]:
    """The Markdown with each marked block replaced by its placeholder, and the blocks in
    order ([] when it has none)."""
    if OPEN not in markdown:
        return markdown, []
    pieces = markdown.split(OPEN)
    out, blocks = [pieces[0]], list[str]()
    for piece in pieces[1:]:
        end = piece.find(CLOSE)
        if end < 0:  # not closed: left to Markdown as it is
            out.append(OPEN + piece)
            continue
        out.append(f"{TOKEN}{len(blocks)}")
        blocks.append(piece[:end])
        out.append(piece[end + len(CLOSE):])
    return "".join(out), blocks


def anchors(blocks: list[str]) -> set[str]:
    """The ids the blocks hold, which links to the page may point at."""
    return {html.unescape(found) for block in blocks for found in _ID.findall(block)}


def splice(content: str, blocks: list[str]) -> str:
    """The page's HTML with each placeholder (a paragraph, as Markdown made it) replaced by its
    block."""
    return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], content)
