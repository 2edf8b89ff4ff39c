"""The whole generation: content in, {path: text} out, and writing that to a folder."""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path, PurePosixPath

from .background import Background, TwoEnds
from .content.check import read_content
from .content.gate import left_out, published
from .content.model import Content
from .exports.briefing_json import build_data, data_items
from .exports.json_schema import schema_files
from .exports.tables import (
    ACTOR_COLUMNS,
    BRIEFING_ACTOR_COLUMNS,
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    export_items,
)
from .files import inside, read_limited, write_atomic
from .heap import frozen_heap
from .pages.feed import atom_feed
from .pages.generate import PageJob, SiteInfo, page_renderer, plan_pages, release_pages
from .pages.index import SiteIndex, build_index
from .pages.redirects import redirect_items
from .pages.texts import Texts, raw_items
from .pictures.network import NETWORK_FILE, network_file

BACKGROUND_FROM = 50
"""Articles from which a cold build makes its downloads, and some pages, in a second process
(below, that costs more than it saves: generator/background.py)."""


def generate(content_dir: Path, site: SiteInfo | None = None, templates: Path | None = None,
             root: Path | None = None, withheld: dict[str, str] | None = None,
             timings: dict[str, float] | None = None) -> Texts:
    """Every generated file of the site: Markdown pages and JSON data. Raises ContentError.

    Unless `site.drafts`, drafted entries are left out; `withheld`, if given, receives what
    for each briefing that lost any (`gate.left_out`). `timings`, if given, receives the
    seconds (wall and CPU) of each step (bench/steps.py)."""
    clock = _Clock(timings)
    site = site or SiteInfo()
    content = read_content(content_dir, root)
    if not site.drafts:
        content = published(content)  # the one place drafted entries are left out
        if withheld is not None:
            withheld.update(left_out(content))
    content.docs = {}  # positions serve only to report problems: free them on a large site
    clock.lap("load_check")
    with frozen_heap():
        return _pages_and_data(content, site, templates, clock)


def _pages_and_data(content: Content, site: SiteInfo, templates: Path | None,
                    clock: _Clock) -> Texts:
    """The pages, then the downloads: `build_pages` and `data_files`. Where it can
    (generator/background.py), a second process makes the downloads and then renders pages
    from the back of the list while this one renders them from the front; the files are the
    same, in the same order."""
    index, jobs = plan_pages(content, site, index=build_index(content))
    render = page_renderer(content, index, site, templates)

    fork = (len(content.articles) >= BACKGROUND_FROM
            and len({job.path for job in jobs}) == len(jobs))  # each page found by its path
    with TwoEnds(_order(jobs)) as ends, Background(partial(
            _downloads_then_pages, content, site, index, jobs, render, ends), fork) as child:
        mine: dict[int, bytes] = {}
        for i in ends.front():
            mine[i] = render(jobs[i]).encode("utf-8")
            child.poll()  # what the child has made so far, so that it need not keep it
        clock.lap("pages")
        theirs = child.result()  # None: there is no child, or it failed
    files = Texts()
    for i, job in enumerate(jobs):  # in the order of the list, each from who rendered it
        text = mine.get(i)
        if text is None and theirs is not None:
            text = theirs.raw.pop(job.path, None)
        files.raw[job.path] = render(job).encode("utf-8") if text is None else text
    del render, mine
    release_pages()
    files.update(data_files(content, site, index) if theirs is None else theirs)
    clock.lap("data", child.figures.get("cpu_s", 0.0))
    clock.note(background=float(child.forked),
               **{f"child_{name}": value for name, value in child.figures.items()})
    return files


def _order(jobs: list[PageJob]) -> list[int]:
    """The jobs in the order the parent takes them (the child takes them from the end): the
    briefings last. A briefing's page shows its own article, so the child can render some
    of them without working out again what the parent's pages have in common (the lines
    that list a claim or event on actor pages, the claims and timeline indexes)."""
    return sorted(range(len(jobs)), key=lambda i: jobs[i].template == "briefing.md.j2")


