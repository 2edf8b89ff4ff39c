"""Material's navigation and header, rendered once per build for the pages that link alike.

The theme renders its primary navigation (`partials/nav.html`), its tabs (`partials/tabs.html`)
and its header (`partials/header.html`) on every page: about 1.2 s CPU at 1,000 articles, for
HTML that is the same on most pages. What the navigation reads of a page is which item it is
(its own entry, with its table of contents, and the items above it are marked active); the
header reads its title; and all of them, through MkDocs' `url` filter, where the page is (each
link is written relative to the page). The briefings, actor and tag pages are not in the
navigation (mkdocs.yml names a few pages), so on them nothing is active, and the HTML of the
navigation, the tabs and the header around its title depends only on the relative addresses
of the links they write: every briefing's is the same text.

`templates/kept-theme/partials/nav.html`, `tabs.html` and `header.html` are Material's own files
in macros that they hand to `briefing_kept` (set by the plugin for one build; the header's title
is rendered on each page). The plugin puts that folder first in the theme's template path
(`use_kept_partials`) only where each of them wraps the file the theme would use, so that a
site with its own override of one, another Material version, or another theme (Zensical builds
the same `templates/theme/` without the plugin) gets the theme's files as they are. A page
that is not in the navigation gets the HTML rendered for the
first page whose links had the same relative addresses (every address these partials pass to
`url`: each navigation item's, the home page's, the logo's, the alternate languages' as they
are on that page, with their names); a page
in the navigation, or a render without a page, is rendered as the theme renders it.
tests/test_theme.py checks that the macros hold Material's files and that a site built with
them is byte for byte the site built with Material's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, pass_context
from jinja2.runtime import Context
from mkdocs.utils import normalize_url

from .tool_copies import same_version
from .toolfiles import tool_root

PARTIALS = ("nav.html", "tabs.html", "header.html")
_MACRO = re.compile(r"\{%-? macro material\w*\(\) %\}(.*?)\{% endmacro %\}", re.S)


def kept_theme() -> Path:
    """The folder of the kept partials: partials/nav.html, tabs.html, header.html."""
    return tool_root() / "templates" / "kept-theme"


def wrapped(partial: str) -> str:
    """The theme's file that a kept partial holds in its macros `material...`."""
    return "".join(_MACRO.findall(partial)) + "\n"


def use_kept_partials(env: Environment) -> bool:
    """Put the kept partials first in `env`'s template path if each wraps, as it is, the file
    the theme's path gives for its name (not a site's own override, not another version or
    theme) and every partial they include is the theme's or this tool's; whether it did."""
    loader = env.loader
    if not isinstance(loader, FileSystemLoader):
        return False
    folder = kept_theme()
    for name in PARTIALS:
        theirs = next((Path(d) / "partials" / name for d in loader.searchpath
                       if (Path(d) / "partials" / name).is_file()), None)
        ours = folder / "partials" / name
        if (theirs is None or not ours.is_file()
                or wrapped(ours.read_text(encoding="utf-8"))
                != theirs.read_text(encoding="utf-8")):
            return False
    if not _included_as_shipped(loader.searchpath, [f"partials/{name}" for name in PARTIALS]):
        return False
    loader.searchpath.insert(0, str(folder))
    return True


def use_kept_blocks(env: Environment) -> bool:
    """Whether the blocks of templates/theme/kept-blocks.html may be kept for pages alike:
    the `base.html` the path gives is the theme's own, and `partials/icons.html`, which the
    `styles` block includes, and what it includes in turn, are the theme's or this tool's
    (a site's own may read the page, which HTML kept from another page would hide)."""
    loader = env.loader
    if not isinstance(loader, FileSystemLoader):
        return False
    bases = [Path(d) / "base.html" for d in loader.searchpath if (Path(d) / "base.html").is_file()]
    return (bool(bases) and bases[0].read_bytes() == bases[-1].read_bytes()
            and _included_as_shipped(loader.searchpath, ["partials/icons.html"]))


_INCLUDE = re.compile(r"""\{%-?\s*(?:include|import)\s+["'](partials/[^"']+)["']""")


def _included_as_shipped(searchpath: list[str], names: list[str]) -> bool:
    """Whether every partial that these templates include, and those include in turn, is the
    theme's own or this tool's (templates/theme/): a site's own one may read the page (a
    language selector that stays on the page), which HTML kept from another page would hide."""
    holding = [Path(d) for d in searchpath if (Path(d) / names[0]).is_file()]
    if not holding:  # not the theme these templates were written for
        return False
    theme = holding[-1]  # the theme's own comes after a site's overrides
    shipped = tool_root() / "templates" / "theme"
    seen, todo = set(names), list(names)
    while todo:
        name = todo.pop()
        found = next((Path(d) for d in searchpath if (Path(d) / name).is_file()), None)
        if found is None:
            continue
        text = (found / name).read_text(encoding="utf-8")
        if found != theme and not ((shipped / name).is_file() and same_version(
                (shipped / name).read_text(encoding="utf-8"), text)):
            return False
        for included in _INCLUDE.findall(text):
            if included not in seen:
                seen.add(included)
                todo.append(included)
    return True


