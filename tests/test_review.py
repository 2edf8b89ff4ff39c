"""The review gate, `briefing review` and what `briefing redraft` keeps of a person's work."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.draft import redraft_yaml
from generator.draft.emit import identity, to_yaml
from generator.review import (
    Item,
    accept,
    context,
    describe,
    drafted_speaker,
    pending,
    reject,
    run_review,
    set_speaker,
)

from .test_site import copy_project, mkdocs_build, show_drafts

HEADLINE = "Eastland and Westmark sign a port deal"
ARTICLE = f"""{HEADLINE}

EAST CITY, March 2 (Example Times) - Eastland and Westmark signed a port deal on Friday \
after two years of talks, officials said.

"This deal opens our harbour to the world," said Alba Ferrer, Eastland's minister of ports.

"We will not be the junior partner," said Marta Quell, Westmark's trade secretary.

Westmark denies that the deal gives it control of the harbour. Talks began in September.
"""
JUNIOR = "We will not be the junior partner"
OPENS = "This deal opens our harbour to the world"


class Typed(io.StringIO):
    """Answers as a terminal gives them: `briefing review` asks the speaker's [y/n] only there."""

    def isatty(self) -> bool:
        return True


def run(content: Path, *args: str, stdin: str | io.StringIO = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.StringIO(stdin) if isinstance(stdin, str) else stdin
    sys.stdout, sys.stderr = out, err
    try:
        code = main(["--content", str(content), *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """A content folder holding one imported, unreviewed article (and the fixture's actors),
    its title and date given on the command line (so reviewed: only its entries are drafted)."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(content, "import", str(source), "--published", "2024-03-02",
                       "--title", HEADLINE)
    assert code == 0, err
    return content


def slug_of(content: Path) -> str:
    """The imported article's slug (the drafter makes it from the headline)."""
    (path,) = (content / "articles").glob("2024-03-02-*.yaml")
    return path.stem


def briefing(content: Path) -> Path:
    return content / "articles" / f"{slug_of(content)}.yaml"


def claims(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("claims") or []


def by_quote(path: Path, quote: str) -> dict | None:
    return next((c for c in claims(path) if c.get("quote") == quote), None)


# --- the gate ----------------------------------------------------------------------------


def test_a_published_build_shows_no_drafted_entry_and_says_how_many(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site")
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert run(project / "content", "import", str(source), "--published", "2024-03-02",
               "--title", HEADLINE)[0] == 0
    slug = slug_of(project / "content")
    drafted = yaml.safe_load(briefing(project / "content").read_text(encoding="utf-8"))
    count = sum(len(drafted.get(k) or []) for k in ("actors", "claims", "timeline"))
    count += len(drafted["status"])

    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    page = (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")
    assert f"{count} drafted entries not yet reviewed are not shown." in page
    assert f"briefing: {slug}: {count} drafted entries not yet reviewed are not shown" in (
        result.stderr)
    everything = {p: p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*")
                  if p.is_file() and p.suffix in (".html", ".json", ".csv", ".xml")}
    assert not [p for p, text in everything.items() if "drafted-mark" in text]
    # the quote is in the article's text (its page and the search index), and nowhere else
    assert JUNIOR in page.split('id="article-text"')[1]
    assert JUNIOR not in page.split('id="article-text"')[0]
    assert sorted(p.relative_to(site).as_posix() for p, text in everything.items()
                  if JUNIOR in text) == [f"briefings/{slug}/index.html", "search/search_index.json"]
    assert "Marta Quell" not in (site / "actors" / "index.html").read_text(encoding="utf-8")
    assert not (site / "actors" / "marta-quell").exists()
    data = json.loads((site / "data" / f"{slug}.json").read_text(encoding="utf-8"))
    assert data["claims"] == [] and data["timeline"] == [] and data["summary"] == ""
    # the seed briefing is written and reviewed by hand: nothing of it is left out
    seed = (site / "briefings" / "2024-06-19-putin-kim-pyongyang" / "index.html").read_text(
        encoding="utf-8")
    assert "not yet reviewed" not in seed
    assert seed.count('class="claim claim--') == len(yaml.safe_load(
        (project / "content/articles/2024-06-19-putin-kim-pyongyang.yaml").read_text(
            encoding="utf-8"))["claims"])

    show_drafts(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    page = (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")
    assert "not yet reviewed are not shown" not in page
    assert page.count('class="drafted-mark"') == count
    assert JUNIOR in (site / "claims" / "index.html").read_text(encoding="utf-8")


def test_a_drafted_actor_a_reviewed_claim_names_is_published_by_name_only(
        imported: Path, tmp_path: Path) -> None:
    """The reviewer who accepts a claim vouches for who spoke, not for the drafted kind, role
    or aliases of the speaker's entry: a published build shows its name and nothing else."""
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    entry = (
        "  - id: alba-ferrer\n    name: Alba Ferrer\n    kind: person\n"
        "    aliases: [Eastland's minister]\n    role: Eastland's minister of ports\n"
    )
    assert entry in text
    text = text.replace(entry, "  - id: alba-ferrer\n    name: Alba Ferrer\n    kind: group\n"
                               "    role: harbour smuggler\n    aliases: [The Fixer]\n")
    text = accept(text, Item("claims", by_quote_in(text, OPENS)))
    path.write_text(text, encoding="utf-8")
    code, _, err = run(imported, "build", "--out", str(tmp_path / "out"))
    assert code == 0, err
    out = tmp_path / "out"
    page = (out / "actors" / "alba-ferrer.md").read_text(encoding="utf-8")
    assert page.startswith("---") and "\n# Alba Ferrer\n" in page
    assert ("*Only the name is shown: no person has reviewed the rest of this actor's entry "
            "yet.*") in page
    everything = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    assert OPENS in everything and "drafted-mark" not in everything
    assert "group" not in page
    for drafted in ("harbour smuggler", "The Fixer"):
        assert drafted not in everything
    data = json.loads((out / "data" / f"{slug_of(imported)}.json").read_text(encoding="utf-8"))
    (ferrer,) = [a for a in data["actors"] if a["id"] == "alba-ferrer"]
    assert ferrer["name"] == "Alba Ferrer" and ferrer["kind"] == "" and ferrer["aliases"] == []
    assert '"@type":"Thing","name":"Alba Ferrer"}' in everything  # JSON-LD: no drafted kind
    assert "<title>Alba Ferrer: 1 claim made, " in everything  # the network's tooltip
    # accepted, the entry is published as written
    path.write_text(accept(text, Item("actors", "alba-ferrer")), encoding="utf-8")
    code, _, err = run(imported, "build", "--out", str(tmp_path / "reviewed"))
    assert code == 0, err
    page = (tmp_path / "reviewed" / "actors" / "alba-ferrer.md").read_text(encoding="utf-8")
    assert "*group*" in page and "The Fixer" in page and "harbour smuggler" in page


def test_a_drafted_body_a_reviewed_actor_is_part_of_is_published_by_name_only(
        imported: Path, tmp_path: Path) -> None:
    """A reviewed actor's "part of" names a body only a drafted entry defines: its page links
    the body by name (its page shows only the name), never the bare id of a withheld entry."""
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    entry = "  - id: alba-ferrer\n    name: Alba Ferrer\n    kind: person\n"
    assert entry in text and "  - id: westmark\n" in text
    text = accept(text.replace(entry, entry + "    affiliation: westmark\n"),
                  Item("actors", "alba-ferrer"))
    path.write_text(text, encoding="utf-8")
    code, _, err = run(imported, "build", "--out", str(tmp_path / "out"))
    assert code == 0, err
    page = (tmp_path / "out" / "actors" / "alba-ferrer.md").read_text(encoding="utf-8")
    assert "part of [Westmark](../actors/westmark.md)" in page
    body = (tmp_path / "out" / "actors" / "westmark.md").read_text(encoding="utf-8")
    assert "*Only the name is shown: no person has reviewed" in body


def by_quote_in(text: str, quote: str) -> str:
    return next(str(c["id"]) for c in yaml.safe_load(text)["claims"] if c.get("quote") == quote)


def test_briefing_build_leaves_drafts_out_unless_asked(imported: Path, tmp_path: Path) -> None:
    slug = slug_of(imported)
    code, _, err = run(imported, "build", "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert f"briefing build: {slug}: " in err and "not yet reviewed are not shown" in err
    assert JUNIOR not in (tmp_path / "out" / "claims.md").read_text(encoding="utf-8")
    code, _, err = run(imported, "build", "--out", str(tmp_path / "shown"), "--drafts", "show")
    assert code == 0 and "not shown" not in err
    assert JUNIOR in (tmp_path / "shown" / "claims.md").read_text(encoding="utf-8")


def test_check_counts_drafted_entries_and_no_drafts_fails(imported: Path) -> None:
    slug = slug_of(imported)
    data = yaml.safe_load(briefing(imported).read_text(encoding="utf-8"))
    kinds = {k: len(data.get(k) or []) for k in ("actors", "claims", "timeline")}
    total = sum(kinds.values()) + 1  # and the summary
    code, _, err = run(imported, "check")
    assert code == 0
    line = (f"{briefing(imported)}: {total} drafted entries not yet reviewed "
            f"({kinds['actors']} actors, {kinds['claims']} claims, {kinds['timeline']} events, "
            f"summary); review them with 'briefing review {slug}'")
    assert line in err.splitlines()
    code, _, err = run(imported, "check", "--no-drafts")
    assert code == 1
    assert err.splitlines()[-1] == (f"briefing check: {total} drafted entries in 1 file not yet "
                                    "reviewed; --no-drafts accepts none")


def test_the_fixture_seed_has_no_drafted_entry_to_count() -> None:
    root = Path(__file__).resolve().parent.parent
    code, _, err = run(root / "content", "check", "--no-drafts")
    assert code == 0, err
    assert "drafted" not in err


# --- briefing review -------------------------------------------------------------------


def answers_for(path: Path) -> str:
    """Accept the quote 'This deal opens...' and its speaker's drafted entry (asked about with
    the actors: answers piped in get one question an entry); reject 'We will not be the junior
    partner', give the officials' claim to Alba Ferrer and accept it; skip the rest."""
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    entries = {(s, str(e["id"])): e for s in ("actors", "claims", "timeline")
               for e in data.get(s) or []}
    out = []
    for item in pending(text):
        entry = entries.get((item.section, item.id), {})
        if entry.get("quote") == OPENS or item == Item("actors", "alba-ferrer"):
            out.append("a")
        elif entry.get("quote") == JUNIOR:
            out.append("r")
        elif item.section == "claims" and str(entry.get("by")).startswith("officials-"):
            out += ["s", "Alba Ferrer", "a"]
        else:
            out.append("n")
    return "\n".join(out) + "\n"


def test_review_accepts_rejects_and_reassigns_and_redraft_keeps_it(imported: Path) -> None:
    slug = slug_of(imported)
    path = briefing(imported)
    assert by_quote(path, JUNIOR) is not None  # the drafter found what the test rejects
    officials = [c["evidence"] for c in claims(path) if c["by"].startswith("officials-")]
    assert officials  # the drafter gave "..., officials said." to an unnamed actor
    before = path.read_text(encoding="utf-8")
    code, out, err = run(imported, "review", slug, stdin=answers_for(path))
    assert code == 0, err
    assert err == f"briefing review: {path} updated\n"
    assert "still drafted." in out.splitlines()[-1]
    assert "»\"This deal opens our harbour to the world,\" said Alba Ferrer" in out
    after = path.read_text(encoding="utf-8")
    assert by_quote(path, OPENS)["status"] == "reviewed"
    assert ("The speaker 'alba-ferrer' is drafted too: its actor entry is asked about with the "
            "actors (answers that do not come from a terminal are asked one question an "
            "entry)\n") in out
    assert actor_entry(path, "alba-ferrer")["status"] == "reviewed"
    assert by_quote(path, JUNIOR) is None
    for claim in claims(path):
        if claim["evidence"] in officials:  # its id follows its new speaker (review18)
            assert claim["by"] == "alba-ferrer" and claim["status"] == "reviewed"
            assert claim["id"] == "alba-ferrer-eastland-westmark-signed"
    assert ("Its id is now 'alba-ferrer-eastland-westmark-signed' (was "
            "'officials-eastland-westmark-sign-eastland-westmark-signed'): a claim's address "
            "names its speaker, and a drafted claim was not published\n") in out
    assert after.startswith(before.split("\nactors:")[0])  # metadata untouched
    assert run(imported, "check")[0] == 0

    code, _, err = run(imported, "redraft", slug)
    assert code == 0, err
    assert by_quote(path, JUNIOR) is None  # rejected: redraft does not bring it back
    assert path.read_text(encoding="utf-8") == after


def actor_entry(path: Path, ident: str) -> dict:
    actors = yaml.safe_load(path.read_text(encoding="utf-8"))["actors"]
    return next(a for a in actors if a["id"] == ident)


def test_accepting_a_claim_asks_about_its_drafted_speaker_and_no_keeps_it_drafted(
        imported: Path) -> None:
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    opens = Item("claims", by_quote_in(text, OPENS))
    assert drafted_speaker(text, opens) == Item("actors", "alba-ferrer")
    answers = ["a", "n"] + ["q"]
    items = pending(text)
    answers = ["n"] * items.index(opens) + answers
    code, out, err = run(imported, "review", slug_of(imported),
                         stdin=Typed("\n".join(answers) + "\n"))
    assert code == 0, err
    assert "accept this actor entry as well (a drafted entry is not published)? [y/n]" in out
    assert "actor 'alba-ferrer' (drafted)\n  name:     Alba Ferrer\n" in out
    assert by_quote(path, OPENS)["status"] == "reviewed"
    assert actor_entry(path, "alba-ferrer")["status"] == "drafted"
    assert "1 accepted, 0 rejected" in out
    # a speaker already reviewed, or defined elsewhere, is not asked about
    text = path.read_text(encoding="utf-8")
    assert drafted_speaker(accept(text, Item("actors", "alba-ferrer")), opens) is None


def test_a_deleted_drafted_entry_stays_gone_after_redraft(imported: Path) -> None:
    slug = slug_of(imported)
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    assert run(imported, "redraft", slug)[2] == f"briefing redraft: {path} unchanged\n"
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("  - id: marta-quell-"))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    edited = "".join(lines[:start] + lines[end:])
    path.write_text(edited, encoding="utf-8")
    assert run(imported, "redraft", slug)[0] == 0
    assert by_quote(path, JUNIOR) is None
    assert path.read_text(encoding="utf-8") == edited


def test_review_refuses_to_reject_an_actor_that_entries_name() -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
        {"id": "c1", "claim": "x", "by": "alba", "evidence": "E."}]})
    with pytest.raises(ValueError, match="^actor 'alba' is named by claim 'c1'; reject those "
                                         "or change their actors first$"):
        reject(text, Item("actors", "alba"))
    text = reject(text, Item("claims", "c1"))
    assert [i.id for i in pending(reject(text, Item("actors", "alba")))] == []


def test_review_accepts_no_claim_without_a_speaker() -> None:
    # `check` refuses a reviewed claim with no speaker: accepting one would break the build
    text = to_yaml({"title": "T", "published": "2024-03-02", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
        {"id": "c1", "claim": "x", "by": None, "evidence": "E."}]})
    with pytest.raises(ValueError, match="^this claim has no speaker yet: name one first "
                                         r"\(s\), then accept it$"):
        accept(text, Item("claims", "c1"))
    named = set_speaker(text, Item("claims", "c1"), "alba")
    assert yaml.safe_load(accept(named, Item("claims", "c1")))["claims"][0]["status"] == "reviewed"


def test_review_edits_keep_comments_layout_and_line_ends() -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "summary": "S.", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
        {"id": "c1", "claim": "x", "by": "alba", "evidence": "E."},
        {"id": "c2", "claim": "y", "by": "alba", "evidence": "F."}]})
    text = text.replace("title: T\n", "title: 'T'   # the desk's headline\n")
    crlf = text.replace("\n", "\r\n")
    out = accept(crlf, Item("summary"))
    out = set_speaker(out, Item("claims", "c1"), "bea", {"id": "bea", "name": "Bea",
                                                           "kind": "person"})
    out = reject(out, Item("claims", "c2"))
    assert "\n" not in out.replace("\r\n", "")
    assert "title: 'T'   # the desk's headline\r\n" in out
    assert "  summary: reviewed\r\n" in out
    assert "    by: bea\r\n" in out and "  - id: bea\r\n    name: Bea\r\n    kind: person\r\n" in out
    data = yaml.safe_load(out)
    assert [c["id"] for c in data["claims"]] == ["c1"]
    assert identity("claims", {"evidence": "F.", "quote": None}) in data["proposed"]


# --- redraft: hostile slugs and a person's work ----------------------------------------------


@pytest.mark.parametrize("slug", ["../../x", "/etc/passwd", "../articles/x", "x/../../y", ""])
def test_redraft_refuses_a_slug_that_leads_out_of_content(imported: Path, slug: str) -> None:
    code, _, err = run(imported, "redraft", slug)
    assert code == 1
    assert err == (f"briefing: '{slug}' is not an article's slug: a slug is the name of its "
                   f".yaml file in {imported / 'articles'} without '.yaml' (lower-case letters, "
                   "digits and hyphens, like 2024-06-19-putin-kim-pyongyang)\n")


def test_redraft_refuses_a_linked_article_outside_content(imported: Path, tmp_path: Path) -> None:
    outside = tmp_path / "victim.yaml"
    outside.write_text("title: mine\n", encoding="utf-8")
    (imported / "articles" / "2024-01-01-x.md").write_text("Text.\n", encoding="utf-8")
    (imported / "articles" / "2024-01-01-x.yaml").symlink_to(outside)
    code, _, err = run(imported, "redraft", "2024-01-01-x")
    assert code == 1
    assert err == (f"briefing: {imported / 'articles' / '2024-01-01-x.yaml'} is a link to "
                   f"{outside}, outside {imported}; content is only read and written inside it\n")
    assert outside.read_text(encoding="utf-8") == "title: mine\n"


def test_redraft_keeps_a_correction_saved_while_it_drafts(imported: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafting a long article takes seconds; a correction saved in an editor meanwhile was
    overwritten by the merge of the text read before it."""
    import generator.draft as draft

    slug, path = slug_of(imported), briefing(imported)
    text = path.with_suffix(".md")  # a paragraph added: the redraft proposes its claim
    text.write_text(text.read_text(encoding="utf-8") + '\n"The harbour stays ours," said '
                    "Alba Ferrer.\n", encoding="utf-8")
    corrected = path.read_text(encoding="utf-8").replace(
        "title: Eastland and Westmark sign a port deal", "title: Port deal signed", 1)
    assert "title: Port deal signed" in corrected
    real = draft.redraft_text

    def saved_meanwhile(*args: object, **kwargs: object) -> object:
        path.write_text(corrected, encoding="utf-8")  # the person saves in an editor
        return real(*args, **kwargs)

    monkeypatch.setattr(draft, "redraft_text", saved_meanwhile)
    code, _, err = run(imported, "redraft", slug)
    assert (code, err) == (1, f"briefing: {path} changed while redraft read the article (saved "
                              "in an editor?); nothing was written: run 'briefing redraft "
                              f"{slug}' again\n")
    assert path.read_text(encoding="utf-8") == corrected


@pytest.mark.parametrize("suffix", [".yaml", ".md"])
def test_redraft_of_a_non_utf8_file_gives_one_message(imported: Path, suffix: str) -> None:
    slug = slug_of(imported)
    path = imported / "articles" / f"{slug}{suffix}"
    path.write_bytes(path.read_bytes().replace(b"Eastland", b"East\xe9land", 1))
    before = briefing(imported).read_bytes()
    code, out, err = run(imported, "redraft", slug)
    assert code == 1
    line = 2 if suffix == ".yaml" else 1
    column = 12 if suffix == ".yaml" else 5
    assert out == (f"{path}:{line}:{column}: byte 0xe9 is not UTF-8; save the file as UTF-8 (in "
                   "most editors: Save with encoding, UTF-8)\n")
    assert err == "briefing redraft: 1 problem in 1 file\n"
    assert briefing(imported).read_bytes() == before


def test_redraft_keeps_a_document_end_marker_last(imported: Path) -> None:
    slug = slug_of(imported)
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: marta-quell-")
    end = text.index("  - id:", start + 1) if "  - id:" in text[start + 1:] else len(text)
    without = text[:start] + text[end:]  # a claim the drafter will propose again ...
    # ... when no ledger remembers it
    without = without.split("# What the drafter proposed")[0] + "...\n# the end\n"
    path.write_text(without, encoding="utf-8")
    assert run(imported, "redraft", slug)[0] == 0
    out = path.read_text(encoding="utf-8")
    assert out.endswith("...\n# the end\n")
    assert by_quote(path, JUNIOR) is not None
    assert run(imported, "check")[0] == 0


def test_redraft_keeps_the_comment_on_an_empty_list() -> None:
    old = to_yaml({"title": "T", "published": "2024-03-02", "timeline": []})
    old = old.split("# What the drafter")[0].replace("timeline: []", "timeline: []  # waiting for the desk")
    new = to_yaml({"title": "T", "published": "2024-03-02", "timeline": [
        {"id": "e1", "date": "2024", "event": "x", "evidence": "E."}]})
    out = redraft_yaml(old, new)
    assert "timeline:  # waiting for the desk\n  - id: e1\n" in out
    assert redraft_yaml(old, to_yaml({"title": "T", "published": "2024-03-02"})).startswith(
        old)


def test_redraft_keeps_key_order_flow_style_quoting_and_crlf_of_untouched_parts() -> None:
    data = {"title": "T", "published": "2024-03-02", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person", "aliases": ["A", "B"]},
        {"id": "bea", "name": "Bea", "kind": "person"}]}
    old = to_yaml(data)
    person = (old.replace("    name: Alba\n    kind: person\n", "    kind: person\n    name: Alba\n")
              .replace("    aliases: [A, B]\n", "    aliases:\n      - A\n      - B\n")
              .replace("  - id: bea\n    name: Bea\n", "  - id: bea\n    name: 'Bea'\n")
              .replace("title: T\n", "title: \"T\"\n"))
    new = to_yaml({**data, "actors": [*data["actors"], {"id": "cy", "name": "Cy",
                                                         "kind": "person"}]})
    for newline in ("\n", "\r\n"):
        current = person.replace("\n", newline)
        out = redraft_yaml(current, new)
        assert out.startswith(current.split("# What the drafter")[0])
        assert "  - id: cy" + newline in out
        assert "\n" not in out.replace(newline, "") if newline == "\r\n" else "\r" not in out
        assert redraft_yaml(out, new) == out


def test_a_deleted_drafted_actor_stays_gone_after_redraft() -> None:
    data = {"title": "T", "published": "2024-03-02", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person"},
        {"id": "headline-words", "name": "Headline Words", "kind": "organization"}]}
    drafted = to_yaml(data)
    start = drafted.index("  - id: headline-words")
    end = drafted.index("# What the drafter")
    deleted = drafted[:start] + drafted[end:]
    assert redraft_yaml(deleted, drafted) == deleted
    assert "headline-words" in redraft_yaml(drafted.split("# What")[0], drafted)  # no ledger


def test_redraft_proposes_no_actor_that_takes_the_name_of_a_kept_one() -> None:
    # analyst7: "Boeing Commercial Airplanes on Tuesday delivered ..." was imported as the
    # actor `boeing` (reviewed); redrafted once another article defined
    # boeing-commercial-airplanes, the draft proposed that actor with `aliases: [Boeing]`
    # beside the kept `boeing`, and its event named it: the analyst's reading of "Boeing"
    # stands, so the new actor is left out and what it names names the kept one
    kept = to_yaml({"title": "T", "published": "2006-05-29", "actors": [
        {"id": "boeing", "name": "Boeing", "kind": "organization"}]})
    kept = kept.replace("    status: drafted\n", "    status: reviewed\n")
    new = to_yaml({"title": "T", "published": "2006-05-29", "actors": [
        {"id": "boeing-commercial-airplanes", "name": "Boeing Commercial Airplanes",
         "kind": "organization", "aliases": ["Boeing"]}],
        "timeline": [{"id": "e1", "date": "2006-05-23", "event": "Delivered.", "evidence": "E.",
                      "actors": ["boeing-commercial-airplanes"]}]})
    out = yaml.safe_load(redraft_yaml(kept, new))
    assert [a["id"] for a in out["actors"]] == ["boeing"]
    assert out["timeline"][0]["actors"] == ["boeing"]
    # an alias of another kind is another actor: Ford the person is not Ford the maker
    person = kept.replace("id: boeing", "id: ford").replace("name: Boeing", "name: Ford")
    person = person.replace("kind: organization", "kind: person")
    maker = new.replace("Boeing Commercial Airplanes", "Ford Motor Company").replace(
        "boeing-commercial-airplanes", "ford-motor-company").replace("[Boeing]", "[Ford]")
    assert [a["id"] for a in yaml.safe_load(redraft_yaml(person, maker))["actors"]] == [
        "ford", "ford-motor-company"]


def _editor(tmp_path: Path, script: str) -> Path:
    """An executable shell script at tmp_path/editor.sh, to stand for `$EDITOR`."""
    editor = tmp_path / "editor.sh"
    editor.write_text(script, encoding="utf-8")
    editor.chmod(0o755)
    return editor


def test_review_edits_an_entry_in_the_editor_and_skips_and_quits(tmp_path: Path) -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "claims": [
        {"id": "c1", "claim": "Old words.", "by": "alba", "evidence": "E."},
        {"id": "c2", "claim": "y", "by": "alba", "evidence": "F."}]})
    saved: list[str] = []
    out = io.StringIO()
    result = run_review(text, "E. F.", [{"id": "alba", "name": "Alba"}],
                        io.StringIO("e\na\nn\n"), out, "sed -i s/Old/New/", saved.append)
    assert "claim: New words.\n" in result
    assert yaml.safe_load(result)["claims"][0]["status"] == "reviewed"
    assert saved[-1] == result and len(saved) == 2
    assert out.getvalue().endswith("1 accepted, 0 rejected, 1 skipped; 1 still drafted.\n")
    assert "  by:       alba (Alba)\n" in out.getvalue()
    assert "  text:     ¶1: »E. F.«\n" in out.getvalue()  # "E." reads as an initial, as drafted


def test_redraft_proposes_nothing_that_names_an_actor_a_person_deleted() -> None:
    actors = [{"id": "alba", "name": "Alba", "kind": "person"},
              {"id": "headline-words", "name": "Headline Words", "kind": "organization"}]
    drafted = to_yaml({"title": "T", "published": "2024-03-02", "actors": actors})
    start, end = drafted.index("  - id: headline-words"), drafted.index("# What the drafter")
    deleted = drafted[:start] + drafted[end:]  # a person deleted the actor
    new = to_yaml({"title": "T", "published": "2024-03-02", "actors": actors, "claims": [
        {"id": "by-it", "claim": "x", "by": "headline-words", "evidence": "E."},
        {"id": "about-it", "claim": "y", "by": "alba", "evidence": "F.",
         "about": ["headline-words", "alba"]}]})
    out = yaml.safe_load(redraft_yaml(deleted, new))
    assert [a["id"] for a in out["actors"]] == ["alba"]
    assert [(c["id"], c["about"]) for c in out["claims"]] == [("about-it", ["alba"])]
    again = redraft_yaml(redraft_yaml(deleted, new), new)
    assert again == redraft_yaml(deleted, new)


def test_review_without_an_editor_changes_one_field_and_rejects_the_tags() -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "summary": "Old summary.",
                    "tags": ["job-titles"], "claims": [
                        {"id": "c1", "claim": "Old words.", "by": "alba", "evidence": "E."}]})
    answers = "e\nsummary\nNew summary: yes\na\nr\ne\nclaim\nNew words.\na\n"
    out = io.StringIO()
    result = run_review(text, "E. F.", [{"id": "alba", "name": "Alba"}], io.StringIO(answers),
                        out, "")
    data = yaml.safe_load(result)
    assert data["summary"] == "New summary: yes" and "tags" not in data
    assert data["status"] == {"summary": "reviewed"}
    assert data["claims"][0]["claim"] == "New words."
    assert data["claims"][0]["status"] == "reviewed"
    assert out.getvalue().endswith("2 accepted, 1 rejected, 0 skipped; 0 still drafted.\n")


def test_review_of_broken_yaml_gives_its_place(imported: Path) -> None:
    path = briefing(imported)
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: [", 1),
                    encoding="utf-8")
    code, out, _ = run(imported, "review", slug_of(imported), stdin="a\n")
    assert code == 1
    assert out.startswith(f"{path}:") and ": YAML syntax error: " in out
    assert len(out.splitlines()) == 1


# --- the newcomer walk-through (branch newcomer2): a slip while reviewing ---------------------

NESBIT = to_yaml({"title": "T", "published": "2024-03-02", "actors": [
    {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
    {"id": "c1", "claim": "Old words.", "by": "alba", "about": ["alba"], "evidence": "E."}]})


def test_review_without_an_editor_refuses_a_value_that_is_not_yaml_and_goes_on() -> None:
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nabout\n[alba, bea\nn\n"), out, "")
    assert result == NESBIT
    assert ("Field? New about? the new about is not valid YAML (line 1, column 11: YAML syntax "
            "error: expected ',' or ']', but got '<stream end>' while parsing a flow sequence; "
            "check the indentation and quoting here); nothing changed\n") in out.getvalue()
    assert out.getvalue().endswith("0 accepted, 0 rejected, 1 skipped; 2 still drafted.\n")


def test_review_without_an_editor_reads_a_list_field_written_without_brackets() -> None:
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nabout\nalba, bea\nq\n"),
                        io.StringIO(), "")
    assert yaml.safe_load(result)["claims"][0]["about"] == ["alba", "bea"]


def test_review_with_an_editor_that_does_not_start_says_so_and_goes_on() -> None:
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\na\n"), out, "no-such-editor-x --wait")
    assert ("[a/r/s/e/n/q]? cannot start the editor 'no-such-editor-x --wait' (from $VISUAL or "
            "$EDITOR): No such file or directory; set one of them to your editor's command, or "
            "unset both to change one field here\n") in out.getvalue()
    assert yaml.safe_load(result)["claims"][0]["status"] == "reviewed"


def test_review_keeps_an_edit_that_is_not_yaml_and_opens_it_again(tmp_path: Path) -> None:
    # the first save breaks the YAML; the second `e` must open what the person wrote, not
    # the drafted entry again: a correction typed in the editor is never thrown away
    editor = tmp_path / "editor.sh"
    seen = tmp_path / "seen.txt"
    editor.write_text(f"#!/bin/sh\ncat \"$1\" >> {seen}\necho ---- >> {seen}\n"
                      f"if grep -q 'Typed' \"$1\"; then sed -i 's/words: x: y/words, fixed/' \"$1\"\n"
                      "else sed -i 's/claim: Old words./claim: Typed words: x: y/' \"$1\"; fi\n",
                      encoding="utf-8")
    editor.chmod(0o755)
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\ne\na\n"), out, str(editor))
    assert ("[a/r/s/e/n/q]? the edited entry is not valid YAML (line 2, column 19: YAML syntax "
            "error: ': ' is not allowed here; if the value holds ': ', put it in quotes, "
            "otherwise check the indentation of this line and the one above); your edit is "
            "kept: e opens it again\n") in out.getvalue()
    assert seen.read_text(encoding="utf-8").split("----\n")[1].startswith(
        "id: c1\nclaim: Typed words: x: y\n")
    assert yaml.safe_load(result)["claims"][0]["claim"] == "Typed words, fixed"
    assert yaml.safe_load(result)["claims"][0]["status"] == "reviewed"


def test_review_keeps_an_edit_saved_in_another_encoding_than_utf8(tmp_path: Path) -> None:
    # attack13: an editor that saves Latin-1 ("Caf\xe9") ended the review in a
    # UnicodeDecodeError traceback, and the temporary file holding what was typed was deleted
    editor = _editor(tmp_path, "#!/bin/sh\nprintf 'id: c1\\nclaim: Caf\\351 words.\\nby: alba\\n"
                           "about: [alba]\\nevidence: E.\\nstatus: drafted\\n' > \"$1\"\n")
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nq\n"), out, str(editor))
    assert result == NESBIT
    found = re.search(r"\[a/r/s/e/n/q\]\? the editor saved your text in another encoding than "
                      r"UTF-8 \(byte 0xe9 on line 2\); nothing changed, and your text is kept in "
                      r"(\S+\.yaml): save it as UTF-8 there, then copy it in with e\n",
                      out.getvalue())
    assert found, out.getvalue()
    kept = Path(found.group(1))
    assert kept.read_bytes().startswith(b"id: c1\nclaim: Caf\xe9 words.\n")
    kept.unlink()


def test_review_refuses_an_edit_that_gives_an_entry_another_entry_s_id(tmp_path: Path) -> None:
    # attack13: an edit could give a drafted claim the id of another claim; review and redraft
    # find entries by id (a reject then deleted the other one), and refuse such a file since
    two = to_yaml({"title": "T", "published": "2024-03-02", "actors": [
        {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
        {"id": "c0", "claim": "First words.", "by": "alba", "evidence": "E."},
        {"id": "c1", "claim": "Old words.", "by": "alba", "evidence": "E."}]})
    two = two.replace("    evidence: E.\n    status: drafted\n", "    evidence: E.\n", 1)
    editor = _editor(tmp_path, "#!/bin/sh\nsed -i 's/^id: c1$/id: c0/' \"$1\"\n")
    out = io.StringIO()
    result = run_review(two, "E. F.", [], io.StringIO("e\nq\n"), out, str(editor))
    assert result == two
    line = two.splitlines().index("  - id: c0") + 1
    assert (f"[a/r/s/e/n/q]? claim id 'c0' is the id of another claim (line {line}); ids must "
            "be unique: choose another; your edit is kept: e opens it again\n") in out.getvalue()


@pytest.mark.parametrize(("answer", "kind"), [("org", "organization"), ("", "person"),
                                              ("Country", "country")])
def test_review_reads_a_new_speakers_kind_by_its_start(answer: str, kind: str) -> None:
    result = run_review(NESBIT, "E. F.", [], Typed(f"s\nPaul Nesbit\n{answer}\nq\n"),
                        io.StringIO(), "")
    actors = yaml.safe_load(result)["actors"]
    assert actors[-1] == {"id": "paul-nesbit", "name": "Paul Nesbit", "kind": kind}


def test_review_asks_again_for_a_kind_it_does_not_know() -> None:
    # "a company" used to become a person without a word: a wrong fact on the actor's page
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], Typed("s\nJSA Research\na company\no\nq\n"),
                        out, "")
    assert ("'a company' is not a kind: write person, organization, country or group (or "
            "their first letters)\n") in out.getvalue()
    assert yaml.safe_load(result)["actors"][-1]["kind"] == "organization"


def test_review_cancels_a_new_speaker_at_q() -> None:
    result = run_review(NESBIT, "E. F.", [], Typed("s\nPaul Nesbit\nq\nq\n"),
                        io.StringIO(), "")
    assert result == NESBIT


class _EditsBetweenAnswers(io.StringIO):
    """Answers that a person gives while editing the briefing in an editor beside the review:
    before the answer numbered `when`, `edit` rewrites the file."""

    def __init__(self, answers: str, when: int, edit: Callable[[], None]) -> None:
        super().__init__(answers)
        self.count, self.when, self.edit = 0, when, edit

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        self.count += 1
        if self.count == self.when:
            self.edit()
        return super().readline()


def test_review_keeps_a_hand_edit_saved_while_it_waits_for_an_answer(imported: Path) -> None:
    # README: keep the YAML open in an editor and run `briefing review`; a correction saved
    # in the editor while the review waits used to be overwritten by the next decision
    path = briefing(imported)

    def edit() -> None:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\ntitle: ", "\ntitle: Corrected by hand, ", 1),
                        encoding="utf-8")

    stdin = _EditsBetweenAnswers("a\na\na\nq\n", 2, edit)
    code, out, _ = run(imported, "review", slug_of(imported), stdin=stdin)
    assert code == 0
    text = path.read_text(encoding="utf-8")
    assert "\ntitle: Corrected by hand, " in text
    assert (f"{path} changed outside the review (saved in an editor?): read again with that "
            "change; nothing was applied, answer again\n") in out
    data = yaml.safe_load(text)  # the answers after the edit are applied to the edited file
    assert data["status"] == {"summary": "reviewed"}
    assert data["claims"][0]["status"] == "reviewed"


def test_review_waits_while_the_file_saved_beside_it_is_broken() -> None:
    # the first read finds a half-done edit, the later ones the fixed file
    disk = iter([NESBIT.replace("title: T\n", "title: [T\n")])

    def reload() -> str:
        return next(disk, NESBIT.replace("title: T", "title: U"))

    saved: list[str] = []
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("a\na\na\nq\n"), out, "",
                        saved.append, reload, "b.yaml")
    assert "[a/r/s/e/n/q]? b.yaml changed outside the review and cannot be read now (" in (
        out.getvalue())
    assert "); fix and save it, then answer again\n" in out.getvalue()
    assert ("b.yaml changed outside the review (saved in an editor?): read again with that "
            "change; nothing was applied, answer again\n") in out.getvalue()
    assert "title: U\n" in result and yaml.safe_load(result)["claims"][0]["status"] == "reviewed"
    assert saved[-1] == result


@pytest.mark.parametrize("saved", ["%YAML 1.3\n---\n", "%YAML 1.1\n---\n"])
def test_review_waits_while_the_file_saved_beside_it_has_a_yaml_directive(saved: str) -> None:
    # attack11: `check` refuses a directive, but a file saved during the review is read by
    # ruamel alone, which stopped the review with an AssertionError on `%YAML 1.3`
    disk = iter([saved + NESBIT])

    def reload() -> str:
        return next(disk, NESBIT.replace("title: T", "title: U"))

    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("a\na\na\nq\n"), out, "",
                        [].append, reload, "b.yaml")
    assert ("[a/r/s/e/n/q]? b.yaml changed outside the review and cannot be read now (the "
            f"current briefing has a YAML directive ('{saved.split(chr(10))[0]}'), which "
            "content files do not use: delete that line and the '---' after it); fix and save "
            "it, then answer again\n") in out.getvalue()
    assert "title: U\n" in result and yaml.safe_load(result)["claims"][0]["status"] == "reviewed"


def test_review_waits_while_the_file_saved_beside_it_has_a_claim_that_is_a_number() -> None:
    # attack13: `review` refuses to start on `claims: [1]` (check's message); saved while it
    # asked, the file was read in and the next answer written into it
    broken = NESBIT.replace("claims:\n", "claims:\n  - 1\n", 1)
    assert broken != NESBIT
    disk = iter([broken])

    def reload() -> str:
        return next(disk, NESBIT.replace("title: T", "title: U"))

    saved: list[str] = []
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("a\na\na\nq\n"), out, "",
                        saved.append, reload, "b.yaml")
    assert ("[a/r/s/e/n/q]? b.yaml changed outside the review and cannot be read now (b.yaml:"
            "11:5: claim should be a mapping of fields (name: value), not a number); fix and save "
            "it, then answer again\n") in out.getvalue()
    assert all("  - 1\n" not in text for text in saved)
    assert "title: U\n" in result and yaml.safe_load(result)["claims"][0]["status"] == "reviewed"


def test_review_asks_again_for_an_answer_that_is_not_utf8() -> None:
    # attack13: a new speaker typed in a Latin-1 terminal ("Caf\xe9 Owner") reached the YAML
    # as "Caf\\udce9 Owner", which check refuses (half a character); the answer is asked again
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], Typed("s\nCaf\udce9 Owner\nCafe Owner\np\nq\n"),
                        out, "")
    # attack14: what was typed is shown readably, the byte named, not as '\\udce9'
    assert ("'Caf\ufffd Owner' holds a byte that is not UTF-8 (0xe9, shown as \ufffd); type "
            "it again in a UTF-8 terminal\n") in out.getvalue()
    assert "\\udc" not in out.getvalue()
    assert "\udce9" not in result and "\\udce9" not in result
    assert "name: Cafe Owner" in result


def test_import_names_the_review_command_with_its_slug(tmp_path: Path) -> None:
    # README step 4 is `briefing review <slug>`: the import says which slug it made
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(content, "import", str(source), "--published", "2024-03-02")
    path = content / "articles" / "2024-03-02-eastland-westmark-sign-port-deal"
    assert code == 0
    assert err == (f"briefing import: wrote {path}.md and {path}.yaml; review its drafted "
                   "entries with 'briefing review 2024-03-02-eastland-westmark-sign-port-deal' "
                   "(or correct the YAML by hand), then run 'briefing check'\n")


def test_review_shows_a_sentence_whole_across_an_abbreviation() -> None:
    # "U.S. Air Force" used to end the sentence shown for an actor at "U.S."
    article = ("The GAO on June 18 called for a re-run of the bidding for the U.S. Air Force "
               "tanker contract. Boeing had protested.\n")
    assert context(article, "GAO") == (
        "¶1: »The GAO on June 18 called for a re-run of the bidding for the U.S. Air Force "
        "tanker contract.« Boeing had protested.")


def test_review_of_a_mistyped_slug_names_the_close_one(imported: Path) -> None:
    slug = slug_of(imported)
    code, out, err = run(imported, "review", slug[:-2])
    assert code == 1
    assert (out + err).strip().endswith(
        f"there is no article '{slug[:-2]}' in {imported / 'articles'} (did you mean '{slug}'?)")


def test_review_outside_a_site_says_there_is_no_content_folder(tmp_path: Path) -> None:
    code, out, err = run(tmp_path / "content", "review", "2024-03-02-port-deal")
    assert code == 1
    assert (out + err).strip().endswith(
        f"there is no content folder {tmp_path / 'content'}; run the command in the project "
        "folder (the one that holds content/), or name the folder with --content")


DATED = """Harbour talks resume

July 02, 2008

The harbour authority on June 18 called for new talks, officials said.
"""


def test_import_warns_when_published_contradicts_the_articles_own_date(tmp_path: Path) -> None:
    # README's example `--published 2024-06-19`, copied for a 2008 article, turned "June 18"
    # into 2024-06-18 without a word
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    source = tmp_path / "article.txt"
    source.write_text(DATED, encoding="utf-8")
    code, _, err = run(content, "import", str(source), "--published", "2024-06-19")
    assert code == 0
    assert err.startswith(
        f"briefing import: {source} gives its own date, 2008-07-02, but --published says "
        "2024-06-19; the text's dates (\"on Friday\", \"June 18\") are read against 2024-06-19. "
        "If the article's date is right, delete the two files and import again without "
        "--published\n")
    code, _, err = run(content, "draft", str(source), "--published", "2008-07-02")
    assert code == 0 and "gives its own date" not in err


@pytest.mark.parametrize("answers", ["e\nclaim\n", "e\nclaim\n\nq\n", "e\nclaim\nq\nq\n"])
def test_review_without_an_editor_changes_nothing_at_an_empty_value_q_or_end_of_input(
        answers: str) -> None:
    # Ctrl-D at "New claim? " used to write the claim "q" (what end of input answers), and
    # Enter to save an empty claim
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO(answers), out, "")
    assert result == NESBIT


def test_review_keeps_an_edit_when_ctrl_c_is_pressed_in_the_editor(tmp_path: Path) -> None:
    # Ctrl-C reaches the review as well as the editor (vim users press it to leave insert
    # mode): it used to kill the editor and end the review, losing what was being typed
    editor = _editor(tmp_path, "#!/bin/sh\nsleep 0.2\nkill -INT $PPID\nsleep 0.3\n"
                           "sed -i 's/claim: Old words./claim: Careful words./' \"$1\"\n")
    try:
        result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nq\n"), io.StringIO(),
                            str(editor))
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C in the editor ended the review")
    assert yaml.safe_load(result)["claims"][0]["claim"] == "Careful words."


def test_review_keeps_an_editors_text_when_the_file_changed_while_it_was_open(
        tmp_path: Path) -> None:
    # the file saved in another window while the entry was in the editor: the decision is
    # not applied, and the next `e` used to open the drafted entry again, the edit lost
    editor = tmp_path / "editor.sh"
    seen = tmp_path / "seen.txt"
    editor.write_text(f"#!/bin/sh\ncat \"$1\" >> {seen}\necho ---- >> {seen}\n"
                      f"[ -s {tmp_path / 'once'} ] && exit 0\necho 1 > {tmp_path / 'once'}\n"
                      "sed -i 's/claim: Old words./claim: Careful words./' \"$1\"\n",
                      encoding="utf-8")
    editor.chmod(0o755)
    disk = iter([NESBIT])  # as the review read it, when `e` is answered; then changed

    def reload() -> str:
        return next(disk, NESBIT.replace("title: T", "title: U"))

    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\ne\nq\n"), out, str(editor),
                        lambda text: None, reload, "b.yaml")
    assert ("b.yaml changed outside the review (saved in an editor?): read again with that "
            "change; nothing was applied, answer again; your edit is kept: e opens it "
            "again\n") in out.getvalue()
    assert seen.read_text(encoding="utf-8").split("----\n")[1].startswith(
        "id: c1\nclaim: Careful words.\n")
    assert yaml.safe_load(result)["claims"][0]["claim"] == "Careful words."
    assert yaml.safe_load(result)["title"] == "U"


def test_review_that_cannot_save_says_so_in_one_line(imported: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # a full disk at a decision used to end the review with a traceback
    def full(path: Path, text: str, **_: object) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr("generator.cli.write_atomic", full)
    path = briefing(imported)
    before = path.read_text(encoding="utf-8")
    code, _, err = run(imported, "review", slug_of(imported), stdin="a\na\nq\n")
    assert code == 1
    assert err == (f"briefing: cannot write {path}: No space left on device; this decision is "
                   "not saved (those before it are): fix that, then run 'briefing review "
                   f"{slug_of(imported)}' again\n")
    assert path.read_text(encoding="utf-8") == before


def test_import_cleans_the_article_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the warning about --published read the date with a second clean() of the whole text
    # (a tenth of the drafting's CPU time on the dev articles)
    calls: list[str] = []
    real = sys.modules["generator.draft.clean"].clean

    def counted(raw: str):  # type: ignore[no-untyped-def]
        calls.append(raw)
        return real(raw)

    monkeypatch.setattr(sys.modules["generator.draft.clean"], "clean", counted)
    import generator.draft.engine as engine
    monkeypatch.setattr(engine, "clean", counted)
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    source = tmp_path / "article.txt"
    source.write_text(DATED, encoding="utf-8")
    code, _, err = run(content, "import", str(source), "--published", "2024-06-19")
    assert code == 0 and "gives its own date, 2008-07-02" in err
    assert len(calls) == 1


@pytest.mark.parametrize("gone", [".md", ".yaml"])
def test_review_of_an_article_missing_one_of_its_files_names_that_file(imported: Path,
                                                                        gone: str) -> None:
    # it said "there is no article 'X' (did you mean 'X'?)", naming the slug typed
    slug = slug_of(imported)
    folder = imported / "articles"
    (folder / f"{slug}{gone}").unlink()
    code, _, err = run(imported, "review", slug)
    assert code == 1
    assert err == (f"briefing: {folder / slug}{gone} is missing: an article is two files, "
                   f"{slug}.md (its text) and {slug}.yaml (its briefing), in {folder}\n")


def test_import_outside_a_site_says_only_that(tmp_path: Path) -> None:
    # it drafted first, then told to "delete the two files" it had not written
    source = tmp_path / "article.txt"
    source.write_text(DATED, encoding="utf-8")
    code, _, err = run(tmp_path / "content", "import", str(source), "--published", "2024-06-19")
    assert code == 1
    assert err == (f"briefing: there is no content folder {tmp_path / 'content'}; run the "
                   "command in the project folder (the one that holds content/), or name the "
                   "folder with --content\n")


def test_review_of_a_file_deleted_meanwhile_ends_with_its_message(imported: Path) -> None:
    # the summary report named 'briefing check', a command nobody ran
    path = briefing(imported)
    stdin = _EditsBetweenAnswers("a\na\nq\n", 2, path.unlink)
    code, out, err = run(imported, "review", slug_of(imported), stdin=stdin)
    assert code == 1
    assert out.endswith(f"[a/r/s/e/n/q]? {path}:1:1: cannot read the file: No such file or "
                        "directory\n")
    assert err == "briefing review: 1 problem in 1 file\n"
    assert not path.exists()


@pytest.mark.parametrize("answers", ["e\nq\n", "e\nn\n", "e\n"])
def test_review_shows_an_edit_it_could_not_apply_when_it_moves_on_or_quits(
        tmp_path: Path, answers: str) -> None:
    # "your edit is kept: e opens it again", then q (or n, or end of input): the text typed
    # in the editor was dropped without a word
    editor = _editor(tmp_path, "#!/bin/sh\n"
                             "sed -i 's/claim: Old words./claim: Typed words: x: y/' \"$1\"\n")
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO(answers), out, str(editor))
    assert result == NESBIT
    assert ("\nYour edit of claim 'c1' was not applied; here it is, to copy into the file:\n"
            "id: c1\nclaim: Typed words: x: y\nby: alba\n") in out.getvalue()


def test_review_without_an_editor_refuses_a_mistyped_field() -> None:
    # "claimm" was added as a new key beside the claim the person meant to correct
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nclaimm\nNew words.\nn\n"), out, "")
    assert result == NESBIT
    assert ("Field? there is no field 'claimm' in a claim (did you mean 'claim'?); " + CLAIM_FIELDS
            + "; nothing changed\n") in out.getvalue()


# --- the newcomer walk-through (branch newcomer3): fields and values the model has not --------

CLAIM_FIELDS = ("a claim has id, claim, by, quote, evidence, about, date, parties, status and "
                "drafted")


def test_review_without_an_editor_refuses_a_field_the_content_model_has_not() -> None:
    # "place" was written into the claim, to be refused only by `briefing check`
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nplace\nLondon\nn\n"), out, "")
    assert result == NESBIT
    assert ("Field? there is no field 'place' in a claim; " + CLAIM_FIELDS
            + "; nothing changed\n") in out.getvalue()


def test_review_without_an_editor_refuses_a_value_the_content_model_has_not() -> None:
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("n\ne\nkind\nplace\nn\n"), out, "")
    assert result == NESBIT
    assert ("Field? New kind? 'kind' of actor 'alba' is 'place'; it must be one of person, "
            "organization, country, group; nothing changed\n") in out.getvalue()


def test_review_without_an_editor_refuses_a_day_the_calendar_has_not() -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "timeline": [
        {"id": "e1", "date": "2024-03-01", "event": "Talks.", "evidence": "E."}]})
    out = io.StringIO()
    result = run_review(text, "E. F.", [], io.StringIO("e\ndate\n2024-13-01\nn\n"), out, "")
    assert result == text
    assert ("Field? New date? 'date' of event 'e1' is wrong: '2024-13-01' is not a date: there "
            "is no month 13; nothing changed\n") in out.getvalue()


def test_review_in_an_editor_refuses_a_field_the_content_model_has_not(tmp_path: Path) -> None:
    editor = _editor(tmp_path, "#!/bin/sh\necho 'place: London' >> \"$1\"\n")
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nn\n"), out, str(editor))
    assert result == NESBIT
    assert ("[a/r/s/e/n/q]? there is no field 'place' in a claim; " + CLAIM_FIELDS
            + "; your edit is kept: e opens it again\n") in out.getvalue()


SPOKEN = to_yaml({"title": "T", "published": "2024-03-02", "actors": [
    {"id": "alba", "name": "Alba", "kind": "person"}], "claims": [
    {"id": "c1", "claim": "Words.", "by": "alba", "evidence": "E."}]})


def test_the_speaker_question_says_what_an_answer_other_than_y_or_n_did() -> None:
    # "x" was read as no without a word; "a" (accept, as at the other prompt) too
    out = io.StringIO()
    result = run_review(SPOKEN, "E. F.", [], Typed("a\nx\nn\n"), out, "")
    assert ("[y/n] 'x' is neither y nor n: the actor entry stays drafted; it comes again with "
            "the actors\n\n[2/2] actor 'alba' (drafted)") in out.getvalue()
    assert [a["status"] for a in yaml.safe_load(result)["actors"]] == ["drafted"]


def test_the_speaker_question_takes_a_for_accept() -> None:
    result = run_review(SPOKEN, "E. F.", [], Typed("a\na\n"), io.StringIO(), "")
    assert [a["status"] for a in yaml.safe_load(result)["actors"]] == ["reviewed"]


def test_a_speaker_defined_in_actors_yaml_is_not_said_to_lose_its_page() -> None:
    # a drafted `- id: alba` that only names the actor of actors.yaml: "otherwise the
    # published site shows only its name" was false, and the actor showed no name at all
    text = to_yaml({"title": "T", "published": "2024-03-02", "actors": [{"id": "alba"}],
                    "claims": [{"id": "c1", "claim": "Words.", "by": "alba", "evidence": "E."}]})
    assert drafted_speaker(text, Item("claims", "c1")) is None
    out = io.StringIO()
    known = [{"id": "alba", "name": "Alba Ferrer", "kind": "person"}]
    run_review(text, "E. F.", known, Typed("a\nn\n"), out, "")
    assert "[y/n]" not in out.getvalue()
    assert ("[2/2] actor 'alba' (drafted)\n  name:     Alba Ferrer (defined in "
            "content/actors.yaml or another article)\n[a/r/s/e/n/q]? ") in out.getvalue()


def test_review_shows_true_and_false_as_yaml_writes_them() -> None:
    text = to_yaml({"title": "T", "published": "2024-03-02", "timeline": [
        {"id": "e1", "date": "2024-03-04", "event": "Talks.", "evidence": "E.",
         "scheduled": True}]})
    shown = describe(text, Item("timeline", "e1"), "E. F.", {})
    assert "\n  scheduled: true\n" in shown


SUMMED = to_yaml({"title": "T", "published": "2024-03-02", "summary": "Old summary.",
                  "tags": ["job-titles"], "claims": []})


def test_review_without_an_editor_of_the_summary_refuses_another_field() -> None:
    # "title" and its value were written into the summary
    out = io.StringIO()
    result = run_review(SUMMED, "E. F.", [], io.StringIO("e\ntitle\nq\n"), out, "")
    assert result == SUMMED
    assert ("New summary? 'title' names another field: this question changes the summary (the "
            "article's other fields are changed at their own question or in its YAML file); "
            "nothing changed\n") in out.getvalue()


def test_review_without_an_editor_asks_the_new_value_of_a_one_field_question() -> None:
    # review25: "Field?" was asked at the title, summary, date and tags, whose one answer a
    # person had to guess (a new title typed there was refused)
    out = io.StringIO()
    result = run_review(SUMMED, "E. F.", [], io.StringIO("e\nA better summary.\nq\n"), out, "")
    assert yaml.safe_load(result)["summary"] == "A better summary."
    assert ("[a/r/s/e/n/q]? No $EDITOR is set: write the new summary.\nsummary: Old summary.\n"
            "New summary? \n[1/2] summary (drafted)\n  A better summary.\n") in out.getvalue()
    assert "Field?" not in out.getvalue()


def test_review_without_an_editor_still_takes_the_field_name_a_script_answers_first() -> None:
    # answers written for the "Field?" of before review25 set the summary to "summary"
    result = run_review(SUMMED, "E. F.", [], io.StringIO("e\nsummary\nNew one.\nq\n"),
                        io.StringIO(), "")
    assert yaml.safe_load(result)["summary"] == "New one."


def test_review_without_an_editor_refuses_tags_that_are_not_ids() -> None:
    out = io.StringIO()
    result = run_review(SUMMED, "E. F.", [], io.StringIO("n\ne\ntags\nApple Corps, trademark\nq\n"),
                        out, "")
    assert result == SUMMED
    assert ("New tags? 'tags' of the article is 'Apple Corps', which is not a valid id: "
            "use lower-case letters, digits and hyphens, like 'apple-corps'; nothing "
            "changed\n") in out.getvalue()


def test_review_in_an_editor_refuses_tags_that_are_not_ids(tmp_path: Path) -> None:
    editor = _editor(tmp_path, "#!/bin/sh\necho 'tags: [Apple Corps]' > \"$1\"\n")
    out = io.StringIO()
    result = run_review(SUMMED, "E. F.", [], io.StringIO("n\ne\nq\n"), out, str(editor))
    assert result == SUMMED
    assert ("[a/r/s/e/n/q]? 'tags' of the article is 'Apple Corps', which is not a valid id: use "
            "lower-case letters, digits and hyphens, like 'apple-corps'; your edit is kept: e "
            "opens it again\n") in out.getvalue()


@pytest.mark.parametrize("command", ["import", "draft"])
def test_an_address_instead_of_a_file_says_to_save_the_page(
        tmp_path: Path, command: str) -> None:
    # it said "https:/example.org/news/1: no such file", the address mangled
    (tmp_path / "content" / "articles").mkdir(parents=True)
    url = "https://example.org/news/1"
    code, out, err = run(tmp_path / "content", command, url, "--source", "X")
    assert (code, out) == (1, "")
    assert err == (f"briefing: {url} is a web address; {command} reads a file: save the page "
                   f"(or its text) and {command} that file, with --url {url} to link the "
                   "original\n")
    assert list((tmp_path / "content" / "articles").iterdir()) == []


# --- attack9: what the terminal is sent --------------------------------------------------------

def test_review_shows_control_and_direction_characters_as_escapes() -> None:
    # A contributor's YAML (double-quoted escapes) or article text can hold ESC, CR and
    # direction overrides. Sent raw, "\e[2K\r" erased the drafted claim from the terminal and
    # showed other words in its place, so a person accepted what they never saw.
    claim = "We will accept the deal.\x1b[2K\rWe will not accept it.\x1b]0;x\x07 \u202eabc"
    text = to_yaml({"title": "T", "published": "2024-03-02", "claims": [
        {"id": "c1", "claim": claim, "by": "alba", "evidence": "It said \x1b[8mso."}]})
    out = io.StringIO()
    run_review(text, "Before. It said \x1b[8mso. After.", [{"id": "alba", "name": "Al\u202eba"}],
               io.StringIO("q\n"), out, "")
    shown = out.getvalue()
    assert ("  claim:    We will accept the deal.\\x1b[2K\\rWe will not accept it.\\x1b]0;x\\x07 "
            "\\u202eabc\n") in shown
    assert "  by:       alba (Al\\u202eba)\n" in shown
    assert "  text:     ¶1: Before. »It said \\x1b[8mso.« After.\n" in shown
    assert not any(c in shown for c in "\x1b\r\x07\u202e")


def test_review_shows_joiners_of_words_and_emoji_as_they_are() -> None:
    # ZWNJ and ZWJ are parts of words (Persian "می‌خواهم", Hindi, Malayalam) and of emoji
    # (a family, a rainbow flag); they neither move the cursor nor reorder the line, and
    # "\u200c" shown in their place made the words unreadable
    claim = "می\u200cخواهم 👨\u200d👩\u200d👧 क्\u200dष"
    text = to_yaml({"title": "T", "published": "2024-03-02", "claims": [
        {"id": "c1", "claim": claim, "by": "alba", "evidence": "E."}]})
    out = io.StringIO()
    run_review(text, "E. F.", [], io.StringIO("q\n"), out, "")
    assert f"  claim:    {claim}\n" in out.getvalue()


PLANNED = to_yaml({"title": "T", "published": "2024-03-02", "timeline": [
    {"id": "e1", "date": "2024-03-04", "event": "Talks.", "evidence": "E.",
     "status": "drafted"}]})


def test_review_without_an_editor_sets_a_true_or_false_field() -> None:
    # "true" was kept as text, and refused: "should be true or false, not text"
    result = run_review(PLANNED, "E. F.", [], io.StringIO("e\nscheduled\ntrue\nq\n"),
                        io.StringIO(), "")
    assert yaml.safe_load(result)["timeline"][0]["scheduled"] is True


def test_review_without_an_editor_adds_a_list_field_written_without_brackets() -> None:
    # "alba, bob" for an event's actors (a list, not yet in the entry) was one id, refused
    result = run_review(PLANNED, "E. F.", [], io.StringIO("e\nactors\nalba, bob\nq\n"),
                        io.StringIO(), "")
    assert yaml.safe_load(result)["timeline"][0]["actors"] == ["alba", "bob"]


def test_review_in_an_editor_refuses_a_party_that_check_refuses(tmp_path: Path) -> None:
    # the parties of a claim were not checked: "stance: supports" passed the review
    editor = _editor(tmp_path, "#!/bin/sh\n"
                             "printf 'parties:\\n  - actor: alba\\n    stance: supports\\n'"
                             " >> \"$1\"\n")
    out = io.StringIO()
    result = run_review(NESBIT, "E. F.", [], io.StringIO("e\nq\n"), out, str(editor))
    assert result == NESBIT
    assert ("[a/r/s/e/n/q]? 'stance' of party of claim 'c1' is 'supports'; it must be one of "
            "denies, disputes, confirms; your edit is kept") in out.getvalue()


def test_review_in_an_editor_empties_the_summary_as_check_allows(tmp_path: Path) -> None:
    editor = _editor(tmp_path, "#!/bin/sh\necho 'summary:' > \"$1\"\n")
    out = io.StringIO()
    result = run_review(SUMMED, "E. F.", [], io.StringIO("e\nq\n"), out, str(editor))
    assert yaml.safe_load(result)["summary"] is None


# --- an analyst's week (branch analyst4) ------------------------------------------------------

def test_a_word_typed_at_the_prompt_is_no_decision(imported: Path) -> None:
    """Text typed at the wrong prompt (a summary meant for the editor, a speaker's name) was
    read by its first letter: "Airbus will ..." accepted the summary, "Rolls-Royce" deleted it.
    Only a letter or its word decides; anything else shows the choices and asks again."""
    path = briefing(imported)
    before = path.read_text(encoding="utf-8")
    code, out, _ = run(imported, "review", slug_of(imported),
                       stdin="Rolls-Royce\nAirbus will compensate Singapore Airlines.\nq\n")
    assert code == 0
    assert path.read_text(encoding="utf-8") == before
    assert out.count(
        "'Rolls-Royce' is not one of the answers: a accept · r reject (deleted; redraft will "
        "not bring it back) · s change the speaker · e edit · n skip · q quit\n") == 1
    assert "'Airbus will compensate Singapore Airlines.' is not one of the answers" in out
    assert "0 accepted, 0 rejected, 0 skipped;" in out
    code, out, _ = run(imported, "review", slug_of(imported), stdin="Accept\nreject\nq\n")
    assert "1 accepted, 1 rejected, 0 skipped;" in out


def test_a_name_typed_at_the_speakers_question_is_no_yes(imported: Path) -> None:
    """At "accept this actor entry as well? [y/n]", "Alba Ferrer" (a name, typed from the
    speaker question's habit) was a yes, as its first letter is a."""
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    claim = by_quote_in(text, OPENS)
    answers = []
    for item in pending(text):
        if item == Item("claims", claim):
            answers += ["a", "Alba Ferrer"]
            break
        answers.append("n")
    code, printed, _ = run(imported, "review", slug_of(imported),
                           stdin=Typed("\n".join(answers) + "\nq\n"))
    assert code == 0
    assert ("'Alba Ferrer' is neither y nor n: the actor entry stays drafted; it comes again "
            "with the actors") in printed
    # the question says what is true whether or not actors.yaml or another briefing defines
    # the speaker (it said "otherwise the published site shows only its name")
    assert ("The speaker 'alba-ferrer' is drafted too: accept this actor entry as well (a "
            "drafted entry is not published)? [y/n] ") in printed
    assert Item("actors", "alba-ferrer") in pending(path.read_text(encoding="utf-8"))


def test_a_rejection_names_the_fingerprint_that_keeps_it_away(imported: Path) -> None:
    """"Remove a fingerprint to get it back", says every drafted file, but none said which
    fingerprint an entry had: the review names it when it rejects the entry."""
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    items = pending(text)
    first_claim = next(i for i in items if i.section == "claims")
    entry = next(c for c in yaml.safe_load(text)["claims"] if c["id"] == first_claim.id)
    fingerprint = identity("claims", entry)
    answers = ["n"] * items.index(first_claim) + ["r", "q"]
    code, out, _ = run(imported, "review", slug_of(imported), stdin="\n".join(answers) + "\n")
    assert code == 0
    assert (f"Rejected: the file's 'proposed:' list keeps its fingerprint {fingerprint}, so "
            "'briefing redraft' will not propose it again (delete the fingerprint there to have "
            "it proposed again).\n") in out
    assert fingerprint in yaml.safe_load(path.read_text(encoding="utf-8"))["proposed"]


# --- attack round four: values `check` reads as text, which ruamel and PyYAML's safe_load
# could not construct: review and redraft stopped with a ValueError traceback ---------------

LONG_NUMBER = "9" * 5000  # `check` reads it as text (tests/broken: "a number of 5000 digits")


@pytest.mark.parametrize("old, new", [
    ("title: Eastland and Westmark sign a port deal", f"title: {LONG_NUMBER}"),
    ("published: 2024-03-02", "published: 2024-02-30"),  # `check` names the day; no traceback
])
def test_review_and_redraft_read_what_check_reads_as_text(imported: Path, old: str,
                                                          new: str) -> None:
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    code, out, err = run(imported, "review", slug_of(imported), stdin="a\nq\n")
    assert (code, err) == (0, f"briefing review: {path} updated\n"), out
    assert "1 accepted, 0 rejected, 0 skipped;" in out
    code, _, err = run(imported, "redraft", slug_of(imported))
    if "2024-02-30" in new:
        assert (code, err) == (1, f"briefing: {path}: 'published' is '2024-02-30', not a day; "
                                  "correct it (YYYY-MM-DD), then redraft\n")
    else:
        assert code == 0 and err.startswith(f"briefing redraft: {path} "), err  # its title
        # made the drafter's ids: they change with it


def test_review_without_an_editor_edits_an_entry_holding_a_long_number() -> None:
    text = NESBIT.replace("claim: Old words.", f"claim: {LONG_NUMBER}")
    out = io.StringIO()
    result = run_review(text, "E. F.", [], io.StringIO("e\nclaim\nNew words.\nq\n"), out, "")
    assert yaml.safe_load(result)["claims"][0]["claim"] == "New words."


def test_redraft_that_cannot_write_says_so_in_one_line(imported: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import generator.cli as cli

    slug, path = slug_of(imported), briefing(imported)
    text = path.with_suffix(".md")  # a paragraph added: the redraft has something to write
    text.write_text(text.read_text(encoding="utf-8") + '\n"The harbour stays ours," said '
                    "Alba Ferrer.\n", encoding="utf-8")
    before = path.read_bytes()

    def full(target: Path, data: object, **_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(cli, "write_atomic", full)
    code, _, err = run(imported, "redraft", slug)
    assert (code, err) == (1, f"briefing: cannot write {path}: No space left on device; nothing "
                              "was changed\n")
    assert path.read_bytes() == before


def _context_as_it_was(article: str, evidence: str) -> str:
    """`review.context` before attack round four: the sentences joined again from each one
    (minutes for a long evidence); the reference the one-pass search must agree with."""
    from generator.content.text import fold, parse_blocks
    from generator.draft.sentences import split

    sentences: list[tuple[int, str]] = []
    for block in parse_blocks(article):
        if block.number is not None:
            sentences += [(block.number, s) for s in split(block.text) if s.strip()]
    needle = fold(evidence)
    folded = [fold(s) for _, s in sentences]
    for i, (number, _) in enumerate(sentences):
        joined = ""
        for j in range(i, len(sentences)):
            joined = f"{joined} {folded[j]}".strip()
            if needle and needle in joined[len(folded[i]) + 1:]:
                break
            if needle and needle in joined:
                before = sentences[i - 1][1] + " " if i else ""
                after = " " + sentences[j + 1][1] if j + 1 < len(sentences) else ""
                marked = " ".join(s for _, s in sentences[i:j + 1])
                return f"¶{number}: {before}»{marked}«{after}"
            if len(joined) > len(needle) + 400:
                break
    return ""


_WORDS = ["a", "a.", "b", "b.", "a.", "Ab", "cd.", "“x”", "-", "x" * 60 + ".", "y" * 450,
          "\n\n", "  "]  # repeats, long sentences: every branch of the search


@pytest.mark.parametrize("seed", range(1000))  # both branches: 2 and 29 times
def test_context_marks_what_the_sentence_by_sentence_search_marked(seed: int) -> None:
    import random

    rng = random.Random(seed)
    article = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 40)))
    words = article.split(" ")
    start = rng.randint(0, len(words) - 1)
    evidence = " ".join(words[start:start + rng.randint(1, 12)])
    if rng.random() < 0.2:
        evidence = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 5)))
    assert context(article, evidence) == _context_as_it_was(article, evidence)


