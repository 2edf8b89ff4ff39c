"""`briefing merge OLD NEW`: every reference rewritten, everything else kept byte for byte,
each refusal one message with nothing written, and the old address kept by the built site."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .test_site import copy_project, mkdocs_build

HERE = Path(__file__).parent / "merge"
OLD, NEW = "rolls-royce-plc", "rolls-royce"


def run(content: Path, *args: str) -> tuple[int, str, str]:
    """The command run from the site's folder, as a person runs it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(content.parent)
        out, err = io.StringIO(), io.StringIO()
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(HERE / "before", folder)
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_merge_rewrites_every_reference_and_keeps_every_other_byte(content: Path) -> None:
    code, out, err = run(content, "merge", OLD, NEW)
    assert code == 0, err
    assert files(content) == files(HERE / "after")
    assert err == (
        "briefing merge: 'rolls-royce-plc' is now 'rolls-royce' in 3 files; the record of "
        "'rolls-royce' (content/actors.yaml:4) has the aliases Rolls-Royce plc, Rolls-Royce "
        "Holdings and formerly: [rolls-royce-plc], so the old page's address sends readers to "
        "the page of 'rolls-royce'. Check the aliases, then run 'briefing check'\n")
    code, _, err = run(content, "check")
    assert code == 0 and "the content is clean (2 articles, 3 actors" in err
    assert OLD not in err  # no notice about the pair any more


def test_the_golden_after_keeps_comments_quotes_and_odd_spacing() -> None:
    after = (HERE / "after" / "actors.yaml").read_text()
    assert "  # the engine maker, kept by hand\n" in after
    assert "    aliases: [RR, Rolls-Royce plc, Rolls-Royce Holdings]      # short form\n" in after
    assert "    formerly: [rolls-royce-plc]\n" in after
    assert "    name:   Airbus\n" in after and "  - id: 'qantas'\n" in after
    engines = (HERE / "after" / "articles" / "2007-10-15-engines.yaml").read_text()
    assert "  - id: rolls-royce   # the maker\n" in engines
    assert "    by: 'rolls-royce'\n" in engines
    assert '    aliases: ["Rolls-Royce Group"]\n    status: drafted\n' in engines  # stays drafted


def test_dry_run_prints_each_line_and_writes_nothing(content: Path) -> None:
    before = files(content)
    code, out, err = run(content, "merge", OLD, NEW, "--dry-run")
    assert code == 0
    assert files(content) == before
    assert err == "briefing merge: --dry-run: 3 files would change; nothing was written\n"
    flight = "content/articles/2005-04-27-flight.yaml"
    assert out.splitlines()[:4] == [
        f"{flight}:7: -   - id: rolls-royce-plc",
        f"{flight}:8: -     role: engine maker",
        f"{flight}:15: -       - {{actor: rolls-royce-plc, stance: confirms}}",
        f"{flight}:13: +       - {{actor: rolls-royce, stance: confirms}}",
    ]
    assert out.splitlines()[-8:] == [
        "content/actors.yaml:7: -     aliases: [RR]      # short form",
        "content/actors.yaml:7: +     aliases: [RR, Rolls-Royce plc, Rolls-Royce Holdings]      "
        "# short form",
        "content/actors.yaml:8: +     formerly: [rolls-royce-plc]",
        "content/actors.yaml:16: -   - id: rolls-royce-plc",
        "content/actors.yaml:17: -     name: Rolls-Royce plc",
        "content/actors.yaml:18: -     kind: organization",
        "content/actors.yaml:19: -     aliases:",
        "content/actors.yaml:20: -       - Rolls-Royce Holdings",
    ]


