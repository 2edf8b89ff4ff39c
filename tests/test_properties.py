"""Property-based tests: whatever text arrives, the loader and the date parser answer with
problems or values, never with an exception. HYPOTHESIS_PROFILE=fuzz runs them long."""

from __future__ import annotations

import shutil
import string
import tempfile
from datetime import date
from pathlib import Path

import yaml
from hypothesis import assume, example, given
from hypothesis import strategies as st

from generator.content.check import check_folder
from generator.content.dates import DateError, EDate, parse_date
from generator.content.problems import Problem
from generator.content.yamlfile import load, parse
from generator.pages.generate import build_pages

from .conftest import FIXTURE

# Pieces of YAML syntax, so that generated text reaches the parser's corners, not only its
# first error.
PIECES = [": ", ":", "- ", "-", "[", "]", "{", "}", ",", "&a ", "*a", "!!python/object ", "!x ",
          "!!str ", '"', "'", "\\", "\\u", "\\ud800", "\n", "\n  ", "\n    ", "  ", "\t", "#",
          "title", "published", "actors", "claims", "timeline", "id", "2024-03-02", "2024-02-30",
          "x", "é", "\u202e", "|", ">", "? ", "---", "...", "%YAML 1.1", "<<", "~", "null",
          "yes", "1e9", "9" * 50, "\x07", "\ufeff", "\r\n", "\x85", "\u2028"]
yamlish = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
texts = st.text(alphabet=st.characters(codec="utf-8"))
# PyYAML's emitter writes NEL and the Unicode line and paragraph separators unquoted, and its
# scanner (rightly, for YAML 1.1) reads them back as line breaks: a PyYAML round-trip bug,
# not one of the loader's, so the round-trip tests leave these three characters out.
dumpable = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x85\u2028\u2029"))


