"""A site's copy of one of the tool's files that the tool has changed since it was made.

A site holds copies of some of the tool's files: `briefing init` copies the theme's overrides
(`templates/theme/`) and the pictures' scripts and stylesheet (`docs/assets/`), and a person
copies a page template into `templates/` to change it there (`templates/claims.md.j2` takes
the place of the tool's). A copy made by an older version kept the site from what the tool
does now, in silence: a `templates/claims.md.j2` calling `claim_lines(refs, root)` without
`filtered=True` left the Claims filter without actor ids (review18). So each of these files of
the tool opens with a mark of its version (`{#- briefing template <digest>: ... -#}`, `/*
briefing asset <digest>: ... */`), the digest of the rest of the file: a copy takes the mark
along and keeps it while a person edits the rest, so it says which version it was made from.
A copy whose mark is not the tool's digest now, or, without a mark, that is byte for byte a
version released before marks (`OLDER`), is named by `briefing check` and the build. A file
of a person's own (no mark, no older version's text) is theirs: nothing is said.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .exports.json_schema import schema_files
from .files import read_limited
from .tool_copies_history import OLDER
from .toolfiles import tool_root

TOOL = tool_root()
# what a site may hold a copy of, by its path under the tool's folder and the site's; page
# templates fall back on the tool's own when the site has none, the others do not (the site's
# mkdocs.yml names its theme folder and its scripts)
PAGE_TEMPLATES = "templates/*.md.j2"
MAX_COPY_BYTES = 1_000_000  # the largest of the tool's files is under 20 KB
COPIED = (PAGE_TEMPLATES, "templates/theme/**/*.html", "docs/assets/*.js", "docs/assets/*.css")
_MARK = re.compile(r"(?:\{#-|/\*) briefing (?:template|asset) (?P<digest>[0-9a-f]{12}): "
                   r"[^\n]*?(?:-#\}|\*/)\n")
_SAYS = "keep this line in a copy; 'briefing check' says when the tool's own changes"
# what the tool changed in a file since the version a copy's mark names, said with the notice
# (a copy of an older version than these is only named: compare it with the tool's)
CHANGED = {
    ("templates/briefing.md.j2", "61412f8cba04"): "under mkdocs serve (or drafts: show) it marks "
    "a title and published date read from the article as drafted (review21)",
    ("templates/home.md.j2", "3e754f1ec4e8"): "under mkdocs serve (or drafts: show) a "
    "briefing's card marks its title and published date when they are drafted (review21)",
    ("templates/home.md.j2", "119991d640f3"): "when every briefing is held back for review "
    "it reads 'No briefings published yet', not how to import one (review23)",
    ("templates/correcting.md.j2", "c353534a60dd"): "it says that a title or published date "
    "read from the article is drafted, and holds the briefing back until reviewed (review21)",
    ("templates/briefing.md.j2", "88b3f27353cb"): "under mkdocs serve (or drafts: show) it "
    "says when published or told was corrected after the drafted entries were dated from the "
    "old day, with the 'briefing redraft' that dates them again (review25)",
    ("templates/theme/main.html", "ebbd2dd325d7"): "the home page's <title> says the site's "
    "name once when it holds ' or & (it read \"GM's bankruptcy - GM's bankruptcy\") (review25)",
    ("docs/assets/search-forms.js", "8fe5918732db"): "with 'search: pipeline: [trimmer]' in "
    "mkdocs.yml (under plugins) 'says' and 'said' are words of the index, so 'official says' "
    "finds 'A US official says ...'; and 'Edwards' in a quote no longer finds Edward (reader21)",
    ("docs/assets/timeline-filter.js", "d4be0aadd6a1"): "a chart's mark for several events "
    "that the filter keeps names, and links to, the chosen actor's own event, not the first "
    "event of another (reader21)",
}
# a script of the tool's that now works with another the site's mkdocs.yml must also load: a
# copy of the older one names the other when the site has none (a site made before reader19
# has no search-forms.js, and copying search-actors.js over alone gave no word forms)
COMPANIONS = {"docs/assets/search-actors.js": "docs/assets/search-forms.js"}


def digest(text: str) -> str:
    """Twelve hex digits of the text's SHA-256, line ends folded (a checkout may have CRLF)."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:12]


def split_mark(text: str) -> tuple[str | None, str]:
    """The digest a file's first line marks (None without one) and the text after it."""
    text = text.replace("\r\n", "\n")
    found = _MARK.match(text)
    return (None, text) if found is None else (found["digest"], text[found.end():])


def marked(name: str, text: str) -> str:
    """The tool's file `name` with the mark of its version as its first line."""
    body = split_mark(text)[1]
    if name.endswith((".js", ".css")):
        return f"/* briefing asset {digest(body)}: {_SAYS} */\n{body}"
    return f"{{#- briefing template {digest(body)}: {_SAYS} -#}}\n{body}"


def same_version(ours: str, theirs: str) -> bool:
    """Whether a site's file is the tool's, with or without its mark (a copy made by
    `briefing init` before marks)."""
    return split_mark(ours)[1] == split_mark(theirs)[1]


