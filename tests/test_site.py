"""End to end: a real `mkdocs build --strict` of the seed briefing in a temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SEED = "2024-06-19-putin-kim-pyongyang"
GOLD = ROOT.parent / "shared" / "eval" / "dev" / "000_cf90937da013812e.gold.yaml"


def copy_project(target: Path, content: bool = True) -> Path:
    """This project's mkdocs.yml, docs/ and templates/ (and content/, unless told not to) in
    target, so that a build there is a build of this checkout's site."""
    for name in ("mkdocs.yml", "docs", "templates", *(("content",) if content else ())):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    return target


def briefing_options(project: Path, **options: str) -> Path:
    """Set options of the briefing plugin in the project's mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    lines = "".join(f"\n      {key}: {value}" for key, value in options.items())
    if "\n  - briefing\n" in text:
        text = text.replace("\n  - briefing\n", f"\n  - briefing:{lines}\n")
    else:
        assert text.count("\n  - briefing:") == 1
        text = text.replace("\n  - briefing:", f"\n  - briefing:{lines}")
    config.write_text(text, encoding="utf-8")
    return project


def show_drafts(project: Path) -> Path:
    """Set `drafts: show` for the briefing plugin in the project's mkdocs.yml: the build then
    shows drafted entries, marked, as `mkdocs serve` does."""
    return briefing_options(project, drafts="show")


def pythonpath() -> str:
    """PYTHONPATH for a subprocess that must run this checkout's `generator`, not another."""
    return os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))


def mkdocs_build(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *options],
                          cwd=project,
                          capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("site"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "WARNING -" not in result.stderr
    return project / "site"


def test_every_page_is_built(built: Path) -> None:
    for page in ("index.html", "claims/index.html", "timeline/index.html", "actors/index.html",
                 "correcting/index.html", "content-model/index.html",
                 f"briefings/{SEED}/index.html", "actors/putin/index.html",
                 "actors/edward-howell/index.html", f"data/{SEED}.json"):
        assert (built / page).is_file(), page


def test_seed_briefing_shows_actors_claims_and_dates(built: Path) -> None:
    html = (built / "briefings" / SEED / "index.html").read_text(encoding="utf-8")
    for text in ("Edward Howell", "Ankit Panda", "Michael McFaul", "several governments",
                 "unwavering support", "neo-colonialist dictatorship", "September 2023",
                 "14 June 2024", "15–16 June 2024", 'id="p2"', 'id="claim-arms-deliveries"'):
        assert text in html, text
    assert "Denied by <a" in html or "denied by <a" in html


def test_search_index_finds_the_seed(built: Path) -> None:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    seed = [d for d in index["docs"] if d["location"].startswith(f"briefings/{SEED}/")]
    text = " ".join(d["text"] for d in seed)
    assert "Malligyong" in text and "Putin" in text and "Pyongyang" in text


def test_the_search_entry_of_a_briefing_reads_as_its_page(built: Path) -> None:
    """The hidden Pagefind filters (names escaped three times for Pagefind) stay out of the
    theme's index: its first entry read "CNNVladimir PutinKim Jong Un…" and
    "North Korea&amp;amp;#39;s" before."""
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    first = next(d for d in index["docs"] if d["location"] == f"briefings/{SEED}/")
    assert first["text"].startswith("<p>Source: CNN · Published: 19 June 2024")
    assert "&amp;amp;" not in first["text"] and "PutinKim" not in first["text"]


def test_no_page_loads_anything_from_another_host(built: Path) -> None:
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html, page
        assert "<script src=\"http" not in html, page


@pytest.mark.skipif(not GOLD.exists(), reason="the shared gold annotations are not beside the project")
def test_seed_data_scores_full_marks_against_the_gold(built: Path) -> None:
    result = subprocess.run([sys.executable, str(GOLD.parent.parent / "score.py"), "one", str(GOLD),
                             str(built / "data" / f"{SEED}.json")],
                            capture_output=True, text=True, check=True)
    last = result.stdout.strip().splitlines()[-1]
    assert "actors P 1.00 R 1.00 F1 1.00" in last
    assert "quotes attr 1.00 P 1.00 F1 1.00" in last
    assert "dates acc 1.00" in last


def test_content_problem_fails_the_build_with_its_message(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    article = project / "content" / "articles" / f"{SEED}.yaml"
    article.write_text(article.read_text(encoding="utf-8").replace("by: putin", "by: putn", 1),
                       encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert (f"content/articles/{SEED}.yaml:" in result.stderr
            and "names actor 'putn', which is not defined (did you mean 'putin'?)" in result.stderr)
    assert "Traceback" not in result.stderr
