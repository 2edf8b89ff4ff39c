"""Hostile web text with words too long for a file name: the drafter's slug and actor ids
stay short enough to name files (`briefing import` raised OSError 'File name too long' on a
title word of 300 letters, and an actor id of 301 letters made `mkdocs build` fail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.draft.compose import MAX_SLUG
from generator.draft.index import MAX_SLUGIFIED, slugify


def test_slugify_cuts_a_long_name_at_a_word_or_at_the_limit() -> None:
    assert slugify("Z" + "z" * 300) == "z" * MAX_SLUGIFIED
    long_words = slugify(" ".join(["United Nations Educational"] * 5))
    assert len(long_words) <= MAX_SLUGIFIED and not long_words.endswith("-")
    assert slugify("United Nations Educational, Scientific and Cultural Organization") == (
        "united-nations-educational-scientific-and-cultural-organization")  # kept whole


def test_an_article_with_words_too_long_for_a_file_name_imports_and_checks_clean(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(
        "Talks " + "a" * 300 + " end\n\n\"We will stay,\" said Mr Z" + "z" * 300
        + ", the minister. They met again on Tuesday in the port.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "a.txt", "--published", "2024-06-19"]) == 0
    (written,) = (tmp_path / "content" / "articles").glob("*.yaml")
    assert len(written.stem) == MAX_SLUG
    assert main(["check"]) == 0, capsys.readouterr().out
