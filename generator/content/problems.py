"""Problems found in content, each tied to a file, line and column."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, as a person reads it."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}:{self.column}: {self.message}")


class ContentError(Exception):
    """The content has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# Control characters and bidirectional overrides in a value could rewrite the terminal or
# reorder what a person reads; messages show them as escapes instead.
_UNSEEN = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
                     "\ud800-\udfff]")
# Text shown to be read (`briefing review`) keeps the zero-width joiners, ZWNJ and ZWJ: they are
# parts of words (Persian, Hindi, Malayalam) and of emoji, and neither move nor reorder anything
_UNSEEN_IN_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069"
                             "\ufeff\ud800-\udfff]")


def printable(text: str, joiners: bool = False) -> str:
    """The text with every control or direction character written as an escape like \\x1b;
    with `joiners`, ZWNJ and ZWJ as they are."""
    return (_UNSEEN_IN_TEXT if joiners else _UNSEEN).sub(lambda m: ascii(m.group())[1:-1], text)


def quoted(value: object, limit: int = 60) -> str:
    """A value quoted for a message, cut short when it is long."""
    text = str(value)
    return f"'{text[:limit]}...'" if len(text) > limit else f"'{text}'"


def did_you_mean(word: str, choices: object) -> str:
    """Return " (did you mean 'x'?)" for the closest choice, or "" when none is close."""
    word = str(word)[:100]  # difflib is quadratic: a pasted paragraph must not stall it
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.6)  # type: ignore[attr-defined]
    return f" (did you mean '{close[0]}'?)" if close else ""


def display_path(path: Path, root: Path) -> str:
    """The path as the person sees it: relative to the project when it is inside it."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):  # a link loop: name the link itself
        resolved = path.parent.resolve() / path.name
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