def _downloads_then_pages(content: Content, site: SiteInfo, index: SiteIndex, jobs: list[PageJob],
                          render: Callable[[PageJob], str], ends: TwoEnds,
                          figures: dict[str, float]) -> Iterator[tuple[str, str | bytes]]:
    """What the child of `_pages_and_data` makes, file by file: the downloads, then pages
    from the back of the list until it meets the parent."""
    started = time.process_time()
    yield from data_items(content)  # as data_files makes them, each let go once sent
    yield from site_file_items(content, site, index)
    figures["data_cpu_s"] = time.process_time() - started
    figures["pages"] = 0
    for i in ends.back():  # each taken just before it is rendered
        yield jobs[i].path, render(jobs[i])
        figures["pages"] += 1


def data_files(content: Content, site: SiteInfo, index: SiteIndex | None = None) -> Texts:
    """Every file of the site but its pages: each briefing's JSON, then `site_files`."""
    files = build_data(content)
    files.update(site_files(content, site, index))
    return files


def site_files(content: Content, site: SiteInfo, index: SiteIndex | None = None) -> Texts:
    """The files made from the whole content at once: downloads, JSON Schemas, the feed
    (`index`, if given, must be `build_index(content)`)."""
    return Texts(site_file_items(content, site, index))


def site_file_items(content: Content, site: SiteInfo, index: SiteIndex | None = None
                    ) -> Iterator[tuple[str, str | bytes]]:
    """`site_files`, file by file (each download made as it is asked for)."""
    yield from export_items(content, index)
    yield from schema_files().items()
    index = index or build_index(content)
    yield from network_file(index, site.directory_urls).items()
    yield from redirect_items((v.actor for v in index.actors.values()), site.directory_urls)
    if site.site_url:  # an Atom feed needs absolute addresses
        yield "feed.xml", atom_feed(content, site.title, site.site_url, site.directory_urls)


WRITTEN = ".briefing-written"
"""The list of the files the last `briefing build` wrote into its folder, one a line."""

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # an id, slug or tag (`content.schema.ID_PATTERN`)
# every name this generator writes into --out: the list may be hostile (docs/ is committed),
# so a listed file is removed only if it has one of these names. A hand-written file such as
# docs/content-model.md or docs/assets/ never has; one the generator could write over (an
# article slug, actor id or tag names it) is the generator's already.
GENERATED = re.compile(rf"""(?x)
    (?:index|claims|timeline|correcting)\.md | feed\.xml
  | (?:claims|timeline)/[1-9][0-9]*\.md  # the parts of a long list
  | (?:briefings|actors|tags)/{_ID}\.md
  | actors/{_ID}/(?:[1-9][0-9]*\.md|index\.html) | actors/{_ID}\.html  # parts; old addresses
  | data/{_ID}\.json | data/{_ID}/(?:actors|claims|timeline)\.csv
  | data/(?:actors|claims|timeline)\.csv | data/network\.svg
  | schema/(?:actors|article)\.schema\.json""")


# The build's mark in what it writes into --out. A name the build writes may be a hand-written
# file's too (docs/actors/notes.md, as an actor `notes` would write), so a listed file is
# removed only if its content is recognisably the build's (attack12): pages carry a line of
# front matter and the old-address pages a meta element; downloads, the feed and the drawing
# are known by how they begin.
MD_MARK = b"generated_by: briefing build\n"
HTML_MARK = b'<meta name="generator" content="briefing build">\n'
_HTML_AFTER = b'<meta charset="utf-8">\n'
_HEAD = 4096  # how much of a listed file is read to recognise it


def as_written(relative: str, data: bytes) -> bytes:
    """The file as `write_files` writes it: a page with the build's mark."""
    if relative.endswith(".md"):  # front matter of its own if a template gave it none
        return b"---\n" + MD_MARK + (data[4:] if data.startswith(b"---\n") else b"---\n" + data)
    if relative.endswith(".html") and _HTML_AFTER in data[:_HEAD]:
        return data.replace(_HTML_AFTER, _HTML_AFTER + HTML_MARK, 1)
    return data


