"""The package's configuration is in pyproject.toml. This file only ships the tool's own files
that live beside its code (page templates, theme overrides, the starter site, the pages and
assets `briefing init` copies, the JSON Schema `briefing check` compares a site's copy with)
inside the package, as `generator/_tool/`, so that a plain
(non-editable) `pip install` works; an editable install reads them from the checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TOOL_FILES = ("templates", "starter", "docs/content-model.md", "docs/assets", "schema")


class BuildWithToolFiles(build_py):
    """build_py that also copies TOOL_FILES into generator/_tool/ of the build, afresh: a file
    removed from the checkout must not linger in build/ and ship in the next wheel."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "generator" / "_tool"
        shutil.rmtree(target, ignore_errors=True)
        for name in TOOL_FILES:
            source = HERE / name
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__"))
            else:
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildWithToolFiles})
