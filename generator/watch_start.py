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
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from watchdog.observers.polling import PollingEmitter
from watchdog.utils.dirsnapshot import DirectorySnapshot

from .folder_links import snapshot


class FirstSnapshots:
    """The watched paths as the first build of a server found them."""

    def __init__(self) -> None:
        self.snapshots: dict[str, DirectorySnapshot] | None = None  # None: not taken yet

    def take(self, paths: Iterable[str]) -> None:
        """Snapshot each path (once per server: the first build's)."""
        if self.snapshots is not None:
            return
        self.snapshots = {}
        for path in paths:
            path = os.path.abspath(path)  # as `LiveReloadServer.watch` names it
            try:
                self.snapshots[path] = snapshot(path)
            except OSError:  # gone: its watcher, if any, looks for itself
                continue

    def start_from(self, observer: Any) -> None:
        """Make the observer's polling watchers (not started yet) start from the snapshots."""
        for emitter in list(getattr(observer, "emitters", ()) or ()):
            watch: Any = getattr(emitter, "watch", None)
            first = (self.snapshots or {}).get(str(getattr(watch, "path", "")))
            if (first is not None and isinstance(emitter, PollingEmitter)
                    and watch.is_recursive and hasattr(emitter, "_snapshot")):
                emitter.on_thread_start = _start_with(emitter, first)  # type: ignore[method-assign]

    def clear(self) -> None:
        self.snapshots = None


def _start_with(emitter: Any, first: DirectorySnapshot) -> Any:
    def on_thread_start() -> None:
        emitter._snapshot = first
    return on_thread_start
