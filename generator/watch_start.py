"""Under `mkdocs serve`, a file saved during the first build is built again, as any other save.

MkDocs builds the site once, then starts its watchers (watchdog's polling observer): each
takes its first snapshot of its folder (a `stat` of every file) only then, after that build.
A file saved while the first build ran, after the build had read it, was in that first
snapshot, so no poll ever found it changed: the server showed the old text until the file
was saved again. The first build of a large site takes half a minute or more (a 100-article
story under load: 29 s; a summary saved 4 s into it was still not shown 45 s after the server
started), and an analyst who starts the server and goes on editing saves during it.

`FirstSnapshots.take(paths)` takes, as the first build starts (the plugin's `on_config`, before
MkDocs lists docs/ and the generator reads content/), the snapshot each watcher of those paths
would take (`folder_links.snapshot`); `start_from(observer)` (in `on_serve`, before the server
starts its watchers) makes each polling watcher of one of them start from it. Its first poll
then finds whatever was saved since the first build began, and MkDocs builds again. A watcher
of another kind or path takes its own first snapshot, as before.

Two gaps of that first look (branch serve20):

- `mkdocs.yml` is read by MkDocs before any plugin runs: a save between that read and the
  plugin's `on_config` was in the first look and never built. `take` is given the time this
  process started (`process_start`); a config file modified since is put in the first look
  with a modification time of 0, so the first poll finds it changed and MkDocs builds again
  (an extra build at worst, when it was saved just before the server started).
- `mkdocs serve --clean` tells plugins the command is `build` (it builds as `mkdocs build`
  does: drafted entries hidden, no serve caches), so the plugin took no first look and a save
  made during the first build was lost. `called_by_serve()` tells that build from a real one
  (MkDocs' `serve` is on the call stack of `on_startup`); the first look is then taken and
  used as under `mkdocs serve`, and nothing else changes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import Any

from mkdocs.commands import serve as serve_command
from watchdog.observers.polling import PollingEmitter
from watchdog.utils.dirsnapshot import DirectorySnapshot

from .folder_links import snapshot


class FirstSnapshots:
    """The watched paths as the first build of a server found them."""

    def __init__(self) -> None:
        self.snapshots: dict[str, DirectorySnapshot] | None = None  # None: not taken yet

    def take(self, paths: Iterable[str], config_file: str | None = None) -> None:
        """Snapshot each path (once per server: the first build's). `config_file`, when
        modified since this process started, may have changed after MkDocs read it: its
        first look holds it as never modified, so that it is built again."""
        if self.snapshots is not None:
            return
        self.snapshots = {}
        for path in paths:
            path = os.path.abspath(path)  # as `LiveReloadServer.watch` names it
            try:
                if os.path.isfile(path):  # watchdog watches a file as its folder, one level
                    self.snapshots[path] = snapshot(os.path.dirname(path), recursive=False)
                else:
                    self.snapshots[path] = snapshot(path)
            except OSError:  # gone: its watcher, if any, looks for itself
                continue
        if config_file is None:
            return
        read_after = process_start()
        config_file = os.path.abspath(config_file)
        first = self.snapshots.get(config_file)
        found = first._stat_info.get(config_file) if first is not None else None
        if found is not None and found.st_mtime >= read_after:
            first._stat_info[config_file] = os.stat_result(  # type: ignore[union-attr]
                (found.st_mode, found.st_ino, found.st_dev, found.st_nlink, found.st_uid,
                 found.st_gid, found.st_size, 0, 0, 0))

    def start_from(self, observer: Any) -> None:
        """Make the observer's polling watchers (not started yet) start from the snapshots."""
        for emitter in list(getattr(observer, "emitters", ()) or ()):
            watch: Any = getattr(emitter, "watch", None)
            # a file (mkdocs.yml) is watched as its folder, one level: found by its own path
            is_file = getattr(watch, "is_file", False)
            path = os.path.abspath(watch.raw_path) if is_file else str(getattr(watch, "path", ""))
            first = (self.snapshots or {}).get(path)
            if (first is not None and isinstance(emitter, PollingEmitter)
                    and (watch.is_recursive or is_file) and hasattr(emitter, "_snapshot")):
                emitter.on_thread_start = _start_with(emitter, first)  # type: ignore[method-assign]

    def clear(self) -> None:
        self.snapshots = None


def called_by_serve() -> bool:
    """Whether MkDocs' `serve` command is running this call (as `mkdocs serve --clean` does,
    which tells plugins that it builds)."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code is serve_command.serve.__code__:
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def process_start() -> float:
    """When this process started (a time), to the second below; on a system without /proc,
    two seconds before this module was imported (MkDocs reads mkdocs.yml, then loads the
    plugin that imports it)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK") - 1.0
    except (OSError, ValueError, IndexError, StopIteration):
        return _IMPORTED - 2.0


_IMPORTED = time.time()


def _start_with(emitter: Any, first: DirectorySnapshot) -> Any:
    def on_thread_start() -> None:
        emitter._snapshot = first
    return on_thread_start
