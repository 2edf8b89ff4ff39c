"""Long pages in parts of bounded size, so that no page grows with the whole content.

Python-Markdown's cost grows faster than the length of a page, and a browser struggles
with a page of tens of megabytes; the claims index, the timeline and the page of an actor
named in thousands of articles would otherwise grow with the whole content. Pages that fit
in one part keep their single page, unchanged.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

PART_SIZE = 400  # entries (claims, events, briefings) per part

T = TypeVar("T")


@dataclass(frozen=True)
class Pager:
    """Where a part stands among the parts of its page; links are relative to the part."""

    number: int
    count: int
    previous: str = ""
    next: str = ""


def chunks(items: Sequence[T], size: int = PART_SIZE) -> list[Sequence[T]]:
    """The items in consecutive slices of at most `size`; one empty slice for no items."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [items[:0]]


def part_paths(first: str, count: int) -> list[str]:
    """The paths of a page's parts: 'claims.md', then 'claims/2.md', 'claims/3.md', ..."""
    folder = first.removesuffix(".md")
    return [first] + [f"{folder}/{n}.md" for n in range(2, count + 1)]


def pagers(paths: list[str]) -> list[Pager | None]:
    """A pager for each part, or [None] for a page in one part."""
    if len(paths) == 1:
        return [None]

    def link(source: str, target: str) -> str:
        return posixpath.relpath(target, posixpath.dirname(source) or ".")

    return [Pager(n + 1, len(paths), link(path, paths[n - 1]) if n else "",
                  link(path, paths[n + 1]) if n + 1 < len(paths) else "")
            for n, path in enumerate(paths)]


def base_of(path: str) -> str:
    """The relative path from a page to the site's root: '', '../', '../../'."""
    return "../" * path.count("/")
