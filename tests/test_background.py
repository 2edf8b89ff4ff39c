"""A cold build in two processes (generator/background.py): the same files as in one, the
same errors, and no process left behind."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import background, build
from generator.background import PROCESSES, Background, TwoEnds
from generator.content.problems import ContentError, Problem
from generator.pages.generate import SiteInfo
from generator.pages.texts import Texts

from .conftest import FIXTURE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")

SITE = SiteInfo("Fixture briefings", site_url="https://briefings.example.org/site/")


def children() -> list[int]:
    """This process's child processes, zombies included."""
    pid = os.getpid()
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.fixture(autouse=True)
def no_child_left() -> Iterator[None]:
    before = children()
    yield
    assert children() == before


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork however few articles there are (the fixture has three), core free or not."""
    monkeypatch.setattr(build, "BACKGROUND_FROM", 0)
    monkeypatch.setenv(PROCESSES, "2")


def generate(serial: bool = False, site: SiteInfo = SITE) -> tuple[Texts, dict[str, float]]:
    timings: dict[str, float] = {}
    saved = os.environ.get(PROCESSES)
    if serial:
        os.environ[PROCESSES] = "1"
    try:
        files = build.generate(FIXTURE / "content", site, root=FIXTURE, timings=timings)
    finally:
        os.environ.pop(PROCESSES, None)
        if saved is not None:
            os.environ[PROCESSES] = saved
    return files, timings


def slowly(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Make every page take `seconds` to render, in both processes, so that they share them."""
    renderer = build.page_renderer

    def slow_renderer(*args: object, **kwargs: object) -> Callable[..., str]:
        render = renderer(*args, **kwargs)  # type: ignore[arg-type]

        def slow(job: object) -> str:
            time.sleep(seconds)
            return render(job)  # type: ignore[arg-type]
        return slow

    monkeypatch.setattr(build, "page_renderer", slow_renderer)


@pytest.mark.parametrize("site", [SITE, SiteInfo(directory_urls=False, drafts=True)])
def test_two_processes_make_the_files_of_one_in_the_same_order(
        forking: None, monkeypatch: pytest.MonkeyPatch, site: SiteInfo) -> None:
    slowly(monkeypatch, 0.01)
    files, timings = generate(site=site)
    alone, serial = generate(serial=True, site=site)
    assert timings["background"] == 1 and serial["background"] == 0
    assert timings["child_wall_s"] > 0  # its answer was taken
    assert 0 < timings["child_pages"] < sum(p.endswith(".md") for p in files)
    assert list(files.raw.items()) == list(alone.raw.items())


def test_the_jobs_are_shared_from_both_ends_and_each_is_done(forking: None) -> None:
    order = [4, 2, 0, 1, 3, 5, 6, 7, 8, 9]

    def take(jobs: Iterator[int]) -> list[int]:
        taken = []
        for i in jobs:
            taken.append(i)
            time.sleep(0.02)
        return taken

    ends = TwoEnds(order)
    with ends, Background(lambda figures: ((str(i), b"") for i in take(ends.back()))) as other:
        mine = take(ends.front())
        answer = other.result()
    assert answer is not None
    theirs = [int(i) for i in answer]
    assert mine and theirs
    assert mine == order[:len(mine)] and theirs == order[::-1][:len(theirs)]
    assert set(mine) | set(theirs) == set(order)


def test_a_small_site_is_made_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROCESSES, "2")
    assert generate()[1]["background"] == 0  # three articles, under BACKGROUND_FROM


def test_briefing_processes_1_keeps_it_in_one_process(forking: None) -> None:
    assert generate(serial=True)[1]["background"] == 0


def test_a_process_that_may_use_one_core_does_not_fork(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROCESSES)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert not background.core_free()
    assert generate()[1]["background"] == 0



def test_a_process_that_ignores_its_children_ends_builds_in_one(forking: None) -> None:
    """A build started by a program that set SIGCHLD to be ignored (which a child process
    inherits): the system reaps the child itself, so it cannot be waited for; the build
    still makes every file, in one process, with no error."""
    alone, _ = generate(serial=True)
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        files, timings = generate()
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert timings["background"] == 0
    assert list(files.raw.items()) == list(alone.raw.items())


