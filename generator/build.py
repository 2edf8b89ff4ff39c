"""The whole generation: content in, {path: text} out, and writing that to a folder."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .check import read_content
from .data import build_data
from .exports import build_exports
from .feed import atom_feed
from .files import inside, write_atomic
from .json_schema import schema_files
from .model import Content
from .pages import SiteInfo, build_pages


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects alive now (the loaded content) while
    pages are rendered: at 10,000 articles it would otherwise scan them again and again, a
    third of the rendering time. They are handed back to it afterwards."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def generate(content_dir: Path, site: SiteInfo = SiteInfo(), templates: Path | None = None,
             root: Path | None = None) -> dict[str, str]:
    """Every generated file of the site: Markdown pages and JSON data. Raises ContentError."""
    content = read_content(content_dir, root)
    content.docs = {}  # positions serve only to report problems: free them on a large site
    with frozen_heap():
        return {**build_pages(content, site, templates), **build_data(content),
                **site_files(content, site)}


def site_files(content: Content, site: SiteInfo) -> dict[str, str]:
    """The files made from the whole content at once: downloads, JSON Schemas, the feed."""
    files = {**build_exports(content), **schema_files()}
    if site.site_url:  # an Atom feed needs absolute addresses
        files["feed.xml"] = atom_feed(content, site.title, site.site_url, site.directory_urls)
    return files


def write_files(out: Path, files: dict[str, str]) -> int:
    """Write the files under out, each atomically, and return how many changed."""
    changed = 0
    for relative, text in files.items():
        target = inside(out, relative)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        write_atomic(target, text)
        changed += 1
    return changed
