"""The build benchmark: `briefing check`, page generation and `mkdocs build` at several sizes.

    python bench/run.py --sizes 100 1000 10000

For each size it writes a synthetic corpus (bench/synth.py) into a project folder with this
checkout's mkdocs.yml, docs/ and templates/, and runs each step in its own process, niced,
measuring wall time and the process's peak memory (its own rusage, from os.wait4). Then it
measures an incremental rebuild and `mkdocs serve` after a one-file change (bench/serve.py)
and the first search with MkDocs' index and with Pagefind in Chromium (bench/search.py); with
`--serve-edits SIZE`, the everyday edits under `mkdocs serve`, each timed and compared with a
fresh build (bench/serve_edits.py).
Prints a table and writes the figures to bench/results/<time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.story import generate_story, plain_site  # noqa: E402
from bench.synth import generate_corpus  # noqa: E402
from tests.test_site import copy_project  # noqa: E402


def env() -> dict[str, str]:
    """The environment of every step: this checkout's code, whatever is installed."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "NO_MKDOCS_2_WARNING": "1"}


def measure(command: list[str], cwd: Path, timeout: float = 7200) -> dict[str, Any]:
    """Run a command niced; its seconds, peak memory (MB), exit status and output."""
    started = time.perf_counter()
    with open(cwd / ".bench-out", "w+") as out, open(cwd / ".bench-err", "w+") as err:
        proc = subprocess.Popen(command, cwd=cwd, env=env(), stdout=out, stderr=err,
                                preexec_fn=lambda: os.nice(10))
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return {"seconds": round(seconds, 3), "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "exit": proc.returncode,
            "stdout": stdout, "stderr": stderr}


def project_for(size: int, workdir: Path, story: bool = False) -> Path:
    """A project folder with a synthetic corpus of `size` articles: spread out over many
    actors (bench/synth.py) or, with `story`, one story (bench/story.py)."""
    project = workdir / f"{'story' if story else 'n'}{size}"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    copy_project(project, content=False)
    (generate_story if story else generate_corpus)(project, size)
    return project


def _bytes(folder: Path, suffix: str = "") -> int:
    return sum(f.stat().st_size for f in folder.rglob(f"*{suffix}") if f.is_file())


def floor_for(size: int, workdir: Path) -> dict[str, Any]:
    """The plain Material site of the same article texts: its build time and size."""
    plain = plain_site(workdir / f"plain{size}", size)
    result = measure([sys.executable, "-m", "mkdocs", "build", "--quiet"], plain)
    assert result["exit"] == 0, result["stderr"][-3000:]
    return {"seconds": result["seconds"], "peak_mb": result["peak_mb"], "cpu_s": result["cpu_s"],
            "html_mb": round(_bytes(plain / "site", ".html") / 1e6, 1),
            "markdown_mb": round(_bytes(plain / "docs", ".md") / 1e6, 2)}


def bench_size(size: int, workdir: Path, build: bool, story: bool = False) -> dict[str, Any]:
    """check, generation and mkdocs build for one size (and the plain floor for a story)."""
    project = project_for(size, workdir, story)
    row: dict[str, Any] = {"articles": size}
    check = measure([sys.executable, "-m", "generator.cli", "check"], project)
    assert check["exit"] == 0, check["stdout"][-2000:] + check["stderr"][-2000:]
    row["check"] = {k: check[k] for k in ("seconds", "peak_mb", "cpu_s")}
    gen = measure([sys.executable, "-m", "bench.steps", "generate", str(project)], project)
    assert gen["exit"] == 0, gen["stderr"][-3000:]
    figures = json.loads(gen["stdout"])
    row["generate"] = {"seconds": round(figures["pages_s"], 3), "peak_mb": gen["peak_mb"],
                       "process_s": gen["seconds"], **figures}
    if build:
        result = measure([sys.executable, "-m", "mkdocs", "build", "--quiet"], project)
        assert result["exit"] == 0, result["stderr"][-3000:]
        site = project / "site"
        index = site / "search" / "search_index.json"
        row["build"] = {k: result[k] for k in ("seconds", "peak_mb", "cpu_s")}
        row["build"]["html_pages"] = sum(1 for _ in site.rglob("*.html"))
        row["build"]["site_mb"] = round(sum(f.stat().st_size for f in site.rglob("*")
                                            if f.is_file()) / 1e6, 1)
        row["build"]["search_index_mb"] = round(index.stat().st_size / 1e6, 2)
        row["generate"]["share_of_build"] = round(row["generate"]["seconds"]
                                                  / result["seconds"], 4)
        row["generate"]["all_share_of_build"] = round(
            (figures["load_check_s"] + figures["pages_s"] + figures["data_s"])
            / result["seconds"], 4)
        row["build"]["html_mb"] = round(_bytes(site, ".html") / 1e6, 1)
        row["build"]["data_mb"] = round(_bytes(site / "data") / 1e6, 1)
        if story:
            row["floor"] = floor_for(size, workdir)
            row["build"]["floor_ratio"] = round(result["seconds"] / row["floor"]["seconds"], 2)
            # on a loaded machine a niced process gets a fraction of a core: CPU time too
            row["build"]["floor_cpu_ratio"] = round(result["cpu_s"] / row["floor"]["cpu_s"], 2)
    row["project"] = str(project)
    return row


