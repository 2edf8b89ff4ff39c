"""Under `mkdocs serve`, a page whose inputs did not change is not rendered again.

Without `--dirty` (which strict mode refuses), MkDocs renders every page on every save: its
Markdown to HTML, the theme's template around it, and its entry in the search index. The
generator knows which pages changed; this cache lets MkDocs skip the rest, through the plugin
events, for every page of the site:

- **Markdown.** A page's HTML, table of contents, title, anchors and links to other pages'
  anchors are kept by a fingerprint of its Markdown, the Markdown settings and the list of
  the site's files (links are resolved against it). A page whose rendering logged a warning
  is never kept, so strict mode counts its warnings again on every build.
- **Theme.** The page's final HTML is kept by a fingerprint of everything the theme reads:
  its HTML and table of contents, title, metadata, addresses, edit link, its neighbours in
  the navigation, the whole navigation, the settings as MkDocs loaded them for the build
  (and the configuration file) and the theme's templates.
  On a hit the page is given a one-line template that writes the kept HTML.
- **Search.** The entries a page adds to the theme's search index are kept by a fingerprint
  of its HTML, title, address and metadata.

Anchor validation and every other plugin event still run for every page. The cache lives in
the `mkdocs serve` process (MkDocs makes new plugin objects on every rebuild) and is used only
there: `mkdocs build` renders everything, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .incremental import fingerprint

CACHED_TEMPLATE = "briefing-cached-page.html"
CACHED_KEY = "briefing_cached_html"




def plain(value: Any, depth: int = 0) -> Any:
    """A configuration value as plain data, for a key: mappings (the config, the theme, the
    plugins), lists and scalars as they are, a plugin by its own settings, any other object
    (or one nested deeper than settings go) by its kind, never by its address, which changes
    with every build."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if depth > 12:
        return type(value).__qualname__
    if isinstance(value, Mapping):
        return [(str(k), plain(v, depth + 1)) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v, depth + 1) for v in value), key=repr)
    if isinstance(value, BasePlugin):
        return [type(value).__qualname__, plain(value.config, depth + 1)]
    return type(value).__qualname__


