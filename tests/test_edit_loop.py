"""The edit loop's promise: after any sequence of saves, `mkdocs serve` serves what a fresh
`mkdocs build` of the same files writes (bench/edit_loop.py, which documents what it compares
and normalises).

A fixed, seeded sequence of a few steps runs here; EDIT_LOOP_STEPS and EDIT_LOOP_SEED run
another or a longer one (or `python -m bench.edit_loop --seed S --steps N`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.edit_loop import Checker

pytestmark = pytest.mark.slow

STEPS = int(os.environ.get("EDIT_LOOP_STEPS", "8"))
SEED = int(os.environ.get("EDIT_LOOP_SEED", "3"))


def test_random_saves_leave_the_served_site_equal_to_a_fresh_build(tmp_path: Path) -> None:
    said: list[str] = []
    checker = Checker(tmp_path, SEED, STEPS, say=said.append)
    checker.run()
    report = "\n".join(said)
    assert not checker.mismatches, report
    assert checker.good_steps + checker.broken_steps == STEPS + 1, report
    assert checker.compared_files > 100 * checker.good_steps, report
    assert checker.edit_links > 20 * checker.good_steps, report  # their lines were checked


def test_a_save_during_the_first_build_leaves_the_served_site_equal_to_a_fresh_build(
        tmp_path: Path) -> None:
    # the person goes on editing while the server's first build runs (serve19's fix); the
    # save's kind, moment and manner are drawn from the seed
    said: list[str] = []
    checker = Checker(tmp_path, SEED, 1, say=said.append)
    checker.first_build_save = True
    checker.run()
    report = "\n".join(said)
    assert "saved" in said[0] and "s into it" in said[0], report
    assert not checker.mismatches, report


def test_the_checker_sees_a_stale_page_and_a_leftover_file(tmp_path: Path) -> None:
    """A check that cannot fail proves nothing: a page changed behind the server's back and a
    file no build writes are both reported."""
    said: list[str] = []
    checker = Checker(tmp_path, 2, 0, say=said.append)  # seed 2 starts on clean content
    try:
        checker.start()
        assert not checker.mismatches, "\n".join(said)
        assert checker.server is not None and checker.server.site is not None
        site = checker.server.site
        page = site / "claims" / "index.html"
        page.write_bytes(page.read_bytes().replace(b"</h1>", b" (stale)</h1>", 1))
        (site / "briefings" / "deleted-article").mkdir()
        (site / "briefings" / "deleted-article" / "index.html").write_text("old", "utf-8")
        checker.compare("planted", len(checker.server.lines), 1)
    finally:
        checker.stop()
    assert [m.split(": ", 1)[1].split(" differs")[0] for m in checker.mismatches] == [
        "left in the served site, not in a fresh build: briefings/deleted-article/index.html",
        "claims/index.html"], "\n".join(said)
