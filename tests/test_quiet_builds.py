"""Under `mkdocs serve`, nothing in the process competes with a rebuild
(generator/quiet_builds.py): MkDocs' polling watchers wait while it runs and find what was saved
meanwhile right after it, full garbage collections wait for the idle one, and the idle
collection is put off from the moment a build starts."""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.heap import IdleCollector
from generator.quiet_builds import FULL_COLLECTIONS_PUT_OFF, quiet_builds


class _Seen(FileSystemEventHandler):
    def __init__(self) -> None:
        self.times: list[float] = []

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self.times.append(time.monotonic())


def _wait(check: Any, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.02)
    return bool(check())


def test_a_file_saved_during_a_build_is_found_right_after_it_not_during_it(
        tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    saved = folder / "article.yaml"
    saved.write_text("title: before\n", encoding="utf-8")
    during: dict[str, Any] = {}
    seen = _Seen()

    def build() -> None:
        during["threshold"] = gc.get_threshold()
        saved.write_text("title: after, a longer text\n", encoding="utf-8")
        time.sleep(2.0)  # four polling intervals of MkDocs' watcher
        during["events"] = len(seen.times)
        during["ended"] = time.monotonic()

    server = LiveReloadServer(builder=build, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(folder))
    server.observer.schedule(seen, str(folder), recursive=True)
    idle = IdleCollector(delay=0.05)
    quiet_builds(server, idle)
    quiet_builds(server, idle)  # once per server
    before = gc.get_threshold()
    server.observer.start()
    try:
        time.sleep(0.8)  # the watchers' first snapshots
        idle.idle_after()  # the last build ended: an idle collection is due...
        server.builder()  # ...and a save starts a build at once
        assert idle.timer is None  # put off from the start of the build
        assert during["events"] == 0, "a watcher polled during the build"
        assert during["threshold"][2] >= FULL_COLLECTIONS_PUT_OFF
        assert gc.get_threshold() == before
        assert _wait(lambda: seen.times), "the save made during the build was lost"
        assert seen.times[0] - during["ended"] < 0.4, "not found at once after the build"
        assert server._want_rebuild  # MkDocs builds again
    finally:
        idle.stop()
        server.observer.stop()
        server.observer.join(timeout=10)


def test_a_failed_build_gives_the_watchers_and_the_collector_back(tmp_path: Path) -> None:
    def build() -> None:
        raise RuntimeError("the content has problems")

    server = LiveReloadServer(builder=build, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(tmp_path))
    idle = IdleCollector(delay=0.05)
    quiet_builds(server, idle)
    before = gc.get_threshold()
    try:
        with pytest.raises(RuntimeError):
            server.builder()
        assert gc.get_threshold() == before
        locks = [e._lock for e in server.observer.emitters]
        assert locks and all(lock.acquire(timeout=1) for lock in locks)
        for lock in locks:
            lock.release()
    finally:
        idle.stop()
