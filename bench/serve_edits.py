"""The everyday edits under `mkdocs serve` at a story's size: how soon each shows, and whether
the served site is then what a fresh build of the same files makes.

    python -m bench.serve_edits /tmp/briefing-bench/story1000            # the benchmark's corpus
    python -m bench.serve_edits PROJECT --serve-args=--clean              # or --watch-theme
    python -m bench.serve_edits PROJECT --no-compare                      # the times only

The project (a story corpus of `bench/run.py --story`, or any briefing site) is copied into
a work folder and served there (strict, no --dirty). Each step makes one edit an analyst makes
every day, in this order: an article's summary; a shared actor's name renamed in actors.yaml
(every page naming the actor changes); an actor's role corrected in one article; a new article
added by `briefing import` while serving; an article deleted (its YAML and its text); the page
written by hand in docs/ changed; a YAML slip in an article, then its fix; `site_name` changed in
mkdocs.yml. After each save the page that shows the change (the briefing, the
imported article's address, the deleted one's, the hand-written page, the home page) is polled
every 0.1 s as `bench/serve.py` does, until it shows the change (for a deletion: answers 404;
for a slip: shows the problem; for its fix: shows the page again): that is the step's time
from save to served page. Then, once the server has gone quiet, the served site is compared
file by file (the search index included) with a fresh `mkdocs build --strict` of the same
files, as `bench/edit_loop.py` compares (the same normalisation; a page gone from the fresh
build must answer 404 when served).

Printed: one line a step (seconds from save to served change, the server's builds, the
mismatches) and the figures as JSON on the last line. The exit status is 1 when any served site
differed from its fresh build, never because of a time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.edit_loop import PROBLEM, Checker, Editor, Save, Server, entries, files_of, write

POLL = 0.1  # seconds between two requests of the changed page
IMPORTED = """Harbour talks resume in Rason {mark}

Officials from Russia and North Korea met in Rason on Monday to resume talks on the port, \
the third such meeting this year.

"We have agreed on the next steps for the harbour," Russian Deputy Prime Minister Alexander \
Kozlov told reporters after the meeting.

