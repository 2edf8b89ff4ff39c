"""Loading content runs with the cyclic garbage collector off (`heap.acyclic`): that is only
safe while loading leaves no garbage in reference cycles, which these tests check, for files
read by lines, by libyaml's events and by the pure-Python loader (broken files)."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.content.check import check_folder
from generator.heap import acyclic, frozen_heap

from .broken.cases import CASES, apply
from .conftest import ROOT


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixture", project, symlinks=True)
    return project


def test_loading_clean_content_leaves_no_cycles(tmp_path: Path, collector_off: None) -> None:
    project = _project(tmp_path)
    content, problems = check_folder(project / "content", project)
    assert content.articles and not problems
    assert gc.collect() == 0


def test_a_file_read_through_libyaml_leaves_no_cycles(tmp_path: Path, collector_off: None) -> None:
    project = _project(tmp_path)
    for path in (project / "content" / "articles").glob("*.yaml"):
        # a plain value over two lines: yamllines leaves the file to libyaml's events
        text = path.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle:\n  ", 1)
        path.write_text(text, encoding="utf-8")
    content, problems = check_folder(project / "content", project)
    assert content.articles and not problems
    assert gc.collect() == 0


@pytest.mark.parametrize("case", [c for c in CASES if c.expected][:20], ids=lambda c: c.name)
def test_broken_content_leaves_no_cycles(tmp_path: Path, collector_off: None, case) -> None:
    project = _project(tmp_path)
    apply(project, case.changes)
    check_folder(project / "content", project)
    assert gc.collect() == 0


def test_acyclic_turns_the_collector_back_on_and_does_nothing_when_nested() -> None:
    assert gc.isenabled()
    with acyclic():
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with frozen_heap():
        frozen = gc.get_freeze_count()
        with acyclic():
            assert gc.isenabled() and gc.get_freeze_count() == frozen
        assert gc.get_freeze_count() == frozen
    with pytest.raises(ValueError), acyclic():
        raise ValueError
    assert gc.isenabled()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_idle_collection_frees_cycles_and_freezes_what_lives_and_a_build_puts_it_off() -> None:
    """`IdleCollector` (under `mkdocs serve`): a full collection once the server is idle after
    a build, never during one; what it leaves alive is frozen until the next."""
    import time
    import weakref

    from generator.heap import IdleCollector

    idle = IdleCollector(delay=0.05)
    try:
        garbage = _Cycle()
        gone = weakref.ref(garbage)
        del garbage
        gc.disable()  # only the idle collection may free it
        idle.build_starts()
        idle.idle_after()
        idle.build_starts()  # a save came before the timer fired: nothing is collected
        time.sleep(0.2)
        assert gone() is not None and not gc.get_freeze_count()
        idle.idle_after()
        deadline = time.monotonic() + 10
        # the timer's thread collects, then freezes: wait for both
        while (gone() is not None or not gc.get_freeze_count()) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert gone() is None
        assert gc.get_freeze_count() > 0
    finally:
        idle.stop()
        gc.enable()
    assert not gc.get_freeze_count()