def well_formed(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.line >= 1 and problem.column >= 1 and problem.message
        str(problem).encode("utf-8")  # printable on any terminal: no lone surrogates


@given(st.one_of(yamlish, st.text()))
def test_any_text_parses_or_gives_problems(text: str) -> None:
    doc, problems = parse(text, "x.yaml")
    well_formed(problems)
    assert (doc is None) == bool(problems)


@given(st.binary(max_size=300) | yamlish.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_load_or_give_problems(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(data)
        doc, problems = load(path, "x.yaml")
    well_formed(problems)
    assert (doc is None) == bool(problems)


@given(yamlish | st.text(max_size=200))
def test_any_article_yaml_checks_or_builds_without_an_exception(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        shutil.copytree(FIXTURE / "content", project / "content")
        path = project / "content/articles/2024-03-02-port-deal.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        content, problems = check_folder(project / "content", project)
        well_formed(problems)
        if not problems:
            assert build_pages(content)


@st.composite
def articles(draw: st.DrawFn) -> dict[str, object]:
    line = dumpable.filter(lambda t: bool(t.strip()))
    ident = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
    return {
        "title": draw(line), "source": draw(line), "summary": draw(line),
        "published": draw(st.dates(date(1, 1, 1), date(9999, 12, 31))).isoformat(),
        "authors": draw(st.lists(line, max_size=3)),
        # `index` is no tag: tags/index lists every tag (check refuses it)
        "tags": draw(st.lists(ident.filter(lambda t: t != "index"), max_size=3)),
    }


@given(articles())
def test_valid_records_round_trip_with_their_positions(article: dict[str, object]) -> None:
    text = yaml.safe_dump(article, allow_unicode=True, sort_keys=False)
    doc, problems = parse(text, "x.yaml")
    assert problems == [] and doc is not None
    assert doc.data == article
    doc.complete()  # the keys' positions, left out until a problem needs one
    for name in article:
        line, column = doc.key_positions[(name,)]
        assert doc.lines[line - 1][column - 1:].startswith(name)


@given(articles())
def test_valid_articles_load_as_written(article: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        articles_dir = project / "content" / "articles"
        articles_dir.mkdir(parents=True)
        text = yaml.safe_dump(article, allow_unicode=True, sort_keys=False)
        (articles_dir / "2024-01-01-x.yaml").write_text(text, encoding="utf-8")
        (articles_dir / "2024-01-01-x.md").write_text("Some text.\n", encoding="utf-8")
        content, problems = check_folder(project / "content", project)
    assert problems == []
    loaded = content.articles[0]
    assert (loaded.title, loaded.source, loaded.summary, loaded.authors, loaded.tags) == (
        article["title"], article["source"], article["summary"], article["authors"],
        article["tags"])
    assert loaded.published.text == article["published"]


date_like = st.from_regex(r"(\.\.|[0-9]{1,5})?(-W?[0-9]{1,3}(-[0-9]{1,2})?)?[?~%]?"
                          r"(/(\.\.|[0-9]{4,5}(-W?[0-9]{2}(-[0-9]{2})?)?[?~%]?)?)?", fullmatch=True)


# The calendar's edges, which a regex strategy seldom reaches: year 1, year 9999, week 53.
edge_dates = st.builds(lambda year, rest: year + rest,
                       st.sampled_from(["0000", "0001", "9999", "2020", "2021"]),
                       st.from_regex(r"(-W[0-9]{2}|-[0-9]{2}(-[0-9]{2})?)?[?~%]?(/(\.\.)?)?",
                                     fullmatch=True))


@given(st.one_of(date_like, edge_dates, st.text(), st.text(alphabet=string.digits + "-/W?~%. ")))
def test_any_string_is_a_date_or_a_date_error(text: str) -> None:
    try:
        parsed = parse_date(text)
    except DateError as exc:
        assert str(exc)
        return
    assert isinstance(parsed, EDate)
    assert parsed.first <= parsed.last
    assert parsed.label()
    assert parsed.sort_key() <= parsed.sort_key()
    assert parsed.year is None or parsed.first.year == parsed.year


points = st.tuples(st.dates(date(1, 1, 1), date(9999, 12, 31)),
                   st.sampled_from(["year", "month", "day"]), st.sampled_from(["", "?", "~", "%"]))


def written(point: tuple[date, str, str]) -> str:
    day, precision, qualifier = point
    text = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}",
            "day": day.isoformat()}[precision]
    return text + qualifier


# Most strings the two regex strategies draw are no date; the dates as written keep enough of
# the draws valid for Hypothesis's "filter too much" health check, which failed on a rare seed.
@given(st.one_of(date_like, edge_dates, points.map(written)))
def test_a_date_the_check_accepts_is_drawn_by_the_pages(text: str) -> None:
    # check and pages agree on what a date can be (dates.FIRST to dates.LAST): year 1 and a
    # scheduled 9999-12-31 crashed the timeline's axis while check called them clean
    try:
        parse_date(text)
    except DateError:
        assume(False)
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        shutil.copytree(FIXTURE / "content", project / "content")
        path = project / "content/articles/2024-05-20-harbour-strike.yaml"
        written = path.read_text(encoding="utf-8")
        assert "date: 2024-05-18/2024-05-19\n" in written
        path.write_text(written.replace("date: 2024-05-18/2024-05-19\n",
                                        f"date: '{text}'\n    scheduled: true\n"),
                        encoding="utf-8")
        content, problems = check_folder(project / "content", project)
        assert problems == []
        assert build_pages(content)


def test_the_last_week_of_year_9999_ends_on_the_last_day() -> None:
    # found by the edge strategy above: 9999-W52 ran past date.max (OverflowError)
    last = parse_date("9999-W52")
    assert (last.first, last.last) == (date(9999, 12, 27), date(9999, 12, 31))
    assert parse_date("../9999-W52").label() == "week of 27 December 9999 or earlier"


@given(points)
def test_every_date_as_written_parses_and_holds_its_day(point: tuple[date, str, str]) -> None:
    parsed = parse_date(written(point))
    assert parsed.first <= point[0] <= parsed.last
    assert str(point[0].year) in parsed.label()


@given(points, points)
def test_intervals_and_sorting_follow_the_calendar(a: tuple[date, str, str],
                                                   b: tuple[date, str, str]) -> None:
    first, second = parse_date(written(a)), parse_date(written(b))
    if first.first < second.first:
        assert first.sort_key() < second.sort_key()
    assume(first.last <= second.first)
    span = parse_date(f"{written(a)}/{written(b)}")
    assert (span.first, span.last) == (first.first, second.last)
    assert span.label()


# what `fold` must give: NFC, curly quotes, dashes and the like folded, white space collapsed
# (the definition it had before its quicker form)
_FOLDABLE = "\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2013\u2014\u2012" \
            "\u2212\u00a0\u2026e\u0301\u00e9 \t\n\r\x0b\x0c\x1c\x85\u2028\u3000a-'\""


@given(st.text(alphabet=st.sampled_from(_FOLDABLE) | st.characters(codec="utf-8")))
def test_fold_is_nfc_with_quotes_dashes_and_white_space_folded(text: str) -> None:
    import re
    import unicodedata

    from generator.content.text import _FOLD, fold

    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_FOLD)).strip()
    assert fold(text) == expected


# what a page's text can hold that a list line must not mistake for the page's root
_LINE_TEXT = st.text(alphabet=st.sampled_from("\x00\x01\x1f\x7f<>&\"' #/") |
                     st.characters(codec="utf-8"))


@given(_LINE_TEXT, st.booleans(), st.booleans())
@example("a\x00b <&> \x01", True, True)
def test_a_list_line_made_once_for_every_depth_is_the_line_made_for_its_page(
        text: str, sourced: bool, directory_urls: bool) -> None:
    """`Lines` writes a claim's or event's line once with a stand-in for the page's root
    (`_ROOT`, a control character) and joins it with each page's root: whatever the texts on
    the line hold, that is the line written for the page itself."""
    from dataclasses import replace

    from generator.pages.index import ClaimRef, EventRef
    from generator.pages.lines import Lines

    content, problems = check_folder(FIXTURE / "content", FIXTURE)
    assert problems == []
    first = content.articles[0]
    claim = replace(first.claims[0], claim=text or "x", by="alba")
    event = replace(first.timeline[0], event=text or "x")
    article = replace(first, title=text or "x", source=text if sourced else "",
                      claims=[claim], timeline=[event])
    actors = {**content.actors, "alba": replace(content.actors["alba"], name=text or "x")}
    claim_ref, event_ref = ClaimRef(article, claim), EventRef(article, event)
    lines = Lines(actors, directory_urls)  # one for every depth, as for a site
    for root in ("", "../", "../../", "../../../"):
        direct = Lines(actors, directory_urls)
        for filtered in (False, True):
            assert (lines.claim_line(claim_ref, root, filtered=filtered)
                    == direct._claim_line(claim_ref, root, "", None, filtered))
        assert (lines.claim_line(claim_ref, root, "denies", 2)
                == direct._claim_line(claim_ref, root, "denies", 2, False))
        assert lines.event_line(event_ref, root) == direct._event_line(event_ref, root)
