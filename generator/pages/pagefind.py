"""Pagefind, the search for large sites: its search page, and indexing the built site.

MkDocs' own search ships the whole index as one JSON file that every visitor downloads
before the first result (mkdocs issue 859). Pagefind splits its index into small fragments
and a search downloads only those its words need. The `pagefind` PyPI package ships the
binary, so nothing is downloaded when the site is built.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

ROOT_SELECTOR = ".md-content__inner"  # the page's article, without Material's nav and header
BUNDLE = "pagefind"


class PagefindError(Exception):
    """Pagefind could not index the site; the message says what to do."""


# Pagefind's documented ranking option (pagefind.app/docs/ranking): how much a page's length
# counts against it, 0 to 1, default 0.75. At the default a word of a briefing listed the short
# actor page that quotes one claim holding it first ("Kharkiv": Ukrainian authorities, 108
# words, above the 3,734-word briefing, whose weight of 4 saturates); at 0.3 the briefing comes
# first for 296 of the seed article's 350 words of six letters or more (227 at 0.75), and an
# actor's name still lists its own page first (its heading outweighs any length).
PAGE_LENGTH = 0.3


def search_ui(bundle: str) -> str:
    """The HTML of Pagefind's own search box and results, loaded from `bundle` (a URL path
    relative to the page, starting with './' or '../' and ending in '/'); results link
    relative to the site's root, wherever the site is hosted; ranked with `PAGE_LENGTH`."""
    return f"""<link href="{bundle}pagefind-ui.css" rel="stylesheet">
<div id="pagefind-search"></div>
<script src="{bundle}pagefind-ui.js"></script>
<script>
  const bundle = new URL("{bundle}", document.baseURI);
  new PagefindUI({{
    element: "#pagefind-search",
    bundlePath: bundle.pathname,
    baseUrl: new URL("..", bundle).pathname,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    ranking: {{ pageLength: {PAGE_LENGTH} }}
  }});
</script>
"""


def search_page(bundle: str) -> str:
    """The Markdown of the site's Search page, with Pagefind's UI loaded from `bundle`."""
    return ("---\ntitle: Search\n---\n# Search\n\nSearch every briefing, actor and claim. "
            "Narrow the results by actor, source or tag.\n\n" + search_ui(bundle))


def weighted(html: str, meta: Mapping[str, object]) -> str:
    """A page's HTML weighted for Pagefind as its front matter's `search: boost:` weights it
    for the theme's search, so that both rank a briefing above the lists that repeat it; a
    page the theme's search leaves out (`search: exclude:`) gives Pagefind no text either."""
    search = meta.get("search")
    if isinstance(search, dict) and search.get("exclude"):  # a list of what briefings hold
        return f'<div data-pagefind-ignore="all">{html}</div>'
    boost = search.get("boost") if isinstance(search, dict) else None
    if not isinstance(boost, int | float) or boost == 1:
        return html
    return f'<div data-pagefind-weight="{min(max(float(boost), 0.0), 10.0):g}">{html}</div>'


def index_site(site_dir: Path) -> float:
    """Run Pagefind over the built site, writing site_dir/pagefind/; return the seconds taken."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir",
               BUNDLE, "--root-selector", ROOT_SELECTOR, "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError as exc:
        raise PagefindError(f"cannot run Pagefind: {exc}; install it with "
                            "pip install 'pagefind[extended]'") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        hint = "install it with pip install 'pagefind[extended]'" if "No module named" in \
            result.stderr else "see its message above"
        raise PagefindError(f"Pagefind failed on {site_dir}: "
                            f"{detail[-1] if detail else 'no message'}; {hint}")
    return time.perf_counter() - started
