"""Draft the seed article repeatedly on one core; print articles/second and peak memory.

python bench/draft_speed.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.draft import draft_text  # noqa: E402

SEED = ROOT / "seeds" / "000_cf90937da013812e.txt"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to keep drafting")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    raw = SEED.read_text(encoding="utf-8")
    published = dt.date(2024, 6, 19)
    draft_text(raw, published=published).to_yaml()  # warm up: compile the patterns once

    count, start, cpu_start = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < args.seconds:
        draft_text(raw, published=published).to_yaml()
        count += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # what the drafting cost, however busy the machine is

    tracemalloc.start()
    draft_text(raw, published=published).to_yaml()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"drafted {count} articles in {elapsed:.2f}s on one core: {count / elapsed:.1f} articles/second wall, "
        f"{count / cpu:.1f} articles/CPU-second ({1000 * cpu / count:.1f} ms CPU each, {len(raw)} chars, draft + YAML)"
    )
    print(
        f"peak memory: {peak / 1e6:.1f} MB traced per draft (tracemalloc), {rss:.0f} MB max RSS of the process"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
