"""The MkDocs plugin: hands MkDocs the generated pages in memory and watches content/."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .build import carries_mark, generate
from .config_place import site_dir, watched, where
from .content.gate import left_out_lines
from .content.load import EDITOR_FILE
from .content.named import named_pages
from .content.problems import ContentError, Problem, display_path, printable
from .content.validate import title_problem
from .files import link_on_the_way, linked_away
from .folder_links import unfollowed, walk
from .front_matter import alias_problem
from .heap import IdleCollector
from .html_cache import CACHED_KEY, HtmlCache, cache_for, nav_key, with_cached_template
from .incremental import builder_for
from .kept_nav import KeptNav, use_kept_blocks, use_kept_partials
from .kept_pages import Sources, Spliced, Written
from .pages.generate import SiteInfo, problem_page
from .pages.markup import url
from .pages.pagefind import PagefindError, index_site, search_page, weighted
from .pages.texts import Texts
from .pages.urls import edit_at, is_branch_name, repository_editor
from .quiet_builds import quiet_builds
from .search_form import (
    Check,
    Forms,
    actor_entries,
    claim_entries,
    event_entries,
    form_items,
    theme_parser,
)
from .serve_errors import one_line_errors, refuse_address_in_use
from .site_folder import bring_back, hide, holds, sweep
from .splice import (
    Cuts,
    Placeholders,
    anchors,
    blocks_in,
    cut,
    digest_of,
    page_token,
    same_blocks,
    splice,
    splice_unsearched,
)
from .tool_copies import stale_copies
from .watch_start import FirstSnapshots, called_by_serve

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    """Options of the `briefing` plugin in mkdocs.yml."""

    content = opt.Type(str, default="content")
    """The content folder (actors.yaml and articles/), relative to mkdocs.yml."""

    templates = opt.Type(str, default="templates")
    """A folder of Jinja2 templates that override the built-in ones, relative to mkdocs.yml."""

    edit_branch = opt.Type(str, default="main")
    """The branch whose content files the edit links open."""

    local_editor = opt.Type(str, default="vscode://file/{path}:{line}")
    """Under `mkdocs serve`, the address that opens a content file in the local editor:
    `{path}` is the file's absolute path without its leading slash, `{line}` the entry's line;
    "" for the repository's editor (or none) there too."""
    drafts = opt.Choice(("auto", "show", "hide"), default="auto")
    """Entries no person has reviewed yet (`status: drafted`). `auto`: shown, marked, under
    `mkdocs serve`; left out of `mkdocs build` and `gh-deploy`, each briefing saying how many
    it left out. `show`: shown, marked, everywhere. `hide`: left out everywhere."""

    search = opt.Choice(("mkdocs", "pagefind"), default="mkdocs")
    """`mkdocs`: the theme's search, one index file every visitor downloads whole. `pagefind`:
    for large sites; a Search page whose index comes in small fragments, with filters by
    actor, source and tag (the theme's search is switched off)."""


_PROCESS: dict[str, bool] = {}
_CUTS = Cuts()  # under `mkdocs serve`: each page's blocks, kept while its Markdown is the same
_FORMS = Forms()  # under `mkdocs serve`: each block's short form for the search index
# under `mkdocs serve`, kept by the identity of what they were made from (generator/kept_pages)
_VERDICTS: dict[Any, bool] = {}  # whether the search reads short forms, by the theme's parser
_SOURCES = Sources()  # each generated page's text, Markdown and front matter
_SPLICED = Spliced()  # each page's HTML with its blocks put back
_WRITTEN = Written()  # what the site folder holds of the files this process wrote
_IDLE = IdleCollector()  # under `mkdocs serve`: full garbage collections between builds
_FIRST = FirstSnapshots()  # under `mkdocs serve`: the watched files as the first build began


class _Generated(File):
    """A generated file that tells `mkdocs serve --dirty` whether its text changed, and is
    not written again where the site folder already holds its bytes (generator/site_folder)."""

    modified = True
    unwritten = False  # its page's HTML is in the site folder already: MkDocs need not write it

    def is_modified(self) -> bool:
        return self.modified

    def copy_file(self, dirty: bool = False) -> None:
        # `mkdocs build` without --dirty has emptied the site folder: nothing to compare
        if not (_PROCESS.get("serving") or _PROCESS.get("dirty")):
            super().copy_file(dirty)
            return
        path, data = super().abs_dest_path, self.content_bytes
        if _WRITTEN.holds(path, data):
            return
        if not holds(path, data):
            super().copy_file(dirty)
        _WRITTEN.wrote(path, data)

    @property  # type: ignore[override]
    def abs_dest_path(self) -> str:
        """Where MkDocs writes the file; the null device, once, for a page's HTML that the
        site folder holds already: MkDocs reads this once, to write the page."""
        if self.unwritten:
            self.unwritten = False
            return os.devnull
        return super().abs_dest_path

    @abs_dest_path.setter
    def abs_dest_path(self, value: str) -> None:
        self.__dict__["abs_dest_path"] = value  # where File's cached property keeps it


