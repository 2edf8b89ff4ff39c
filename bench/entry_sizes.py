"""What a few kilobytes of YAML make a build write: entries that name many actors.

python bench/entry_sizes.py --name 1000 --claims 10 --events 0 --actors 100 [--mkdocs]

Makes, in a temporary folder, an actors.yaml of ACTORS persons whose names are NAME
characters, and one article whose CLAIMS claims are each denied by all the actors but the
first and whose EVENTS timeline entries (one a day) each name all of them; then runs `briefing
build --out out` (or, with --mkdocs, `mkdocs build` of a new site made by `briefing init`) as a
process on one core and prints the input's size, the CPU seconds and peak memory of the
build, and the bytes it wrote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = "Actor zero said so on Monday."


def make(content: Path, name: int, claims: int, events: int, actors: int) -> None:
    """The content folder of one such site."""
    (content / "articles").mkdir(parents=True)
    ids = [f"a{i}" for i in range(actors)]
    lines = ["actors:"]
    for ident in ids:
        lines += [f"  - id: {ident}", f"    name: {ident} {'n' * (name - len(ident) - 1)}",
                  "    kind: person"]
    (content / "actors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (content / "articles" / "2024-01-01-x.md").write_text(
        f"The article starts here.\n\n{SENTENCE}\n", encoding="utf-8")
    named = f"[{', '.join(ids)}]"
    parties = "".join(f"      - actor: {i}\n        stance: denies\n" for i in ids[1:])
    text = ["title: X\nsource: The Source\npublished: 2024-01-01\nactors:\n",
            *(f"  - id: {i}\n" for i in ids), "claims:\n" if claims else "",
            *(f"  - id: c{n}\n    claim: A claim.\n    by: a0\n    evidence: {SENTENCE}\n"
              f"    parties:\n{parties}" for n in range(claims)),
            "timeline:\n" if events else "",
            *(f"  - id: e{n}\n    date: {dt.date(1900, 1, 1) + dt.timedelta(days=n)}\n"
              f"    event: Event {n}.\n    actors: {named}\n    evidence: {SENTENCE}\n"
              for n in range(events))]
    (content / "articles" / "2024-01-01-x.yaml").write_text("".join(text), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=10)
    parser.add_argument("--events", type=int, default=0)
    parser.add_argument("--actors", type=int, default=100)
    parser.add_argument("--mkdocs", action="store_true")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1",
           "BRIEFING_PROCESSES": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if args.mkdocs:
            subprocess.run([sys.executable, "-m", "generator.cli", "init", str(site), "--title",
                            "Sizes"], check=True, capture_output=True, env=env)
            shutil.rmtree(site / "content")
        make(site / "content", args.name, args.claims, args.events, args.actors)
        size = sum(p.stat().st_size for p in (site / "content").rglob("*") if p.is_file())
        command = ([sys.executable, "-m", "mkdocs", "build"] if args.mkdocs else
                   [sys.executable, "-m", "generator.cli", "build", "--out", "out"])
        done = subprocess.run(command, cwd=site, capture_output=True, text=True, env=env)
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = site / ("site" if args.mkdocs else "out")
        written = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        print(f"input {size / 1e3:.0f} KB, exit {done.returncode}, CPU "
              f"{used.ru_utime + used.ru_stime:.1f} s, peak {used.ru_maxrss // 1024} MB, "
              f"written {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
