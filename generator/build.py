"""The whole generation: content in, {path: text} out, and writing that to a folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .content.check import read_content
from .content.gate import published
from .content.model import Content
from .exports.briefing_json import build_data
from .exports.json_schema import schema_files
from .exports.tables import build_exports
from .files import inside, read_limited, write_atomic
from .heap import frozen_heap
from .pages.feed import atom_feed
from .pages.generate import SiteInfo, build_pages
from .pages.index import SiteIndex, build_index
from .pages.texts import Texts, raw_items
from .pictures.network import network_file


def generate(content_dir: Path, site: SiteInfo | None = None, templates: Path | None = None,
             root: Path | None = None, withheld: dict[str, int] | None = None) -> Texts:
    """Every generated file of the site: Markdown pages and JSON data. Raises ContentError.

    Unless `site.drafts`, drafted entries are left out; `withheld`, if given, receives how
    many for each briefing that lost any."""
    site = site or SiteInfo()
    content = read_content(content_dir, root)
    if not site.drafts:
        content = published(content)  # the one place drafted entries are left out
        if withheld is not None:
            withheld.update((a.slug, a.withheld) for a in content.articles if a.withheld)
    content.docs = {}  # positions serve only to report problems: free them on a large site
    with frozen_heap():
        index = build_index(content)  # once, for the pages and the downloads
        files = build_pages(content, site, templates, index)
        files.update(build_data(content))
        files.update(site_files(content, site, index))
        return files


def site_files(content: Content, site: SiteInfo, index: SiteIndex | None = None) -> Texts:
    """The files made from the whole content at once: downloads, JSON Schemas, the feed
    (`index`, if given, must be `build_index(content)`)."""
    files = build_exports(content, index)
    files.update(schema_files())
    files.update(network_file(index or build_index(content), site.directory_urls))
    if site.site_url:  # an Atom feed needs absolute addresses
        files["feed.xml"] = atom_feed(content, site.title, site.site_url, site.directory_urls)
    return files


def write_files(out: Path, files: Mapping[str, str]) -> int:
    """Write the files under out, each atomically, and return how many changed."""
    changed = 0
    for relative, data in raw_items(files):
        target = inside(out, relative)
        if _holds(target, data):
            continue
        write_atomic(target, data)
        changed += 1
    return changed


def _holds(path: Path, data: bytes) -> bool:
    """Whether path is a file that holds exactly data (a FIFO there is not waited on)."""
    try:
        return read_limited(path, len(data)) == data
    except (OSError, ValueError):
        return False