def test_crlf_line_ends_and_a_byte_order_mark_are_kept(content: Path) -> None:
    name = "articles/2007-10-15-engines.yaml"
    crlf = "\ufeff" + (content / name).read_text().replace("\n", "\r\n")
    (content / name).write_bytes(crlf.encode("utf-8"))
    code, _, err = run(content, "merge", OLD, NEW)
    assert code == 0, err
    expected = "\ufeff" + (HERE / "after" / name).read_text().replace("\n", "\r\n")
    assert (content / name).read_bytes() == expected.encode("utf-8")


def test_an_article_definition_of_old_becomes_an_entry_of_new(tmp_path: Path) -> None:
    """OLD's definition there is drafted: its aliases stay on its entry (NEW's now, still
    drafted), out of NEW's record, which the site publishes: a merge vouches for no drafted
    entry (review11: "Rolls-Royce Group" was added to actors.yaml, and published)."""
    folder = tmp_path / "content"
    shutil.copytree(HERE / "before", folder)
    actors = folder / "actors.yaml"
    text = actors.read_text()
    actors.write_text(text[:text.index("  - id: rolls-royce-plc")])
    engines = folder / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text().replace(
        "  - id: rolls-royce-plc   # the maker\n",
        "  - id: rolls-royce-plc   # the maker\n    name: Rolls-Royce plc\n"
        "    kind: organization\n"))
    code, _, err = run(folder, "merge", OLD, NEW)
    assert code == 0, err
    assert ('  - id: rolls-royce   # the maker\n    role: engine maker\n'
            '    aliases: ["Rolls-Royce Group"]\n    status: drafted\n') in engines.read_text()
    assert "the aliases Rolls-Royce plc and formerly" in err
    assert "    aliases: [RR, Rolls-Royce plc]      # short form\n" \
        "    formerly: [rolls-royce-plc]\n" \
        in actors.read_text()
    assert run(folder, "check")[0] == 0


def test_a_tag_that_is_the_old_id_becomes_the_new_one(content: Path) -> None:
    # the drafter tags a briefing with its organizations' ids (Apple Inc. -> apple-inc): after
    # `merge apple-inc apple-computer` the tags page listed one company under two tags
    engines = content / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text().replace(
        "published: 2007-10-15\n",
        "published: 2007-10-15\ntags: [rolls-royce-plc, airbus]\n"))
    flight = content / "articles" / "2005-04-27-flight.yaml"
    flight.write_text(flight.read_text().replace(
        "title: Maiden flight\n",
        "title: Maiden flight\ntags:\n  - rolls-royce\n  - rolls-royce-plc  # both\n"))
    code, out, err = run(content, "merge", OLD, NEW, "--dry-run")
    assert code == 0, err
    assert "content/articles/2007-10-15-engines.yaml:5: + tags: [rolls-royce, airbus]" in out
    assert "content/articles/2005-04-27-flight.yaml:5: -   - rolls-royce-plc  # both" in out
    code, _, err = run(content, "merge", OLD, NEW)
    assert code == 0, err
    assert "\ntags: [rolls-royce, airbus]\n" in engines.read_text()
    assert "\ntags:\n  - rolls-royce\npublished:" in flight.read_text()
    assert run(content, "check")[0] == 0


def refused(content: Path, *args: str) -> str:
    before = files(content)
    code, out, err = run(content, "merge", *args)
    assert code == 1 and out == ""
    assert files(content) == before
    assert "Traceback" not in err
    return err


def test_refusals_name_the_problem_and_write_nothing(content: Path) -> None:
    assert refused(content, "rolls-royce-pl", NEW) == (
        "briefing: merge: there is no actor 'rolls-royce-pl' in content/actors.yaml or any "
        "article (did you mean 'rolls-royce-plc'?)\n")
    assert refused(content, NEW, NEW) == (
        "briefing: merge: 'rolls-royce' is named twice; name the actor to merge and the one it "
        "becomes: briefing merge OLD NEW\n")
    (content / "actors.yaml").write_text((content / "actors.yaml").read_text().replace(
        "    name:   Airbus\n    kind: organization", "    name:   Airbus\n    kind: group"))
    assert refused(content, "airbus", NEW) == (
        "briefing: merge: 'airbus' is a group (content/actors.yaml, line 9) and 'rolls-royce' "
        "an organization (content/actors.yaml, line 4); if they are one actor, say which kind it "
        "is: briefing merge airbus rolls-royce --kind organization\n")