class KeptNav:
    """Rendered parts of the theme's navigation and header in one build, by part and the
    relative addresses of their links."""

    def __init__(self) -> None:
        self.kept: dict[tuple[Any, ...], str] = {}
        self._nav: Any = None
        self._items: list[Any] = []
        self._pages: list[Any] = []
        self._urls: list[str] = []
        self.part_hits = 0  # pages that got a partial's kept HTML
        self.block_hits = 0  # pages that got a block's kept HTML
        # (block, base_url) -> [(each address it wrote and how, its HTML)]
        self.blocks: dict[tuple[str, str], list[tuple[tuple[tuple[str, str], ...], str]]] = {}
        self._recording: list[str] | None = None  # addresses noted while a block renders

    @pass_context
    def render(self, context: Context, name: str, material: Callable[[], str]) -> str:
        """The partial `name`'s HTML on this page: `material()` (the theme's own rendering)
        or the same HTML kept from a page that links alike."""
        key = self._key(context)
        if key is None:
            return material()
        found = self.kept.get((name, *key))
        if found is None:
            found = self.kept[(name, *key)] = material()
        else:
            self.part_hits += 1
        return found

    @pass_context
    def block(self, context: Context, name: str, material: Callable[[], str]) -> str:
        """The HTML of the page template's block `name` on this page: `material()` (the
        block as the theme renders it), or the HTML kept from a page with the same `base_url`
        on which every address the block passed to the `url` and `script_tag` filters is
        written the same. For blocks that read nothing else of the page (`styles`, `scripts`,
        `config` of Material's `base.html`; tests/test_theme.py pins their text)."""
        page = context.get("page")
        if page is None or self._recording is not None:
            return material()
        base = str(context.get("base_url", ""))
        kept = self.blocks.setdefault((name, base), [])
        for addresses, found in kept:
            if all(normalize_url(path, page=page, base=base) == written
                   for path, written in addresses):
                self.block_hits += 1
                return found
        self._recording = []
        try:
            found = material()
        finally:
            recorded, self._recording = self._recording, None
        kept.append((tuple((path, normalize_url(path, page=page, base=base))
                           for path in dict.fromkeys(recorded)), found))
        return found

    def recording(self, original: Callable[..., Any]) -> Callable[..., Any]:
        """The filter `original` (`url` or `script_tag`, which take the context and a
        value and write the value as an address relative to the page), noting each address
        it is given while a block is rendered for `block`."""

        @pass_context
        def noted(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
            if self._recording is not None:
                self._recording.append(str(value))
            return original(context, value, *args, **kwargs)

        return noted

    @property
    def hits(self) -> int:
        """How many times a part's kept HTML was used."""
        return self.part_hits + self.block_hits

    @property
    def renders(self) -> int:
        """How many times a part was rendered for keeping."""
        return len(self.kept) + sum(len(found) for found in self.blocks.values())

    def _key(self, context: Context) -> tuple[str, ...] | None:
        """The relative addresses the partials write on this page, or None when the page is
        in the navigation (or there is no page, or no navigation): rendered as it is."""
        page, nav, config = context.get("page"), context.get("nav"), context.get("config")
        if page is None or nav is None or config is None:
            return None
        if nav is not self._nav:
            self._learn(nav, config)
        if any(page is item or page == item for item in self._pages):
            return None
        if any(getattr(item, "active", False) for item in self._items):
            return None
        base = str(context.get("base_url", ""))
        # the language selector as it is now: a plugin may set it for each page
        # (mkdocs-static-i18n links each page to itself in the other languages)
        alternate = (config.get("extra") or {}).get("alternate")
        languages = [f"{normalize_url(str(alt.get('link')), page=page, base=base)}\0"
                     f"{alt.get('lang')}\0{alt.get('name')}"
                     for alt in (alternate if isinstance(alternate, list) else ())
                     if isinstance(alt, dict)]
        return (base, *(normalize_url(u, page=page, base=base) for u in self._urls), *languages)

    def _learn(self, nav: Any, config: Any) -> None:
        """The navigation's items, its pages and every address the partials pass to `url`
        (another navigation: another build, nothing kept from the last one holds)."""
        self._nav = nav
        self.kept.clear()
        self._items = list(_walk(getattr(nav, "items", ())))
        self._pages = [item for item in self._items if getattr(item, "is_page", False)]
        urls = [getattr(item, "url", None) for item in self._items]
        homepage = getattr(nav, "homepage", None)
        extra = config.get("extra") or {}
        theme = config.get("theme") or {}
        urls += [getattr(homepage, "url", None), extra.get("homepage"), theme.get("logo")]
        self._urls = [str(u) for u in dict.fromkeys(urls) if u is not None]


def _walk(items: Iterable[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _walk(getattr(item, "children", None) or ())
