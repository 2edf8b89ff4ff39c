"""The MkDocs plugin: hands MkDocs the generated pages in memory and watches content/."""

from __future__ import annotations

import logging
import posixpath
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

from .build import generate
from .pages import SiteInfo, problem_page
from .problems import ContentError, Problem

log = logging.getLogger("mkdocs.plugins.briefing")


class BriefingConfig(Config):
    """Options of the `briefing` plugin in mkdocs.yml."""

    content = opt.Type(str, default="content")
    """The content folder (actors.yaml and articles/), relative to mkdocs.yml."""

    templates = opt.Type(str, default="templates")
    """A folder of Jinja2 templates that override the built-in ones, relative to mkdocs.yml."""

    edit_branch = opt.Type(str, default="main")
    """The branch whose content files the edit links open."""


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Generate the briefing pages from content/ on every build."""

    def __init__(self) -> None:
        self.serving = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        root = self._root(config)
        repo = (config.repo_url or "").rstrip("/")
        site = SiteInfo(config.site_name, config.site_description or SiteInfo.description,
                        f"{repo}/blob/{self.config.edit_branch}/" if repo else "",
                        config.site_url or "", config.use_directory_urls)
        try:
            generated = generate(root / self.config.content, site, root / self.config.templates,
                                 root)
        except ContentError as exc:
            if not self.serving:
                raise PluginError(f"the content has problems:\n{exc}") from None
            _report(exc.problems)
            generated = {path: _placeholder(path) for path in _nav_paths(config.nav)
                         if files.get_file_from_path(path) is None}
            generated["index.md"] = problem_page(exc.problems)
        for path, text in generated.items():
            if files.get_file_from_path(path) is not None:
                files.remove(files.get_file_from_path(path))  # type: ignore[arg-type]
            files.append(File.generated(config, path, content=text))
        return files

    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Any) -> TemplateContext:
        edit = page.meta.get("edit")
        repo = (config.repo_url or "").rstrip("/")
        if edit and repo:
            page.edit_url = f"{repo}/edit/{self.config.edit_branch}/{edit}"
        elif not edit and page.file.generated_by:
            page.edit_url = None  # a generated page without a YAML file of its own
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


def _placeholder(path: str) -> str:
    home = posixpath.relpath("index.md", posixpath.dirname(path) or ".")
    return ("# Not built\n\nThis page comes back when the content has no problems: "
            f"see [the home page]({home}).\n")