def test_review_reads_a_briefing_once_per_text_not_several_times_per_answer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # ruamel reads about 60 KB a second: a 426 KB briefing of 3,500 drafted entries took
    # 11 s to its first question and 7 s per answer (40 s for 4 skips, 63 s for 4 accepts)
    import generator.draft.redraft as redraft

    getattr(redraft.layout, "cache_clear", lambda: None)()
    made = []
    real = redraft.YAML

    def counted(*args: object, **kwargs: object) -> object:
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(redraft, "YAML", counted)
    text = NESBIT.replace("claim: Old words.", "claim: Other words.")
    run_review(text, "E. F.", [], io.StringIO("n\nn\nq\n"), io.StringIO(), "")
    assert len(made) == 1  # one text: read once


def test_a_former_id_typed_as_the_speaker_names_the_actor_it_became(imported: Path) -> None:
    """After `briefing merge quell marta-quell`, an analyst who remembers the old id and types
    it at "Speaker?" got a new person named 'quell', which check then refused at the record's
    `formerly` line; the former id names the actor it became."""
    articles = imported / "articles"
    (articles / "2024-01-05-trade-talks.md").write_text("Marta Quell spoke.\n", encoding="utf-8")
    (articles / "2024-01-05-trade-talks.yaml").write_text(
        "title: Trade talks\nsource: Wire\npublished: 2024-01-05\nactors:\n"
        "  - id: marta-quell\n    name: Marta Quell\n    kind: person\n    formerly: [quell]\n",
        encoding="utf-8")
    path = briefing(imported)
    claim = by_quote_in(path.read_text(encoding="utf-8"), OPENS)
    answers = []
    for item in pending(path.read_text(encoding="utf-8")):
        if item == Item("claims", claim):
            answers += ["s", "quell"]
            break
        answers.append("n")
    code, _, err = run(imported, "review", slug_of(imported), stdin="\n".join(answers) + "\nq\n")
    assert code == 0, err
    by = {c["id"]: c["by"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]}
    assert by[claim] == "marta-quell"
    assert "quell" not in [a["id"] for a in yaml.safe_load(path.read_text())["actors"]]