_CSV_HEADERS = frozenset(",".join(c).encode() + b"\n" for c in (
    ACTOR_COLUMNS, BRIEFING_ACTOR_COLUMNS, CLAIM_COLUMNS, EVENT_COLUMNS))


def is_generated(relative: str, head: bytes) -> bool:
    """Whether a file at `relative` that begins with `head` (its first 4 KB at least) is one
    the build wrote, as far as its content tells."""
    name = PurePosixPath(relative)
    if name.suffix == ".md":
        return head.startswith(b"---\n" + MD_MARK)
    if name.suffix == ".html":
        return HTML_MARK in head[:_HEAD]
    if name.suffix == ".csv":
        return head[:head.find(b"\n") + 1] in _CSV_HEADERS
    if relative == "feed.xml":
        return b"<generator>briefing-site</generator>" in head[:_HEAD]
    if relative == NETWORK_FILE:
        return b'<svg class="chart-svg network-svg' in head[:_HEAD]
    if name.parent.name == "schema":
        return head.startswith(b'{\n  "$schema": "https://json-schema.org/')
    if relative in ("data/actors.json", "data/claims.json", "data/timeline.json"):
        return head.startswith(b"[\n  {") or head.startswith(b"[]")
    if name.suffix == ".json":  # data/SLUG.json
        return head.startswith(b'{\n  "slug": "' + name.stem.encode() + b'",\n')
    return False


def write_files(out: Path, files: Mapping[str, str], kept: list[str] | None = None) -> int:
    """Write the files under out, each atomically; remove those the last build wrote there
    that this one does not write (the pages of a deleted article: `--out docs` for Zensical
    would publish them); return how many changed. `kept` gets the names of those the last
    build listed but left because their content is not the build's (`_remove_unwritten`)."""
    written, todo, foreign = [], set(), []
    for relative, data in raw_items(files):  # what changes, before anything is written
        written.append(relative)
        target = inside(out, relative)
        if _holds(target, as_written(relative, data)):
            continue
        todo.add(relative)
        # a file without the mark is a person's, unless it holds what the build writes (a
        # page an older version wrote, the same): the written-list does not vouch for it,
        # since anyone can commit one naming a hand-written page (attack14)
        if _hand_written(target, relative) and not _holds(target, data):
            foreign.append(relative)
    if foreign:
        raise HandWrittenError(out, foreign)
    for relative, data in raw_items(files):  # marked again: 10,000 articles' pages are 350 MB
        if relative in todo:
            write_atomic(inside(out, relative), as_written(relative, data))
    changed = len(todo)
    changed += _remove_unwritten(out, set(written), kept if kept is not None else [])
    write_atomic(out / WRITTEN, "".join(f"{path}\n" for path in sorted(written)))
    return changed


class HandWrittenError(ValueError):
    """Files in --out that the build would write over and did not write: a person's own."""

    def __init__(self, out: Path, relatives: list[str]) -> None:
        shown = ", ".join((out / r).as_posix() for r in relatives[:5])
        more = f" (and {len(relatives) - 5} more)" if len(relatives) > 5 else ""
        one = len(relatives) == 1
        super().__init__(
            f"{shown}{more} {'was' if one else 'were'} not written by briefing build ("
            f"{'it has' if one else 'they have'} not the build's mark) and this build would "
            f"write over {'it' if one else 'them'}: move {'it' if one else 'them'} out of "
            f"{out.as_posix()}, or delete {'it' if one else 'them'} if an older version of the "
            "tool wrote " + ("it" if one else "them") + "; nothing was written")


def _hand_written(target: Path, relative: str) -> bool:
    """Whether target is a regular file without the build's mark (`is_generated`): `briefing
    build --out docs` wrote its pages over a person's own docs/claims.md (attack13)."""
    try:
        return stat.S_ISREG(os.lstat(target).st_mode) and not is_generated(relative,
                                                                            _head(target))
    except OSError:
        return False


# the folders GENERATED names lie in: the top ones, and one level below these
_FOLDERS = frozenset({"actors", "briefings", "tags", "claims", "timeline", "data", "schema"})
_DEEPER = frozenset({"actors", "data"})