def test_a_kind_given_makes_the_two_one(content: Path) -> None:
    (content / "actors.yaml").write_text((content / "actors.yaml").read_text().replace(
        "    name: Rolls-Royce plc\n    kind: organization", "    name: Rolls-Royce plc\n"
        "    kind: group"))
    code, _, err = run(content, "merge", OLD, NEW, "--kind", "group")
    assert code == 0, err
    assert "    name: Rolls-Royce\n    kind: group\n" in (content / "actors.yaml").read_text()


def test_content_with_problems_or_a_malformed_file_is_refused(content: Path) -> None:
    engines = content / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text().replace("    by: 'rolls-royce-plc'", "    by: nobody"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: the content has 1 problem in 1 file that 'briefing check' lists (the "
        "first: content/articles/2007-10-15-engines.yaml:17:9: claim 'targets-met' names actor "
        "'nobody', which is not defined; add it to the article's actors or to "
        "content/actors.yaml); fix them first, then merge\n")
    engines.write_text(engines.read_text().replace("    by: nobody", "    by: [unclosed"))
    assert refused(content, OLD, NEW).startswith(
        "briefing: merge: the content has 1 problem in 1 file that 'briefing check' lists (the "
        "first: content/articles/2007-10-15-engines.yaml:")


def test_two_roles_in_one_article_are_refused_rather_than_one_lost(content: Path) -> None:
    flight = content / "articles" / "2005-04-27-flight.yaml"
    flight.write_text(flight.read_text().replace(
        "  - id: rolls-royce-plc\n    role: engine maker", "  - id: rolls-royce-plc\n"
        "    role: supplier of the Trent 900"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: content/articles/2005-04-27-flight.yaml lists both 'rolls-royce-plc' "
        "(line 7, role 'supplier of the Trent 900') and 'rolls-royce' (line 5, role 'engine "
        "maker'); one entry stays, with one role: write the right role in the entry of "
        "'rolls-royce' and remove the role of 'rolls-royce-plc', then merge again\n")


def test_a_description_only_old_has_is_refused_rather_than_lost(content: Path) -> None:
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text().replace(
        "    name: Rolls-Royce plc\n", "    name: Rolls-Royce plc\n    description: Maker of "
        "the Trent 900.\n"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: 'rolls-royce-plc' has a description 'Maker of the Trent 900.' "
        "(content/actors.yaml, line 16) that 'rolls-royce' has not; write what is right in "
        "'rolls-royce' (content/actors.yaml, line 4) and remove it from 'rolls-royce-plc', "
        "then merge again\n")


def test_merging_again_says_it_is_done(content: Path) -> None:
    assert run(content, "merge", OLD, NEW)[0] == 0
    assert refused(content, OLD, NEW) == (
        "briefing: merge: actor 'rolls-royce-plc' was merged into 'rolls-royce' already "
        "(content/actors.yaml, line 4: formerly)\n")


def test_check_refuses_a_former_id_that_is_a_live_actor(content: Path) -> None:
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text().replace(
        "    aliases: [RR]      # short form\n",
        "    aliases: [RR]      # short form\n    formerly: [rolls-royce-plc]\n"))
    code, out, _ = run(content, "check")
    assert code == 1
    assert out == (
        "content/actors.yaml:8:16: actor 'rolls-royce' was formerly 'rolls-royce-plc', but "
        "'rolls-royce-plc' is an actor of its own (content/actors.yaml, line 17); if they are "
        "one, run 'briefing merge rolls-royce-plc rolls-royce', else take 'rolls-royce-plc' out "
        "of formerly\n")


def test_a_reference_to_a_merged_id_says_which_actor_it_became(content: Path) -> None:
    assert run(content, "merge", OLD, NEW)[0] == 0
    engines = content / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text().replace("    by: 'rolls-royce'", "    by: " + OLD))
    code, out, _ = run(content, "check")
    assert code == 1
    assert out == (
        "content/articles/2007-10-15-engines.yaml:17:9: claim 'targets-met' names actor "
        "'rolls-royce-plc', which is not defined (it was merged into 'rolls-royce': write "
        "'rolls-royce'); add it to the article's actors or to content/actors.yaml\n")