def test_the_speaker_question_lists_the_briefings_own_actors_first() -> None:
    # An analyst's 15th article: `s` listed the 29 actors of the whole site, actors.yaml's
    # and the oldest briefings' first, and the three of this briefing somewhere in the middle.
    known = [{"id": f"actor-{n}", "name": f"Actor {n}", "kind": "person"} for n in range(12)]
    out = io.StringIO()
    run_review(NESBIT, "E. F.", known, io.StringIO("s\n\nq\n"), out, "")
    assert ("[a/r/s/e/n/q]? In this briefing: alba (Alba)\n"
            "Elsewhere: actor-0 (Actor 0), actor-1 (Actor 1), actor-10 (Actor 10), "
            "actor-11 (Actor 11), actor-2 (Actor 2), actor-3 (Actor 3), actor-4 (Actor 4), "
            "actor-5 (Actor 5), actor-6 (Actor 6), actor-7 (Actor 7), actor-8 (Actor 8), "
            "actor-9 (Actor 9)\n"
            "Speaker (an id or name above, or a new name and its kind: 'Ann Lee, person'; empty: "
            "keep)? ") in out.getvalue()


def test_redraft_after_a_text_correction_names_the_reviewed_entry_it_keeps(imported: Path
                                                                          ) -> None:
    # An analyst accepted Marta Quell's quote, then corrected a typo in that sentence of the
    # article's text. The reviewed claim stays as it is, so its evidence no longer matches;
    # redraft says which entry the new draft could not replace, and once the analyst deletes
    # it, redraft drafts it again from the corrected sentence.
    slug, path = slug_of(imported), briefing(imported)
    text = path.read_text(encoding="utf-8")
    claim = by_quote_in(text, JUNIOR)
    path.write_text(accept(text, Item("claims", claim)), encoding="utf-8")
    article = path.with_suffix(".md")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "the junior partner", "the junior partner in this"), encoding="utf-8")
    code, _, err = run(imported, "redraft", slug)
    assert code == 0, err
    assert err == (f"briefing redraft: {path} unchanged; claim '{claim}' stays as you have it, "
                   "though the drafter now reads its sentence differently: to take the new "
                   "draft, delete that entry (or correct it by hand) and redraft\n")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index(f"  - id: {claim}\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    path.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    code, _, err = run(imported, "redraft", slug)
    assert code == 0, err
    again = by_quote(path, "We will not be the junior partner in this")
    assert again is not None and again["status"] == "drafted"


def test_redraft_after_a_text_correction_names_a_reviewed_entry_whose_evidence_is_gone(
        imported: Path) -> None:
    # newcomer5: a journalist accepted an event, then corrected a word of its sentence in the
    # text. The new draft's event took another id (made of the corrected words), so redraft
    # put it beside the reviewed one and said nothing; `check` then refused the reviewed one.
    # Once the evidence is corrected, redraft drops the drafted entry that repeats it.
    slug, path = slug_of(imported), briefing(imported)
    event = "2024-03-01-eastland-westmark-signed"
    path.write_text(accept(path.read_text(encoding="utf-8"), Item("timeline", event)),
                    encoding="utf-8")
    article = path.with_suffix(".md")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Eastland and Westmark signed", "Eastland and Westmark finally signed"), encoding="utf-8")
    code, _, err = run(imported, "redraft", slug)
    assert code == 0, err
    assert err == (f"briefing redraft: {path} updated; the evidence of event '{event}' is no "
                   "longer in the text (corrected since?): copy the sentence as the text now has "
                   "it into that entry, then redraft again: a drafted entry that repeats it "
                   "goes\n")
    events = yaml.safe_load(path.read_text(encoding="utf-8"))["timeline"]
    new = [e for e in events if "finally signed" in e["evidence"]]
    assert len(new) == 1 and new[0]["status"] == "drafted" and new[0]["id"] != event
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    evidence: Eastland and Westmark signed", "    evidence: Eastland and Westmark "
        "finally signed", 1), encoding="utf-8")
    code, _, err = run(imported, "redraft", slug)
    assert err == f"briefing redraft: {path} updated\n"
    events = yaml.safe_load(path.read_text(encoding="utf-8"))["timeline"]
    assert [e["id"] for e in events if "finally signed" in e["evidence"]] == [event]