def _remove_unwritten(out: Path, written: set[str], kept: list[str]) -> int:
    """Remove each file of the last build's list that is not in `written`, and the folders
    that leaves empty. The list may be hostile (docs/ is committed): only a regular file in
    out, reached through no link, with a name this generator writes (`GENERATED`) and
    content it knows as its own (`is_generated`), is removed. The folder's files are walked
    and looked up in the list, not the other way round: a list of millions of names that
    are not there took minutes (attack12). A listed regular file without the build's mark
    is named in `kept`: a hand-written file, or a page an older version wrote (without the
    mark) of an article deleted since, which a person must delete."""
    candidates: dict[str, Path] = {}
    for folder, folders, names in os.walk(out):  # links to folders are not followed
        depth = len(Path(folder).relative_to(out).parts)
        folders[:] = [f for f in folders if (f in _FOLDERS if depth == 0 else
                                             depth == 1 and Path(folder).name in _DEEPER)]
        for name in names:
            path = Path(folder, name)
            relative = path.relative_to(out).as_posix()
            if relative not in written and GENERATED.fullmatch(relative):
                candidates[relative] = path
    if not candidates:  # the usual case: the list need not be read
        return 0
    gone: list[Path] = []
    for relative in sorted(_listed(out / WRITTEN, set(candidates))):
        path = candidates[relative]
        try:
            if not stat.S_ISREG(os.lstat(path).st_mode):
                continue  # a link, or not a file
            if not is_generated(relative, _head(path)):
                kept.append(relative)  # a hand-written file at such a name, or an old page
                continue
            os.unlink(path)
        except OSError:
            continue
        gone.append(path)
    for path in gone:
        for parent in path.parents:
            if parent == out or not parent.is_relative_to(out):
                break
            try:
                parent.rmdir()  # only if empty
            except OSError:
                break
    return len(gone)


_LIST_LIMIT = 64_000_000


def _listed(path: Path, candidates: set[str]) -> set[str]:
    """Those of `candidates` that the written-list at path names, read a line at a time (a
    hostile list of 37 MB took 299 MB as a set of names); none if the list is missing, not
    a regular file or over 64 MB."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return set()
    found: set[str] = set()
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode) or status.st_size > _LIST_LIMIT:
            return set()
        read = 0
        for line in handle:
            read += len(line)
            if read > _LIST_LIMIT:  # it grew while read
                return set()
            name = line.rstrip(b"\r\n").decode("utf-8", "replace")
            if name in candidates:
                found.add(name)
    return found


def carries_mark(relative: str, path: Path) -> bool:
    """Whether the file at path (reached through a link or not) is one `briefing build` wrote
    at `relative`, as far as its content tells (`is_generated`)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and is_generated(relative, os.read(fd, _HEAD))
    except OSError:
        return False
    finally:
        os.close(fd)


def _head(path: Path) -> bytes:
    """The first bytes of a regular file, opened without following a link or waiting."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, _HEAD)
    finally:
        os.close(fd)


def _holds(path: Path, data: bytes) -> bool:
    """Whether path is a file that holds exactly data (a FIFO there is not waited on)."""
    try:
        return read_limited(path, len(data)) == data
    except (OSError, ValueError):
        return False


class _Clock:
    """The wall and CPU seconds of each step of `generate`, into a dict if one is given."""

    def __init__(self, into: dict[str, float] | None) -> None:
        self.into = into
        self.mark = (time.perf_counter(), time.process_time())

    def lap(self, step: str, other_cpu_s: float = 0.0) -> None:
        """The time since the last lap is `step`'s; `other_cpu_s` was spent by a child."""
        now = (time.perf_counter(), time.process_time())
        if self.into is not None:
            self.into[f"{step}_s"] = now[0] - self.mark[0]
            self.into[f"{step}_cpu_s"] = now[1] - self.mark[1] + other_cpu_s
        self.mark = now

    def note(self, **figures: float) -> None:
        if self.into is not None:
            self.into.update(figures)
