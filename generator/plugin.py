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

from .build import generate
from .pages import SiteInfo, problem_page
from .problems import ContentError

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
            for problem in exc.problems:
                log.error(str(problem))
            generated = {"index.md": problem_page(exc.problems)}
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
        elif not edit:
            page.edit_url = None
        return context

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        root = self._root(config)
        for folder in (self.config.content, self.config.templates):
            if (root / folder).is_dir():
                server.watch(str(root / folder))
        return server
