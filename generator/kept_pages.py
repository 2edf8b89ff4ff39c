"""Under `mkdocs serve`, what a page's unchanged inputs give, kept from one build to the next.

The generator hands back the very bytes object of every file it did not make again
(generator/incremental.py), and the HTML cache the very HTML string of every page whose
Markdown is unchanged (generator/html_cache.py). Each step below is a pure function of such
objects, so it is kept by their identity (`is`), never by a comparison that could be fooled,
and worked out again whenever a new object comes:

- `Sources.text`: a generated file's text, its bytes decoded as MkDocs decodes them
  (`File.content_string`, which decodes anew each time it is asked: three times a page);
- `Sources.wrap_read`: a page's Markdown and front matter as MkDocs reads them
  (`Page.read_source`, PyYAML over every page's front matter on every build); the page gets
  its own copy of the front matter, which plugins change;
- `Spliced`: the page's HTML with its blocks put back for the search plugin and the theme
  (`splice.splice`), and the short forms the search index reads;
- `Written`: whether the site folder still holds what this process wrote (or found) there
  for a file: the same text or bytes object as then, and the file's size, modification time
  and inode as they were just after (a file changed since, by anything, is compared again
  byte for byte, as before, by `site_folder.holds`).

At 1,000 articles these were about 2.5 s of every save on this machine (of 7 to 8).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import meta


class Sources:
    """Each generated page's text, Markdown and front matter, by the objects they came from."""

    def __init__(self) -> None:
        self._texts: dict[str, tuple[bytes, str]] = {}  # src_uri -> (bytes, their text)
        # src_uri -> (source text, its Markdown, its front matter)
        self._read: dict[str, tuple[str, str, dict[str, Any]]] = {}

    def text(self, file: File) -> str:
        """`file.content_string`, decoded once for each bytes object."""
        if file.abs_src_path is not None:  # a file on disk: read as MkDocs reads it
            return file.content_string
        raw = file.content_bytes  # the object itself, for in-memory bytes
        kept = self._texts.get(file.src_uri)
        if kept is not None and kept[0] is raw:
            return kept[1]
        text = raw.decode("utf-8-sig", errors="strict")  # as File.content_string
        self._texts[file.src_uri] = (raw, text)
        return text

    def wrap_read(self, page: Page) -> None:
        """Make `page.read_source` take the Markdown and front matter of the last build when
        the page's source is the same text object (MkDocs' own steps otherwise)."""
        def read_source(config: MkDocsConfig) -> None:
            source = config.plugins.on_page_read_source(page=page, config=config)
            if source is None:
                source = page.file.content_string  # as MkDocs reads it
            uri = page.file.src_uri
            kept = self._read.get(uri)
            if kept is None or kept[0] is not source:
                markdown, data = meta.get_data(source)
                kept = self._read[uri] = (source, markdown, data)
            page.markdown, page.meta = kept[1], copy.deepcopy(kept[2])

        page.read_source = read_source  # type: ignore[method-assign]

    def keep_only(self, pages: set[str]) -> None:
        """Forget the files that are no longer in the site."""
        for kept in (self._texts, self._read):
            for uri in [u for u in kept if u not in pages]:
                del kept[uri]

    def clear(self) -> None:
        self._texts.clear()
        self._read.clear()


class Spliced:
    """`splice.splice` of a page (and the short forms it put aside), by its HTML and blocks."""

    def __init__(self) -> None:
        # src_uri -> (HTML, blocks, how, spliced HTML, short forms)
        self._kept: dict[str, tuple[str, list[str], str, str, dict[str, list[str]]]] = {}

    def get(self, uri: str, content: str, blocks: list[str], how: str,
            make: Callable[[], tuple[str, dict[str, list[str]]]]
            ) -> tuple[str, dict[str, list[str]]]:
        """What `make` gives for this HTML and these blocks, made again for new objects;
        `how` names the way they are spliced (with or without short forms)."""
        kept = self._kept.get(uri)
        if kept is not None and kept[0] is content and kept[1] is blocks and kept[2] == how:
            return kept[3], kept[4]
        spliced, forms = make()
        self._kept[uri] = (content, blocks, how, spliced, forms)
        return spliced, forms

    def keep_only(self, pages: set[str]) -> None:
        for uri in [u for u in self._kept if u not in pages]:
            del self._kept[uri]

    def clear(self) -> None:
        self._kept.clear()


def _signature(path: str) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


class Written:
    """What the site folder holds of the files this process wrote or found there."""

    def __init__(self) -> None:
        # absolute path -> (text or bytes written, the file's signature just after)
        self._kept: dict[str, tuple[str | bytes, tuple[int, int, int]]] = {}
        self._pending: dict[str, str | bytes] = {}  # written by MkDocs after post_page

    def holds(self, path: str, data: str | bytes) -> bool:
        """Whether the file holds `data`, known without reading it: the very object it was
        last written with (or found to hold), and unchanged since."""
        kept = self._kept.get(path)
        return (kept is not None and kept[0] is data
                and _signature(path) == kept[1])

    def wrote(self, path: str, data: str | bytes) -> None:
        """The file holds `data` now (written, or compared byte for byte)."""
        signature = _signature(path)
        if signature is None:
            self._kept.pop(path, None)
        else:
            self._kept[path] = (data, signature)

    def will_write(self, path: str, data: str | bytes) -> None:
        """The file will hold `data` once MkDocs has written the page (`settle`)."""
        self._pending[path] = data
        self._kept.pop(path, None)

    def settle(self) -> None:
        """Note the pages MkDocs wrote, before any later step of the build could change them."""
        for path, data in self._pending.items():
            self.wrote(path, data)
        self._pending.clear()

    def clear(self) -> None:
        self._kept.clear()
        self._pending.clear()
