"""A `published` (or `told`) date corrected by hand in the YAML, after the drafter read the
text's relative dates against the old one, is named by `briefing check` at its line and stops
`briefing review` until `briefing redraft` dates the entries still drafted again (review23)."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.content.dated_from import mark

from .test_review import run

ARTICLE = ("Minister visits the port\n\nEastland transport minister Anna Berg said on Monday "
           "that the port would open in May.\n\n\"The port will bring a thousand jobs,\" Berg "
           "said on Tuesday.\n")
SLUG = "2024-06-19-minister-visits-port"


def imported(tmp_path: Path) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(content, "import", str(tmp_path / "article.txt"), "--published",
                       "2024-06-19", "--title", "Minister visits the port")
    assert code == 0, err
    [path] = (content / "articles").glob("*.yaml")
    assert path.stem == SLUG
    return content, path


def dates(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e["date"] for e in data["claims"] + data["timeline"]]


def test_a_published_date_corrected_by_hand_is_named_until_redraft(tmp_path: Path) -> None:
    content, path = imported(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "\npublished: 2024-06-19\ndated_from: 2024-06-19\n" in text  # import writes it
    # the Monday and Tuesday before Wednesday 19 June
    assert dates(path) == ["2024-06-17", "2024-06-18", "2024-06-17", "2024-06-18"]
    code, _, err = run(content, "check")
    assert code == 0 and "counted from" not in err
    line = text[:text.index("\npublished:")].count("\n") + 2
    path.write_text(text.replace("published: 2024-06-19", "published: 2024-06-26"),
                    encoding="utf-8")
    message = (f"{path.as_posix()}:{line}:12: the published date is 2024-06-26, but the drafted "
               "entries' dates were counted from 2024-06-19 (dated_from: 2024-06-19): their "
               "\"yesterday\" and \"on Tuesday\" may now be wrong; run 'briefing redraft "
               f"{SLUG}' to date the entries still drafted again from 2024-06-26 (what a person "
               f"changed is kept), then 'briefing review {SLUG}'")
    code, _, err = run(content, "check")
    assert code == 0  # a notice: the drafted entries are not published
    assert f"{message}\n" in err
    before = path.read_text(encoding="utf-8")
    code, out, err = run(content, "review", SLUG, stdin="a\n" * 20)
    assert (code, out, err) == (1, "", f"briefing: {message}\n")
    assert path.read_text(encoding="utf-8") == before  # nothing accepted against the old day
    # a person's correction of a drafted entry stays through the redraft
    corrected = before.replace("    role: minister\n", "    role: transport minister\n", 1)
    assert corrected != before
    path.write_text(corrected, encoding="utf-8")
    code, _, err = run(content, "redraft", SLUG)
    assert code == 0, err
    after = path.read_text(encoding="utf-8")
    assert "\npublished: 2024-06-26\ndated_from: 2024-06-26\n" in after
    assert dates(path) == ["2024-06-24", "2024-06-25", "2024-06-24", "2024-06-25"]
    assert "    role: transport minister\n" in after
    code, _, err = run(content, "check")
    assert code == 0 and "counted from" not in err


def test_a_briefing_without_dated_from_or_with_nothing_drafted_says_nothing(
        tmp_path: Path) -> None:
    content, path = imported(tmp_path)
    text = path.read_text(encoding="utf-8").replace("published: 2024-06-19",
                                                    "published: 2024-06-26")
    # written before review23 (or by hand): nothing is known of the day it was read against
    path.write_text(text.replace("dated_from: 2024-06-19\n", ""), encoding="utf-8")
    code, _, err = run(content, "check")
    assert code == 0 and "counted from" not in err
    # every claim and event reviewed: the person has confirmed their dates
    path.write_text(text.replace("status: drafted", "status: reviewed"), encoding="utf-8")
    code, _, err = run(content, "check")
    assert code == 0 and "counted from" not in err


def test_dated_from_goes_after_told_and_keeps_the_files_line_ends() -> None:
    assert mark("title: T\npublished: 2024-06-19\ntold: 2024-06-18\nsummary: S\n",
                "2024-06-18") == ("title: T\npublished: 2024-06-19\ntold: 2024-06-18\n"
                                  "dated_from: 2024-06-18\nsummary: S\n")
    assert mark("title: T\r\npublished: 2024-06-19\r\n", "2024-06-19") == (
        "title: T\r\npublished: 2024-06-19\r\ndated_from: 2024-06-19\r\n")
    assert mark("published: 2024-06-19\ndated_from: 2024-06-01\n", "2024-06-19") == (
        "published: 2024-06-19\ndated_from: 2024-06-19\n")
    assert mark("title: T\n", "2024-06-19") == "title: T\n"


def test_a_value_written_on_the_next_line_is_kept_whole() -> None:
    # review24: "published:" with its day on the next line (a person's YAML) had redraft put
    # dated_from between the two: published lost (empty), dated_from '2024-06-19 2024-06-19'
    assert mark("published:\n  2024-06-19\nsummary: S\n", "2024-06-19") == (
        "published:\n  2024-06-19\ndated_from: 2024-06-19\nsummary: S\n")
    assert mark("published: 2024-06-19\ndated_from:\n\n  2024-06-01\n# note\nsummary: S\n",
                "2024-06-19") == "published: 2024-06-19\ndated_from: 2024-06-19\n# note\nsummary: S\n"
    assert mark("published: 2024-06-19\n\n  # a comment\nsummary: S\n", "2024-06-19") == (
        "published: 2024-06-19\ndated_from: 2024-06-19\n\n  # a comment\nsummary: S\n")


def test_redraft_keeps_a_published_day_written_on_its_own_line(tmp_path: Path) -> None:
    content, path = imported(tmp_path)
    text = path.read_text(encoding="utf-8").replace("dated_from: 2024-06-19\n", "")
    path.write_text(text.replace("published: 2024-06-19", "published:\n  2024-06-26"),
                    encoding="utf-8")
    code, _, err = run(content, "redraft", SLUG)
    assert code == 0, err
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (str(data["published"]), str(data["dated_from"])) == ("2024-06-26", "2024-06-26")
    code, _, err = run(content, "check")
    assert code == 0, err


def test_redraft_names_a_changed_entry_whose_date_still_counts_from_the_old_day(
        tmp_path: Path) -> None:
    """review23's leftover: an event a person edited keeps the date counted from the old day
    through the redraft (what a person changed is kept), and `dated_from:` then says the new
    day, so check no longer names it: redraft's line now does (review25)."""
    content, path = imported(tmp_path)
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    event = data["timeline"][0]
    assert (event["id"], event["date"]) == ("2024-06-17-eastland-transport-minister", "2024-06-17")
    edited = text.replace(f"    event: {event['event']}\n", "    event: The port opens in May.\n",
                          1).replace("published: 2024-06-19", "published: 2024-06-26")
    path.write_text(edited, encoding="utf-8")
    code, _, err = run(content, "redraft", SLUG)
    assert code == 0
    assert err == (f"briefing redraft: {path} updated; event '2024-06-17-eastland-transport-minister' "
                   "(2024-06-17) stays as you have it (a person changed it), its date counted "
                   "from 2024-06-19, not 2024-06-26: check it before you accept it\n")
    code, _, err = run(content, "redraft", SLUG)  # the day is the file's now: said once
    assert err == f"briefing redraft: {path} unchanged\n"