def test_redraft_after_a_text_correction_names_a_party_whose_evidence_is_gone(
        imported: Path) -> None:
    # review16: a party's evidence no longer in the text fails `check` as the claim's own
    # does ("westmark's stance on claim '...'"), but redraft named only claims and events
    slug, path = slug_of(imported), briefing(imported)
    claim = "alba-ferrer-deal-opens-our"
    text = accept(path.read_text(encoding="utf-8"), Item("claims", claim))
    denies = "Westmark denies that the deal gives it control of the harbour."
    text = text.replace("    about: [eastland]\n", "    about: [eastland]\n    parties:\n"
                        "      - actor: westmark\n        stance: disputes\n"
                        f"        evidence: {denies}\n", 1)
    path.write_text(text, encoding="utf-8")
    assert run(imported, "check")[0] == 0
    article = path.with_suffix(".md")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "gives it control", "hands it control"), encoding="utf-8")
    code, out, err = run(imported, "check")
    assert code == 1 and f"westmark's stance on claim '{claim}'" in out + err
    code, _, err = run(imported, "redraft", slug)
    assert code == 0, err
    assert err == (f"briefing redraft: {path} unchanged; the evidence of westmark's stance on "
                   f"claim '{claim}' is no longer in the text (corrected since?): copy the "
                   "sentence as the text now has it into that entry, then redraft again: a "
                   "drafted entry that repeats it goes\n")


