"""Where the tool's own files are: the page templates, the theme overrides, the starter site
and the pages and assets `briefing init` copies.

In a checkout (and an editable install) they live beside the package; a plain `pip install`
ships them inside it, as `generator/_tool/` (setup.py copies them there when building).
"""

from __future__ import annotations

from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
SHIPPED = Path(__file__).resolve().parent / "_tool"


def tool_root() -> Path:
    """The folder that holds templates/, starter/ and docs/ of the tool."""
    return SHIPPED if (SHIPPED / "templates").is_dir() else CHECKOUT
