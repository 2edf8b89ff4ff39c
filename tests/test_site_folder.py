"""Under `mkdocs serve` the site folder is written over: what MkDocs' emptying would have
removed and this build did not write is swept afterwards."""

from __future__ import annotations

import os
import time
from pathlib import Path

from mkdocs.utils import clean_directory, write_file

from generator.site_folder import bring_back, hide, sweep


def site_with(tmp_path: Path, *paths: str) -> Path:
    site = tmp_path / "site"
    for path in paths:
        write_file(b"old", str(site / path))
    past = time.time() - 60  # the last build wrote them a minute ago
    for path in paths:
        os.utime(site / path, (past, past))
    return site


def files_in(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def test_the_folder_survives_the_emptying_and_loses_what_the_build_did_not_write(
        tmp_path: Path) -> None:
    site = site_with(tmp_path, "index.html", "a/index.html", "b/index.html",
                     "data/old/table.csv", "search/search_index.json", ".nojekyll")
    hide(site)
    clean_directory(str(site))  # what MkDocs does between pre_build and files
    bring_back(site)
    assert files_in(site) == [".briefing-build", ".nojekyll", "a/index.html", "b/index.html",
                              "data/old/table.csv", "index.html", "search/search_index.json"]
    write_file(b"new", str(site / "a/index.html"))
    write_file(b"new", str(site / "c/index.html"))
    write_file(b"new", str(site / "index.html"))
    # b/index.html is a file of the build that MkDocs did not copy (it was there already)
    assert sweep(site, [str(site / "b/index.html")]) == 2
    assert files_in(site) == [".nojekyll", "a/index.html", "b/index.html", "c/index.html",
                              "index.html"]
    assert not (site / "data").exists() and not (site / "search").exists()
    assert (site / "a/index.html").read_bytes() == b"new"


def test_entries_hidden_by_a_build_that_stopped_are_removed_by_the_next(tmp_path: Path) -> None:
    site = site_with(tmp_path, "index.html", "a/index.html")
    hide(site)  # the build stops before bring_back
    hide(site)
    assert os.listdir(site) == [".briefing-build"]
    write_file(b"new", str(site / "index.html"))
    bring_back(site)
    assert sweep(site, []) == 0
    assert files_in(site) == ["index.html"]


def test_without_a_mark_nothing_is_swept(tmp_path: Path) -> None:
    site = site_with(tmp_path, "index.html")
    assert sweep(site, []) == 0 and files_in(site) == ["index.html"]


def test_build_writes_every_generated_file_and_dirty_build_only_changed_ones(
        tmp_path: Path) -> None:
    """`mkdocs build` empties the site folder and writes every generated file (without
    comparing it with the folder); `--dirty` keeps the folder and leaves a generated file
    alone whose bytes it holds."""
    import subprocess
    import sys

    from tests.test_site import SEED, copy_project, pythonpath

    project = copy_project(tmp_path)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
    data = project / "site" / "data" / f"{SEED}.json"

    def build(*options: str) -> None:
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", *options],
                              cwd=project, capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr

    build()
    written = data.read_bytes()
    os.utime(data, ns=(10**18, 10**18))
    build("--dirty")
    assert data.stat().st_mtime_ns == 10**18 and data.read_bytes() == written
    build()
    assert data.stat().st_mtime_ns != 10**18 and data.read_bytes() == written
