"""A briefing's title and `published` date are reviewed like its entries (review21): read from
the text they are drafted, given on the command line they are the person's; a published
build leaves out a briefing whose title or date no person has confirmed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from generator.review import run_review

from .test_review import ARTICLE, HEADLINE, TWO_SPEAKERS, review_in_a_process, run
from .test_site import copy_project, mkdocs_build, show_drafts

SLUG = "2024-03-02-eastland-westmark-sign-port-deal"
# the article with a date line, which the drafter reads `published` from
DATED = ARTICLE.replace(f"{HEADLINE}\n", f"{HEADLINE}\n\nSaturday, March 2, 2024\n", 1)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "articles").mkdir(parents=True)
    (tmp_path / "article.txt").write_text(DATED, encoding="utf-8")
    return folder


def status_of(content: Path) -> str:
    """The `status:` mapping of the imported briefing, as its text has it."""
    text = (content / "articles" / f"{SLUG}.yaml").read_text(encoding="utf-8")
    return text[text.index("\nstatus:\n") + 1:text.index("\nactors:")]


@pytest.mark.parametrize("given, drafted", [
    ((), "  title: drafted\n  published: drafted\n"),
    (("--published", "2024-03-02"), "  title: drafted\n"),
    (("--title", HEADLINE), "  published: drafted\n"),
    (("--published", "2024-03-02", "--title", HEADLINE), ""),
])
def test_import_drafts_the_title_and_date_it_reads_and_not_those_given(
        content: Path, given: tuple[str, ...], drafted: str) -> None:
    code, _, err = run(content, "import", str(content.parent / "article.txt"), *given)
    assert code == 0, err
    assert status_of(content) == f"status:\n{drafted}  summary: drafted"


def test_a_title_given_on_the_command_line_is_the_briefings(content: Path) -> None:
    code, _, err = run(content, "import", str(content.parent / "article.txt"), "--title",
                       "Port deal signed")
    assert code == 0, err
    [path] = (content / "articles").glob("*.yaml")
    assert path.name == "2024-03-02-port-deal-signed.yaml"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["title"] == "Port deal signed"


def test_check_names_the_line_and_column_of_a_drafted_title_and_date(content: Path) -> None:
    assert run(content, "import", str(content.parent / "article.txt"))[0] == 0
    code, _, err = run(content, "check")
    assert code == 0
    path = f"{content}/articles/{SLUG}.yaml"
    assert err.splitlines()[1:4] == [
        f"{path}:2:8: the title was read from the article and no person has confirmed it: a "
        f"published site leaves this briefing out until it is reviewed ('briefing review "
        f"{SLUG}', or write 'title: reviewed' under status:)",
        f"{path}:4:12: the published date was read from the article and no person has "
        "confirmed it: a published site leaves this briefing out until it is reviewed "
        f"('briefing review {SLUG}', or write 'published: reviewed' under status:)",
        f"{path}: 13 drafted entries not yet reviewed (5 actors, 3 claims, 2 events, title, "
        f"published, summary); review them with 'briefing review {SLUG}'"]
    assert run(content, "check", "--no-drafts")[0] == 1


UNCONFIRMED = TWO_SPEAKERS.replace("published: 2024-03-02\n", "published: 2024-03-02\nstatus:\n"
                                   "  title: drafted\n  published: drafted\n")


def test_piped_answers_review_the_title_and_date_first_one_answer_each(tmp_path: Path) -> None:
    out, data = review_in_a_process(tmp_path, "a\na\na\nr\n", terminal=False, text=UNCONFIRMED)
    assert "\n[1/5] title (drafted)\n  T\n" in out
    assert ("\n[2/5] published (drafted)\n  2024-03-02\n  note:     read from the article; its "
            "relative dates (\"yesterday\", \"on Tuesday\") were read against it: correct it (e) "
            "if it is wrong\n") in out
    assert "\n[3/5] claim 'c1'" in out and "\n[4/5] claim 'c2'" in out
    assert data["status"] == {"title": "reviewed", "published": "reviewed"}
    assert [c["id"] for c in data["claims"]] == ["c1"]  # c2 rejected, by the fourth answer
    assert "3 accepted, 1 rejected, 0 skipped; 1 still drafted." in out


def test_a_person_at_a_terminal_reviews_the_title_and_date_first(tmp_path: Path) -> None:
    out, data = review_in_a_process(tmp_path, "a\na\nq\n", terminal=True, text=UNCONFIRMED)
    assert "[1/5] title (drafted)" in out and "[2/5] published (drafted)" in out
    assert data["status"] == {"title": "reviewed", "published": "reviewed"}
    assert "2 accepted, 0 rejected, 0 skipped; 3 still drafted." in out


def test_the_title_and_date_cannot_be_rejected() -> None:
    out = io.StringIO()
    text = run_review(UNCONFIRMED, "Alba said ports open.", [], io.StringIO("r\nr\nq\n"), out)
    assert text == UNCONFIRMED
    assert ("a briefing has a title: it cannot be rejected; correct it (e), then accept it (a)\n"
            in out.getvalue())
    out = io.StringIO()
    run_review(UNCONFIRMED, "E.", [], io.StringIO("n\nr\nq\n"), out)
    assert ("a briefing has a published date: it cannot be rejected; correct it (e), then accept "
            "it (a)\n") in out.getvalue()


def test_a_date_corrected_in_the_review_ends_it_and_says_to_redraft(
        content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    assert run(content, "import", str(content.parent / "article.txt"))[0] == 0
    code, out, err = run(content, "review", SLUG, stdin="a\ne\npublished\n2024-03-04\na\n")
    assert code == 0, err
    assert out.endswith(
        "The published date is now 2024-03-04 (was 2024-03-02). The drafter read the text's "
        "relative dates (\"yesterday\", \"on Tuesday\") against 2024-03-02, so the review stops "
        f"here: run 'briefing redraft {SLUG}' to draft the entries still drafted again against "
        f"2024-03-04, then 'briefing review {SLUG}' to go on (the date is asked about first, to "
        "accept)\n\n1 accepted, 0 rejected, 0 skipped; 12 still drafted.\n")
    data = yaml.safe_load((content / "articles" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    assert data["published"].isoformat() == "2024-03-04"
    assert data["status"]["title"] == "reviewed" and data["status"]["published"] == "drafted"
    # "on Friday" of the text: 2024-03-01 against the 2nd, a Saturday; 2024-03-01 against the
    # 4th, a Monday, too; the redraft reads it again and the date is then accepted
    assert run(content, "redraft", SLUG)[0] == 0
    code, out, _ = run(content, "review", SLUG, stdin="a\nq\n")
    assert "[1/12] published (drafted)\n  2024-03-04\n" in out
    data = yaml.safe_load((content / "articles" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    assert data["status"]["published"] == "reviewed"
    assert "the title" not in run(content, "check")[2]


def test_a_published_build_leaves_out_a_briefing_whose_title_or_date_is_drafted(
        tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site")
    source = tmp_path / "article.txt"
    source.write_text(DATED, encoding="utf-8")
    assert run(project / "content", "import", str(source), "--published", "2024-03-02")[0] == 0
    path = project / "content" / "articles" / f"{SLUG}.yaml"
    # a reviewed claim and actor: still left out, with the briefing they belong to
    text = path.read_text(encoding="utf-8").replace("status: drafted", "status: reviewed")
    path.write_text(text, encoding="utf-8")

    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (f"briefing: {SLUG}: left out: its title was read from the article and no person has "
            f"confirmed it yet: run 'briefing review {SLUG}' (drafts: show in mkdocs.yml shows "
            "what is left out, marked)") in result.stderr
    site = project / "site"
    assert not (site / "briefings" / SLUG).exists()
    everything = [p for p in site.rglob("*") if p.is_file() and p.suffix in (
        ".html", ".json", ".csv", ".xml") and p.name != "search_index.json"]
    assert not [p for p in everything if "Marta Quell" in p.read_text("utf-8", "replace")]
    assert not [p for p in everything if SLUG in p.read_text("utf-8", "replace")]
    # the seed briefing, whose YAML has no such mark, is published as before
    assert (site / "briefings" / "2024-06-19-putin-kim-pyongyang" / "index.html").exists()

    show_drafts(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    page = (site / "briefings" / SLUG / "index.html").read_text(encoding="utf-8")
    mark = ('<span class="drafted-mark" title="Drafted by the tool; no person has reviewed it '
            'yet">drafted · not reviewed</span>')
    assert f"<p><strong>Title:</strong> as the tool read it from the article {mark}</p>" in page
    assert f'<time datetime="2024-03-02">2 March 2024</time>{mark}' not in page  # reviewed
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"{HEADLINE}</a></strong> {mark}</p>" in home


# --- `s` with a new name: its kind on the same line where the answers are piped -----------


def test_piped_answers_give_a_new_speakers_kind_on_its_line(tmp_path: Path) -> None:
    """review18 left it: `s` and a name no actor has asked for its kind, so a script had to
    know whether a name was new; a kind line too many or too few shifted every later answer."""
    out, data = review_in_a_process(tmp_path, "s\nan anonymous blogger, person\na\nr\n",
                                    terminal=False)
    assert data["actors"][-1] == {"id": "an-anonymous-blogger", "name": "an anonymous blogger",
                                  "kind": "person"}
    assert [(c["id"], c["by"]) for c in data["claims"]] == [
        ("c1", "an-anonymous-blogger")]  # c2 rejected by the last answer
    assert "is a new actor" not in out
    # a known name with its kind said too is that actor
    out, data = review_in_a_process(tmp_path / "2", "s\nBea, person\na\n", terminal=False)
    assert data["claims"][0]["by"] == "bea" and len(data["actors"]) == 2


def test_a_piped_new_name_without_its_kind_stops_the_review(tmp_path: Path) -> None:
    out, data = review_in_a_process(tmp_path, "s\nan anonymous blogger\na\nr\n", terminal=False)
    assert ("'an anonymous blogger' names no actor yet, and a new actor's kind comes on the same "
            "line when the answers do not come from a terminal: 'an anonymous blogger, person' "
            "(person, organization, country or group). The speaker stays as it was, and the "
            "review stops here, so that no later answer goes to another question than the one "
            "it was written for\n") in out
    assert [(c["by"], c["status"]) for c in data["claims"]] == [("alba", "drafted"),
                                                               ("bea", "drafted")]
    assert "0 accepted, 0 rejected, 0 skipped; 3 still drafted." in out


def test_at_a_terminal_a_new_speaker_is_asked_its_kind_unless_given(tmp_path: Path) -> None:
    out, data = review_in_a_process(tmp_path, "s\nan anonymous blogger\ng\nq\n", terminal=True)
    assert "'an anonymous blogger' is a new actor: person/organization/country/group" in out
    assert data["actors"][-1]["kind"] == "group"
    out, data = review_in_a_process(tmp_path / "2", "s\nJSA Research, organization\nq\n",
                                    terminal=True)
    assert "is a new actor" not in out
    assert data["actors"][-1] == {"id": "jsa-research", "name": "JSA Research",
                                  "kind": "organization"}


def test_where_told_is_written_the_date_question_says_the_dates_count_from_it() -> None:
    """`told:` (review18): the day a wire dateline gives, which the text's "yesterday" counts
    from; a corrected `published` changes none of those dates, so the review goes on."""
    text = UNCONFIRMED.replace("published: 2024-03-02\n", "published: 2024-03-02\n"
                               "told: 2024-03-01\n")
    out = io.StringIO()
    result = run_review(text, "E.", [], io.StringIO("n\ne\npublished\n2024-03-04\nq\n"), out)
    assert ("\n[2/5] published (drafted)\n  2024-03-02\n  note:     read from the article; its "
            "relative dates (\"yesterday\", \"on Tuesday\") were read against told: 2024-03-01 "
            "(the day its dateline gives), not against this date\n") in out.getvalue()
    assert "The published date is now" not in out.getvalue()
    assert "\n[2/5] published (drafted)\n  2024-03-04\n" in out.getvalue()  # asked again
    assert "published: 2024-03-04\n" in result


def test_the_title_question_shows_the_labels_copied_from_the_article() -> None:
    # review23: source, url, dateline and authors are labels the article gives, shown beside
    # its title on the site and never asked about one by one: the title's question shows them
    from generator.review import describe, pending

    text = UNCONFIRMED.replace("published: 2024-03-02\n", "published: 2024-03-02\nsource: "
                               "Eastland Post\nurl: https://example.org/port\ndateline: "
                               "PORTVILLE\nauthors: [Ann Lee, Bo Kim]\n", 1)
    title = pending(text)[0]
    assert describe(text, title, "", {}) == (
        "title (drafted)\n  T\n  source:   Eastland Post\n  url:      https://example.org/port\n"
        "  dateline: PORTVILLE\n  authors:  Ann Lee, Bo Kim\n  note:     read from the article; "
        "a published site leaves the briefing out until the title and the date are reviewed "
        "(the source, address, dateline and authors above are shown with it as the article "
        "gives them: correct them in the YAML if wrong)\n")
    assert describe(UNCONFIRMED, title, "", {}).startswith("title (drafted)\n  T\n  note:")


def test_a_title_or_date_changed_in_the_review_is_no_longer_said_read_from_the_article() -> None:
    # review25: after `e`, the question came again with "note: read from the article"
    text = UNCONFIRMED.replace("published: 2024-03-02\n", "published: 2024-03-02\n"
                               "told: 2024-03-01\n")
    out = io.StringIO()
    run_review(text, "E.", [], io.StringIO("e\nA better title\nn\ne\n2024-03-04\nq\n"), out)
    assert ("\n[1/5] title (drafted)\n  A better title\n  note:     you changed it in this "
            "review (was: T); accept it (a) to publish it; a published site leaves the briefing "
            "out until the title and the date are reviewed (the source, address, dateline and "
            "authors above are shown with it as the article gives them: correct them in the "
            "YAML if wrong)\n") in out.getvalue()
    assert ("\n[2/5] published (drafted)\n  2024-03-04\n  note:     you changed it in this "
            "review (was: 2024-03-02); accept it (a) to publish it; its relative dates "
            "(\"yesterday\", \"on Tuesday\") were read against told: 2024-03-01 (the day its "
            "dateline gives), not against this date\n") in out.getvalue()


def test_the_date_question_of_an_edit_asks_for_a_day() -> None:
    # review25: "write the new published. ... New published?"
    out = io.StringIO()
    result = run_review(UNCONFIRMED, "E.", [], io.StringIO("n\ne\n2024-03-04\n"), out, "")
    assert ("[a/r/s/e/n/q]? No $EDITOR is set: write the new published date.\npublished: "
            "2024-03-02\nNew published date (YYYY-MM-DD)? The published date is now 2024-03-04 "
            "(was 2024-03-02).") in out.getvalue()
    assert "published: 2024-03-04\n" in result
