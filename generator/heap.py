"""The cyclic garbage collector, kept off the objects that loading and rendering keep."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the cyclic garbage collector off the objects alive now (the loaded content) while
    pages are rendered: at 10,000 articles it would otherwise scan them again and again, a
    third of the rendering time. They are handed back to it afterwards. Full collections
    are put off too: what rendering plans and keeps (page jobs, claim and event references)
    would otherwise be scanned again at every one of them (2.7 s of 43 at 10,000 articles),
    while the cycles that rendering leaves are young and go with the young generations.
    (Loading content, whose articles were scanned again at each full collection, 0.9 s of
    5 s at 1,000 seed-sized articles, ran under it too; it now runs under `acyclic`.)
    Inside another `frozen_heap` it changes nothing."""
    if gc.get_freeze_count():  # an outer one froze the heap and will hand it back
        yield
        return
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(threshold[0], threshold[1], max(threshold[2], 10_000))
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


@contextmanager
def acyclic() -> Iterator[None]:
    """Keep the cyclic garbage collector off while loading content, which builds acyclic
    data only (YAML values, records, articles: nothing for it to find), and put what was
    built in the oldest generation afterwards, as its young collections would have after
    visiting each new object twice (about 4% of loading 1,000 articles). Inside a
    `frozen_heap`, or with the collector off, it changes nothing."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # every object alive, the new ones too...
        gc.unfreeze()  # ...into the oldest generation
        gc.enable()


class IdleCollector:
    """Under `mkdocs serve`, the full collections of the cyclic garbage collector run when
    the server is idle, not while a save is built: `idle_after` (the end of a build) starts a
    timer; when it fires and no build has started since, every cycle is collected and what is
    left alive (the caches kept between builds: 600,000 objects at 1,000 articles) is frozen,
    so that the collections during the next build scan only what that build makes. Each build
    made two full collections of all of it before, 0.3 to 0.5 s of CPU each at 1,000
    articles. `build_starts` cancels a timer not yet fired; what a build lets go of is
    collected at the next idle moment (the heap is unfrozen first)."""

    def __init__(self, delay: float = 1.0) -> None:
        self.delay = delay
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        self.building = False

    def build_starts(self) -> None:
        with self.lock:
            self.building = True
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None

    def idle_after(self) -> None:
        with self.lock:
            self.building = False
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(self.delay, self._collect)
            self.timer.daemon = True
            self.timer.start()

    def _collect(self) -> None:
        with self.lock:
            # a timer cancelled (by a build or `stop`) while it waited for the lock
            if self.building or self.timer is not threading.current_thread():
                return
            self.timer = None
            gc.unfreeze()
            gc.collect()
            gc.freeze()

    def stop(self) -> None:
        """Cancel the timer and give the frozen objects back to the collector."""
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            self.building = False
            gc.unfreeze()
