"""One actor named by several articles, as an analyst's week leaves it: reviewed in one
briefing, still drafted in another, given aliases and a description here and there. What a
published build shows of it is what a person reviewed, and nothing a person wrote is lost
without a word."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .test_content_cache import DEAL, STRIKE, article, assert_fresh, edit, load

OFFICIALS = "  - id: harbour-officials\n    name: officials\n    kind: group\n"


def build(project: Path, *args: str) -> tuple[Path, str]:
    """`briefing build` of the project's content into a new folder; that folder and stderr."""
    out = project / f"out{len(list(project.glob('out*')))}"
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        code = main(["--content", str(project / "content"), "build", "--out", str(out), *args])
    finally:
        sys.stderr = old
    assert code == 0, err.getvalue()
    return out, err.getvalue()


def actor_record(out: Path, ident: str) -> dict:
    (found,) = [a for a in json.loads((out / "data" / "actors.json").read_text(encoding="utf-8"))
                if a["id"] == ident]
    return found


def check(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """`briefing check` in the project: its exit status and what it printed."""
    said = io.StringIO()
    monkeypatch.chdir(project)
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stdout", said)
        patch.setattr(sys, "stderr", said)
        code = main(["check"])
    return code, said.getvalue()


def test_an_alias_only_a_drafted_entry_gives_a_shared_actor_is_not_published(
        project: Path) -> None:
    """A drafted entry of the strike article gives Westmark (of actors.yaml) the alias the
    drafter guessed ("Bangkok" for Thailand): the published actor page, downloads and search
    leave it out, as they leave out the entry; `drafts: show` shows it."""
    edit(article(project, STRIKE), "  - id: westmark\n    role: its ships wait outside the harbour\n",
         "  - id: westmark\n    role: its ships wait outside the harbour\n"
         "    aliases: [Western Navy, the Republic]\n    status: drafted\n"
         "  - id: eastland\n    aliases: [East City]\n    status: drafted\n")
    edit(article(project, DEAL), "  - id: westmark\n    role: the other party to the deal\n",
         "  - id: westmark\n    role: the other party to the deal\n    aliases: [the Republic]\n")
    out, _ = build(project)
    page = (out / "actors" / "westmark.md").read_text(encoding="utf-8")
    assert "<strong>Also called:</strong> the Republic</p>" in page  # a reviewed entry too
    assert actor_record(out, "westmark")["aliases"] == ["the Republic"]
    everything = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert "Western Navy" not in everything
    assert actor_record(out, "eastland")["aliases"] == ["East City"]  # actors.yaml gives it
    shown, _ = build(project, "--drafts", "show")
    assert actor_record(shown, "westmark")["aliases"] == ["the Republic", "Western Navy"]


def test_an_actor_reviewed_in_one_briefing_is_published_though_an_earlier_one_drafted_it(
        project: Path) -> None:
    """The officials are defined in the deal article (March) by an entry still drafted, and
    again, the same, in the strike article (May), where the analyst reviewed them: the actor
    is published whole, not as "Only the name is shown"."""
    edit(article(project, DEAL), OFFICIALS + "    role: announced the signing\n",
         OFFICIALS + "    aliases: [the port office]\n    role: announced the signing\n"
         "    status: drafted\n")
    edit(article(project, STRIKE), "  - id: westmark\n    role: its ships wait outside the harbour\n",
         "  - id: westmark\n    role: its ships wait outside the harbour\n"
         + OFFICIALS + "    aliases: [harbour office]\n    role: kept the port closed\n"
         "    status: reviewed\n")
    out, _ = build(project)
    page = (out / "actors" / "harbour-officials.md").read_text(encoding="utf-8")
    assert "Only the name is shown" not in page
    assert "*group*" in page and "<strong>Also called:</strong> harbour office</p>" in page
    assert "the port office" not in page  # that alias is the drafted entry's
    record = actor_record(out, "harbour-officials")
    assert (record["kind"], record["aliases"]) == ("group", ["harbour office"])
    shown, _ = build(project, "--drafts", "show")
    record = actor_record(shown, "harbour-officials")
    assert record["aliases"] == ["the port office", "harbour office"]


def test_the_reviewed_definition_is_kept_between_serve_builds(project: Path) -> None:
    """Under `mkdocs serve` the strike article is kept, not loaded again: the record its
    reviewed entry made is the same as a fresh load's."""
    from generator.incremental import CachedReader

    edit(article(project, DEAL), OFFICIALS, OFFICIALS + "    status: drafted\n")
    edit(article(project, STRIKE), "  - id: westmark\n",
         OFFICIALS + "    description: The port office of East City.\n  - id: westmark\n")
    reader = CachedReader()
    for _ in range(3):
        got = load(project, reader)
        assert_fresh(project, got)
        officials = got[0].actors["harbour-officials"]
        assert (officials.status, officials.description) == (None,
                                                             "The port office of East City.")
        assert officials.source.endswith(f"{STRIKE}.yaml")
    assert reader.articles_loaded == 0


def test_a_description_a_second_definition_gives_is_refused_not_lost(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The strike article repeats the officials' definition with a description of its own: the
    site shows the deal article's record, so that description would be lost without a word."""
    edit(article(project, STRIKE), "  - id: westmark\n",
         OFFICIALS + "    description: The port office of East City.\n  - id: westmark\n")
    code, said = check(project, monkeypatch)
    assert code == 1
    assert (f"content/articles/{STRIKE}.yaml:12:18: actor 'harbour-officials' is already "
            f"defined in content/articles/{DEAL}.yaml (line 17), the record the site shows, "
            "without this description; write it there (or move the actor to "
            "content/actors.yaml) and remove it here") in said
    edit(article(project, STRIKE), "    description: The port office of East City.\n",
         "    links: {home: https://example.org}\n")
    code, said = check(project, monkeypatch)
    assert code == 1
    assert "the record the site shows, without these links; write them there" in said


def test_a_description_of_the_drafted_definition_a_reviewed_one_replaces_is_not_lost(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The deal article's still-drafted definition of the officials holds a description a
    person wrote; the strike article's reviewed one, which the site now shows, has none."""
    edit(article(project, DEAL), OFFICIALS + "    role: announced the signing\n",
         OFFICIALS + "    description: The port office.\n    role: announced the signing\n"
         "    status: drafted\n")
    edit(article(project, STRIKE), "  - id: westmark\n", OFFICIALS + "  - id: westmark\n")
    code, said = check(project, monkeypatch)
    assert code == 1
    assert (f"content/articles/{STRIKE}.yaml:9:5: actor 'harbour-officials' is also defined in "
            f"content/articles/{DEAL}.yaml (line 17) by a drafted entry with a description this "
            "reviewed entry has not; the site shows this entry: copy it here (or move the actor "
            "to content/actors.yaml) and remove it there") in said


def test_a_real_build_publishes_no_drafted_alias(tmp_path: Path) -> None:
    """The same through `mkdocs build --strict` of the seed: a drafted entry naming Putin (of
    actors.yaml) with an alias the drafter guessed; the published pages and search leave it
    out, `drafts: show` shows it."""
    from .test_site import copy_project, mkdocs_build, show_drafts

    project = copy_project(tmp_path)
    path = project / "content" / "articles" / "2024-06-19-putin-kim-pyongyang.yaml"
    text = path.read_text(encoding="utf-8")
    role = "  - id: putin\n    role: Russian president;"
    assert text.count(role) == 1
    path.write_text(text.replace(role, "  - id: putin\n    aliases: [the guest of Pyongyang]\n"
                                       "    status: drafted\n    role: Russian president;"),
                    encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    leaks = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()
             and "guest of Pyongyang" in p.read_text(encoding="utf-8", errors="replace")]
    assert leaks == []  # on main: the actor page, data/actors.*, the search index
    show_drafts(project)
    assert mkdocs_build(project).returncode == 0
    assert "guest of Pyongyang" in (site / "actors" / "putin" / "index.html").read_text(
        encoding="utf-8")


def test_each_edit_of_a_definition_taken_over_is_as_a_fresh_load_between_serve_builds(
        project: Path) -> None:
    """Under `mkdocs serve`, one save at a time: the officials drafted in the deal article, a
    reviewed definition in the strike article taking them over, aliases added and removed on
    either side, the reviewed entry set back to drafted and reviewed again, a former id added,
    the drafted side reviewed, the reviewed entry deleted: after each, the kept articles give
    the content and problems of a fresh load (review11; this held on main)."""
    from generator.incremental import CachedReader

    strike_officials = OFFICIALS + "    aliases: [harbour office]\n    status: reviewed\n"
    steps = [
        (DEAL, OFFICIALS, OFFICIALS + "    status: drafted\n"),
        (STRIKE, "  - id: westmark\n", strike_officials + "  - id: westmark\n"),
        (DEAL, OFFICIALS + "    status: drafted\n",
         OFFICIALS + "    aliases: [the port office]\n    status: drafted\n"),
        (STRIKE, "    aliases: [harbour office]\n    status: reviewed\n",
         "    aliases: [harbour office]\n    status: drafted\n"),
        (STRIKE, "    aliases: [harbour office]\n    status: drafted\n",
         "    formerly: [port-office]\n    status: reviewed\n"),
        (DEAL, OFFICIALS + "    aliases: [the port office]\n    status: drafted\n", OFFICIALS),
        (DEAL, OFFICIALS, OFFICIALS + "    status: drafted\n"),
        (STRIKE, OFFICIALS + "    formerly: [port-office]\n    status: reviewed\n", ""),
        (DEAL, OFFICIALS + "    status: drafted\n",
         OFFICIALS + "    aliases: [the port office]\n    status: drafted\n"),
    ]
    reader = CachedReader()
    assert_fresh(project, load(project, reader))
    defined_in = []
    for slug, old, new in steps:
        edit(article(project, slug), old, new)
        got = load(project, reader)
        assert_fresh(project, got)
        assert reader.articles_loaded <= 2
        defined_in.append(got[0].actors["harbour-officials"].source.split("-", 3)[-1])
    assert defined_in == ["port-deal.yaml", "harbour-strike.yaml", "harbour-strike.yaml",
                          "port-deal.yaml", "harbour-strike.yaml", "port-deal.yaml",
                          "harbour-strike.yaml", "port-deal.yaml", "port-deal.yaml"]