def test_redraft_after_a_name_corrected_in_the_text_names_the_reviewed_actor_it_keeps(
        imported: Path) -> None:
    # The analyst accepted Alba Ferrer, then put the accent back in her name in the text: the
    # drafter now drafts the actor as "Alba Ferrér". An actor has no one sentence, so the
    # message says the drafter drafts it differently (it used to say "reads its sentence").
    path = briefing(imported)
    text = path.read_text(encoding="utf-8")
    drafted = "    role: Eastland's minister of ports\n    status: drafted\n"
    assert drafted in text
    text = text.replace(drafted, "    role: Eastland's minister of ports\n    status: reviewed\n")
    path.write_text(text, encoding="utf-8")
    article = path.with_suffix(".md")
    article.write_text(article.read_text(encoding="utf-8").replace("Alba Ferrer", "Alba Ferrér"),
                       encoding="utf-8")
    code, _, err = run(imported, "redraft", slug_of(imported))
    assert code == 0, err
    assert err.endswith(f"{path} updated; actor 'alba-ferrer' stays as you have it, though the "
                        "drafter now drafts it differently: to take the new draft, delete that "
                        "entry (or correct it by hand) and redraft\n")
    assert actor_entry(path, "alba-ferrer")["name"] == "Alba Ferrer"


