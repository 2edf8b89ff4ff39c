"""The cyclic garbage collector, kept off the objects that loading and rendering keep."""

from __future__ import annotations

import gc
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
