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


HALF_CHARACTER = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair, which no file or page can hold: what an escape such as "\\ud800"
in double-quoted YAML gives, and how Python keeps each byte it could not read as UTF-8 (an
argument or an answer typed in a Latin-1 terminal: U+DC80 to U+DCFF, 'surrogateescape')."""

ESCAPED_HALF = ("an escape such as \\ud800 here stands for half a character; write the "
                "character itself, or \\U0001F600 for one beyond \\uFFFF")
"""The message for a YAML value or key holding `HALF_CHARACTER`."""


def not_utf8(text: str) -> str | None:
    """For text typed in a terminal (an argument, an answer) that holds bytes that are not
    UTF-8, what to say, showing the text as a person reads it: each such byte as U+FFFD and
    named after it ('Caf\\udce9' told nobody what went wrong, attack14); else None."""
    if not HALF_CHARACTER.search(text):
        return None
    codes = list(dict.fromkeys(ord(c) - 0xDC00 for c in HALF_CHARACTER.findall(text)))
    named = " ".join(f"0x{code:02x}" if 0x80 <= code <= 0xFF else f"U+{code + 0xDC00:04X}"
                     for code in codes[:8]) + (" ..." if len(codes) > 8 else "")
    shown = printable(HALF_CHARACTER.sub("\ufffd", text))
    one = len(codes) == 1
    return (f"'{shown}' holds {'a byte that is' if one else 'bytes that are'} not UTF-8 "
            f"({named}, shown as \ufffd); type it again in a UTF-8 terminal")


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