def test_the_speaker_question_on_a_briefing_whose_actors_are_not_a_list_goes_on() -> None:
    # review12: `actors: 5` (a slip `check` names) made `s` end in a TypeError traceback
    text = to_yaml({"title": "T", "published": "2024-03-02", "actors": [], "claims": [
        {"id": "c1", "claim": "Words.", "by": "alba", "evidence": "E.", "status": "drafted"}]})
    text = text.replace("actors: []\n", "actors: 5\n")
    assert "actors: 5\n" in text
    known = [{"id": "alba", "name": "Alba Ferrer", "kind": "person"}]
    out = io.StringIO()
    run_review(text, "E. F.", known, io.StringIO("s\nAlba Ferrer\nq\n"), out, "")
    assert ("In this briefing: (no actor yet)\nElsewhere: alba (Alba Ferrer)\n"
            in out.getvalue())


def test_review_notes_a_relative_day_in_an_event_or_claim_text() -> None:
    # analyst7: events accepted as drafted showed "Ryanair announced today ..." and "Boeing
    # ... on Tuesday delivered ..." on the home page's timeline, years from that day, with
    # nothing in review to say that the words leave their article
    text = to_yaml({"title": "T", "published": "2005-06-13", "timeline": [
        {"id": "e1", "date": "2005-06-13", "evidence": "E.",
         "event": "Ryanair announced today that it is exercising its options."},
        {"id": "e2", "date": "2006-05-23", "evidence": "E.",
         "event": "Boeing on Tuesday delivered the final 717."},
        {"id": "e3", "date": "2006-05-23", "evidence": "E.",
         "event": "Boeing delivered the final 717 to AirTran Airways."}],
        "claims": [{"id": "c1", "claim": "The plant will close next month.", "by": "",
                    "evidence": "E."}]})
    note = ("  note:     '{}' is read against the article's date; the {} shows this text "
            "away from its article: reword it (e) to say when\n")
    assert note.format("today", "timeline") in describe(text, Item("timeline", "e1"), "E.", {})
    assert note.format("on Tuesday", "timeline") in describe(
        text, Item("timeline", "e2"), "E.", {})
    assert "note:" not in describe(text, Item("timeline", "e3"), "E.", {})
    assert note.format("next month", "claims index") in describe(
        text, Item("claims", "c1"), "E.", {})


