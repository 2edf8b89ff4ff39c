"""Rebuild only what changed: parsed files and rendered pages, kept between builds.

`mkdocs serve` rebuilds the whole site on every save. Two caches keep that cheap for a
large site: parsed files are kept by (modification time, size), so an unchanged YAML file is
not parsed again; rendered pages are kept by a fingerprint of exactly what each page shows
(the articles and actor records its `PageJob` names, the site settings and the templates),
so only the pages whose inputs changed are rendered again. `generator.pages.generate.build_pages`
stays the pure function; this module only decides which of its pages to render.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from .content.check import check_folder
from .content.gate import left_out, published
from .content.model import Article, Block
from .content.problems import ContentError, Problem
from .content.yamlfile import MAX_BYTES, YamlDoc
from .content_cache import ContentCache
from .exports.briefing_json import briefing_data, dump
from .exports.json_schema import schema_files
from .exports.tables import CsvLines, briefing_files, site_tables, table_files
from .files import read_limited
from .heap import frozen_heap
from .pages.feed import atom_feed
from .pages.generate import (
    PageJob,
    SiteInfo,
    listing_of,
    page_renderer,
    plan_pages,
    release_pages,
)
from .pages.redirects import redirect_items
from .pages.render import DEFAULT_TEMPLATES
from .pages.texts import Texts
from .pictures.network import network_file

RACY_NS = 2_000_000_000
_SLUG = attrgetter("slug")


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def _changed_stamp(path: Path) -> tuple[int, int] | None:
    """When the file's inode last changed, and which inode it is: `cp -p` and `rsync -t`
    restore the modification time, but not these, which no tool can set."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ctime_ns, stat.st_ino)


def _digest(path: Path) -> str:
    try:
        return fingerprint(read_limited(path, MAX_BYTES))
    except (OSError, ValueError):
        return ""


