"""Long lists are split into parts of bounded size, linked to each other."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from bench.synth import generate_corpus
from generator.content.check import read_content
from generator.pages.generate import build_pages, page_renderer, plan_pages
from generator.pages.parts import Pager, chunks, pagers, part_paths

from .conftest import FIXTURE
from .test_site import copy_project, mkdocs_build, show_drafts

LINK = re.compile(r"\]\(([^)#\s]+\.md)")


def test_part_paths_and_their_links() -> None:
    paths = part_paths("claims.md", 3)
    assert paths == ["claims.md", "claims/2.md", "claims/3.md"]
    assert pagers(paths) == [Pager(1, 3, "", "claims/2.md"), Pager(2, 3, "../claims.md", "3.md"),
                             Pager(3, 3, "2.md", "")]
    assert pagers(["timeline.md"]) == [None]
    assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]] and chunks([], 2) == [[]]


def test_small_parts_split_every_long_page_and_every_link_resolves() -> None:
    content = read_content(FIXTURE / "content", FIXTURE)
    index, jobs = plan_pages(content, part_size=1)
    render = page_renderer(content, index)
    pages = {job.path: render(job) for job in jobs}
    assert {"claims/2.md", "claims/3.md", "timeline/2.md", "actors/alba/2.md"} <= set(pages)
    assert "*Part 2 of 3* · [previous part](../claims.md) · [next part](3.md)" in \
        pages["claims/2.md"]
    for path, text in pages.items():
        for target in LINK.findall(text):
            if "://" not in target:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
                assert resolved in pages or resolved == "content-model.md", (path, target)
    whole = build_pages(content)
    assert "claims/2.md" not in whole and "Part 1" not in whole["claims.md"]


@pytest.mark.slow
def test_a_site_with_parted_pages_builds_strictly(tmp_path: Path) -> None:
    project = show_drafts(copy_project(tmp_path))  # the synthetic corpus has drafted entries
    (project / "content").rename(project / "seed-content")
    generate_corpus(project, 130)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert (site / "claims" / "2" / "index.html").is_file()
    assert "Part 2 of" in (site / "claims" / "2" / "index.html").read_text(encoding="utf-8")