def machine() -> dict[str, Any]:
    """The machine the figures come from."""
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    free = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout
    return {"nproc": os.cpu_count(), "cpu": cpu, "free_h": free.strip(),
            "python": platform.python_version(), "load_at_start": os.getloadavg()}


def table(rows: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table."""
    lines = ["| articles | pages | check s | check MB | generation s | generation MB "
             "| mkdocs build s | build MB | generation / build |",
             "|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for r in rows:
        b = r.get("build", {})
        lines.append(f"| {r['articles']:,} | {r['generate']['pages']:,} "
                     f"| {r['check']['seconds']:.1f} | {r['check']['peak_mb']:.0f} "
                     f"| {r['generate']['seconds']:.1f} "
                     f"| {r['generate']['peak_mb']:.0f} | {b.get('seconds', float('nan')):.1f} "
                     f"| {b.get('peak_mb', float('nan')):.0f} "
                     f"| {100 * r['generate'].get('share_of_build', float('nan')):.1f}% |")
    return "\n".join(lines)


def story_table(rows: list[dict[str, Any]]) -> str:
    """The one-story figures: build time against the plain-site floor, sizes, memory."""
    lines = ["| articles | pages | Markdown MB | HTML MB | data MB | generation s (all) "
             "| mkdocs build s | plain floor s | × floor | × floor, CPU time | build MB "
             "| generation / build |",
             "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for r in rows:
        g, b, f = r["generate"], r.get("build", {}), r.get("floor", {})
        every = g["load_check_s"] + g["pages_s"] + g["data_s"]
        lines.append(f"| {r['articles']:,} | {g['pages']:,} | {g['markdown_bytes'] / 1e6:.1f} "
                     f"| {b.get('html_mb', float('nan')):.1f} "
                     f"| {b.get('data_mb', float('nan')):.1f} | {every:.1f} "
                     f"| {b.get('seconds', float('nan')):.1f} "
                     f"| {f.get('seconds', float('nan')):.1f} "
                     f"| {b.get('floor_ratio', float('nan')):.1f}× "
                     f"| {b.get('floor_cpu_ratio', float('nan')):.1f}× "
                     f"| {b.get('peak_mb', float('nan')):.0f} "
                     f"| {100 * g.get('all_share_of_build', float('nan')):.1f}% |")
    return "\n".join(lines)


def ratios(rows: list[dict[str, Any]], big: int, small: int) -> dict[str, float]:
    """time(big) / time(small) for every step measured at both sizes."""
    by = {r["articles"]: r for r in rows}
    if big not in by or small not in by:
        return {}
    out: dict[str, float] = {}
    for step in ("check", "generate", "build"):
        if step in by[big] and step in by[small]:
            out[step] = round(by[big][step]["seconds"] / by[small][step]["seconds"], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the table; write the JSON."""
    parser = argparse.ArgumentParser(description="Benchmark check, generation and mkdocs build.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--no-build", action="store_true", help="skip mkdocs build")
    parser.add_argument("--incremental", type=int, default=1000,
                        help="size for the incremental and serve measurements (0: skip)")
    parser.add_argument("--serve", action="store_true", help="also time mkdocs serve")
    parser.add_argument("--story", action="store_true",
                        help="the one-story corpus (bench/story.py), against a plain site")
    parser.add_argument("--search", type=int, default=0,
                        help="size whose built site is searched in Chromium (0: skip)")
    parser.add_argument("--serve-edits", type=int, default=0, metavar="SIZE",
                        help="size at which the everyday edits are timed under mkdocs serve "
                        "and compared with a fresh build (bench/serve_edits.py; 0: skip)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefing-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"machine": machine(), "rows": []}
    stamp = time.strftime("%Y%m%d-%H%M%S")
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"{stamp}.json"

    def save() -> None:
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    for size in args.sizes:
        print(f"bench: {size} articles ...", file=sys.stderr, flush=True)
        results["rows"].append(bench_size(size, args.workdir, not args.no_build, args.story))
        results["machine"]["load_after_" + str(size)] = os.getloadavg()
        save()
    print((story_table if args.story else table)(results["rows"]))
    results["ratios_10000_1000"] = ratios(results["rows"], 10000, 1000)
    print(f"time(10,000) / time(1,000): {results['ratios_10000_1000']}")
    if args.incremental:
        from bench.serve import incremental_figures

        project = args.workdir / f"{'story' if args.story else 'n'}{args.incremental}"
        if not project.exists():
            project = project_for(args.incremental, args.workdir, args.story)
        results["incremental"] = incremental_figures(project, serve=args.serve,
                                                     dirty=not args.story)
        print(json.dumps({k: v for k, v in results["incremental"].items() if k != "rendered"},
                         indent=2))
        save()
    if args.serve_edits:
        from bench.serve_edits import serve_edit_figures

        project = args.workdir / f"{'story' if args.story else 'n'}{args.serve_edits}"
        if not project.exists():
            project = project_for(args.serve_edits, args.workdir, args.story)
        results["serve_edits"] = serve_edit_figures(
            project, say=lambda line: print(f"serve edits: {line}", file=sys.stderr))
        print(json.dumps(results["serve_edits"], indent=2))
        save()
    if args.search:
        from bench.search import search_figures

        results["search"] = search_figures(args.workdir / f"n{args.search}" / "site")
        print(json.dumps(results["search"], indent=2))
    save()
    print(f"bench: figures in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
