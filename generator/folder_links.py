"""What MkDocs and `mkdocs serve` would walk without end, or wait on: links to folders, and
special files in docs/, found without following or opening them.

MkDocs lists `docs/` with `os.walk(followlinks=True)` before any plugin sees a file, and
`mkdocs serve` watches `docs/`, `content/` and `templates/` by walking them, links followed,
every half second. So a cloned site with two committed links `docs/a -> .` and `docs/b -> .`
had `mkdocs build` (and `gh-deploy`, and `serve`'s first build) list 2^40 folders: it never
ended, its memory growing (one such link: an `OSError` traceback at 40 links deep); the same
two links in `content/articles` (which `check` and the build do not enter) had `mkdocs serve`
take 2.4 GB in 85 s without serving a page; and `docs/r -> /` walked the whole machine (60 s
and 1.9 GB, then still walking) before the build could refuse a file linked out of the site.

`walk` goes through a folder as those walks do, but enters each real folder once: a link to
a folder is refused where it leads to a folder that holds it or out of the site's folder; in
docs/, so is a link to a folder the walk reaches already (each such link doubles what MkDocs
lists), a link to a file out of the site's folder (MkDocs would publish it) and a link that
leads round in a loop (MkDocs' copy of it ended in a traceback; in content/, `check` names
it, and the watcher skips it). A link to a folder elsewhere in the site's folder is
entered, as before. A FIFO, device or socket in docs/ is refused too: MkDocs read a FIFO
`docs/x.md` without end. The plugin stops every build at each of these, before MkDocs lists
docs/ or `mkdocs serve` starts watching.

The check runs when a build starts; links pulled in while `mkdocs serve` runs (a `git pull`)
reach the watcher first, and its next walk would never end. So `unfollowed` makes the
server's walks take a link to a folder as the link itself (its change triggers the build,
which names it) and the plugin watches, each on its own, the folders of the site that the
check entered through links.
"""

from __future__ import annotations

import errno
import functools
import os
import stat
from pathlib import Path
from typing import Any

from watchdog.utils.dirsnapshot import DirectorySnapshot

from .content.problems import printable
from .files import linked_away, special_kind


def walk(folder: Path, site: Path, published: bool = False, content: Path | None = None,
         skipped: frozenset[str] = frozenset(), folders_out: bool = True, theme: bool = False
         ) -> tuple[list[str], list[str]]:
    """One message per link below `folder` (a folder of the site in `site`, the folder of
    mkdocs.yml) that a walk following links would enter without end, twice, or out of the
    site, each naming the link from `site`; and the real folders the walk entered through
    links. `published`: the folder is docs/, whose files MkDocs copies into the site, so a
    link to a file out of the site is refused too (a committed `docs/notes.txt` linking to
    `~/.ssh/id_rsa` published the key, attack15), and so is a FIFO, device or socket there
    (a FIFO `docs/x.md` kept `mkdocs build` waiting forever; `docs/x.txt`, a traceback), and
    a link into the `content` folder but to an article's text (`docs/c -> ../content`
    published every article's YAML, drafted entries and all, attack20). Files and links at
    the paths of `skipped` (relative to `folder`: those `briefing build` writes, which it
    replaces) are not looked at.
    `folders_out=False`: the builder enters no link to a folder out of the site (Zensical),
    so such a link is neither refused nor entered.
    `theme`: the folder is templates/ or the theme's custom_dir, whose files MkDocs copies
    but does not read as pages: MkDocs 1.6 leaves a FIFO there out of the site (tried,
    review26) and only Zensical waits on it (attack20), and its message says so."""
    site_real = os.path.realpath(site)
    content_real = os.path.realpath(content) if content is not None else None
    walked = [os.path.realpath(folder)]  # each real folder the walk enters, entered once
    problems: list[str] = []
    todo = [(Path(os.path.abspath(folder)), walked[0])]  # (as named, real)
    while todo:
        named, real = todo.pop()
        try:
            entries = sorted(os.scandir(real), key=lambda e: e.name)
        except OSError:  # the walks skip a folder they cannot read, as does this one
            continue
        for entry in entries:
            path = named / entry.name
            if (skipped and os.path.relpath(path, os.path.abspath(folder)) in skipped
                    and (entry.is_symlink() or not entry.is_dir(follow_symlinks=False))):
                continue  # a file or link at a name the build writes: the writer's to replace
            if published and (kind := _special(entry.path)):
                problems.append(f"{printable(os.path.relpath(path, site))} is {kind}, not a "
                                f"file: {_THEME_FIFO if theme else _DOCS_FIFO}; remove it")
            elif entry.is_symlink():
                problem, target = _link(entry.path, real, walked, site_real, published,
                                        folders_out)
                if published and content_real and _into_content(entry.path, content_real):
                    problem, target = _INTO_CONTENT, ""
                if problem:
                    problems.append(_message(*linked_away(path, site), *problem))
                elif target:
                    walked.append(target)
                    todo.append((path, target))
            elif entry.is_dir(follow_symlinks=False):
                todo.append((path, os.path.join(real, entry.name)))
    return sorted(problems), walked[1:]


