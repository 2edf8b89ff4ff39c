"""The drafting engine: from a raw article to cleaned text and a drafted briefing (offline,
rules-based), and redraft, which merges a new draft into a briefing a person has worked on.

The engine (`engine.py`: some 500 regular expressions compiled at import, about half a second)
is loaded on first use of what needs it, so `briefing review`, which reads a briefing's layout
and its sentences but drafts nothing, starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import DraftError
from .redraft import redraft_yaml

if TYPE_CHECKING:
    from .engine import Draft, draft_file, draft_text, read_article, redraft_text, story_day

__all__ = ["Draft", "DraftError", "draft_file", "draft_text", "read_article", "redraft_text",
           "redraft_yaml", "story_day"]
_ENGINE = frozenset(__all__) - {"DraftError", "redraft_yaml"}


def __getattr__(name: str) -> Any:
    if name in _ENGINE:
        from . import engine
        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