def test_a_child_reaped_by_the_programs_own_handler_leaves_no_error(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build run inside a program whose SIGCHLD handler waits for every child of its
    process (as process managers do): the child is gone when the build waits for it; the
    build still makes every file, with no error."""
    alone, _ = generate(serial=True)
    result = Background.result

    def late(self: Background) -> Texts | None:  # the parent still busy when the child ends
        time.sleep(0.3)
        return result(self)
    monkeypatch.setattr(Background, "result", late)

    def reap(signum: int, frame: object) -> None:
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass

    previous = signal.signal(signal.SIGCHLD, reap)
    try:
        files, timings = generate()
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert timings["background"] == 1
    assert list(files.raw.items()) == list(alone.raw.items())


def test_a_process_with_many_files_open_builds_in_two(forking: None) -> None:
    """A build inside a program that holds more than 1,024 files open: the pipe from the
    child gets a number that `select` cannot watch; the build still makes every file."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 1200:
        pytest.skip("fewer than 1,200 files may be open")
    alone, _ = generate(serial=True)
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        files, timings = generate()
    finally:
        for fd in held:
            os.close(fd)
    assert timings["background"] == 1
    assert list(files.raw.items()) == list(alone.raw.items())

@pytest.mark.parametrize(("loadavg", "free"), [
    ("2.57 2.54 2.06 1/132 32653", True), ("2.57 2.54 2.06 2/132 32653", False),
    ("1.80 1.54 1.06 2/132 32653", False), ("3.10 3.00 2.90 3/132 32653", False),
    # a task that runs at this instant, in a minute that left a core free
    ("1.02 0.98 1.10 2/132 32653", True), ("0.00 0.00 0.00 3/132 32653", True)])
def test_a_core_is_free_when_fewer_tasks_run_than_there_are_cores_or_did_last_minute(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, loadavg: str, free: bool) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    (tmp_path / "loadavg").write_text(loadavg + "\n")
    monkeypatch.setattr(background, "LOADAVG", str(tmp_path / "loadavg"))
    assert background.core_free() is free


def failing_downloads(monkeypatch: pytest.MonkeyPatch, in_child_only: bool) -> None:
    parent = os.getpid()
    downloads = build.site_file_items

    def failing(*args: object) -> Iterator[tuple[str, str | bytes]]:
        if not in_child_only or os.getpid() != parent:
            raise ContentError([Problem(Path("content/actors.yaml"), 3, 1, "made up")])
        return downloads(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "site_file_items", failing)


def test_an_error_in_the_child_is_raised_as_without_it(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    failing_downloads(monkeypatch, in_child_only=False)
    with pytest.raises(ContentError) as forked:
        generate()
    with pytest.raises(ContentError) as alone:
        generate(serial=True)
    assert str(forked.value) == str(alone.value) == "content/actors.yaml:3:1: made up"


@pytest.mark.parametrize("how", ["raises", "exits", "is killed", "answers short", "garbles"])
def test_a_child_that_fails_leaves_the_work_to_the_parent(
        forking: None, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    alone, _ = generate(serial=True)
    parent = os.getpid()
    if how == "raises":
        failing_downloads(monkeypatch, in_child_only=True)
    elif how == "answers short":
        write_all = background._write_all

        def short(fd: int, data: bytes) -> None:
            write_all(fd, data[:-1] if len(data) > 100 else data)
        monkeypatch.setattr(background, "_write_all", short)
    elif how == "garbles":
        monkeypatch.setattr(background, "_record", lambda path, text: (
            background._HEAD.pack(1, 1) + b"\xff" + b"x"))  # a path that is not UTF-8
    else:
        downloads = build.site_file_items

        def dying(*args: object) -> Iterator[tuple[str, str | bytes]]:
            if os.getpid() != parent:
                if how == "exits":
                    os._exit(0)
                os.kill(os.getpid(), signal.SIGKILL)
            return downloads(*args)  # type: ignore[arg-type]
        monkeypatch.setattr(build, "site_file_items", dying)
    files, timings = generate()
    assert timings["background"] == 1
    assert "child_wall_s" not in timings  # no answer was taken from it
    assert list(files.raw.items()) == list(alone.raw.items())


def test_an_error_in_the_parent_ends_the_child(
        forking: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "site_file_items", lambda *args: time.sleep(60))
    renderer = build.page_renderer

    def failing_renderer(*args: object, **kwargs: object) -> Callable[..., str]:
        render = renderer(*args, **kwargs)  # type: ignore[arg-type]

        def failing(job: object) -> str:
            if getattr(job, "path", "") == "tags/index.md":
                raise ContentError([Problem(Path("templates/tags.md.j2"), 1, 1, "broken")])
            return render(job)  # type: ignore[arg-type]
        return failing

    monkeypatch.setattr(build, "page_renderer", failing_renderer)
    started = time.perf_counter()
    with pytest.raises(ContentError, match="broken"):
        generate()
    assert time.perf_counter() - started < 30  # the child was not waited for to the end
