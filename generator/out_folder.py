"""What `briefing build` refuses in its --out folder, before it writes a page.

With Zensical the pages are written into docs/ (`briefing build --out docs`) and `zensical
build` makes the site: it reads mkdocs.yml but runs no plugin, so none of the plugin's checks
of docs/ happen. Tried with Zensical 0.0.73 (attack19, attack20): it published an editor's
backup (`docs/notes.md~`), a file linked out of the site (`docs/keys.txt -> /tmp/secret`) and
an article's YAML linked from content/ (`docs/p.yaml`, drafted entries and all); it waited
forever on a FIFO `docs/x.md` or `docs/notes.txt`; an alias bomb in a hand-written page's
front matter took it to 2.8 GB in 11 s before it aborted; `docs/up -> ..` put mkdocs.yml,
templates/ and docs/ again into the site; and a FIFO in the theme's folder
(`templates/theme/x.css`) kept it waiting too. `briefing build` refuses each as the plugin does,
in the plugin's words, so that a CI job stops before `zensical build`. The files the build
writes itself are its own to replace (a FIFO or a link at a page's name: `write_files`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from .content.load import EDITOR_FILE
from .content.problems import printable
from .files import read_limited
from .folder_links import walk
from .front_matter import alias_problem

MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")  # the pages MkDocs reads (mkdocs.utils)
_PAGE_LIMIT = 10_000_000  # a page read for its front matter; a larger one is the builder's


def refused(out: Path, site: Path, content: Path, written: Iterable[str],
            themes: Iterable[Path] = ()) -> list[str]:
    """One message per file or link in `out` (a folder of the site in `site`) that a builder of
    it without the plugin would publish though it is not the site's, wait on, or blow up on,
    sorted; [] for a folder that may be built. `written`: the files the build writes there
    (relative to `out`), which it replaces whatever stands at their names. `themes`: the
    folders of templates and the theme's custom_dir, walked as the plugin walks them (a FIFO
    `templates/theme/x.css` kept Zensical waiting)."""
    shown = printable(out.as_posix())
    skipped = frozenset(_with_folders(written))
    problems, _ = walk(out, site, published=True, content=content, skipped=skipped,
                       folders_out=False)  # Zensical enters no link to a folder outside
    walked = {os.path.realpath(out)}
    for folder in themes:
        if folder.is_dir() and not any(_inside(folder, other) for other in walked):
            walked.add(os.path.realpath(folder))
            problems += walk(folder, site, published=True, content=content, theme=True)[0]
    if problems:  # a link that loops or leads out: no further walk through it
        return sorted(problems)
    for relative in _pages_and_leftovers(out, site, skipped):
        name = PurePosixPath(relative).name
        if EDITOR_FILE.fullmatch(name):
            problems.append(
                f"{shown}/{printable(relative)} is an editor's backup or temporary file, or a "
                f"merge's leftover: a site built from {shown} (Zensical, after 'briefing build "
                f"--out {shown}') publishes every file in it as it is; delete it, or move it out "
                f"of {shown}")
            continue
        try:
            text = read_limited(out / relative, _PAGE_LIMIT).decode("utf-8")
        except (OSError, ValueError):  # the builder reads it and says so
            continue
        if (problem := alias_problem(text)) is not None:
            problems.append(f"{shown}/{printable(relative)}:{problem}")
    return sorted(problems)


def _inside(folder: Path, other: str) -> bool:
    real = os.path.realpath(folder)
    return real == other or real.startswith(other.rstrip(os.sep) + os.sep)


def _with_folders(written: Iterable[str]) -> set[str]:
    """The written files' paths and the folders on their way."""
    found: set[str] = set()
    for relative in written:
        path = PurePosixPath(relative)
        found.update(str(p) for p in (path, *path.parents) if str(p) != ".")
    return found


def _pages_and_leftovers(out: Path, site: Path, skipped: frozenset[str]) -> list[str]:
    """The paths (relative to out, sorted) of the files a builder publishes (not hidden, in
    no hidden folder) that are editors' leftovers or pages, but for the build's own. Links to
    folders in the site are followed, as Zensical follows them (`walk` has refused those that
    loop); links to folders outside it, which Zensical does not enter, are not."""
    inside = os.path.realpath(site) + os.sep
    found: list[str] = []

    def entered(folder: str, name: str) -> bool:
        path = os.path.join(folder, name)
        if name.startswith(".") or not os.path.islink(path):
            return not name.startswith(".")
        return (Path(os.path.relpath(path, out)).as_posix() not in skipped
                and os.path.realpath(path).startswith(inside))

    for folder, folders, names in os.walk(out, followlinks=True):
        folders[:] = [name for name in folders if entered(folder, name)]
        for name in names:
            relative = Path(os.path.relpath(os.path.join(folder, name), out)).as_posix()
            if name.startswith(".") or relative in skipped:
                continue
            if EDITOR_FILE.fullmatch(name) or name.lower().endswith(MARKDOWN):
                found.append(relative)
    return sorted(found)
