"""Steps the benchmark runs in a fresh process each, printing their figures as JSON.

    python -m bench.steps generate PROJECT      # generate() as mkdocs build runs it, by step
    python -m bench.steps incremental PROJECT   # rebuild after a one-file change
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from generator import build
from generator.incremental import RACY_NS, IncrementalBuilder
from generator.pages.generate import SiteInfo

EDIT_MARK = "Edited for the benchmark"


def generate(project: Path) -> dict[str, object]:
    """`generator.build.generate` as `mkdocs build` runs it, with the seconds it notes of
    each step: load+check; pages (this process: the index, the plan and the pages it
    renders itself); data (this process waiting for and taking in what the second process
    made, or making the downloads itself where there is none; its CPU time adds the second
    process's, which made the downloads, `child_data_cpu_s` of it, and rendered `child_pages`
    briefings from the back of the list). `generate_s` and `generate_cpu_s` are the whole
    call: wall time, and CPU time of this process and of the second one."""
    timings: dict[str, float] = {}
    started, cpu = time.perf_counter(), time.process_time()
    files = build.generate(project / "content", SiteInfo(), project / "templates", project,
                           timings=timings)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    pages = {path: text for path, text in files.raw.items() if path.endswith(".md")}
    return {**timings, "generate_s": wall, "generate_cpu_s": cpu + timings.get("child_cpu_s", 0),
            "pages": len(pages), "data_files": len(files) - len(pages),
            "markdown_bytes": sum(map(len, pages.values())),
            "largest_page": max(pages, key=lambda p: len(pages[p]))}


def edited_article(project: Path) -> Path:
    """The article whose YAML the benchmark edits: the middle one by name."""
    articles = sorted((project / "content" / "articles").glob("*.yaml"))
    return articles[len(articles) // 2]


def edit_summary(path: Path, mark: str) -> str:
    """Put `mark` at the start of the article's summary; return the text before the edit."""
    before = path.read_text(encoding="utf-8")
    if 'summary: "' in before:
        after = before.replace('summary: "', f'summary: "{mark}. ', 1)
    else:  # a folded block, as the seed writes it
        after = before.replace("summary: >\n  ", f"summary: >\n  {mark}. ", 1)
    assert after != before, f"no summary to edit in {path}"
    path.write_text(after, encoding="utf-8")
    return before


def incremental(project: Path) -> dict[str, object]:
    """A cold build, an unchanged rebuild, and a rebuild after one article's YAML changed."""
    builder = IncrementalBuilder()
    args = (project / "content", SiteInfo(), project / "templates", project)
    started = time.perf_counter()
    files = builder.generate(*args)
    cold = time.perf_counter() - started
    time.sleep(RACY_NS / 1e9 + 0.1)  # let the files settle, as they have in a real session
    started = time.perf_counter()
    builder.generate(*args)
    unchanged = time.perf_counter() - started
    path = edited_article(project)
    before = edit_summary(path, EDIT_MARK)
    try:
        started = time.perf_counter()
        builder.generate(*args)
        after_edit = time.perf_counter() - started
    finally:
        path.write_text(before, encoding="utf-8")
    stats = builder.stats
    return {"files": len(files), "pages": sum(p.endswith(".md") for p in files),
            "cold_s": cold, "unchanged_s": unchanged, "after_edit_s": after_edit,
            "edited": path.name, "files_parsed": stats.files_parsed,
            "pages_rendered": stats.pages_rendered, "files_rendered": len(stats.rendered),
            "rendered": sorted(stats.rendered), "changed": sorted(stats.changed)}


def main(argv: list[str]) -> int:
    """Run one step and print its figures as JSON on stdout."""
    step, project = argv[0], Path(argv[1])
    result = {"generate": generate, "incremental": incremental}[step](project)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
