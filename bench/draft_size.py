"""Drafting time against the size of the text: 10 KB, 100 KB, 1 MB (the drafting limit).

python bench/draft_size.py [--sizes 10 100 1000]   # sizes in KB

Two shapes of text, made from the seed article: ordinary paragraphs (the seed repeated) and
one single paragraph (the seed's sentences run together, as a careless paste gives). Each
size is drafted once in a fresh process on one core; the CPU seconds of drafting (and of
writing the YAML) are printed, with the cost per 100 KB: flat when drafting is linear.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_cf90937da013812e.txt"


def text_of(size: int, shape: str) -> str:
    """About `size` bytes of article text in the given shape ("paragraphs" or "one")."""
    raw = SEED.read_text(encoding="utf-8")
    title, _, body = raw.partition("\n\n")
    if shape == "one":
        body = " ".join(body.split())
    joiner = " " if shape == "one" else "\n\n"
    parts, length = [title, "\n\n"], len(title) + 2
    while length < size:
        parts += [body, joiner]
        length += len(body.encode("utf-8")) + len(joiner)
    return "".join(parts)[:size]


def _one(size: int, shape: str) -> None:
    sys.path.insert(0, str(ROOT))
    from generator.draft import draft_text

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    text = text_of(size, shape)
    # warm up (compile the patterns) on other text, so that no cache holds this text's names
    draft_text("Port talks go on\n\nThe minister of ports said on Tuesday that the talks "
               "went on.\n", published=dt.date(2024, 6, 19))
    cpu, wall = time.process_time(), time.perf_counter()
    draft_text(text, published=dt.date(2024, 6, 19)).to_yaml()
    print(f"{time.process_time() - cpu:.3f} {time.perf_counter() - wall:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000], help="KB")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # a child: SIZE SHAPE
    args = parser.parse_args()
    if args.one:
        _one(int(args.one[0]), args.one[1])
        return 0
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'shape':<11}{'KB':>6}{'CPU s':>9}{'wall s':>9}{'CPU s per 100 KB':>18}")
    for shape in ("paragraphs", "one"):
        for kb in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--one", str(kb * 1000), shape],
                                 check=True, capture_output=True, text=True).stdout.split()
            cpu, wall = float(out[0]), float(out[1])
            print(f"{shape:<11}{kb:>6}{cpu:>9.2f}{wall:>9.2f}{cpu / kb * 100:>18.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