def test_a_tag_that_is_a_former_id_gets_a_notice_to_write_the_new_id(content: Path) -> None:
    # a merge made before merges renamed tags (or a tag typed by hand) left the old id: the
    # tags page lists the one actor under two tags, and `check` said nothing
    assert run(content, "merge", OLD, NEW)[0] == 0
    engines = content / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text().replace(
        "published: 2007-10-15\n", "published: 2007-10-15\ntags: [airbus, rolls-royce-plc]\n"))
    flight = content / "articles" / "2005-04-27-flight.yaml"
    flight.write_text(flight.read_text().replace(
        "title: Maiden flight\n", "title: Maiden flight\ntags: [rolls-royce, rolls-royce-plc]\n"))
    code, out, err = run(content, "check")
    assert code == 0 and out == ""  # a notice: the content is valid, the site builds
    assert err.splitlines()[2:] == [  # after the summary and the drafted entry's line
        "content/articles/2005-04-27-flight.yaml:3:21: tag 'rolls-royce-plc' is a former actor "
        "id (it was merged into 'rolls-royce': take it out, 'rolls-royce' is there already)",
        "content/articles/2007-10-15-engines.yaml:5:16: tag 'rolls-royce-plc' is a former actor "
        "id (it was merged into 'rolls-royce': write 'rolls-royce')"]