class _UnwrittenHtml(str):
    """The HTML of a page the site folder holds already, as MkDocs is given it to write: MkDocs
    encodes it (`output.encode(...)`, about 0.3 s of a save at 1,000 articles) and then reads
    the page's `abs_dest_path`, which is the null device this once. While that is still to
    come, the encoding is empty; otherwise (something read the path first) it is the page's."""

    def __new__(cls, html: str, file: _Generated) -> _UnwrittenHtml:
        made = super().__new__(cls, html)
        made.file = file
        return made

    file: _Generated

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        if self.file.unwritten:  # MkDocs writes it to the null device next
            return b""
        return str.encode(self, encoding, errors)


def refuse_unsafe_site_name(config: MkDocsConfig) -> None:
    """One clear message, naming the config file, for a site_name unfit to be the title of
    every page (`validate.title_problem`: a control or direction character, markup the theme
    would print as it is, or one too long), or a '"' in site_description."""
    problem = title_problem(config.site_name or "")
    if problem:
        raise PluginError(f"{where(config, 'site_name')}: site_name {problem}")
    if '"' in (config.site_description or ""):  # Material: <meta content="..."> as it is
        raise PluginError(f"{where(config, 'site_description')}: site_description holds '\"', "
                          "which the theme writes into a page's <meta> tag as it is (it would "
                          "end the tag's value); write the description without \" (“ ” for "
                          "quotes)")


def refuse_scripted_addresses(config: MkDocsConfig) -> None:
    """One clear message for a site_url, repo_url or full edit_uri (or edit_uri_template)
    that is no web address. MkDocs accepts any scheme with a host, so
    `javascript://x/%0aalert(1)` reached the repository link on every page, every edit link
    and the feed, and ran when clicked."""
    for setting in ("site_url", "repo_url", "edit_uri", "edit_uri_template"):
        value = str(config.get(setting) or "")  # edit_uri_template is a UserString
        scheme = urlsplit(value).scheme.lower()  # an edit_uri is often a path: no scheme
        if value and (scheme or not setting.startswith("edit_uri")) and scheme not in (
                "http", "https"):
            raise PluginError(f"{where(config, setting)}: {setting} is '{printable(value)}', "
                              "which is not a web address: a link to it would run in the "
                              "reader's browser; write it as https://...")


# schemes a browser runs or renders as a page of their own, not an editor's
_SCRIPT_SCHEMES = ("javascript", "vbscript", "data", "blob", "filesystem")


def refuse_scripted_editor(local_editor: str, config: MkDocsConfig) -> None:
    """One clear message for a `local_editor` that a browser would run (attack18): under
    `mkdocs serve` every edit link is the pattern with the file's path and line, and
    `javascript:alert(document.domain)//{path}` ran in the served site when one was clicked
    (its percent-encoded brackets are decoded before it runs). An editor's address is a
    scheme of letters, then ':' (vscode://file/{path}:{line}), with no space or control
    character a browser would drop from it."""
    scheme = local_editor.partition(":")[0]
    if local_editor and (not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme)
                         or scheme.lower() in _SCRIPT_SCHEMES
                         or re.search(r"[\x00-\x20\x7f]", local_editor)):
        raise PluginError(f"{where(config, 'plugins', 'briefing', 'local_editor')}: "
                          f"local_editor is '{printable(local_editor)}', which is not an "
                          "editor's address: under mkdocs serve every edit link would run it "
                          "in the browser; write one such as vscode://file/{path}:{line}")


def refuse_linked_site_folder(config: MkDocsConfig) -> None:
    """One clear message, before MkDocs empties the site folder, when that folder is a link
    (or reached through one, or holds one at its top): a cloned site with a committed `site`
    link to `~` made `mkdocs build` delete every file of the home folder but the hidden ones
    (MkDocs empties the folder it builds into) and write the site there; a link inside the
    folder, which MkDocs cannot empty, it writes through."""
    site, config_file = Path(config.site_dir), Path(config.config_file_path or "mkdocs.yml")
    linked = link_on_the_way(site, config_file.parent)
    if linked is None and site.is_dir():
        linked = next((Path(e.path) for e in os.scandir(site)
                       if e.is_symlink() and not e.name.startswith(".")), None)
    if linked is not None:
        shown, target = linked_away(linked, config_file.parent)
        folder = printable(os.path.relpath(site, config_file.parent))
        raise PluginError(f"{site_dir(config)[0]}: {shown} is a link to {target}: MkDocs empties "
                          f"the site folder ({folder}) before it builds, and writes the site "
                          "into it through links; remove the link (the site is built into a "
                          "folder of its own)")