def tool_files() -> list[str]:
    """The tool's files a site may hold a copy of, by their path under the tool's folder."""
    return sorted({p.relative_to(TOOL).as_posix() for pattern in COPIED
                   for p in TOOL.glob(pattern)})


@dataclass(frozen=True)
class StaleCopy:
    path: Path  # the site's file
    name: str  # the tool's file it copies, under the tool's folder
    edited: bool  # a person changed it after copying
    made_from: str | None = None  # the digest its mark names (of the whole file before marks)
    lacks: str | None = None  # the tool's file this one's new version works with, not in the site

    def message(self, shown: str | None = None) -> str:
        """What to say of it, naming it `shown` (its path as given, by default)."""
        tool = TOOL / self.name
        what = "template" if self.name.startswith("templates/") else "file"
        copy = (f"your copy of the tool's {what} {self.name} was made from an older version of it"
                if self.edited else
                f"an unchanged copy of the tool's {what} {self.name} as an older version had it")
        changed = CHANGED.get((self.name, self.made_from or ""))
        said = (f"{shown or self.path}:1: {copy}; the tool's has changed since"
                + (f" ({changed})" if changed else "")
                + ", and this copy keeps your site from the change: ")
        falls_back = Path(self.name).match(PAGE_TEMPLATES)  # the tool's is used without it
        if not self.edited:
            said += (f"delete it to use the tool's ({tool})" if falls_back
                     else f"copy the tool's ({tool}) over it")
        else:
            said += (f"compare it with {tool}, make your changes in a fresh copy of that (its "
                     "first line marks the version)"
                     + (", or delete yours to use the tool's" if falls_back else ""))
        if self.lacks is None:
            return said
        other, script = Path(self.lacks).name, f"assets/{Path(self.name).name}"
        return (said + f"; the tool's works with {other}, which your site has not: copy "
                f"{TOOL / self.lacks} into {self.path.parent} too, and add '- assets/{other}' "
                f"to extra_javascript in mkdocs.yml, above '- {script}'")


def stale_copies(site: Path, templates: Path | None = None, theme: Path | None = None,
                 assets: Path | None = None) -> list[StaleCopy]:
    """The site's copies of the tool's files (its page templates in `templates`, theme
    overrides in `theme` and scripts in `assets`, by default where `briefing init` puts them)
    made from an older version than the tool's own."""
    folders = {"templates/theme": theme or site / "templates" / "theme",
               "templates": templates or site / "templates",
               "docs/assets": assets or site / "docs" / "assets"}
    out = []
    for name in tool_files():
        prefix = next(p for p in folders if name.startswith(p + "/"))
        path = folders[prefix] / name[len(prefix) + 1:]
        try:
            # the tool's own checkout; realpath, not resolve: a link in a loop raised
            if os.path.realpath(path) == os.path.realpath(TOOL / name):  # RuntimeError
                continue
            # not waiting on a FIFO (`briefing check` waited forever on `templates/x.md.j2`)
            text = read_limited(path, MAX_COPY_BYTES).decode("utf-8")
            current, body = split_mark((TOOL / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none, not a file, too big or not text: not our copy
            continue
        copied, rest = split_mark(text)
        companion = COMPANIONS.get(name)
        lacks = (companion if companion and not (path.parent / Path(companion).name).exists()
                 else None)
        if copied is None:  # a copy made before marks: stale only if it is an older version
            whole = digest(text)
            if whole != digest(body) and whole in OLDER.get(name, ()):
                out.append(StaleCopy(path, name, edited=False, made_from=whole, lacks=lacks))
        elif copied != current:
            out.append(StaleCopy(path, name, edited=digest(rest) != copied, made_from=copied,
                                 lacks=lacks))
    return out


def stale_schemas(site: Path) -> list[str]:
    """What `briefing check` says of each copy of the tool's JSON Schema in the site's
    `schema/` (`briefing init` writes them; JSON holds no mark) that is not the tool's now: a
    site made before review23 had no `dated_from` there (`additionalProperties: false`), so
    an editor's YAML language server flagged the line every import now writes."""
    out = []
    for name, tool_text in schema_files().items():
        path = site / name
        try:
            if os.path.realpath(path) == os.path.realpath(TOOL / name):  # the tool's checkout
                continue
            text = read_limited(path, MAX_COPY_BYTES).decode("utf-8").replace("\r\n", "\n")
        except (OSError, ValueError):  # none, not a file, too big or not text: not a copy
            continue
        if text == tool_text:
            continue
        try:
            lacks = sorted(_properties(json.loads(tool_text)) - _properties(json.loads(text)))
        except ValueError:
            lacks = []
        what = f"it lacks {', '.join(lacks)}" if lacks else "it differs from the tool's"
        out.append(f"{name}:1: your site's copy of the tool's JSON Schema is not the tool's now "
                   f"({what}), and an editor with the YAML language server checks the content "
                   f"files against it, marking what the tool writes now: copy the tool's "
                   f"({TOOL / name}) over it")
    return out


def _properties(schema: object) -> set[str]:
    """The names of every property a JSON Schema defines, at any depth."""
    if isinstance(schema, list):
        return set().union(*map(_properties, schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    names = set(schema["properties"]) if isinstance(schema.get("properties"), dict) else set()
    return names.union(*map(_properties, schema.values()))
