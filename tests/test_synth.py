"""The synthetic benchmark corpus is deterministic and passes `briefing check`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.synth import generate_corpus

from .conftest import ROOT


def test_synthetic_corpus_is_clean_for_briefing_check(tmp_path: Path) -> None:
    stats = generate_corpus(tmp_path, 30)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout
    actors = stats.shared_actors + stats.local_actors
    assert result.stderr.splitlines()[0] == (
        f"briefing check: the content is clean (30 articles, {actors} actors, "
        f"{stats.claims} claims, {stats.events} events)")  # then the drafted entries per file


def test_synthetic_corpus_is_the_same_on_every_run(tmp_path: Path) -> None:
    generate_corpus(tmp_path / "a", 12)
    generate_corpus(tmp_path / "b", 12)
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.*")}
    assert a == b and len(a) == 25


def test_synthetic_corpus_reuses_a_few_actors_often(tmp_path: Path) -> None:
    generate_corpus(tmp_path, 200)
    counts: dict[str, int] = {}
    for path in (tmp_path / "content" / "articles").glob("*.yaml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("  - id: ") and not line.startswith("  - id: claim-") \
                    and not line.startswith("  - id: event-"):
                counts[line[8:]] = counts.get(line[8:], 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    assert ranked[0] > 60  # the most frequent actor is in almost a third of the articles
    assert sum(1 for n in ranked if n == 1) > 100  # and a long tail appears once


def test_one_story_corpus_is_clean_and_names_the_same_actors(tmp_path: Path) -> None:
    from bench.story import generate_story, plain_site

    generate_story(tmp_path, 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout
    assert result.stderr == ("briefing check: the content is clean (3 articles, 38 actors, "
                             "84 claims, 60 events)\n")
    plain = plain_site(tmp_path / "plain", 3)
    pages = sorted(p.name for p in (plain / "docs").glob("*.md"))
    assert pages == ["2024-06-19-story-0000.md", "2024-06-20-story-0001.md",
                     "2024-06-21-story-0002.md", "index.md"]
