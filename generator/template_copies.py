"""A site's copy of one of the tool's templates that the tool has changed since it was made.

A site's `templates/` overrides the tool's template of the same name (`claims.md.j2`,
`theme/main.html`). A copy made by an older version kept its pages from what the tool's own
does now, in silence: `templates/claims.md.j2` calling `claim_lines(refs, root)` without
`filtered=True` left the Claims filter without actor ids (review18). So each of the tool's
templates opens with a mark, `{#- briefing template <digest> ... -#}`, the digest of the rest of
the file: a copy takes the mark along, and keeps it while a person edits the rest, so it says
which version the copy was made from. A copy whose mark is not the tool's digest now, or,
without a mark, that is byte for byte a version released before marks (`OLDER`), is named,
once, by `briefing check` and the build. A template of a person's own (no mark, no older
version's text) is theirs: nothing is said.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .template_history import OLDER
from .toolfiles import tool_root

TOOL_TEMPLATES = tool_root() / "templates"
MARKED = ("*.md.j2", "theme/**/*.html")  # the ones a site may override (not kept-theme/)
_MARK = re.compile(r"\{#- briefing template (?P<digest>[0-9a-f]{12}): [^\n]*?-#\}\n")
MARK_TEXT = ("{{#- briefing template {digest}: keep this line in a copy; 'briefing check' says "
             "when the tool's own changes -#}}\n")


def digest(text: str) -> str:
    """Twelve hex digits of the text's SHA-256, line ends folded (a checkout may have CRLF)."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:12]


def split_mark(text: str) -> tuple[str | None, str]:
    """The digest a template's first line marks (None without one) and the text after it."""
    found = _MARK.match(text.replace("\r\n", "\n"))
    if found is None:
        return None, text.replace("\r\n", "\n")
    return found["digest"], text.replace("\r\n", "\n")[found.end():]


def marked(text: str) -> str:
    """The template with the mark of its version as its first line (the old mark replaced)."""
    body = split_mark(text)[1]
    return MARK_TEXT.format(digest=digest(body)) + body


def same_version(ours: str, theirs: str) -> bool:
    """Whether a site's template is the tool's, with or without its mark (a copy made by
    `briefing init` before marks)."""
    return split_mark(ours)[1] == split_mark(theirs)[1]


def tool_templates() -> list[str]:
    """The tool's templates a site may hold a copy of, by their path under `templates/`."""
    return sorted({p.relative_to(TOOL_TEMPLATES).as_posix() for pattern in MARKED
                   for p in TOOL_TEMPLATES.glob(pattern)})


@dataclass(frozen=True)
class StaleCopy:
    path: Path  # the site's file
    name: str  # the tool's template it copies, under templates/
    edited: bool  # a person changed it after copying

    def message(self, shown: Path) -> str:
        tool = TOOL_TEMPLATES / self.name
        if not self.edited:
            return (f"{shown}:1: an unchanged copy of the tool's template {self.name} as an "
                    "older version had it; the tool's has changed since, and this copy keeps "
                    f"your pages from the change: delete it to use the tool's ({tool})")
        return (f"{shown}:1: your copy of the tool's template {self.name} was made from an "
                "older version of it; the tool's has changed since, and this copy keeps your "
                f"pages from the change: compare it with {tool}, make your changes in a fresh "
                "copy of that (its first line marks the version), or delete yours to use the "
                "tool's")


def stale_copies(templates: Path) -> list[StaleCopy]:
    """The files of a site's templates folder that copy a version of a tool's template older
    than the tool's own."""
    if not templates.is_dir() or templates.resolve() == TOOL_TEMPLATES.resolve():
        return []
    out = []
    for name in tool_templates():
        path = templates / name
        try:
            text = path.read_text(encoding="utf-8")
            current, body = split_mark((TOOL_TEMPLATES / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):  # none, or not text: not a copy of ours
            continue
        copied, rest = split_mark(text)
        if copied is None:  # a copy made before marks: stale only if it is an older version
            whole = digest(text)
            if whole != digest(body) and whole in OLDER.get(name, ()):
                out.append(StaleCopy(path, name, edited=False))
        elif copied != current:
            out.append(StaleCopy(path, name, edited=digest(rest) != copied))
    return out