The talks come weeks after President Vladimir Putin visited Pyongyang.
"""


@dataclass
class Step:
    """One edit: its name, how it is saved, the page that shows it and when it does."""

    name: str
    save: Callable[[], None]
    shown: Callable[[], bool]  # asks the server


def project_files(project: Path) -> dict[str, str]:
    """mkdocs.yml, content/, docs/ and templates/ of a project, by relative path."""
    files = {"mkdocs.yml": (project / "mkdocs.yml").read_text("utf-8")}
    for folder in ("content", "docs", "templates"):
        for path in sorted((project / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(project).as_posix()] = path.read_text("utf-8")
    return files


class StoryEdits(Checker):
    """The steps in order on a copy of a project, each timed and (optionally) compared."""

    def __init__(self, workdir: Path, source: Path, serve_args: list[str], compare: bool,
                 say: Callable[[str], None] = print) -> None:
        super().__init__(workdir, seed=0, steps=0, say=say)
        self.source = source
        self.serve_args = serve_args
        self.comparing = compare
        # `mkdocs serve --clean` builds as `mkdocs build` does: drafted entries hidden, and a
        # failed build leaves every page request waiting (MkDocs), so a slip shows in the log
        self.clean = "--clean" in serve_args or "-c" in serve_args
        self.drafts_shown = not self.clean
        self.figures: list[dict[str, Any]] = []
        self.first_build_s = 0.0

    # --- the project and the server ---------------------------------------------------------

    def start(self) -> None:
        for folder in (self.project, self.fresh):
            folder.mkdir(parents=True)
        files = project_files(self.source)
        self.editor = Editor(self.rng, files)
        self.good_files = dict(files)
        for path in files_of(self.source):  # a byte-for-byte copy (the corpus is written so)
            if path.split("/")[0] in ("content", "docs", "templates") or path == "mkdocs.yml":
                (self.project / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(self.source / path, self.project / path)
        started = time.monotonic()
        self.server = Server(self.project, args=self.serve_args, deadline=3600)
        self.server.start()
        self.server.settle(self.server.detected(), time.monotonic())
        self.first_build_s = round(time.monotonic() - started, 2)
        self.say(f"first build: served after {self.first_build_s} s")
        if self.comparing:
            self.compare("the first build", 0, 0)

    def _compare_broken(self, server: Server, stderr: str, since: int, step: int, what: str,
                        files: dict[str, str]) -> None:
        if not self.clean:
            super()._compare_broken(server, stderr, since, step, what, files)
            return
        # `--clean`: the build fails as `mkdocs build` does, and MkDocs holds every page
        # request until a build succeeds: the server's log is what there is to compare
        logged = PROBLEM.findall(re.sub(r"(?m)^\S+\s+-\s+", "", server.last_build(since)))
        if logged != PROBLEM.findall(stderr):
            self._mismatch(step, what, f"the server logged {logged}, a fresh build {stderr}")

    def served(self, page: str) -> tuple[int, str]:
        """The page's status and text; (0, "") when no answer came (a build running long)."""
        assert self.server is not None
        try:
            status, body = self.server.get(page)
        except (OSError, urllib.error.URLError):  # timeouts included
            return 0, ""
        return status, body.decode("utf-8", "replace")

    def save(self, path: str, text: str | None) -> None:
        """Write (or delete, with None) one file, in place as most editors do."""
        assert self.editor is not None
        save = Save(path, text)
        write(self.project, save, "in place")
        if text is None:
            self.editor.files.pop(path, None)
        else:
            self.editor.files[path] = text

    def run_step(self, number: int, step: Step) -> None:
        assert self.server is not None
        detected, since = self.server.detected(), len(self.server.lines)
        saved = time.monotonic()
        step.save()
        save_s = round(time.monotonic() - saved, 2)  # the save itself (`briefing import`: its run)
        while True:
            if step.shown():
                break
            if time.monotonic() - saved > 3600 or self.server.process is None \
                    or self.server.process.poll() is not None:
                raise RuntimeError(f"{step.name}: never shown")
            time.sleep(POLL)
        latency = round(time.monotonic() - saved, 2)
        self.server.settle(detected, saved)
        builds = sum("Building documentation" in line for _, line in self.server.lines[since:])
        mismatches = len(self.mismatches)
        if self.comparing:
            self.compare(step.name, since, number)
        figure = {"step": step.name, "shown_s": latency, "save_s": save_s, "builds": builds,
                  "mismatches": len(self.mismatches) - mismatches}
        self.figures.append(figure)
        self.say(f"{step.name}: shown after {latency} s (the save took {save_s} s), "
                 f"{builds} build(s), "
                 f"{figure['mismatches'] if self.comparing else 'not compared'} mismatches")

    # --- the steps ---------------------------------------------------------------------------

    def steps_of(self) -> list[Step]:
        assert self.editor is not None
        files = self.editor.files
        articles = self.editor.articles()
        middle = articles[len(articles) // 2]
        slug = Path(middle).stem
        briefing = f"briefings/{slug}/"
        mark = f"m{time.time_ns() % 10**9}"
        actors = files["content/actors.yaml"]
        named = re.search(r"^  - id: (\S+)\n    name: (.+)$", actors, re.MULTILINE)
        assert named, "no shared actor with a name in content/actors.yaml"
        actor, name = named.group(1), named.group(2)
        new_name = f"{name} {mark}"
        role_article = articles[len(articles) // 3]
        role_slug = Path(role_article).stem
        deleted = articles[-1]
        gone_slug = Path(deleted).stem
        slip = articles[len(articles) // 4]
        slip_slug = Path(slip).stem
        site_name = f"Briefings {mark}"
        imported: dict[str, str] = {}

        def summary() -> None:
            text = files[middle]
            after = text.replace("summary: >\n  ", f"summary: >\n  Summary {mark}. ", 1)
            if after == text:
                after = re.sub(r"^summary: ", f"summary: Summary {mark}. ", text, count=1,
                               flags=re.MULTILINE)
            self.save(middle, after)

        def rename() -> None:
            self.save("content/actors.yaml", actors.replace(
                f"  - id: {actor}\n    name: {name}\n", f"  - id: {actor}\n    name: {new_name}\n",
                1))

        def role() -> None:
            lines = files[role_article].split("\n")
            listed = entries(lines, "actors")
            first, end, _ = next(e for e in listed if e[2] == actor)
            at = next(i for i in range(first, end) if lines[i].startswith("    role:"))
            lines[at] = f"    role: corrected role {mark}"
            self.save(role_article, "\n".join(lines))

        def import_article() -> None:
            source = self.workdir / f"imported-{mark}.txt"
            source.write_text(IMPORTED.format(mark=mark), encoding="utf-8")
            before = set(files_of(self.project / "content" / "articles"))
            result = subprocess.run(
                [sys.executable, "-m", "generator.cli", "import", str(source), "--source",
                 "Example Times", "--published", "2024-06-25", "--title",
                 f"Harbour talks resume {mark}"], cwd=self.project, capture_output=True,
                text=True, env=_env(), timeout=600)
            assert result.returncode == 0, result.stderr
            for path in sorted(set(files_of(self.project / "content" / "articles")) - before):
                files[f"content/articles/{path}"] = (self.project / "content" / "articles" /
                                                     path).read_text("utf-8")
                imported["slug"] = Path(path).stem

        def delete() -> None:
            self.save(deleted, None)
            self.save(deleted[:-5] + ".md", None)

        def docs_page() -> None:
            path = "docs/content-model.md"
            self.save(path, files[path].rstrip("\n") + f"\n\nEdited while serving ({mark}).\n")

        good_slip = files[slip]

        def yaml_slip() -> None:
            self.save(slip, good_slip.replace("\n  - id: ", "\n  - id: [", 1))

        def yaml_fix() -> None:
            self.save(slip, good_slip)

        def config() -> None:
            self.save("mkdocs.yml", re.sub(r"^site_name: .*$", f"site_name: {site_name}",
                                           files["mkdocs.yml"], count=1, flags=re.MULTILINE))

        def has(page: str | Callable[[], str], text: str) -> Callable[[], bool]:
            def shown() -> bool:
                status, body = self.served(page if isinstance(page, str) else page())
                return status == 200 and text in body
            return shown

        def gone() -> bool:
            return self.served(f"briefings/{gone_slug}/")[0] == 404

        def problem() -> bool:
            assert self.server is not None
            if self.clean:  # MkDocs' own "the server will appear stuck" after a failed build
                return f"{slip}:" in self.server.log(len(self.server.lines) - 20)
            status, body = self.served(f"briefings/{slip_slug}/")
            return status == 200 and 'class="content-problems"' in body and slip in body

        def fixed() -> bool:
            status, body = self.served(f"briefings/{slip_slug}/")
            return status == 200 and 'class="content-problems"' not in body \
                and f"/{slip_slug}.yaml" in body

        def imported_page() -> str:
            return f"briefings/{imported['slug']}/"

        return [
            Step("summary of one article", summary, has(briefing, f"Summary {mark}")),
            Step(f"shared actor {actor} renamed in actors.yaml", rename, has(briefing, new_name)),
            # the briefing lists its actors' roles (the actor's page may list it on a later part)
            Step(f"role of {actor} corrected in {role_slug}", role,
                 has(f"briefings/{role_slug}/", f"corrected role {mark}")),
            Step("article added by briefing import", import_article,
                 has(imported_page, f"Harbour talks resume {mark}")),
            Step(f"article {gone_slug} deleted", delete, gone),
            Step("docs/content-model.md edited", docs_page,
                 has("content-model/", f"Edited while serving ({mark})")),
            Step(f"YAML slip in {slip_slug}", yaml_slip, problem),
            Step(f"YAML slip in {slip_slug} fixed", yaml_fix, fixed),
            Step("site_name changed in mkdocs.yml", config, has("", site_name)),
        ]

    def run(self) -> None:
        try:
            self.start()
            for number, step in enumerate(self.steps_of(), 1):
                self.run_step(number, step)
        finally:
            self.stop()


def _env() -> dict[str, str]:
    from bench.edit_loop import env
    return env()


def serve_edit_figures(project: Path, serve_args: list[str] | None = None,
                       compare: bool = True, workdir: Path | None = None,
                       say: Callable[[str], None] = print) -> dict[str, Any]:
    """Run the steps on a copy of `project`; the figures (the work folder is removed)."""
    folder = workdir or Path(tempfile.mkdtemp(prefix="serve-edits-"))
    checker = StoryEdits(folder, project, serve_args or [], compare, say)
    started = time.monotonic()
    try:
        checker.run()
    finally:
        if workdir is None:
            shutil.rmtree(folder, ignore_errors=True)
    return {"project": str(project), "serve_args": serve_args or [],
            "articles": len(list((project / "content" / "articles").glob("*.yaml"))),
            "load": [round(x, 1) for x in os.getloadavg()],
            "first_build_s": checker.first_build_s, "steps": checker.figures,
            "compared_files": checker.compared_files, "mismatches": checker.mismatches,
            "seconds": round(time.monotonic() - started)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--serve-args", default="", help="more arguments of mkdocs serve, "
                        "e.g. --serve-args=--clean")
    parser.add_argument("--no-compare", action="store_true",
                        help="time the steps only (no fresh build after each)")
    parser.add_argument("--workdir", type=Path, help="work here and keep the folder")
    args = parser.parse_args(argv)
    figures = serve_edit_figures(args.project.resolve(), args.serve_args.split(),
                                 not args.no_compare, args.workdir)
    for mismatch in figures["mismatches"]:
        print(mismatch)
    print(json.dumps(figures))
    return 1 if figures["mismatches"] else 0


if __name__ == "__main__":
    sys.exit(main())