def test_the_built_site_keeps_the_old_address(tmp_path: Path) -> None:
    project = copy_project(tmp_path, content=False)
    shutil.copytree(HERE / "before", project / "content")
    assert run(project / "content", "merge", OLD, NEW)[0] == 0
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    page = (site / "actors" / OLD / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../rolls-royce/">' in page
    assert '<a href="../rolls-royce/">Rolls-Royce</a>' in page
    assert '<meta name="robots" content="noindex">' in page
    assert (site / "actors" / NEW / "index.html").is_file()
    assert OLD not in (site / "sitemap.xml").read_text()
    index = json.loads((site / "search" / "search_index.json").read_text())
    assert not [d for d in index["docs"] if OLD in d["location"]]
    assert OLD not in (site / "index.html").read_text()  # nor in the navigation


def test_new_defined_in_an_article_takes_the_names_and_old_keeps_its_role(
        tmp_path: Path) -> None:
    """The fixture's officials (an article's definition, with a block list of aliases) merged
    into dock workers, a drafted definition of the other article: that entry gets the names
    and the former id and stays drafted; the officials' entry keeps its role and aliases."""
    folder = tmp_path / "content"
    shutil.copytree(Path(__file__).parent / "fixture" / "content", folder)
    deal = folder / "articles" / "2024-03-02-port-deal.yaml"
    strike = folder / "articles" / "2024-05-20-harbour-strike.yaml"
    deal.write_text(deal.read_text().replace(
        "    name: officials\n    kind: group\n",
        "    name: officials\n    kind: group\n    aliases:\n      - the officials\n"))
    strike.write_text(strike.read_text().replace(
        "    role: its ships wait outside the harbour\n",
        "    role: its ships wait outside the harbour\n  - id: dock-workers\n"
        "    name: Dock workers\n    kind: group\n    role: on strike\n    status: drafted\n"))
    code, _, err = run(folder, "merge", "harbour-officials", "dock-workers")
    assert code == 0, err
    assert ("  - id: dock-workers\n    aliases:\n      - the officials\n"
            "    role: announced the signing\nclaims:\n") in deal.read_text()
    assert "    by: dock-workers\n" in deal.read_text()
    assert ("  - id: dock-workers\n    name: Dock workers\n    kind: group\n"
            "    aliases: [officials, the officials]\n    formerly: [harbour-officials]\n"
            "    role: on strike\n    status: drafted\n") in strike.read_text()
    assert run(folder, "check")[0] == 0


def test_briefing_build_and_the_serve_builder_write_the_old_address(content: Path) -> None:
    from generator.build import generate
    from generator.incremental import IncrementalBuilder

    assert run(content, "merge", OLD, NEW)[0] == 0
    built = generate(content, root=content.parent)
    served = IncrementalBuilder().generate(content, root=content.parent)
    page = built["actors/rolls-royce-plc/index.html"]
    assert served["actors/rolls-royce-plc/index.html"] == page
    assert 'content="0; url=../rolls-royce/"' in page
    # said with the old actor's name (it joined the record's aliases), not its id
    assert "<p>Rolls-Royce plc is now <a href=\"../rolls-royce/\">Rolls-Royce</a>.</p>" in page


def test_without_directory_urls_the_old_address_is_an_html_file() -> None:
    from generator.content.model import Actor
    from generator.pages.redirects import redirect_items

    actor = Actor("rolls-royce", "Rolls-Royce & Co", "organization", formerly=("rr", "rr-plc"))
    found = dict(redirect_items([actor], directory_urls=False))
    assert sorted(found) == ["actors/rr-plc.html", "actors/rr.html"]
    # no alias is written like 'rr': the old name is not known, and no id is shown instead
    assert ('<p>This page has moved: <a href="rolls-royce.html">Rolls-Royce &amp; Co</a>.</p>'
            in found["actors/rr.html"])


def test_the_old_page_names_the_old_actor_by_the_alias_written_like_its_id() -> None:
    from generator.content.model import Actor
    from generator.pages.redirects import redirect_items

    actor = Actor("steve-jobs", "Steve Jobs", "person",
                  aliases=["Jobs", "Steven P. Jobs", "Steve Jobs", "Stéve O'Jobs"],
                  formerly=("jobs", "steven-p-jobs", "steve-jobs-2", "apple-ceo", "steve-ojobs"))
    said = {path: page.split("<p>")[1].split(" <a")[0]
            for path, page in redirect_items([actor])}
    assert said == {"actors/jobs/index.html": "Jobs is now",
                    "actors/steven-p-jobs/index.html": "Steven P. Jobs is now",
                    "actors/steve-jobs-2/index.html": "This page has moved:",
                    "actors/apple-ceo/index.html": "This page has moved:",
                    "actors/steve-ojobs/index.html": "Stéve O&#39;Jobs is now"}


def test_a_merge_that_would_leave_a_problem_writes_nothing(content: Path) -> None:
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text().replace(
        "    description: British engine maker.\n",
        "    description: British engine maker.\n    affiliation: rolls-royce-plc\n"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: the merge would leave 1 problem (the first: content/actors.yaml:10:18: "
        "actor 'rolls-royce' is affiliated to itself; name the organization or country it "
        "belongs to); nothing was written: change that by hand, then merge again\n")


def test_a_file_saved_meanwhile_stops_the_writing(content: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.merge import MergeError, plan_merge, write_merge

    monkeypatch.chdir(content.parent)
    merge = plan_merge(Path("content"), OLD, NEW)
    engines = content / "articles" / "2007-10-15-engines.yaml"
    engines.write_text(engines.read_text() + "# saved in an editor\n")
    before = files(content)
    with pytest.raises(MergeError, match="^content/articles/2007-10-15-engines.yaml changed while "
                       "the merge was worked out"):
        write_merge(merge)
    assert files(content) == before


def test_index_is_refused_as_a_former_id(content: Path) -> None:
    """actors/index is the page that lists every actor: a former id `index` would put its page
    that sends readers on there, and the build silently kept one page of the two (review11;
    an actor id or tag `index`: tests/broken/cases.py)."""
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text().replace(
        "    aliases: [RR]      # short form\n",
        "    aliases: [RR]      # short form\n    formerly: [index]\n"))
    code, out, _ = run(content, "check")
    assert code == 1
    assert out == (
        "content/actors.yaml:8:16: former id 'index' would name the page that lists every actor "
        "(actors/index.md); take it out of formerly\n")

def test_an_article_listing_both_with_one_entry_drafted_is_refused(content: Path) -> None:
    """One entry stays: a drafted entry's aliases would join a reviewed one (published
    unreviewed), or a reviewed entry would give way to a drafted one (its role no longer
    published). The person reviews the drafted entry first (review11)."""
    flight = content / "articles" / "2005-04-27-flight.yaml"
    before = flight.read_text()
    flight.write_text(before.replace(
        "  - id: rolls-royce-plc\n    role: engine maker\n",
        "  - id: rolls-royce-plc\n    role: engine maker\n    aliases: [Bangkok]\n"
        "    status: drafted\n"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: content/articles/2005-04-27-flight.yaml lists both 'rolls-royce-plc' "
        "(line 7, drafted) and 'rolls-royce' (line 5, reviewed); one entry stays, and a merge "
        "vouches for no drafted entry: review the drafted one first ('briefing review "
        "2005-04-27-flight') or remove it, then merge again\n")
    flight.write_text(before.replace("  - id: rolls-royce\n    role: engine maker\n",
                                     "  - id: rolls-royce\n    role: engine maker\n"
                                     "    status: drafted\n"))
    assert refused(content, OLD, NEW) == (
        "briefing: merge: content/articles/2005-04-27-flight.yaml lists both 'rolls-royce-plc' "
        "(line 8, reviewed) and 'rolls-royce' (line 5, drafted); one entry stays, and a merge "
        "vouches for no drafted entry: review the drafted one first ('briefing review "
        "2005-04-27-flight') or remove it, then merge again\n")
    flight.write_text(before.replace(
        "  - id: rolls-royce-plc\n    role: engine maker\n",
        "  - id: rolls-royce-plc\n    role: engine maker\n    status: drafted\n"))
    assert run(content, "merge", OLD, NEW)[0] == 0  # a drafted entry that adds nothing goes


def test_a_record_whose_aliases_are_a_block_list_gets_formerly_after_them(
        content: Path) -> None:
    """NEW's record writes its aliases one a line: `formerly` goes after the list, not between
    `aliases:` and its first item (review11: the merge refused, blaming a YAML syntax error on
    a line it had made)."""
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text().replace("    description: British engine maker.\n", ""))
    code, _, err = run(content, "merge", NEW, OLD)
    assert code == 0, err
    assert actors.read_text().endswith(
        "  - id: rolls-royce-plc\n    name: Rolls-Royce plc\n    kind: organization\n"
        "    aliases:\n      - Rolls-Royce Holdings\n      - Rolls-Royce\n      - RR\n"
        "    formerly: [rolls-royce]\n")
    assert run(content, "check")[0] == 0


def test_an_old_id_drafted_again_is_merged_again_as_check_says(content: Path) -> None:
    """An article drafted after the merge brings the old id back (the drafter does not read
    `formerly`); `check` says to run the merge again, which refused because of that very
    problem (review11). It now merges, leaving `formerly` as it is."""
    assert run(content, "merge", OLD, NEW)[0] == 0
    actors = content / "actors.yaml"
    actors.write_text(actors.read_text() + "  - id: rolls-royce-plc\n    name: Rolls-Royce plc\n"
                      "    kind: organization\n    aliases: [RR plc]\n")
    code, out, _ = run(content, "check")
    assert code == 1 and "run 'briefing merge rolls-royce-plc rolls-royce'" in out
    code, _, err = run(content, "merge", OLD, NEW)
    assert code == 0, err
    assert "has the aliases RR plc and formerly: [rolls-royce-plc]," in err
    text = actors.read_text()
    assert "  - id: rolls-royce-plc" not in text and text.count("formerly:") == 1
    assert "    aliases: [RR, Rolls-Royce plc, Rolls-Royce Holdings, RR plc]" in text
    assert run(content, "check")[0] == 0
    actors.write_text(actors.read_text() + "  - id: rolls-royce-plc\n    name: Rolls-Royce plc\n"
                      "    kind: organization\n    description: Another.\n")
    assert refused(content, OLD, "airbus").startswith(
        "briefing: merge: the content has 1 problem in 1 file that 'briefing check' lists")


TALKS = """\
# yaml-language-server: $schema=../../schema/article.schema.json
title: Talks
published: 2024-01-02
actors:
  - id: acme   # the buyer
    name: Acme
    kind: organization
    aliases: [Acme Corp]   # as the wire writes it
    description: A maker of anvils.

    role: buys the mine
tags: [mining]
"""
DEAL = """\
# yaml-language-server: $schema=../../schema/article.schema.json
title: Deal
published: 2024-01-03
actors:
  - id: acme-inc
    name: Acme Inc.
    kind: organization
    role: signed the deal
"""


def no_actors_file(tmp_path: Path, talks: str = TALKS) -> Path:
    folder = tmp_path / "content"
    (folder / "articles").mkdir(parents=True)
    for slug, text in (("2024-01-02-talks", talks), ("2024-01-03-deal", DEAL)):
        (folder / "articles" / f"{slug}.yaml").write_text(text)
        (folder / "articles" / f"{slug}.md").write_text("Acme buys the mine.\n")
    return folder


def test_a_record_in_a_reviewed_article_entry_moves_to_a_new_actors_file(
        tmp_path: Path) -> None:
    # formerly in an article's entry went with the article: deleting it dropped the redirect;
    # actors.yaml is written first (the order of the lines), the record's article last
    folder = no_actors_file(tmp_path)
    code, out, err = run(folder, "merge", "acme-inc", "acme", "--dry-run")
    assert code == 0 and not (folder / "actors.yaml").exists()
    assert out.splitlines() == [
        "content/actors.yaml:1: + # yaml-language-server: $schema=../schema/actors.schema.json",
        "content/actors.yaml:2: + actors:",
        "content/actors.yaml:3: +   - id: acme",
        "content/actors.yaml:4: +     name: Acme",
        "content/actors.yaml:5: +     kind: organization",
        "content/actors.yaml:6: +     aliases: [Acme Corp, Acme Inc.]   # as the wire writes it",
        "content/actors.yaml:7: +     formerly: [acme-inc]",
        "content/actors.yaml:8: +     description: A maker of anvils.",
        "content/articles/2024-01-03-deal.yaml:5: -   - id: acme-inc",
        "content/articles/2024-01-03-deal.yaml:5: +   - id: acme",
        "content/articles/2024-01-03-deal.yaml:6: -     name: Acme Inc.",
        "content/articles/2024-01-03-deal.yaml:7: -     kind: organization",
        "content/articles/2024-01-02-talks.yaml:6: -     name: Acme",
        "content/articles/2024-01-02-talks.yaml:7: -     kind: organization",
        "content/articles/2024-01-02-talks.yaml:8: -     aliases: [Acme Corp]   # as the wire "
        "writes it",
        "content/articles/2024-01-02-talks.yaml:9: -     description: A maker of anvils."]
    code, _, err = run(folder, "merge", "acme-inc", "acme")
    assert code == 0, err
    assert err == (
        "briefing merge: 'acme-inc' is now 'acme' in 3 files; the record of 'acme' "
        "(content/actors.yaml:3) has the aliases Acme Inc. and formerly: [acme-inc], so the old "
        "page's address sends readers to the page of 'acme'. Check the aliases, then run "
        "'briefing check'\n")
    assert (folder / "articles" / "2024-01-02-talks.yaml").read_text() == TALKS.replace(
        "    name: Acme\n    kind: organization\n    aliases: [Acme Corp]   # as the wire writes "
        "it\n    description: A maker of anvils.\n", "")
    assert run(folder, "check")[0] == 0
    (folder / "articles" / "2024-01-02-talks.yaml").unlink()
    (folder / "articles" / "2024-01-02-talks.md").unlink()
    code, _, err = run(folder, "check")
    assert code == 0, err  # the actor and its former id outlive the article


def test_a_record_in_a_drafted_article_entry_stays_with_a_note(tmp_path: Path) -> None:
    drafted = TALKS.replace("    role: buys the mine\n", "    role: buys the mine\n"
                            "    status: drafted\n")
    folder = no_actors_file(tmp_path, drafted)
    code, _, err = run(folder, "merge", "acme-inc", "acme")
    assert code == 0, err
    assert not (folder / "actors.yaml").exists()
    assert "    formerly: [acme-inc]\n" in (folder / "articles" / "2024-01-02-talks.yaml").read_text()
    assert err.splitlines()[1] == (
        "briefing merge: 'acme' is defined by a drafted entry "
        "(content/articles/2024-01-02-talks.yaml:5), so its formerly list stays there, and goes "
        "if that article is deleted: review it ('briefing review 2024-01-02-talks'), then move "
        "the record to content/actors.yaml")


def test_a_record_in_a_reviewed_article_entry_moves_to_the_end_of_actors_yaml(
        tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(Path(__file__).parent / "fixture" / "content", folder)
    actors = folder / "actors.yaml"
    strike = folder / "articles" / "2024-05-20-harbour-strike.yaml"
    before = {"actors": actors.read_text(), "strike": strike.read_text().replace(
        "    role: its ships wait outside the harbour\n",
        "    role: its ships wait outside the harbour\n  - id: dock-workers\n"
        "    name: Dock workers\n    kind: group\n    role: on strike\n")}
    strike.write_text(before["strike"])
    code, _, err = run(folder, "merge", "harbour-officials", "dock-workers")
    assert code == 0, err
    assert "the record of 'dock-workers' (content/actors.yaml:18) has the aliases officials" in err
    assert actors.read_text() == before["actors"] + (
        "  - id: dock-workers\n    name: Dock workers\n    kind: group\n"
        "    aliases: [officials]\n    formerly: [harbour-officials]\n")
    assert strike.read_text() == before["strike"].replace(
        "    name: Dock workers\n    kind: group\n", "")
    assert run(folder, "check")[0] == 0


def test_the_record_goes_to_actors_yaml_as_briefing_init_writes_it(tmp_path: Path) -> None:
    folder = no_actors_file(tmp_path)
    init = ("# yaml-language-server: $schema=../schema/actors.schema.json\n"
            "# Actors named in several articles; see docs/content-model.md.\nactors: []\n")
    (folder / "actors.yaml").write_text(init)
    code, out, err = run(folder, "merge", "acme-inc", "acme")
    assert code == 0, err
    assert "the record of 'acme' (content/actors.yaml:4)" in err
    assert (folder / "actors.yaml").read_text() == init.replace("actors: []\n", (
        "actors:\n  - id: acme\n    name: Acme\n    kind: organization\n"
        "    aliases: [Acme Corp, Acme Inc.]   # as the wire writes it\n"
        "    formerly: [acme-inc]\n    description: A maker of anvils.\n"))
    assert run(folder, "check")[0] == 0
