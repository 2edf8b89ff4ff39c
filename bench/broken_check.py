"""Time `briefing check` on every case of the broken-content corpus; print the figures.

    PYTHONPATH=. python bench/broken_check.py            # in-process, every case
    PYTHONPATH=. python bench/broken_check.py --process  # also a real process per case

Prints one line per case (milliseconds) and the slowest; it asserts nothing about time.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from generator.cli import main
from tests.broken.cases import CASES, apply
from tests.conftest import FIXTURE, ROOT


def in_process(project: Path, trace: bool = False) -> tuple[float, int, int]:
    """Seconds, exit status and (when traced, in a second run) peak Python memory in bytes."""
    cwd = os.getcwd()
    os.chdir(project)
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = main(["check"])
    finally:
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()
        os.chdir(cwd)
    return elapsed, status, peak


def as_process(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=project,
                   capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    return time.perf_counter() - start


def run(process: bool) -> None:
    rows = []
    for case in CASES:
        with tempfile.TemporaryDirectory() as folder:
            project = Path(folder)
            shutil.copytree(FIXTURE / "content", project / "content")
            apply(project, case.changes)
            elapsed, status, _ = in_process(project)
            peak = in_process(project, trace=True)[2]
            whole = as_process(project) if process else None
        rows.append((case.name, elapsed, status, peak, whole))
        shown = f"{whole * 1000:7.0f} ms" if whole is not None else ""
        print(f"{elapsed * 1000:7.1f} ms  {peak / 1e6:6.1f} MB  exit {status}  {shown}  "
              f"{case.name}")
    slowest = max(rows, key=lambda r: r[1])
    hungriest = max(rows, key=lambda r: r[3])
    print(f"\n{len(rows)} cases; slowest in-process: {slowest[1] * 1000:.1f} ms ({slowest[0]}); "
          f"most memory: {hungriest[3] / 1e6:.1f} MB ({hungriest[0]})")
    if process:
        worst = max(rows, key=lambda r: r[4] or 0)
        print(f"slowest as a process (Python start-up included): {worst[4] * 1000:.0f} ms "
              f"({worst[0]})")


if __name__ == "__main__":
    run("--process" in sys.argv)
