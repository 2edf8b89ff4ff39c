"""Between the builds of `mkdocs serve`, loaded and checked articles are kept: the content and
every problem are those of a fresh load, and only the articles whose inputs changed are loaded
and checked again."""

from __future__ import annotations

import os
import time
from pathlib import Path

from generator.content.check import check_folder
from generator.content.model import Content
from generator.content.problems import Problem
from generator.incremental import CachedReader

STRIKE = "2024-05-20-harbour-strike"
DEAL = "2024-03-02-port-deal"


def edit(path: Path, old: str, new: str) -> None:
    """Change the file and date it a minute back, past the window in which a file is always
    parsed again (the cache then sees the change by its size or inode)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    past = time.time() - 60
    os.utime(path, (past, past))


def article(project: Path, slug: str) -> Path:
    return project / "content" / "articles" / f"{slug}.yaml"


def load(project: Path, reader: CachedReader) -> tuple[Content, list[Problem]]:
    reader.start()
    return check_folder(project / "content", project, reader, reader.article_problems)


def assert_fresh(project: Path, got: tuple[Content, list[Problem]]) -> None:
    """The cached load equals a load that keeps nothing."""
    content, problems = check_folder(project / "content", project)
    assert got[0].actors == content.actors
    assert list(got[0].actors) == list(content.actors)  # the order of the actors pages
    assert got[0].articles == content.articles
    assert got[0].unverified == content.unverified
    assert [str(p) for p in got[1]] == [str(p) for p in problems]


def test_an_unchanged_rebuild_loads_and_checks_no_article_again(project: Path) -> None:
    reader = CachedReader()
    load(project, reader)
    assert (reader.articles_loaded, reader.articles_checked) == (2, 2)
    assert_fresh(project, load(project, reader))
    assert (reader.articles_loaded, reader.articles_checked) == (0, 0)


def test_an_edit_loads_and_checks_that_article_alone(project: Path) -> None:
    reader = CachedReader()
    load(project, reader)
    edit(article(project, STRIKE), "role: minister facing the strike", "role: the minister")
    assert_fresh(project, load(project, reader))
    assert (reader.articles_loaded, reader.articles_checked) == (1, 1)


def test_problems_in_unchanged_files_are_reported_on_every_build(project: Path) -> None:
    reader = CachedReader()
    edit(article(project, DEAL), "dateline: East City", "dateline: East City\ncolour: red")
    edit(article(project, STRIKE), "by: alba", "by: albaa")
    for _ in range(3):
        got = load(project, reader)
        assert_fresh(project, got)
        assert [p.message.split(";")[0] for p in got[1]] == [
            "unknown field 'colour' in the article",
            "claim 'strike-ends-soon' names actor 'albaa', which is not defined (did you mean "
            "'alba'?)"]
    # the broken article is kept; the one that names an undefined actor is checked every time
    assert (reader.articles_loaded, reader.articles_checked) == (0, 1)


def test_an_actors_file_change_loads_again_the_articles_that_name_the_actor(
        project: Path) -> None:
    reader = CachedReader()
    load(project, reader)
    actors = project / "content" / "actors.yaml"
    edit(actors, "name: Westmark", "name: Westmark Republic")
    assert_fresh(project, load(project, reader))
    assert reader.articles_loaded == 2
    edit(actors, "  - id: westmark\n    name: Westmark Republic\n    kind: country\n", "")
    got = load(project, reader)
    assert_fresh(project, got)
    assert any("names actor 'westmark', which is not defined" in p.message for p in got[1])


def test_actors_defined_and_aliases_added_in_articles_are_as_a_fresh_load(
        project: Path) -> None:
    """The strike article adds an alias to Alba (from actors.yaml) and to the officials (defined
    in the deal article): kept articles must not add them twice, nor lose them."""
    edit(article(project, STRIKE), "  - id: alba\n    role: minister facing the strike\n",
         "  - id: alba\n    role: minister facing the strike\n    aliases: [Ms Ferrer]\n"
         "  - id: harbour-officials\n    role: quiet\n    aliases: [the port office]\n"
         "  - id: port-union\n    role: named before it is defined\n"
         "  - id: dockers\n    name: the dockers\n    kind: group\n"
         "  - id: port-union\n    name: the union\n    kind: group\n")
    reader = CachedReader()
    for _ in range(3):
        got = load(project, reader)
        assert_fresh(project, got)
        assert got[0].actors["alba"].aliases == ["Ferrer", "the minister", "Ms Ferrer"]
        assert got[0].actors["harbour-officials"].aliases == ["the port office"]
    assert reader.articles_loaded == 0


def test_the_named_actors_state_is_the_same_with_the_reprs_kept_for_one_load() -> None:
    """`_state` keeps each record's repr during a load (by the record and its alias list): at
    every step of a load that replaces records, adds aliases, drops and redefines them, it
    equals the state worked out from scratch."""
    import random

    from generator.content.model import Actor
    from generator.content_cache import _state

    rng = random.Random(12)
    ids = [f"actor-{i}" for i in range(6)]
    actors: dict[str, Actor] = {}
    reprs: dict[int, object] = {}
    for step in range(3000):
        ident = rng.choice(ids)
        move = rng.random()
        if move < 0.25:  # (re)defined: a new record, as loading replaces one
            old = actors.get(ident)
            actors[ident] = Actor(ident, f"Name {step}", "person",
                                  aliases=list(old.aliases) if old and rng.random() < 0.5 else [])
        elif move < 0.6 and ident in actors:
            actors[ident].aliases.append(f"alias {step}")
        elif move < 0.65:
            actors.pop(ident, None)  # freed: its id may be another record's
        named = rng.sample(ids, 4)
        assert _state(actors, named, reprs) == _state(actors, named), step  # type: ignore[arg-type]
