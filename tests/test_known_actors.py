"""`draft`, `import`, `review` and `redraft` read the actors only (`ActorReader`): no article
text, no claim or event. The actors must come out exactly as the whole load makes them, for
clean and broken content alike, so that every draft and review is the same as before."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from bench.story import generate_story
from generator import cli
from generator.content.load import ActorReader, FileReader, load_content

from .broken.cases import CASES, Case, apply
from .conftest import ROOT


def both(content: Path) -> None:
    whole = load_content(content)[0].actors
    only = load_content(content, reader=ActorReader())[0].actors
    assert list(only.items()) == list(whole.items())  # every field, in the same order


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_content_gives_the_actors_the_whole_load_gives(project: Path,
                                                            case: Case) -> None:
    apply(project, case.changes)
    both(project / "content")


def test_the_seed_the_fixture_and_a_story(tmp_path: Path) -> None:
    both(ROOT / "content")
    both(ROOT / "tests" / "fixture" / "content")
    both(ROOT / "tests" / "merge" / "before")
    generate_story(tmp_path, 30)
    both(tmp_path / "content")


def _article(title: str, actors: str, extra: str = "") -> str:
    return (f"title: {title}\npublished: 2024-01-02\n{extra}actors:\n{actors}claims:\n"
            "  - id: c\n    claim: Something.\n    by: ana\n    evidence: Ana said it.\n")


EDGES = {
    # a drafted definition, vouched for by a later reviewed entry, given aliases by a third
    "2024-01-01-a": _article("A", "  - id: ana\n    name: Ana Diaz\n    kind: person\n"
                                  "    aliases: [Ana]\n    status: drafted\n"),
    "2024-01-02-b": _article("B", "  - id: ana\n    name: Ana Diaz\n    kind: person\n"
                                  "    description: A minister.\n"),
    "2024-01-03-c": _article("C", "  - id: ana\n    aliases: [Minister Diaz]\n"
                                  "  - id: bo\n    name: Bo\n    kind: organization\n"),
    # an article that fails as a whole: its actors are not defined
    "2024-01-04-d": _article("D", "  - id: cy\n    name: Cy\n    kind: person\n",
                             "unknown: field\n"),
    "2024-01-05-e": "title: E\nactors:\n  - id: dee\n    name: Dee\n  kind: person\n",
    # a broken claim does not stop the actors
    "2024-01-06-f": _article("F", "  - id: eve\n    name: Eve\n    kind: person\n")
    .replace("by: ana", "by: Not An Id"),
    # an actor defined twice with another name, and one without its kind
    "2024-01-07-g": _article("G", "  - id: bo\n    name: Bob\n    kind: organization\n"
                                  "  - id: fay\n    name: Fay\n"),
    "Bad_Slug": _article("H", "  - id: gus\n    name: Gus\n    kind: person\n"),
}


def test_drafted_vouched_aliased_and_broken_articles(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "actors.yaml").write_text("actors:\n  - id: ana-org\n    name: Ana Org\n"
                                         "    kind: organization\n", encoding="utf-8")
    for slug, text in EDGES.items():
        (content / "articles" / f"{slug}.yaml").write_text(text, encoding="utf-8")
        if slug != "2024-01-03-c":  # one text missing
            (content / "articles" / f"{slug}.md").write_text("Ana said it.\n",
                                                             encoding="utf-8")
    (content / "articles" / "2024-01-09-only-text.md").write_text("x\n", encoding="utf-8")
    both(content)
    actors = load_content(content, reader=ActorReader())[0].actors
    assert list(actors) == ["ana-org", "ana", "bo", "eve"]
    assert actors["ana"].aliases == ["Ana", "Minister Diaz"]
    assert actors["ana"].description == "A minister." and actors["ana"].status is None


def _draft(site: Path, reader: type[FileReader]) -> tuple[int, str, str]:
    article = ROOT / "tests" / "eval" / "blind6" / "articles" / \
        "03-korea-analysis-kim-yo-jong-drills.txt"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(site)
        patch.setattr(cli, "ActorReader", reader)
        out, err = io.StringIO(), io.StringIO()
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        code = cli.main(["draft", str(article), "--published", "2025-01-24"])
    return code, out.getvalue(), err.getvalue()


def test_a_draft_in_a_story_site_is_the_same_as_with_the_whole_load(tmp_path: Path) -> None:
    generate_story(tmp_path, 5)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    drafted = _draft(tmp_path, ActorReader)
    assert drafted == _draft(tmp_path, FileReader)
    assert drafted[0] == 0 and "id: kim-jong-un" in drafted[1]