class _Warnings(logging.Handler):
    """Counts the warnings MkDocs logs while a page renders."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@dataclass
class _Rendered:
    key: str
    content: str | None
    toc: Any
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None  # src_uri of the linked file -> {anchor: link}


@dataclass
class HtmlCache:
    """What the last builds of one site rendered, kept in the serving process."""

    rendered: dict[str, _Rendered] = field(default_factory=dict)  # src_uri -> Markdown's HTML
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # src_uri -> (key, HTML)
    search: dict[str, tuple[str, list[Any]]] = field(default_factory=dict)
    # src_uri -> (HTML the search plugin saw, the same without its data-search-* attributes)
    stripped: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    digests: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # src_uri -> HTML's
    markdown_fps: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # Markdown's
    markdown_hits: int = 0
    page_hits: int = 0
    search_hits: int = 0
    # set for each build
    settings: str = ""
    files_key: str = ""
    site_key: str = ""
    hits: dict[str, str] = field(default_factory=dict)  # src_uri -> page key, this build

    def start_build(self, config: MkDocsConfig, files: Files) -> None:
        """Fingerprint what every page of this build shares."""
        self.markdown_hits = self.page_hits = self.search_hits = 0
        self.hits = {}
        self.settings = fingerprint(repr(config["markdown_extensions"]),
                                    repr(config["mdx_configs"]), config.use_directory_urls,
                                    repr(config.validation))
        self.files_key = fingerprint(*sorted(f.src_uri for f in files))
        source = Path(config.config_file_path) if config.config_file_path else None
        theme = sorted((str(p), p.stat().st_mtime_ns) for folder in config.theme.dirs
                       for p in Path(folder).rglob("*.html"))
        # the settings as MkDocs loaded them for this build: the file, read now, may hold a
        # save made since, which only the next build loads
        self.site_key = fingerprint(source.read_bytes() if source and source.is_file() else "",
                                    repr(plain(config)), config.site_url, repr(theme),
                                    self.settings)

    def wrap_render(self, page: Page) -> None:
        """Make `page.render` take its HTML from the cache when its Markdown is unchanged."""
        original: Callable[[MkDocsConfig, Files], None] = page.render

        def render(config: MkDocsConfig, files: Files) -> None:
            uri = page.file.src_uri
            key = fingerprint(uri, self._text_fp(uri, page.markdown), self.settings,
                              self.files_key)
            kept = self.rendered.get(uri)
            if kept is not None and kept.key == key:
                self.markdown_hits += 1
                page.content, page.toc = kept.content, kept.toc
                page._title_from_render = kept.title
                page.present_anchor_ids = kept.anchors
                if kept.links is not None:
                    linked = ((files.get_file_from_path(target), links)
                              for target, links in kept.links.items())
                    page.links_to_anchors = {f: links for f, links in linked if f is not None}
                return
            counter = _Warnings()
            logger = logging.getLogger("mkdocs")
            logger.addHandler(counter)
            try:
                original(config, files)
            finally:
                logger.removeHandler(counter)
            if counter.count:  # strict mode must see the warnings again next time
                self.rendered.pop(uri, None)
                return
            links = None
            if page.links_to_anchors is not None:
                links = {f.src_uri: dict(v) for f, v in page.links_to_anchors.items()}
            self.rendered[uri] = _Rendered(key, page.content, page.toc,
                                           page._title_from_render, page.present_anchor_ids,
                                           links)

        page.render = render  # type: ignore[method-assign]

    def _text_fp(self, uri: str, markdown: str | None) -> str:
        """The fingerprint of the page's Markdown, worked out once for each text (the
        Markdown of an unchanged page is the very text of the last build)."""
        kept = self.markdown_fps.get(uri)
        if kept is not None and kept[0] is markdown:
            return kept[1]
        digest = fingerprint(markdown)
        self.markdown_fps[uri] = (markdown, digest)
        return digest

    def html_fp(self, page: Page) -> str:
        """The fingerprint of the page's HTML, worked out once for each HTML text: a page
        whose Markdown was kept has the very text of the last build."""
        kept = self.digests.get(page.file.src_uri)
        if kept is not None and kept[0] is page.content:
            return kept[1]
        digest = fingerprint(page.content)
        self.digests[page.file.src_uri] = (page.content, digest)
        return digest

    def page_key(self, page: Page, nav_key: str, edit_url: str | None) -> str:
        """The fingerprint of everything the theme shows of `page`."""
        def near(other: Any) -> tuple[str, str] | None:
            return (other.title, other.url) if other is not None else None

        return fingerprint(page.file.src_uri, self.html_fp(page), page.title, repr(page.meta),
                           str(page.toc), page.url, page.canonical_url, edit_url,
                           near(page.previous_page), near(page.next_page),
                           [near(a) for a in page.ancestors], nav_key, self.site_key)

    def choose_templates(self, pages: list[Page], nav_key: str,
                         edit_url: Callable[[Page], str | None]) -> None:
        """Give every page whose final HTML is kept the one-line template that writes it."""
        for page in pages:
            uri = page.file.src_uri
            key = self.page_key(page, nav_key, edit_url(page))
            self.hits[uri] = key
            kept = self.pages.get(uri)
            if kept is not None and kept[0] == key and "template" not in page.meta:
                page.meta["template"] = CACHED_TEMPLATE

    def cached_html(self, page: Page) -> str | None:
        """The kept HTML for a page given the cached template, else None."""
        if page.meta.get("template") != CACHED_TEMPLATE:
            return None
        self.page_hits += 1
        return self.pages[page.file.src_uri][1]

    def is_kept_html(self, page: Page, html: str) -> bool:
        """Whether `html` is the very text kept for the page (written by `cached_html`)."""
        kept = self.pages.get(page.file.src_uri)
        return kept is not None and kept[1] is html

    def keep_html(self, page: Page, html: str) -> None:
        """Keep the page's HTML as the theme wrote it, before other plugins' post_page."""
        key = self.hits.get(page.file.src_uri)
        if key is not None:
            self.pages[page.file.src_uri] = (key, html)

    def wrap_search(self, index: Any) -> None:
        """Make the theme's search index take a page's entries from the cache."""
        original = getattr(index, "add_entry_from_context", None)
        entries = getattr(index, "entries", None)
        if original is None or not isinstance(entries, list):
            return  # another search plugin: it indexes every page, as before

        def add(page: Page) -> None:
            uri = page.file.src_uri
            meta = {k: v for k, v in page.meta.items() if k != "template"}  # may be ours
            key = fingerprint(self.html_fp(page), page.title, page.url, repr(meta), str(page.toc))
            kept = self.search.get(uri)
            if kept is not None and kept[0] == key:
                self.search_hits += 1
                entries.extend(kept[1])
                return
            start = len(entries)
            original(page)
            self.search[uri] = (key, list(entries[start:]))

        index.add_entry_from_context = add

    def wrap_search_context(self, events: list[Any], search: Any) -> None:
        """Make the search plugin's `on_page_context` (in MkDocs' list of `page_context`
        handlers) skip its pass over a page's HTML when that HTML is the one it saw last
        time (kept by the Markdown cache, with the same blocks spliced in): it adds the page
        to the index, which keeps the page's entries, and takes the HTML without
        `data-search-*` attributes it made then."""
        for i, method in enumerate(events):
            if getattr(method, "__self__", None) is search:
                events[i] = self._search_context(method, search)

    def _search_context(self, original: Callable[..., Any], search: Any) -> Callable[..., Any]:
        index = search.search_index

        def on_page_context(context: Any, /, *, page: Page, config: MkDocsConfig,
                            nav: Any) -> Any:
            uri = page.file.src_uri
            kept = self.stripped.get(uri)
            # the same text: the very string from the Markdown cache, or one our
            # on_page_context spliced again from the same blocks
            if (kept is not None and (kept[0] is page.content or kept[0] == page.content)
                    and search.config.enabled):
                index.add_entry_from_context(page)
                page.content = kept[1]
                return None
            before = page.content
            result = original(context, page=page, config=config, nav=nav)
            self.stripped[uri] = (before, page.content)
            return result

        return on_page_context


def nav_key(nav: Any) -> str:
    """The fingerprint of the navigation: every item's title and address, in order."""
    def walk(items: Any) -> list[object]:
        return [(type(i).__name__, i.title, getattr(i, "url", None),
                 walk(getattr(i, "children", None) or [])) for i in items]

    return fingerprint(repr(walk(nav.items)))


class _CompiledTemplates(jinja2.BytecodeCache):
    """The theme's compiled templates, kept in the serving process: MkDocs makes a new
    environment on every build, which would compile every template again. Jinja2 keys each
    by the template's name and checks it against a digest of its source."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.kept.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


def with_cached_template(env: jinja2.Environment) -> jinja2.Environment:
    """The theme's environment, with the one-line template that writes a kept page and the
    templates compiled by earlier builds."""
    env.loader = jinja2.ChoiceLoader([
        jinja2.DictLoader({CACHED_TEMPLATE: "{{ " + CACHED_KEY + " }}"}),
        env.loader,  # type: ignore[list-item]
    ])
    env.bytecode_cache = _COMPILED
    return env


_CACHES: dict[str, HtmlCache] = {}


def cache_for(config_file: str) -> HtmlCache:
    """The cache kept for this site in this process (plugin objects are made anew)."""
    return _CACHES.setdefault(config_file, HtmlCache())
