"""The everyday commands at a real story's size: wall and CPU seconds and peak memory of each.

    python bench/commands.py                          # 100 and 1,000 articles
    python bench/commands.py --sizes 1000 --code /work/main --repeat 2

For each size it writes the one-story corpus (bench/story.py) and runs, each in its own
process from the corpus's folder (as an analyst runs them), measured through `os.wait4`:
`briefing check`; `briefing draft` of a new article (a Korea analysis of the test set);
`briefing import` of it; `briefing review` of the imported article up to its first question
(the answer piped in is `q`, so it quits there); `briefing redraft` of it (then the two files
go again); `briefing build --out`; `briefing merge --dry-run` and a real merge. The merge is
the heavy kind, of an actor that every article names: a second record of Putin
(`vladimir-putin`, with his description and links) is added to actors.yaml first, and
`putin` is merged into it (every file changes).

`--code` runs another checkout's code (its folder goes first on PYTHONPATH; the corpus and
this script stay this checkout's), to compare two checkouts in turns. Each command's output
(stdout, stderr, and for the commands that write, the files) is summed up in a digest, the
same for two checkouts that write the same bytes. Figures go to stdout as a table, and with
--json as one JSON record a line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.story import generate_story  # noqa: E402

ARTICLE = ROOT / "tests" / "eval" / "blind6" / "articles" / "03-korea-analysis-kim-yo-jong-drills.txt"
SECOND_PUTIN = ("\n  - id: vladimir-putin\n    name: Vladimir Vladimirovich Putin\n    kind: person\n"
                "    description: President of Russia.\n    links:\n      wikidata: Q7747\n"
                "      home: http://en.kremlin.ru\n")


def measured(command: list[str], cwd: Path, code: Path, stdin: str = "") -> dict[str, Any]:
    """One command in its own process, from `cwd`, with `code` first on PYTHONPATH: wall
    seconds, its own CPU seconds and peak memory (os.wait4), exit status and output."""
    environment = {**os.environ, "PYTHONPATH": str(code), "NO_MKDOCS_2_WARNING": "1",
                   "EDITOR": "", "VISUAL": ""}
    out_path, err_path = cwd.parent / ".bench-out", cwd.parent / ".bench-err"
    started = time.perf_counter()
    with open(out_path, "w+b") as out, open(err_path, "w+b") as err:
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", *command], cwd=cwd,
                                env=environment, stdin=subprocess.PIPE, stdout=out, stderr=err)
        assert proc.stdin is not None
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    return {"seconds": round(seconds, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024), "exit": proc.returncode,
            "stdout": stdout, "stderr": stderr}


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:12]


def folder_digest(folder: Path) -> str:
    """The names and bytes of every file under folder."""
    parts: list[str | bytes] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def one_size(size: int, work: Path, code: Path,
             merges: bool = True) -> Iterator[dict[str, Any]]:
    """The commands at one size, in the order an analyst meets them, each as it is done."""
    pristine = work / f"story{size}-pristine"
    if not pristine.exists():
        generate_story(pristine, size)
        with open(pristine / "content" / "actors.yaml", "a", encoding="utf-8") as actors:
            actors.write(SECOND_PUTIN)
    site = work / f"story{size}"
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(pristine, site)
    articles = site / "content" / "articles"
    def step(name: str, command: list[str], stdin: str = "", files: Path | None = None) -> \
            dict[str, Any]:
        result = measured(command, site, code, stdin)
        written = folder_digest(files) if files is not None else ""
        result.update(size=size, command=name, digest=digest(result["stdout"], result["stderr"],
                                                             str(result["exit"]), written))
        return result

    yield step("check", ["check"])
    yield step("draft", ["draft", str(ARTICLE), "--published", "2025-01-24"])
    before = set(os.listdir(articles))
    imported = step("import", ["import", str(ARTICLE), "--published", "2025-01-24"],
                    files=site / "content")
    yield imported
    new = sorted(set(os.listdir(articles)) - before)
    assert imported["exit"] == 0 and len(new) == 2, imported["stderr"][-2000:]
    slug = Path(new[0]).stem
    yield step("review (to its first question)", ["review", slug], stdin="q\n",
               files=site / "content")
    yield step("redraft", ["redraft", slug], files=site / "content")
    for name in new:
        (articles / name).unlink()
    build = site / "build"
    yield step("build --out", ["build", "--out", str(build)], files=build)
    shutil.rmtree(build)
    if not merges:
        shutil.rmtree(site)
        return
    yield step("merge --dry-run", ["merge", "putin", "vladimir-putin", "--dry-run"],
               files=site / "content")
    yield step("merge", ["merge", "putin", "vladimir-putin"], files=site / "content")
    shutil.rmtree(site)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose code runs")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-commands"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="one JSON record a line as well")
    parser.add_argument("--no-merge", action="store_true",
                        help="leave out the two merges (minutes at 1,000 before this round)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    code = args.code.resolve()
    print(f"code: {code} ({_commit(code)}); load: {os.getloadavg()[0]:.2f}", flush=True)
    print(f"{'N':>5}  {'command':<32} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} exit  digest")
    for _ in range(args.repeat):
        for size in args.sizes:
            for row in one_size(size, args.work, code, not args.no_merge):
                print(f"{row['size']:>5}  {row['command']:<32} {row['seconds']:>7.2f} "
                      f"{row['cpu_s']:>7.2f} {row['peak_mb']:>8} {row['exit']:>4}  "
                      f"{row['digest']}", flush=True)
                if row["exit"] != 0:
                    print(row["stderr"][-2000:], file=sys.stderr)
                if args.json:
                    print(json.dumps({k: v for k, v in row.items()
                                      if k not in ("stdout", "stderr")}))
    print(f"load at the end: {os.getloadavg()[0]:.2f}")
    return 0


def _commit(code: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(code), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"


if __name__ == "__main__":
    sys.exit(main())
