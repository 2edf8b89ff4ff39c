"""The MkDocs plugin: hands MkDocs the generated pages in memory and watches content/."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .gate import withheld_note
from .incremental import builder_for
from .markup import url
from .pagefind import PagefindError, index_site, search_page, weighted
from .pages import SiteInfo, problem_page
from .problems import ContentError, Problem
from .render import edit_at
from .texts import Texts
from .urls import repository_editor

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


class _Generated(File):
    """A generated file that tells `mkdocs serve --dirty` whether its text changed."""

    modified = True

    def is_modified(self) -> bool:
        return self.modified


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Generate the briefing pages from content/ on every build."""

    def __init__(self) -> None:
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.config.search == "pagefind":
            theme_search = config.plugins.get("material/search")
            if theme_search is not None:
                theme_search.config.enabled = False  # type: ignore[attr-defined]
            if config.nav is not None and "search.md" not in str(config.nav):
                config.nav.append({"Search": "search.md"})
        return config

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.config.search == "pagefind":
            try:
                seconds = index_site(Path(config.site_dir))
            except PagefindError as exc:
                raise PluginError(str(exc)) from None
            log.info("briefing: Pagefind indexed the site in %.1f s", seconds)

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        root = self._root(config)
        site = SiteInfo(config.site_name, config.site_description or SiteInfo.description,
                        self._editor(config), config.site_url or "", config.use_directory_urls,
                        self.config.drafts == "show"
                        or (self.config.drafts == "auto" and self.serving))
        builder = builder_for(root / self.config.content)
        try:
            generated = builder.generate(root / self.config.content, site,
                                         root / self.config.templates, root)
            changed = set(builder.stats.changed)
            for slug, count in builder.stats.withheld.items():
                log.info("briefing: %s: %s (drafts: show in mkdocs.yml shows them, marked)",
                         slug, withheld_note(count))
        except ContentError as exc:
            if not self.serving:
                raise PluginError(f"the content has problems:\n{exc}") from None
            _report(exc.problems)
            page = problem_page(exc.problems)
            # every page the reader may be on shows the problems, so a reload after a save
            # never lands on a 404: the last good build's pages, the nav, each article
            articles = sorted((root / self.config.content / "articles").glob("*.yaml"))
            paths = ["index.md", *builder.pages, *_nav_paths(config.nav),
                     *(f"briefings/{path.stem}.md" for path in articles)]
            generated = Texts((path, page) for path in dict.fromkeys(paths)
                              if files.get_file_from_path(path) is None)
            changed = set(generated)
        log.debug("briefing: %d files, %d rendered again, %d changed", len(generated),
                  len(builder.stats.rendered), len(changed))
        if self.config.search == "pagefind":
            bundle = "../pagefind/" if config.use_directory_urls else "./pagefind/"
            generated["search.md"] = search_page(bundle)
            changed.add("search.md")
        for path, text in generated.raw.items():
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))  # type: ignore[arg-type]
            file = _Generated.generated(config, path, content=text)
            file.modified = path in changed  # type: ignore[attr-defined]
            files.append(file)
        return files

    def _editor(self, config: MkDocsConfig) -> str:
        """Where a content file is edited, as a pattern with {path} and {line}: the local
        editor under `mkdocs serve`, else GitHub's editor (which opens a file, not a line),
        else "" (no repository, no edit links)."""
        if self.serving and self.config.local_editor:
            root = self._root(config).as_posix().lstrip("/")
            return self.config.local_editor.replace("{path}", f"{root}/{{path}}")
        return repository_editor(config.repo_url or "", self.config.edit_branch)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        if self.config.search == "pagefind":
            return weighted(html, page.meta)
        return html

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Any) -> TemplateContext:
        edit = page.meta.get("edit")
        editor = self._editor(config)
        # the theme prints edit_url into href="..." as it is: no quote may end it
        if edit and editor:
            page.edit_url = str(edit_at(editor, edit, 1))
        elif not edit and page.file.generated_by:
            page.edit_url = None  # a generated page without a YAML file of its own
        elif page.edit_url:
            page.edit_url = str(url(page.edit_url))
        return context

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        root = self._root(config)
        for folder in (self.config.content, self.config.templates):
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server


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