def refuse_folders_in_the_way(config: MkDocsConfig, content: Path, templates: Path,
                              serving: bool) -> None:
    """One clear message, before MkDocs empties the site folder, when mkdocs.yml's `site_dir`,
    `docs_dir` or the theme's `custom_dir` would lose or publish what is not the site's
    (attack18). `site_dir: content` in a cloned site's mkdocs.yml made `mkdocs build` delete
    every article and actors.yaml (MkDocs empties the site folder, then the plugin found no
    content), `site_dir: ../victim` every visible file of a folder beside the site, `site_dir:
    .git` the repository. `docs_dir` or `custom_dir` at `../elsewhere` or `.git` published what
    they hold, as a link out of docs/ did (round nine); `docs_dir` holding content/ (or the
    plugin's `content:` inside docs/) each article's YAML, drafted entries and all. Outside the
    site's folder, a site folder must be new, empty, or one a build filled (MkDocs writes its
    sitemap.xml): `mkdocs serve` builds into a folder of its own, which is not looked at.
    A `watch:` path outside the site's folder (attack19: `watch: [/]`) had `mkdocs serve`
    walk the machine twice a second, 1.6 GB and no page served after two minutes."""
    config_file = Path(config.config_file_path or "mkdocs.yml")

    def realpath(folder: str) -> Path:
        return Path(os.path.realpath(folder))

    base = realpath(str(config_file.parent))
    site, docs = realpath(config.site_dir), realpath(config.docs_dir)

    def shown(folder: Path) -> str:
        return printable(os.path.relpath(folder, base))

    theme = config.theme.custom_dir
    for setting, folder in [("docs_dir", docs), *([("custom_dir", realpath(theme))] if theme
                                                  else [])]:
        place = (None if not folder.is_relative_to(base) else next(
            (part for part in folder.relative_to(base).parts if part.startswith(".")), ""))
        if place != "":  # round nine refused a link in docs/ that leads out of the site's
            raise PluginError(  # folder
                f"{where(config, *(('theme',) if setting == 'custom_dir' else ()), setting)}: "
                f"{setting} is {shown(folder)}, "
                + ("outside the site's folder" if place is None else "a hidden folder")
                + f": MkDocs publishes every file of {setting}"
                + ("" if setting == "docs_dir" else " but its templates")
                + ", so the site would hold what is not the site's (~/.ssh: a key; .git: "
                "every commit); keep the site's files in a folder of its own, such as "
                + ("docs" if setting == "docs_dir" else "templates/theme"))
    # attack19: `watch: [/]`; only `serve` walks them, so a build of a site that watches a
    # folder beside it (a shared theme's) goes on, in CI and under Zensical (review24)
    for path in config.watch if serving else ():
        if not realpath(path).is_relative_to(base):
            named_in, names = watched(config, Path(path))
            raise PluginError(
                f"{named_in}: {names} {printable(realpath(path).as_posix())}, outside "
                "the site's folder: 'mkdocs serve' walks every folder it watches twice a second "
                "and builds again at each change in it, so a large one keeps it from serving "
                "(watch: [/] had it at 1.6 GB, no page served, after two minutes); watch "
                "folders of the site only, such as templates")

    def site_is() -> str:  # read from mkdocs.yml only when a message needs it
        named_in, setting = site_dir(config)
        return f"{named_in}: {setting} is {shown(site)}"

    for folder, what in ((content, "every article and actors.yaml"), (templates, "every template")):
        real = realpath(str(folder))
        if folder.is_dir() and real.is_relative_to(site):
            raise PluginError(f"{site_is()}: MkDocs "
                              "empties the site folder before it builds, and would delete "
                              f"{what} ({shown(real)}); build into a folder of its own, such "
                              "as site")
        if folder == content and folder.is_dir() and (real.is_relative_to(docs)
                                                      or docs.is_relative_to(real)):
            raise PluginError(f"{where(config, 'docs_dir')}: docs_dir is {shown(docs)} and the "
                              f"content folder {shown(real)}: MkDocs publishes every file of "
                              "docs_dir as it is, so each article's YAML would be on the site, "
                              "drafted entries and all; keep the two folders apart")
    if site.is_relative_to(base) and any(p.startswith(".") for p in site.relative_to(base).parts):
        raise PluginError(f"{site_is()}, a hidden folder: "
                          "MkDocs empties the site folder before it builds, and would delete "
                          "what it holds (site_dir: .git, every commit); build into a folder "
                          "of its own, such as site")
    if serving or site.is_relative_to(base) or not site.is_dir():
        return
    try:
        others = sorted(e.name for e in os.scandir(site) if not e.name.startswith("."))
    except OSError:  # not to be read: MkDocs says so when it empties it
        return
    if others and "sitemap.xml" not in others:
        listed = ", ".join(printable(name) for name in others[:3]) + (", ..." if others[3:]
                                                                      else "")
        raise PluginError(f"{site_is()}, a folder outside "
                          f"the site's that holds files no build wrote ({listed}): MkDocs "
                          "empties the site folder before it builds, and would delete them; "
                          "build into a folder of the site's own, such as site, or a new one")


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Generate the briefing pages from content/ on every build."""

    def __init__(self) -> None:
        self.cache: HtmlCache | None = None  # pages kept between the builds of `mkdocs serve`
        self.nav: Any = None
        self.cut: dict[str, list[str]] = {}  # src_uri -> HTML blocks cut out of its Markdown
        # src_uri -> its blocks, or None or their digest: cut them again from its file when
        # it is written
        self.blocks: dict[str, list[str] | str | None] = {}
        self.own: dict[str, bool] = {}  # src_uri -> its blocks are its file's
        self.told: set[tuple[Path, str]] = set()  # the stale template copies named, once each
        self.source: dict[str, str] = {}  # src_uri -> its file's text, until on_page_markdown
        self.unspliced: dict[str, str] = {}  # src_uri -> its HTML without them, while written
        self.writing: dict[str, list[str]] = {}  # src_uri -> its blocks, while written
        # src_uri -> the short forms of its blocks, by the comments that stand for them in its
        # HTML, until the theme's search index has read it (generator/search_form)
        self.forms: dict[str, dict[str, list[str]]] = {}
        self.files: Files | None = None
        # whether the theme's search reads blocks in their short form (generator/search_form)
        self.check = Check(None)
        self.kept_nav = KeptNav()  # the theme's navigation, by the addresses it links to
        self.folder: tuple[str | None, Path] | None = None  # mkdocs.yml -> the site's folder
        self.linked: list[str] = []  # the site's folders that its checked walks entered by links

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` calls this on the plugin of its first build only: later builds
        # make new plugin objects, which read the flag that this process keeps
        _PROCESS["serving"] = command == "serve"
        # `mkdocs serve --clean` builds as `mkdocs build`, but its saves must still be seen
        _PROCESS["clean_serve"] = command == "build" and called_by_serve()
        _PROCESS["dirty"] = dirty
        _PROCESS["deploying"] = command == "gh-deploy"

    def on_shutdown(self) -> None:
        _PROCESS.clear()  # a later build in this process is not `mkdocs serve`'s
        _CUTS.clear()
        _FORMS.clear()
        _SOURCES.clear()
        _VERDICTS.clear()
        _SPLICED.clear()
        _WRITTEN.clear()
        _IDLE.stop()
        _FIRST.clear()

    @property
    def serving(self) -> bool:
        """True in `mkdocs serve`."""
        return _PROCESS.get("serving", False)

    @property
    def keeps_site(self) -> bool:
        """Whether the site folder is written over rather than emptied (generator/site_folder):
        in `mkdocs serve` without `--dirty` (which does not empty it)."""
        return self.serving and not _PROCESS.get("dirty", False)

    @event_priority(-100)  # after the search plugin has made its index
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.serving:
            _IDLE.build_starts()
        refuse_unsafe_site_name(config)
        refuse_linked_site_folder(config)
        root = self._root(config)
        refuse_folders_in_the_way(config, root / self.config.content,
                                  root / self.config.templates, self.serving)
        self._refuse_folder_links(config)
        if self.serving or _PROCESS.get("clean_serve"):  # before MkDocs lists docs/ and the
            # generator reads content/ (generator/watch_start.py)
            _FIRST.take(self._watched(config), config.config_file_path)
        if _PROCESS.get("deploying") and not config.site_url:
            # a warning: `strict` (a site made by `briefing init` has it) stops before the push
            log.warning(GH_DEPLOY_ADDRESS)
        refuse_scripted_addresses(config)
        refuse_scripted_editor(self.config.local_editor, config)
        if not is_branch_name(self.config.edit_branch):  # as `briefing build --edit-branch`
            raise PluginError(f"{where(config, 'plugins', 'briefing', 'edit_branch')}: "
                              f"edit_branch is '{printable(self.config.edit_branch)}', which is "
                              "not a branch name git takes; write the branch the content is "
                              "edited on, like main")
        config.markdown_extensions.append(Placeholders())  # type: ignore[arg-type]
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is not None and getattr(search, "search_index", None) is not None:
            self._read_forms(search.search_index)  # type: ignore[attr-defined]
        if self.serving:
            self.cache = cache_for(str(config.config_file_path))
            if search is not None and getattr(search, "search_index", None) is not None:
                self.cache.wrap_search(search.search_index)  # type: ignore[attr-defined]
                self.cache.wrap_search_context(config.plugins.events["page_context"], search)
        if self.config.search == "pagefind":
            theme_search = config.plugins.get("material/search")
            if theme_search is not None:
                theme_search.config.enabled = False  # type: ignore[attr-defined]
            if config.nav is not None and "search.md" not in str(config.nav):
                config.nav.append({"Search": "search.md"})
        return config

    def _refuse_folder_links(self, config: MkDocsConfig) -> None:
        """One message per link to a folder in docs/, content/ or templates/ that MkDocs'
        listing of docs/ or `mkdocs serve`'s watching would follow without end, twice, or
        out of the site, and per link in docs/ to a file out of the site or into content/,
        which MkDocs would publish (generator/folder_links), before either starts."""
        problems: list[str] = []
        self.linked = []
        root = self._root(config)
        for folder, published in self._walked(config):
            found, linked = walk(folder, root, published, root / self.config.content,
                                 theme=published and folder != Path(config.docs_dir))
            problems += found
            self.linked += linked
        if problems:  # each names its link, from the site's folder: the link is to blame,
            # not mkdocs.yml, which each began with until review25
            raise PluginError("\n".join(problems))

    def _walked(self, config: MkDocsConfig) -> list[tuple[Path, bool]]:
        """The folders MkDocs or `mkdocs serve` walk, each with whether MkDocs publishes its
        files: docs/, and the theme's custom_dir, whose files but its templates MkDocs copies
        into the site (`templates/theme/keys.txt`, a link to a secret, was published: attack20;
        the page templates beside it are walked as published too)."""
        root = self._root(config)
        walked = [(Path(config.docs_dir), True)]
        walked += [(root / folder, folder == self.config.templates)
                   for folder in (self.config.content, self.config.templates)
                   if (root / folder).is_dir()]
        theme = config.theme.custom_dir
        if theme and not any(Path(theme).resolve().is_relative_to(folder.resolve())
                             for folder, published in walked if published):
            walked.append((Path(theme), True))
        return walked

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.check = Check(theme_parser(config) if self.config.search == "mkdocs" else None,
                           _VERDICTS if self.serving else None)
        if self.serving:
            if not _PROCESS.get("address_checked"):  # before the first build: fail at once
                refuse_address_in_use(*config.dev_addr)
                _PROCESS["address_checked"] = True
            _FORMS.next_build()
        if self.keeps_site:
            hide(Path(config.site_dir))

    @event_priority(100)  # first: the pages as MkDocs wrote them
    def _pages_written(self, *, config: MkDocsConfig) -> None:
        if self.keeps_site:
            _WRITTEN.settle()

    @event_priority(-100)  # after every plugin has written its files
    def _site_written(self, *, config: MkDocsConfig) -> None:
        log.debug("briefing: theme parts kept (navigation, header, blocks): rendered %d times, "
                  "kept %d times (%d navigation and header, %d blocks)", self.kept_nav.renders,
                  self.kept_nav.hits, self.kept_nav.part_hits, self.kept_nav.block_hits)
        if self.keeps_site and self.files is not None:
            removed = sweep(Path(config.site_dir), (f.abs_dest_path for f in self.files))
            log.debug("briefing: %d files of the last build removed from the site", removed)
        if self.serving and self.files is not None:
            pages = {f.src_uri for f in self.files.documentation_pages()}
            _CUTS.keep_only(pages)
            _SOURCES.keep_only(pages)
            _SPLICED.keep_only(pages)
        if self.cache is not None:
            log.info("briefing: pages kept from the last build: %d of Markdown, %d of HTML, "
                     "%d of search", self.cache.markdown_hits, self.cache.page_hits,
                     self.cache.search_hits)
        if self.config.search == "pagefind":
            try:
                seconds = index_site(Path(config.site_dir))
            except PagefindError as exc:
                raise PluginError(str(exc)) from None
            log.info("briefing: Pagefind indexed the site in %.1f s", seconds)
        if self.serving:
            _IDLE.idle_after()

    def on_build_error(self, *, error: Exception) -> None:
        if self.serving:
            _IDLE.idle_after()

    on_post_build = CombinedEvent(_pages_written, _site_written)

    def _root(self, config: MkDocsConfig) -> Path:
        if self.folder is None or self.folder[0] != config.config_file_path:
            self.folder = (config.config_file_path,
                           Path(config.config_file_path or ".").resolve().parent)
        return self.folder[1]

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.keeps_site:
            bring_back(Path(config.site_dir))  # MkDocs has emptied the site folder
        for file in [f for f in files if f.abs_src_path and not f.inclusion.is_excluded()
                     and EDITOR_FILE.fullmatch(Path(f.src_uri).name)
                     and Path(f.abs_src_path).is_relative_to(config.docs_dir)]:
            # attack18: `docs/notes.md~` was published with the words a person had deleted
            files.remove(file)
            log.info("briefing: %s/%s is not published: it is an editor's backup or temporary "
                     "file, or a merge's leftover", Path(config.docs_dir).name,
                     printable(file.src_uri))
        root = self._root(config)
        site = SiteInfo(config.site_name, config.site_description or SiteInfo.description,
                        self._editor(config), config.site_url or "", config.use_directory_urls,
                        self.config.drafts == "show"
                        or (self.config.drafts == "auto" and self.serving))
        builder = builder_for(root / self.config.content) if self.serving else None
        args = (root / self.config.content, site, root / self.config.templates, root)
        theme = config.theme.custom_dir
        for stale in stale_copies(root, root / self.config.templates,  # not a warning: --strict
                                  Path(theme) if theme else None,  # would stop corrections
                                  Path(config.docs_dir) / "assets"):
            if (stale.path, stale.name) not in self.told:  # once a server
                self.told.add((stale.path, stale.name))
                log.info("briefing: %s", stale.message(display_path(stale.path, Path.cwd())))
        problems = None
        try:
            withheld: dict[str, str] = {}
            if builder is not None:
                generated = builder.generate(*args)
                changed = set(builder.stats.changed)
                withheld = builder.stats.withheld
            else:  # `mkdocs build` builds once: nothing to keep for a next build, nor to
                # fingerprint for it (about 10% of generation), and every file is new
                generated = generate(*args, withheld=withheld)
                changed = set(generated)
            for warning, line in left_out_lines(
                    withheld, "drafts: show in mkdocs.yml shows what is left out, marked"):
                (log.warning if warning else log.info)("briefing: %s", line)
        except ContentError as exc:
            if builder is None:
                raise PluginError(f"the content has problems:\n{exc}") from None
            problems = exc.problems
            _report(exc.problems)
            page = problem_page(exc.problems)
            # every page the reader may be on shows the problems, so a reload after a save
            # never lands on a 404: the last good build's pages, the nav, each article, and
            # the pages written by hand in docs/ (they take the problem page's place)
            articles = sorted((root / self.config.content / "articles").glob("*.yaml"))
            # a server started on the mistake has no last good build: the actor and tag
            # pages the files name, read leniently, are the tabs a reader reopens
            named = [] if builder.pages else named_pages(root / self.config.content, articles)
            paths = ["index.md", *builder.pages, *_nav_paths(config.nav),
                     *(f"briefings/{path.stem}.md" for path in articles), *named,
                     *(file.src_uri for file in files.documentation_pages())]
            generated = Texts((path, page) for path in dict.fromkeys(paths))
            changed = set(generated)
        log.debug("briefing: %d files, %d rendered again, %d changed", len(generated),
                  len(builder.stats.rendered) if builder else len(generated), len(changed))
        if self.config.search == "pagefind":
            bundle = "../pagefind/" if config.use_directory_urls else "./pagefind/"
            generated["search.md"] = search_page(bundle)
            changed.add("search.md")
        shadowed = []
        for path, text in generated.raw.items():
            mine = files.get_file_from_path(path)
            if mine is not None:
                if (problems is None and mine.abs_src_path and not mine.generated_by
                        and not carries_mark(path, Path(mine.abs_src_path))):
                    shadowed.append(path)  # a person's page, not one `build --out docs` wrote
                files.remove(mine)
            file = _Generated.generated(config, path, content=text)
            file.modified = path in changed  # type: ignore[attr-defined]
            files.append(file)
        for path in shadowed:  # attack14: a hand-written docs/claims.md went without a word
            log.warning("briefing: %s/%s is not published: the briefing's own page has its "
                        "address; rename it (or move it out of %s) to publish it",
                        Path(config.docs_dir).name, path, Path(config.docs_dir).name)
        if self.cache is not None:
            self.cache.start_build(config, files)
        return files

    def _editor(self, config: MkDocsConfig) -> str:
        """Where a content file is edited, as a pattern with {path} and {line}: the local
        editor under `mkdocs serve`, else GitHub's editor (which opens a file, not a line),
        else "" (no repository, no edit links)."""
        if self.serving and self.config.local_editor:
            root = self._root(config).as_posix().lstrip("/")
            return self.config.local_editor.replace("{path}", f"{root}/{{path}}")
        return repository_editor(config.repo_url or "", self.config.edit_branch)

    @event_priority(100)  # first: a later plugin's source of the page replaces this one
    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """A generated page's text, its UTF-8 bytes decoded once (as MkDocs' `read_source`
        decodes them) for MkDocs and for `on_page_markdown`, which lets it go. A page of
        docs/ is MkDocs' to read, once its front matter is known not to blow up (attack18)."""
        if not isinstance(page.file, _Generated):
            try:
                problem = alias_problem(page.file.content_string)
            except (OSError, ValueError):  # MkDocs reads it again and says so
                return None
            if problem is not None:
                raise PluginError(f"{Path(config.docs_dir).name}/{page.file.src_uri}:{problem}")
            return None
        text = self.source[page.file.src_uri] = self._text(page.file)
        return text

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        # the marked HTML blocks skip Python-Markdown (generator/splice.py)
        given = markdown
        whole = self.source.pop(page.file.src_uri, None)
        markdown, blocks = self._cut(page, markdown)
        if blocks:
            self.cut[page.file.src_uri] = blocks
            # the Markdown of its file (no plugin before this one changed it): its blocks
            # are the file's
            if whole is None:
                whole = self._text(page.file)
            self.own[page.file.src_uri] = same_blocks(whole, given)
        return markdown

    def _text(self, file: File) -> str:
        """`file.content_string`; under `mkdocs serve` decoded once for each bytes object the
        generator gives (generator/kept_pages)."""
        return _SOURCES.text(file) if self.serving else file.content_string

    def _cut(self, page: Page, markdown: str, which: str = "") -> tuple[str, list[str]]:
        """`splice.cut`, kept from build to build under `mkdocs serve` (`which`: the page's
        Markdown, or its whole file with the front matter)."""
        if not self.serving:  # nothing is kept for a next build: the page's own token
            return cut(markdown, page_token(page.file.src_uri))
        return _CUTS.cut(f"{page.file.src_uri}\0{which}", markdown)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        blocks = self.cut.pop(page.file.src_uri, None)
        if blocks:  # links to the page may point into its blocks
            found = (_CUTS.anchors(f"{page.file.src_uri}\0", blocks) if self.serving
                     else anchors(blocks))
            page.present_anchor_ids = set(page.present_anchor_ids or ()) | found
            # not held until the page is written when its file gives the same blocks again
            # (another plugin may have changed them in the Markdown)
            same = (self.own.pop(page.file.src_uri, False)
                    or self._cut(page, self._text(page.file), "file")[1] == blocks)
            self.blocks[page.file.src_uri] = (blocks if not same else None if self.serving
                                              else digest_of(blocks))
        if self.config.search == "pagefind":
            return weighted(html, page.meta)
        return html

    def on_nav(self, nav: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav = nav
        return nav

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        if self.cache is not None:
            self.cache.wrap_render(page)
        if self.serving and isinstance(page.file, _Generated):
            _SOURCES.wrap_read(page)
        return page

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        self.files = files  # every file of the build, for on_post_build
        env.globals["briefing_t"] = Translations()  # templates/theme/partials/language.html
        # templates/kept-theme/partials/: the navigation, tabs and header rendered once per
        # relative addresses, where they wrap the theme's own files
        use_kept_partials(env)
        self.kept_nav = KeptNav()  # new for each build, as its navigation is
        env.globals["briefing_kept"] = self.kept_nav.render
        if use_kept_blocks(env):  # templates/theme/kept-blocks.html
            env.globals["briefing_block"] = self.kept_nav.block
        for name in ("url", "script_tag"):
            env.filters[name] = self.kept_nav.recording(env.filters[name])
        if self.cache is not None and self.nav is not None:
            env = with_cached_template(env)
            pages = [f.page for f in files.documentation_pages() if f.page is not None]
            self.cache.choose_templates(pages, nav_key(self.nav),
                                        lambda page: self._edit_url(page, config))
        return env

    def _edit_url(self, page: Page, config: MkDocsConfig) -> str | None:
        """The page's edit link: its own YAML file's, none for a generated page without one,
        else MkDocs' own; escaped, as the theme prints it into href="..." as it is."""
        edit = page.meta.get("edit")
        editor = self._editor(config)
        if edit and editor:
            return str(edit_at(editor, edit, 1))
        if not edit and page.file.generated_by:
            return None
        return str(url(page.edit_url)) if page.edit_url else page.edit_url

    @event_priority(50)  # before the search plugin indexes the page's HTML
    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Any) -> TemplateContext:
        if page.file.src_uri in self.blocks and page.content is not None:
            # the blocks are put back only while the page is written, most cut again from
            # its Markdown file (held anyway), so that MkDocs, which keeps every page's HTML
            # to the end of the build, keeps it without them (on_post_page)
            kept = self.blocks.pop(page.file.src_uri)
            if kept is None:
                blocks = self._cut(page, self._text(page.file), "file")[1]
            elif isinstance(kept, str):  # the digest of its file's blocks
                blocks = blocks_in(page.file.content_bytes, kept)
            else:
                blocks = kept
            self.unspliced[page.file.src_uri] = page.content
            self.writing[page.file.src_uri] = blocks
            page.content = self._splice(page, page.content, blocks)
        page.edit_url = self._edit_url(page, config)
        if self.cache is not None:
            html = self.cache.cached_html(page)
            if html is not None:
                context[CACHED_KEY] = html  # type: ignore[literal-required]
        return context

    def _splice(self, page: Page, content: str, blocks: list[str]) -> str:
        """The page's HTML with its blocks for the search plugin and the theme: lists only
        as comments, the others as comments too while the theme's search parser reads them
        in their short form where it meets those comments, as it reads the full blocks
        (on_post_page puts both into the written page)."""
        if self.check.verdict is False:
            return self._spliced(page, content, blocks, "whole", lambda: (
                splice(content, blocks), {}))
        search = page.meta.get("search")
        if isinstance(search, dict) and search.get("exclude"):
            # the theme's search reads nothing of the page but its `data-search-*` attributes
            return self._spliced(page, content, blocks, "unread", lambda: (
                splice(content, blocks, _unread), {}))

        def marked() -> tuple[str, dict[str, list[str]]]:
            forms: dict[str, list[str]] = {}
            return splice(content, blocks, _FORMS if self.serving else form_items, forms), forms

        spliced, forms = (_SPLICED.get(page.file.src_uri, content, blocks, "short", marked)
                          if self.serving else marked())
        # the first page with short forms decides
        if (self.check.verdict is None and forms
                and not self.check.same(splice(content, blocks), spliced, forms)):
            return splice(content, blocks)
        if forms:
            self.forms[page.file.src_uri] = forms
        return spliced

    def _spliced(self, page: Page, content: str, blocks: list[str], how: str,
                 make: Any) -> str:
        """What `make` splices, kept under `mkdocs serve` for the same HTML and blocks."""
        if not self.serving:
            return str(make()[0])
        return _SPLICED.get(page.file.src_uri, content, blocks, how, make)[0]

    def _read_forms(self, index: Any) -> None:
        """Make the theme's search index read a page's blocks in their short form (where
        `_splice` left comments for them) with the parser of `search_form.with_forms`; the
        entries are made as the theme makes them (`add_entry_from_context`)."""
        original = getattr(index, "add_entry_from_context", None)
        make = getattr(index, "create_entry_for_section", None)
        if original is None or make is None:
            return

        entries = getattr(index, "entries", None)

        def add(page: Page) -> None:
            if not isinstance(entries, list):
                read(page)
                return
            start = len(entries)
            read(page)
            if page.file.src_uri.startswith("briefings/"):
                self._split_timeline(entries, start, page)

        def read(page: Page) -> None:
            forms = self.forms.pop(page.file.src_uri, None)
            reader = self.check.reader
            if not forms or reader is None:
                original(page)
                return
            search = page.meta.get("search") or {}
            if search.get("exclude"):
                return
            parser = reader(forms)
            parser.feed(page.content)
            parser.close()
            for section in parser.data:
                if not section.is_excluded():
                    make(section, page.toc, page.url, page)

        index.add_entry_from_context = add

    def _split_timeline(self, entries: list[dict[str, Any]], start: int, page: Page) -> None:
        """Index a briefing's timeline one entry at a time (`search_form.event_entries`), its
        actors one row at a time (`search_form.actor_entries`) and its claims one claim at a
        time (`search_form.claim_entries`): the Timeline and Actors sections keep their
        titles, without the rows' text; a standing's section ("Denied (1)") gives way to its
        claims (its title, with boost 1,000, outranked them for "denied")."""
        timeline, actors = f"{page.url}#timeline", f"{page.url}#actors"
        sources: list[str] | None = None
        i = start
        while i < len(entries):
            entry = entries[i]
            split = None
            if entry["location"] == timeline:
                split = event_entries
            elif entry["location"] == actors:
                split = actor_entries
            elif entry.get("title", "")[-1:] == ")":  # "Asserted (26)"
                split = claim_entries
            if split is not None:
                if sources is None:
                    sources = [*self.writing.get(page.file.src_uri, ()), page.content or ""]
                found = split(entry, sources)
                if found and split is claim_entries:  # "Denied (1)" outranked its claim
                    entries[i:i + 1] = found
                    i += len(found)
                    continue
                if found:  # the section keeps its title, its rows their entries
                    entry["text"] = ""
                    entries[i + 1:i + 1] = found
                    if split is event_entries:
                        return  # the timeline is the last section split
                    i += len(found)
            i += 1

    @event_priority(100)  # the theme's HTML, before other plugins change it
    def _keep_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        blocks = self.writing.pop(page.file.src_uri, None)
        if blocks is not None:
            # the kept page of the HTML cache has its blocks already
            if self.cache is None or not self.cache.is_kept_html(page, output):
                output = splice_unsearched(output, blocks)
            page.content = self.unspliced.pop(page.file.src_uri)
        if self.cache is not None:
            self.cache.keep_html(page, output)
        return output

    @event_priority(-100)  # the page as MkDocs writes it, after every plugin
    def _unwritten_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        file = page.file
        if not (self.keeps_site and isinstance(file, _Generated) and os.name == "posix"):
            return output
        path = file.abs_dest_path
        unwritten = _WRITTEN.holds(path, output) or holds(
            path, output.encode("utf-8", errors="xmlcharrefreplace"))
        _WRITTEN.will_write(path, output)  # noted once MkDocs wrote it (_pages_written)
        if not unwritten:
            return output
        file.unwritten = True
        return _UnwrittenHtml(output, file)

    on_post_page = CombinedEvent(_keep_page, _unwritten_page)

    def _watched(self, config: MkDocsConfig) -> list[str]:
        """Every path `mkdocs serve` will watch, but the theme's (`--watch-theme`)."""
        root = self._root(config)
        return [config.docs_dir, *filter(None, [config.config_file_path]),
                *(str(root / folder) for folder in (self.config.content, self.config.templates)
                  if (root / folder).is_dir()), *self.linked, *config.watch]

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        root = self._root(config)
        for folder in (self.config.content, self.config.templates):
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        for linked in self.linked:  # entered by the first build's walks (generator/folder_links)
            server.watch(linked)
        unfollowed(server.observer)
        if self.serving or _PROCESS.get("clean_serve"):
            _FIRST.start_from(server.observer)  # generator/watch_start.py
        if self.serving:
            quiet_builds(server, _IDLE)  # generator/quiet_builds.py
        one_line_errors(server)  # generator/serve_errors.py
        return server