def test_review_notes_no_relative_day_in_a_name() -> None:
    # review16: "USA Today", "The Sunday Times", "the Good Friday Agreement" said to reword
    # a day the text does not name
    texts = ["USA Today reported the deal.", "The Sunday Times said the deal was signed.",
             "The Good Friday Agreement was signed in 1998.",
             "Candidates campaigned before Super Tuesday in 2008.",
             "USA Today reported on Tuesday that the deal was signed."]
    text = to_yaml({"title": "T", "published": "2005-06-13", "timeline": [
        {"id": f"e{i}", "date": "1998-04-10", "evidence": "E.", "event": event}
        for i, event in enumerate(texts)]})
    notes = [[line for line in describe(text, Item("timeline", f"e{i}"), "E.", {}).splitlines()
              if "note:" in line] for i in range(len(texts))]
    assert notes[:4] == [[], [], [], []]
    assert notes[4] == ["  note:     'on Tuesday' is read against the article's date; the "
                        "timeline shows this text away from its article: reword it (e) to say "
                        "when"]


@pytest.mark.parametrize("command", ["review", "redraft"])
def test_help_says_what_the_command_does_and_what_a_slug_is(
        command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer5: `briefing review --help` said "positional arguments: slug" and nothing else
    monkeypatch.setenv("COLUMNS", "400")  # argparse wraps at hyphens
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    opening = {"review": "Go through the drafted entries of an article: accept, reject, change "
                         "the speaker, edit.",
               "redraft": "Re-draft an article in content/, keeping every human correction."}
    assert f"briefing {command} [-h] slug {opening[command]}" in text
    assert ("slug the article's name, as 'briefing import' printed it: the name of its .yaml in "
            "content/articles without '.yaml' (2024-06-19-putin-kim-pyongyang); 'briefing "
            "check' names each article with entries left to review") in text


# --- piped answers and a terminal (review18) ----------------------------------------------

TWO_SPEAKERS = """title: T
published: 2024-03-02
actors:
  - id: alba
    name: Alba
    kind: person
    status: drafted
  - id: bea
    name: Bea
    kind: person
claims:
  - id: c1
    claim: Ports open.
    by: alba
    evidence: Alba said ports open.
    status: drafted
  - id: c2
    claim: Ports close.
    by: bea
    evidence: Bea said ports close.
    status: drafted
"""


def review_in_a_process(tmp_path: Path, answers: str, terminal: bool,
                        text: str = TWO_SPEAKERS) -> tuple[str, dict]:
    """`briefing review` run as a person runs it: its answers from a pipe (`printf ... |`) or
    typed at a terminal (a pseudo-terminal); what it printed and the YAML it left."""
    import os
    import pty
    import subprocess

    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "t.yaml").write_text(text, encoding="utf-8")
    (articles / "t.md").write_text("Alba said ports open. Bea said ports close.\n",
                                   encoding="utf-8")
    command = [sys.executable, "-m", "generator.cli", "review", "t"]
    if terminal:
        typist, tty = pty.openpty()
        os.write(typist, answers.encode())
        done = subprocess.run(command, cwd=tmp_path, stdin=tty, capture_output=True,
                              text=True, timeout=120)
        os.close(tty)
        os.close(typist)
    else:
        done = subprocess.run(command, cwd=tmp_path, input=answers, capture_output=True,
                              text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout, yaml.safe_load((articles / "t.yaml").read_text(encoding="utf-8"))


def test_piped_answers_get_one_question_an_entry(tmp_path: Path) -> None:
    """`printf 'a\\nr\\na\\n' | briefing review`: accept c1, reject c2, accept the actor alba.
    The [y/n] about c1's drafted speaker took the 'r' meant for c2 ("neither y nor n"), and c2
    got the 'a': a claim the analyst meant to reject was accepted (analyst7, analyst8)."""
    out, data = review_in_a_process(tmp_path, "a\nr\na\n", terminal=False)
    assert "[y/n]" not in out
    assert ("The speaker 'alba' is drafted too: its actor entry is asked about with the actors "
            "(answers that do not come from a terminal are asked one question an entry)\n"
            "\n[2/3] claim 'c2'") in out
    assert [c["id"] for c in data["claims"]] == ["c1"]  # c2 rejected
    assert data["claims"][0]["status"] == "reviewed"
    assert data["actors"][0]["status"] == "reviewed"  # at its own question, [3/3]
    assert "2 accepted, 1 rejected, 0 skipped; 0 still drafted." in out


def test_a_person_at_a_terminal_is_asked_about_the_speaker_at_once(tmp_path: Path) -> None:
    out, data = review_in_a_process(tmp_path, "a\ny\nr\nq\n", terminal=True)
    assert ("The speaker 'alba' is drafted too: accept this actor entry as well (a drafted "
            "entry is not published)? [y/n] ") in out
    assert [c["id"] for c in data["claims"]] == ["c1"]
    assert data["claims"][0]["status"] == "reviewed"
    assert data["actors"][0]["status"] == "reviewed"  # by the y: not asked about again
    assert "[3/3]" not in out
    assert "2 accepted, 1 rejected, 0 skipped; 0 still drafted." in out


def test_a_claim_given_to_another_speaker_by_hand_takes_its_id_when_accepted() -> None:
    """A drafted claim's id is its speaker's id and a few words: moved from Matthew Ingram to
    "an anonymous blogger", it was published at #claim-matthew-ingram-... (analyst8). Until
    it is accepted no build without drafts published it, so it follows its speaker then."""
    text = TWO_SPEAKERS.replace("  - id: c1\n", "  - id: bea-ports-open\n")  # by alba
    out = io.StringIO()
    result = run_review(text, "Alba said ports open.", [], io.StringIO("a\nq\n"), out, "")
    data = yaml.safe_load(result)
    assert [c["id"] for c in data["claims"]] == ["alba-ports-open", "c2"]
    assert "Its id is now 'alba-ports-open' (was 'bea-ports-open')" in out.getvalue()
    # an id that names no actor is a person's: it stays; so does one that names its speaker
    for ident in ("harbour-row", "alba-ports-open"):
        mine = TWO_SPEAKERS.replace("  - id: c1\n", f"  - id: {ident}\n")
        result = run_review(mine, "E.", [], io.StringIO("a\nq\n"), io.StringIO(), "")
        assert yaml.safe_load(result)["claims"][0]["id"] == ident
    # an id that names a longer actor's id than its speaker's names that actor
    longer = TWO_SPEAKERS.replace("  - id: c1\n", "  - id: alba-ferrer-ports-open\n").replace(
        "  - id: bea\n", "  - id: alba-ferrer\n")
    result = run_review(longer, "E.", [], io.StringIO("a\nq\n"), io.StringIO(), "")
    assert yaml.safe_load(result)["claims"][0]["id"] == "alba-ports-open"
    # the new id is unique in the briefing
    taken = text.replace("  - id: c2\n", "  - id: alba-ports-open\n")
    result = run_review(taken, "E.", [], io.StringIO("a\nq\n"), io.StringIO(), "")
    assert [c["id"] for c in yaml.safe_load(result)["claims"]] == ["alba-ports-open-2",
                                                                   "alba-ports-open"]


def test_where_built_sites_show_drafts_an_accepted_claim_keeps_its_id(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content" / "articles").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: S\nsite_url: !ENV [SITE_URL, '']\nplugins:\n"
                                     "  - search\n  - briefing:\n      drafts: show\n",
                                     encoding="utf-8")
    text = TWO_SPEAKERS.replace("  - id: c1\n", "  - id: bea-ports-open\n")
    (site / "content" / "articles" / "t.yaml").write_text(text, encoding="utf-8")
    (site / "content" / "articles" / "t.md").write_text("Alba said ports open.\n",
                                                         encoding="utf-8")
    code, out, err = run(site / "content", "review", "t", stdin="a\nq\n")
    assert code == 0, err
    assert claims(site / "content" / "articles" / "t.yaml")[0]["id"] == "bea-ports-open"
    assert ("Its id 'bea-ports-open' names another speaker; it stays, as drafts: show in "
            "mkdocs.yml may have published it: rename it by hand if no link to it can "
            "exist\n") in out


# --- import and the first redraft agree (review18) ---------------------------------------

CAPTIONED = """Will the port deal hold?

Saturday, March 2, 2024

Alba Ferrer at the harbour of East City in 2019

Eastland and Westmark signed a port deal on Friday after two years of talks, officials said.

"This deal opens our harbour to the world," said Alba Ferrer, Eastland's minister of ports.

"We will not be the junior partner," said Marta Quell, Westmark's trade secretary.
"""
UNTITLED = """Friday, March 1, 2024

Preston, Victoria, Eastland On Thursday, Alba Ferrer, the minister of ports of Eastland, \
signed a port deal with Westmark after two years of talks with the trade office of Westmark. \
Ferrer called it a good day for the harbour.

"This deal opens our harbour to the world," said Alba Ferrer, Eastland's minister of ports.
"""


WIRE = """Japan's trade minister quits over funding row

TOKYO, Nov. 11 (Reuters) - Japan's trade minister Kenji Sato resigned yesterday over a \
political funding scandal, the government said, the latest blow to the ruling coalition.

"I apologise for the trouble I have caused," Sato told reporters on Sunday.
"""


@pytest.mark.parametrize(("article", "published", "drafted"), [
    (CAPTIONED, None, "event: Alba Ferrer at the harbour of East City in 2019.\n"),
    (UNTITLED, None, "title: Preston, Victoria, Eastland On Thursday, Alba Ferrer,"),
    (WIRE, "2024-11-12", 'told: 2024-11-11\n'),
], ids=["caption", "no-headline", "wire-dateline"])
def test_the_first_redraft_drafts_what_import_drafted(tmp_path: Path, article: str,
                                                      published: str | None,
                                                      drafted: str) -> None:
    """Redraft cleaned the `.md` again, with the YAML's title above it: the caption above the
    lede (a paragraph of the `.md`) went as header matter, dropping its event ("A Russian stamp
    for Paralympic Games in Sochi in 2014", analyst8); a headline ending in "?" became a
    paragraph; a title the drafter had made of the first sentence (the text has no
    headline) drafted 'Victoria' as an actor; and "yesterday" under a dateline of the day
    before publication, read by import from the dateline's day (the 10th), was read by
    redraft from the publication day (the 11th: a wrong date). The same text now gives the
    same draft."""
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    given = ("--published", published) if published else ()
    code, _, err = run(content, "import", str(source), "--source", "X", *given)
    assert code == 0, err
    (path,) = (content / "articles").glob("*.yaml")
    imported = path.read_text(encoding="utf-8")
    assert drafted in imported
    if article is WIRE:
        assert '    date: "2024-11-10"\n    event: Japan\'s trade minister' in imported
    code, _, err = run(content, "redraft", path.stem)
    assert code == 0, err
    assert err == f"briefing redraft: {path} unchanged\n"
    assert path.read_text(encoding="utf-8") == imported


def test_redraft_without_a_published_date_says_to_write_one(imported: Path) -> None:
    path = briefing(imported)
    path.write_text(re.sub(r"(?m)^published: .*\n", "", path.read_text(encoding="utf-8")),
                    encoding="utf-8")
    code, _, err = run(imported, "redraft", slug_of(imported))
    assert code == 1
    assert err == (f"briefing: {path}: it has no 'published' date, which the relative dates of "
                   "the text are read against; write it (published: YYYY-MM-DD), then "
                   "redraft\n")
