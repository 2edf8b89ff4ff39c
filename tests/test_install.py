"""A plain (non-editable) install works: the wheel carries the page templates, the theme
overrides, the starter site and the pages `briefing init` copies, and the installed tool makes
a new site, builds its pages and `mkdocs build`s it with no checkout in reach."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built as pip builds it and unpacked as pip installs it."""
    wheels = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                             "-w", str(wheels), str(ROOT)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    (wheel,) = wheels.glob("briefing_site-*.whl")
    target = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def run(where: Path, packages: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A command of the installed tool (`-m generator.cli` or `-m mkdocs`) run in `where`,
    the unpacked wheel first on the path (the dependencies come from this environment)."""
    env = {**os.environ, "PYTHONPATH": str(packages), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, *args], cwd=where, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_wheel_carries_the_tool_files(installed: Path) -> None:
    tool = installed / "generator" / "_tool"
    for name in ("templates/briefing.md.j2", "templates/theme/main.html",
                 "starter/mkdocs.yml", "starter/.gitignore", "starter/.github/workflows/pages.yml",
                 "docs/content-model.md", "docs/assets/briefing.css",
                 "schema/article.schema.json"):  # named by check for a stale copy (review25)
        assert (tool / name).is_file(), name
    assert sorted(p.name for p in (tool / "templates").glob("*.j2")) == sorted(
        p.name for p in (ROOT / "templates").glob("*.j2"))


def test_a_tool_file_left_in_build_from_an_earlier_wheel_is_not_shipped(tmp_path: Path) -> None:
    stale = ROOT / "build" / "lib" / "generator" / "_tool" / "starter" / "removed-since.txt"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("a starter file deleted from the checkout\n", encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                                 "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True,
                                timeout=600)
    finally:
        stale.unlink(missing_ok=True)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("briefing_site-*.whl")
    shipped = zipfile.ZipFile(wheel).namelist()
    assert "generator/_tool/starter/mkdocs.yml" in shipped
    assert not [name for name in shipped if name.endswith("removed-since.txt")]


def test_an_installed_tool_makes_and_builds_a_new_site(installed: Path, tmp_path: Path) -> None:
    where = run(tmp_path, installed, "-c", "import generator; print(generator.__file__)")
    assert where.stdout.strip() == str(installed / "generator" / "__init__.py")
    made = run(tmp_path, installed, "-m", "generator.cli", "init", "story", "--title", "Story")
    assert made.returncode == 0, made.stderr
    site = tmp_path / "story"
    article = tmp_path / "article.txt"
    article.write_text("Eastland and Westmark sign a port deal\n\nEAST CITY, March 2 - Eastland "
                       "and Westmark signed a port deal on Friday, officials said.\n",
                       encoding="utf-8")
    # the title given: one read from the text would hold the only briefing back, and the
    # strict build below would stop on that (review23)
    imported = run(site, installed, "-m", "generator.cli", "import", str(article),
                   "--published", "2024-03-02", "--title",
                   "Eastland and Westmark sign a port deal")
    assert imported.returncode == 0, imported.stderr
    built = run(site, installed, "-m", "generator.cli", "build", "--out", "out")
    assert built.returncode == 0, built.stderr
    assert (site / "out" / "index.md").read_text(encoding="utf-8").startswith(
        "---\ngenerated_by: briefing build\ntitle: ")
    assert "TemplateNotFound" not in built.stderr
    result = run(site, installed, "-m", "mkdocs", "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert (site / "site" / "index.html").is_file() and (site / "site" / "claims").is_dir()