def _into_content(link: str, content: str) -> bool:
    """Whether a link leads into the content folder to anything but an article's text (a .md
    file): a folder, an article's YAML, an editor's backup of one."""
    target = os.path.realpath(link)
    return _within(target, content) and not (target.endswith(".md") and os.path.isfile(target))


def _special(path: str) -> str | None:
    """What the file at path (a link followed) is if it is a FIFO, device or socket."""
    try:
        return special_kind(os.stat(path).st_mode)
    except OSError:
        return None


def unfollowed(observer: Any) -> None:
    """Make the walks of `mkdocs serve`'s watcher (watchdog's polling observer, not yet
    started) take a link to a folder as the link itself; an observer of another make, or of
    a watchdog whose emitters take their snapshots otherwise, is left as it is."""
    for emitter in getattr(observer, "emitters", ()):
        if callable(getattr(emitter, "_take_snapshot", None)):
            watch = emitter.watch
            emitter._take_snapshot = functools.partial(snapshot, watch.path, watch.is_recursive)


def snapshot(path: str, recursive: bool = True) -> DirectorySnapshot:
    """What a watcher made `unfollowed` sees of path: every file's `stat`, links to folders
    not entered."""
    return DirectorySnapshot(path, recursive=recursive, stat=_stat)


def _stat(path: str) -> os.stat_result:
    """`os.stat`, but of a link to a folder, the link's own (`os.lstat`): not entered."""
    found = os.stat(path)
    return os.lstat(path) if stat.S_ISDIR(found.st_mode) and os.path.islink(path) else found


_INTO_CONTENT = ("inside the content folder", "", "MkDocs and Zensical would publish what it "
                 "leads to as it is (an article's YAML, drafted entries and all), where the "
                 "site publishes content only through its pages, reviewed entries only; remove "
                 "the link (one to an article's text, a .md file, may stay)")
_DOCS_FIFO = "MkDocs and Zensical would wait forever to read it, or stop in a traceback"
_THEME_FIFO = "Zensical would wait forever to read it (MkDocs leaves it out of the site)"
_PUBLISHED = ("outside the site's folder", "", "MkDocs would publish what it leads to; copy the "
              "file into docs/ if it belongs to the site, or remove the link")


def _message(shown: str, leads: str, where: str, would: str, instead: str = "") -> str:
    if not would:  # a whole message of its own
        return f"{shown} is a link to {leads}, {where}: {instead}"
    return (f"{shown} is a link to {leads}, {where}: MkDocs and 'mkdocs serve' follow links "
            f"to folders when they list the site's files, and would {would}; remove the link"
            f"{instead}")


def _link(link: str, here: str, walked: list[str], site: str, published: bool,
          folders_out: bool = True) -> tuple[tuple[str, ...], str]:
    """(what is wrong with the link: where it leads, what the walks would do, what else to
    do) and "", or () and the real folder to enter ("" for a link that is no folder's)."""
    try:
        folder = stat.S_ISDIR(os.stat(link).st_mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP and published:  # MkDocs' copy of it: a traceback
            return ("which leads round in a loop", "stop at it"), ""
        folder = False  # a link to nothing: no walk enters it
    target = os.path.realpath(link)
    if not folder:
        return (_PUBLISHED if published and not _within(target, site) else ()), ""
    if _within(here, target):
        return ("a folder that holds it", "go round inside it without end"), ""
    if any(_within(target, walked_folder) or _within(walked_folder, target)
           for walked_folder in walked):
        # MkDocs lists docs/ through it again; the watcher, which no longer enters links to
        # folders, watches it where it is (`content/articles -> x`, x in content/, stays)
        return (("a folder they list already", "list it twice (a few such links: without end)",
                 ", or move the folder here") if published else ()), ""
    if not _within(target, site):
        if not folders_out:
            return (), ""
        return (_PUBLISHED if published else
                ("outside the site's folder", "list every file under it, every half second "
                 "while serving", ", or copy into the site what belongs to it")), ""
    return (), target


def _within(path: str, folder: str) -> bool:
    """Whether the real path is the real folder or lies inside it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