def fingerprint(*parts: object) -> str:
    """A digest of the parts' text: each part's UTF-8 bytes and a NUL after it, hashed as one
    text (a page's key has a part for each of up to thousands of articles)."""
    digest = hashlib.blake2b(digest_size=16)
    if parts:
        digest.update("\x00".join(map(str, parts)).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


class CachedReader(ContentCache):
    """A FileReader that parses a file again only when its time or size changed, and keeps
    what was loaded from it (`content_cache`)."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, Path], tuple[tuple[int, int] | None, Any]] = {}
        self.changes: dict[Path, tuple[int, int] | None] = {}  # path -> _changed_stamp
        self.digests: dict[str, str] = {}  # shown path -> digest of the file's bytes
        self.parsed = 0  # files parsed by the last build

    def _cached(self, kind: str, path: Path, shown: str, read: Any) -> Any:
        stamp, changed = _stamp(path), _changed_stamp(path)
        hit = self.entries.get((kind, path))
        # as git does, a file changed in the last two seconds is read again: a second save
        # within the file system's timestamp resolution could keep both time and size
        settled = stamp is not None and time.time_ns() - stamp[0] > RACY_NS
        if hit is not None and settled and hit[0] == stamp:
            if self.changes.get(path) == changed:
                return hit[1]
            # same time and size, but the inode changed: compare the content to be sure
            self.changes[path] = changed
            if _digest(path) == self.digests.get(shown):
                return hit[1]
        self.parsed += 1
        result = read(path, shown)
        self.digests[shown] = _digest(path)
        self.changes[path] = changed
        self.entries[(kind, path)] = (stamp, result)
        return result

    def yaml(self, path: Path, shown: str) -> tuple[YamlDoc | None, list[Problem]]:
        """The parsed YAML file, from the cache when the file has not changed."""
        return self._cached("yaml", path, shown, super().yaml)  # type: ignore[no-any-return]

    def blocks(self, path: Path, shown: str) -> tuple[list[Block] | None, list[Problem]]:
        """The article text's blocks, from the cache when the file has not changed."""
        return self._cached("text", path, shown, super().blocks)  # type: ignore[no-any-return]


FEW_PAGES = 50
"""A save that rendered this many pages or fewer leaves their cycles (each page's Jinja
context, a few MB in all) to the young collections and to `heap.IdleCollector` after the
build: `release_pages`' full collection scans every object the build made (0.08 to 0.2 s
of a save at 1,000 articles)."""


@dataclass
class BuildStats:
    """What the last build did."""

    files_parsed: int = 0
    rendered: list[str] = field(default_factory=list)  # output paths rendered again
    reused: int = 0  # outputs taken from the last build
    changed: list[str] = field(default_factory=list)  # output paths whose text changed
    withheld: dict[str, str] = field(default_factory=dict)  # what was left out, by slug

    @property
    def pages_rendered(self) -> int:
        """How many Markdown pages were rendered again."""
        return sum(path.endswith(".md") for path in self.rendered)


def _templates_stamp(templates: Path | None) -> str:
    folders = [p for p in (templates, DEFAULT_TEMPLATES) if p is not None and p.is_dir()]
    return fingerprint(*((f, _stamp(f)) for folder in folders
                         for f in sorted(folder.rglob("*.j2"))))


class IncrementalBuilder:
    """Generates the site's files like `generator.build.generate`, reusing the last build."""

    def __init__(self) -> None:
        self.reader = CachedReader()
        self.outputs: dict[str, tuple[str, bytes]] = {}  # path -> (fingerprint, UTF-8 text)
        self.stats = BuildStats()
        self.site_paths: list[str] = []  # downloads, schemas and feed of the whole site
        self.groups: dict[str, list[str]] = {}  # files made together, by their fingerprint
        self.next_groups: dict[str, list[str]] = {}
        self.pages: list[str] = []  # the Markdown pages of the last build without problems
        self.listings: dict[str, tuple[str, str]] = {}  # slug -> (article's, listing's fp)
        self.network: tuple[str, Any] | None = None  # the home page's chart, by what it shows

    def generate(self, content_dir: Path, site: SiteInfo | None = None,
                 templates: Path | None = None, root: Path | None = None) -> Texts:
        """Every generated file of the site; raises ContentError. Sets `stats`."""
        site = site or SiteInfo()
        self.reader.parsed = 0
        self.reader.start()
        content, problems = check_folder(content_dir, root, self.reader,
                                         self.reader.article_problems)
        self.reader.forget(content.docs)
        if problems:
            self.outputs = {}  # the site showed the problem page: every page is new again
            raise ContentError(problems)
        if not site.drafts:
            content = published(content)  # as generate() does
        index, jobs = plan_pages(content, site)
        salt = fingerprint(repr(site), _templates_stamp(templates))
        actor_fp = {ident: fingerprint(repr(actor)) for ident, actor in content.actors.items()}
        article_fp = {a.slug: self._article_fp(a, actor_fp) for a in content.articles}
        listing_fp = {a.slug: self._listing_fp(a, article_fp[a.slug], actor_fp)
                      for a in content.articles}
        everything = fingerprint(*article_fp.values(), *actor_fp.items())
        # what pages that list every article's entries show of them (the timeline's chart)
        all_listed = fingerprint(*listing_fp.values(), *actor_fp.items())
        # the home page shows summaries; its network chart, what listing pages show
        jobs = [self._kept_network(job, fingerprint(salt, all_listed)) for job in jobs]
        render = page_renderer(content, index, site, templates)
        stats = BuildStats(files_parsed=self.reader.parsed, withheld=left_out(content))
        outputs: dict[str, tuple[str, bytes]] = {}
        with frozen_heap():
            for job in jobs:
                if job.articles is None:
                    key = fingerprint(salt, all_listed if job.listing else everything, *job.items)
                else:
                    shown = listing_fp if job.listing else article_fp
                    key = fingerprint(salt, *map(shown.__getitem__, map(_SLUG, job.articles)),
                                      *(actor_fp.get(i, "") for i in job.actors), *job.items)
                outputs[job.path] = self._output(job.path, key,
                                                 lambda j=job, r=render: r(j), stats)
            del render
            if len(stats.rendered) > FEW_PAGES:
                release_pages()
            for article in content.articles:
                outputs[f"data/{article.slug}.json"] = self._output(
                    f"data/{article.slug}.json", article_fp[article.slug],
                    lambda a=article: dump(briefing_data(a, content.actors)), stats)
            lines = CsvLines(content.actors)  # a row's CSV line, made once for both tables
            for article in content.articles:
                self._files(outputs, article_fp[article.slug], stats, lambda a=article: (
                    briefing_files(a, content.actors, lines)))
            # the site's tables and the network list every entry but no summary or text: a
            # summary edit leaves them as they are; the feed shows summaries
            listed = fingerprint(salt, all_listed)
            self.site_paths = [*self._files(outputs, listed, stats, lambda: {
                **table_files("data", site_tables(content, index, lines)), **schema_files(),
                **network_file(index, site.directory_urls),
                **dict(redirect_items((v.actor for v in index.actors.values()),
                                      site.directory_urls))})]  # a copy: the group is kept
            if site.site_url:
                self.site_paths += self._files(
                    outputs, fingerprint(salt, everything), stats, lambda: {
                        "feed.xml": atom_feed(content, site.title, site.site_url,
                                              site.directory_urls)})
        self.outputs, self.stats = outputs, stats
        self.pages = [job.path for job in jobs]
        self.groups, self.next_groups = self.next_groups, {}
        return Texts((path, text) for path, (_, text) in outputs.items())

    def _kept_network(self, job: PageJob, key: str) -> PageJob:
        """The job, its network chart (made when the page is rendered) kept from the last
        build while what listing pages show of every article is the same: it draws the
        claims, their actors and briefings' titles and dates, as `data/network.svg` does."""
        make = job.values.get("network")
        if not callable(make):
            return job

        def network() -> Any:
            if self.network is None or self.network[0] != key:
                self.network = (key, make())
            return self.network[1]

        return replace(job, values={**job.values, "network": network})

    def _article_fp(self, article: Article, actor_fp: dict[str, str]) -> str:
        digests = self.reader.digests
        return fingerprint(article.slug, digests.get(article.yaml_path, article.yaml_path),
                           digests.get(article.text_path, article.text_path),
                           *_named(article, actor_fp))

    def _listing_fp(self, article: Article, whole: str, actor_fp: dict[str, str]) -> str:
        """The fingerprint of what listing pages show of the article (`listing_of`) and of
        the actors it names, worked out again only when the article's own one changed."""
        kept = self.listings.get(article.slug)
        if kept is None or kept[0] != whole:
            kept = (whole, fingerprint(repr(listing_of(article)), *_named(article, actor_fp)))
            self.listings[article.slug] = kept
        return kept[1]

    def _files(self, outputs: dict[str, tuple[str, bytes]], fingerprint: str, stats: BuildStats,
               make: Any) -> list[str]:
        """Several files made together (downloads): all taken from the last build when their
        fingerprint is unchanged, else all made again. Returns their paths."""
        key = f"files:{fingerprint}"
        paths = self.groups.get(key)
        if paths is not None and all(self.outputs.get(p, ("",))[0] == fingerprint for p in paths):
            for path in paths:
                outputs[path] = self._output(path, fingerprint, None, stats)
        else:
            files = make()
            paths = list(files)
            for path, text in files.items():
                outputs[path] = self._output(path, fingerprint, lambda t=text: t, stats)
        self.next_groups[key] = paths
        return paths

    def _output(self, path: str, fingerprint: str, make: Any,
                stats: BuildStats) -> tuple[str, bytes]:
        before = self.outputs.get(path)
        if before is not None and before[0] == fingerprint:
            stats.reused += 1
            return before
        stats.rendered.append(path)
        text = make().encode("utf-8")
        if before is None or before[1] != text:
            stats.changed.append(path)
        return fingerprint, text


def _named(article: Article, actor_fp: dict[str, str]) -> list[str]:
    """The fingerprints of the actors an article names, in a stable order."""
    named = [r.actor for r in article.actors]
    for claim in article.claims:
        named += [*claim.speakers, *claim.about, *(p.actor for p in claim.parties)]
    for event in article.timeline:
        named += event.actors
    return [actor_fp.get(i, "") for i in sorted(set(named))]


_BUILDERS: dict[Path, IncrementalBuilder] = {}


def builder_for(content_dir: Path) -> IncrementalBuilder:
    """The builder kept for this content folder in this process: `mkdocs serve` makes a new
    plugin object on every rebuild, so the cache cannot live in the plugin object."""
    return _BUILDERS.setdefault(content_dir.resolve(), IncrementalBuilder())

