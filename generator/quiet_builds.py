"""Under `mkdocs serve`, a rebuild that nothing else in the process competes with.

MkDocs 1.6 watches files with watchdog's `PollingObserver`: one thread per watched path takes a
snapshot of its whole folder (a `stat` of every file) every half second and compares it with the
last. At 1,000 articles the content folder's 2,000 files cost about 0.07 s of CPU a poll, and the
poll ran all through a rebuild, holding the interpreter's lock against the build (and waking it
at each `stat`): 0.8 to 1.4 s of CPU in other threads per save, in a rebuild of 4 to 5 s. The
full garbage collections during a rebuild scanned all that the build made (0.2 to 0.5 s) though
`heap.IdleCollector` collects once the server is idle; and that idle collection, started a
second after a build, could still run when the next build began (MkDocs reads its configuration
again before the plugin hears of a build), since it was put off only from `on_config`.

`quiet_builds(server, idle)` wraps the server's builder (`on_serve` is given the server):

- the idle collection is put off from the moment a build starts;
- the polling watchers wait while the build runs (each holds its own lock while it takes and
  compares a snapshot; the build holds them all). Nothing is lost: a watcher compares the
  folder with its snapshot taken before the build, so a file saved during the build is found
  at the first poll after it, at once (its interval has passed), as MkDocs would have built it
  again after this build anyway (it starts no build while one runs);
- full collections wait for the idle one (young ones still run).

Other observers (any but watchdog's polling one) are left as they are.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from .heap import IdleCollector

FULL_COLLECTIONS_PUT_OFF = 1_000_000  # the third threshold of the collector while a build runs


def _polling_locks(observer: Any) -> list[Any]:
    """The lock each of the observer's polling watchers holds while it polls."""
    try:
        from watchdog.observers.polling import PollingEmitter
    except ImportError:  # pragma: no cover - MkDocs needs watchdog
        return []
    locks = []
    for emitter in list(getattr(observer, "emitters", ()) or ()):
        lock = getattr(emitter, "_lock", None)
        if isinstance(emitter, PollingEmitter) and hasattr(lock, "acquire") and hasattr(
                lock, "release"):
            locks.append(lock)
    return locks


@contextmanager
def watchers_paused(observer: Any) -> Iterator[None]:
    """The observer's polling watchers take no snapshot inside this block; each polls again
    right after it (a change made meanwhile is found against its snapshot from before)."""
    with ExitStack() as stack:
        for lock in _polling_locks(observer):
            stack.enter_context(lock)
        yield


@contextmanager
def full_collections_put_off() -> Iterator[None]:
    """No full collection of the cyclic garbage collector inside this block (the idle one
    runs after the build); the young generations are collected as before."""
    threshold = gc.get_threshold()
    gc.set_threshold(threshold[0], threshold[1], max(threshold[2], FULL_COLLECTIONS_PUT_OFF))
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def quiet_builds(server: Any, idle: IdleCollector) -> None:
    """Make the server's builds quiet (above); once per server."""
    build: Callable[..., Any] | None = getattr(server, "builder", None)
    if build is None or getattr(build, "briefing_quiet", False):
        return

    def quiet_build(*args: Any, **kwargs: Any) -> Any:
        idle.build_starts()
        # the idle collection may be running: build_starts waited for it
        with watchers_paused(getattr(server, "observer", None)), full_collections_put_off():
            return build(*args, **kwargs)

    quiet_build.briefing_quiet = True  # type: ignore[attr-defined]
    server.builder = quiet_build