class Translations:
    """`lang.t(key) or fallback.t(key) or key` of the theme's `partials/language.html`, worked
    out once per language and key (the theme's `t` makes its table of every translation on
    each call). The modules are the theme's language files, imported without context: the
    same objects for every page of a build."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str, str], Any] = {}

    def __call__(self, lang: Any, fallback: Any, key: str) -> Any:
        at = (getattr(lang, "__name__", ""), getattr(fallback, "__name__", ""), key)
        if not at[0] or not at[1]:
            return lang.t(key) or fallback.t(key) or key
        found = self.kept.get(at, self)
        if found is self:
            found = self.kept[at] = lang.t(key) or fallback.t(key) or key
        return found


def _unread(block: str) -> list[str] | None:
    """A block of a page the theme's search leaves out: a comment (no short form is needed),
    unless the search plugin would remove `data-search-*` attributes from it."""
    return None if "data-search-" in block else []


GH_DEPLOY_ADDRESS = (
    "briefing: `mkdocs gh-deploy` needs the address the site will have: without it the "
    "published site has no feed, an empty sitemap and a 404 page without its styles. Give it "
    "as SITE_URL (and the repository as REPO_URL, for the edit links): "
    "SITE_URL=https://YOU.github.io/REPO/ REPO_URL=https://github.com/YOU/REPO "
    "mkdocs gh-deploy --strict --force")


def _report(problems: list[Problem]) -> None:
    """Show content problems in the terminal of `mkdocs serve` without failing its build.

    The "mkdocs" logger counts errors in strict mode and aborts the build, which leaves the
    server stuck on the last good site; this logger stands beside it, in the same format.
    """
    out = logging.getLogger("briefing.serve")
    if not out.handlers:
        handler = logging.StreamHandler()
        formatter = next((h.formatter for h in logging.getLogger("mkdocs").handlers
                          if h.formatter), None)
        if formatter:
            handler.setFormatter(formatter)
        out.addHandler(handler)
        out.propagate = False
    for problem in problems:
        out.error(str(problem))


def _nav_paths(nav: Any) -> list[str]:
    """Every Markdown path that the `nav` of mkdocs.yml names, so that none is missing."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") and "://" not in nav else []
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in _nav_paths(value)]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    return []

