"""Problems found in content, each tied to a file, line and column."""

from __future__ import annotations

import difflib
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
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ContentError(Exception):
    """The content has problems; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(word: str, choices: object) -> str:
    """Return " (did you mean 'x'?)" for the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)  # type: ignore[attr-defined]
    return f" (did you mean '{close[0]}'?)" if close else ""


def display_path(path: Path, root: Path) -> str:
    """The path as the person sees it: relative to the project when it is inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
