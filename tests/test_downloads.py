"""Downloads (CSV, JSON), schema.org JSON-LD and the Atom feed, as generated."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import generate
from generator.exports.tables import CLAIM_COLUMNS, EVENT_COLUMNS
from generator.pages.generate import SiteInfo

from .conftest import FIXTURE, ROOT

SITE = SiteInfo("Fixture briefings", site_url="https://briefings.example.org/site/",
                drafts=True)  # every entry; what a published build leaves out: test_review
PORT = "2024-03-02-port-deal"


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return generate(FIXTURE / "content", SITE, root=FIXTURE)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def generate_with(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    """The fixture site generated after replacing `old` by `new` in the port-deal YAML."""
    import shutil
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    path = tmp_path / "content" / "articles" / f"{PORT}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return generate(tmp_path / "content", SITE, root=tmp_path)


def test_site_wide_tables_hold_every_entry_in_a_fixed_column_order(
        files: dict[str, str]) -> None:
    claims = files["data/claims.csv"]
    assert claims.splitlines()[0] == ",".join(CLAIM_COLUMNS)
    assert [(r["briefing"], r["id"], r["standing"], r["denied_by"]) for r in rows(claims)] == [
        ("2024-05-20-harbour-strike", "strike-ends-soon", "confirmed", ""),
        (PORT, "opens-harbour", "asserted", ""),
        (PORT, "westmark-control", "denied", "westmark")]
    timeline = rows(files["data/timeline.csv"])
    assert files["data/timeline.csv"].splitlines()[0] == ",".join(EVENT_COLUMNS)
    assert [(r["date"], r["label"], r["earliest"], r["latest"]) for r in timeline] == [
        ("../2004", "2004 or earlier", "", "2004-12-31"),
        ("2023-09", "September 2023", "2023-09-01", "2023-09-30"),
        ("2024-03-01", "1 March 2024", "2024-03-01", "2024-03-01"),
        ("2024-05-18/2024-05-19", "18–19 May 2024", "2024-05-18", "2024-05-19")]
    actors = {r["id"]: r for r in rows(files["data/actors.csv"])}
    assert actors["alba"]["aliases"] == "Ferrer; the minister"
    assert (actors["alba"]["claims_made"], actors["alba"]["wikidata"]) == ("2", "Q1")


def test_a_merged_actor_lists_its_former_ids_in_the_actors_tables(tmp_path: Path) -> None:
    """A reader who kept yesterday's CSV can join it to today's: `briefing merge` made
    'ferrer' into 'alba', and the actors tables say so."""
    import shutil
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    path = tmp_path / "content" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: alba\n", "  - id: alba\n    formerly: [ferrer, a-ferrer]\n"),
                    encoding="utf-8")
    files = generate(tmp_path / "content", SITE, root=tmp_path)
    actors = {r["id"]: r for r in rows(files["data/actors.csv"])}
    assert (actors["alba"]["formerly"], actors["eastland"]["formerly"]) == ("ferrer; a-ferrer", "")
    data = {r["id"]: r for r in json.loads(files["data/actors.json"])}
    assert (data["alba"]["formerly"], data["eastland"]["formerly"]) == (["ferrer", "a-ferrer"], [])


def test_json_downloads_hold_the_same_rows_with_lists_kept(files: dict[str, str]) -> None:
    for table in ("actors", "claims", "timeline"):
        data = json.loads(files[f"data/{table}.json"])
        table_rows = rows(files[f"data/{table}.csv"])
        assert [r["id"] for r in data] == [r["id"] for r in table_rows]
    claim = json.loads(files["data/claims.json"])[1]
    assert claim["about"] == ["eastland"] and claim["paragraph"] == 2


def test_each_briefing_has_its_own_downloads_linked_from_its_page(files: dict[str, str]) -> None:
    page = files[f"briefings/{PORT}.md"]
    # raw HTML (Python-Markdown skips it): links from the page's URL, briefings/<slug>/
    assert f'href="../../data/{PORT}.json"' in page  # every record of the briefing, as JSON
    for table in ("actors", "claims", "timeline"):  # and each table as CSV, not JSON again
        assert f'href="../../data/{PORT}/{table}.csv"' in page
        assert f"data/{PORT}/{table}.csv" in files
        assert f"data/{PORT}/{table}.json" not in files and f"{table}.json" not in page
    roles = rows(files[f"data/{PORT}/actors.csv"])
    assert [(r["id"], r["role"]) for r in roles][0] == ("alba", "signed the deal for Eastland")
    assert len(rows(files[f"data/{PORT}/claims.csv"])) == 2
    for link in ("data/actors.csv", "data/claims.json", "data/timeline.csv"):
        assert f"({link})" in files["index.md"]


def test_a_comma_quote_or_line_break_survives_the_round_trip(tmp_path: Path) -> None:
    out = generate_with(tmp_path, "claim: The deal opens Eastland's harbour to the world.",
                        "claim: 'The deal, \"they say\", opens it'")
    claim = next(r for r in rows(out["data/claims.csv"]) if r["id"] == "opens-harbour")
    assert claim["claim"] == 'The deal, "they say", opens it'


def jsonld(page: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', page, re.S)
    return json.loads(block)


def test_briefing_page_describes_article_and_claims_in_schema_org_terms(
        files: dict[str, str]) -> None:
    data = jsonld(files[f"briefings/{PORT}.md"])
    assert data["@context"] == "https://schema.org"
    news, *claims = data["@graph"]
    page = f"https://briefings.example.org/site/briefings/{PORT}/"
    assert news == {"@type": "NewsArticle", "@id": f"{page}#article",
                    "headline": "Eastland and Westmark sign a port deal",
                    "datePublished": "2024-03-02", "url": "https://example.org/port-deal",
                    "publisher": {"@type": "Organization", "name": "The Example Times"},
                    "author": [{"@type": "Person", "name": "Jo Writer"}],
                    "locationCreated": {"@type": "Place", "name": "East City"},
                    "keywords": ["ports", "trade"],
                    "abstract": "Eastland opens its harbour to Westmark; Westmark denies it "
                                "gains control of it."}
    assert [c["@type"] for c in claims] == ["Claim", "Claim"]
    first = claims[0]
    assert first["@id"] == f"{page}#claim-opens-harbour"
    assert first["text"] == "The deal opens Eastland's harbour to the world."
    assert first["author"] == {"@type": "Person", "name": "Alba Ferrer",
                               "sameAs": ["https://www.wikidata.org/wiki/Q1"]}
    assert first["appearance"] == first["firstAppearance"] == {"@id": f"{page}#article"}
    assert first["about"] == [{"@type": "Organization", "name": "Eastland"}]
    assert claims[1]["author"] == {"@type": "Organization", "name": "officials"}



@pytest.mark.parametrize("site_url, directory_urls", [
    ("", True), ("https://briefings.example.org/site", False)])
def test_briefing_scripts_write_what_json_dumps_writes_of_the_graph(
        tmp_path: Path, site_url: str, directory_urls: bool) -> None:
    # BriefingScripts writes the JSON piece by piece (each agent once): the same bytes as
    # `script(briefing_graph(...))`, for every briefing, with hostile text and an
    # unattributed, undated claim about nobody
    import shutil

    from generator.content.check import read_content
    from generator.pages.jsonld import BriefingScripts, briefing_graph, script
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    path = tmp_path / "content" / "articles" / f"{PORT}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "claim: The deal opens Eastland's harbour to the world.",
        'claim: "</script> \\"quoted\\" \\u2028 \\e & é 中"'), encoding="utf-8")
    for content in (read_content(tmp_path / "content", tmp_path),
                    read_content(ROOT / "content", ROOT)):  # the fixture, the seed
        scripts = BriefingScripts(content.actors, site_url, directory_urls)
        for article in content.articles:
            assert scripts(article) == script(briefing_graph(article, content.actors, site_url,
                                                             directory_urls))
    bare = replace(content.articles[0], claims=[replace(c, by="", date=None, about=[])
                                                for c in content.articles[0].claims])
    assert scripts(bare) == script(briefing_graph(bare, content.actors, site_url,
                                                  directory_urls))


def test_no_claim_review_since_the_content_gives_no_verdict(files: dict[str, str]) -> None:
    # A claim's standing (denied, confirmed...) reports what actors say, not a verdict of the
    # site's; a ClaimReview with a rating would put words in nobody's mouth.
    for path, page in files.items():
        if path.startswith("briefings/"):
            assert "ClaimReview" not in page
            assert "reviewRating" not in page


def test_no_content_can_close_the_script(tmp_path: Path) -> None:
    import shutil
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    path = tmp_path / "content" / "articles" / f"{PORT}.yaml"
    hostile = "</script><script>alert(1)</script> <!-- & -->"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "claim: The deal opens Eastland's harbour to the world.", f"claim: '{hostile}'"),
        encoding="utf-8")
    page = generate(tmp_path / "content", SITE, root=tmp_path)[f"briefings/{PORT}.md"]
    block = page.split('<script type="application/ld+json">', 1)[1]
    assert block.lower().count("</script") == 1
    assert "<!--" not in block.split("</script>")[0]
    assert jsonld(page)["@graph"][1]["text"] == hostile


def test_the_feed_parses_and_lists_the_briefings_newest_first(files: dict[str, str]) -> None:
    feed = feedparser.parse(files["feed.xml"])
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Fixture briefings"
    assert [e.title for e in feed.entries] == ["Dock workers strike in East City",
                                               "Eastland and Westmark sign a port deal"]
    entry = feed.entries[1]
    assert entry.link == f"https://briefings.example.org/site/briefings/{PORT}/"
    assert entry.published == "2024-03-02T00:00:00Z"
    assert [t.term for t in entry.tags] == ["ports", "trade"]


def test_the_seed_briefing_is_in_the_feed() -> None:
    out = generate(ROOT / "content", SiteInfo(site_url="https://example.github.io/b/"),
                   root=ROOT)
    feed = feedparser.parse(out["feed.xml"])
    assert feed.bozo == 0
    assert [e.link for e in feed.entries] == [
        "https://example.github.io/b/briefings/2024-06-19-putin-kim-pyongyang/"]
    assert feed.entries[0].title.startswith("Analysis: Putin may need weapons")


def test_no_feed_without_a_site_url() -> None:
    assert "feed.xml" not in generate(FIXTURE / "content", SiteInfo(), root=FIXTURE)


def test_a_cell_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    out = generate_with(tmp_path, "claim: The deal opens Eastland's harbour to the world.",
                        "claim: '=HYPERLINK(\"http://evil.example\")'")
    claim = next(r for r in rows(out["data/claims.csv"]) if r["id"] == "opens-harbour")
    assert claim["claim"] == "'=HYPERLINK(\"http://evil.example\")"


def test_control_characters_in_content_do_not_break_the_feed(tmp_path: Path) -> None:
    out = generate_with(
        tmp_path, "summary: Eastland opens its harbour to Westmark; Westmark denies it gains "
        "control of it.", 'summary: "Bell\\u0007 Eastland opens its harbour to Westmark."')
    feed = feedparser.parse(out["feed.xml"])
    assert feed.bozo == 0, feed.get("bozo_exception")


def test_control_characters_are_escapes_in_the_csv_downloads(tmp_path: Path) -> None:
    # a terminal that shows the file (cat, less -r) would obey ESC sequences and overrides
    out = generate_with(tmp_path, "claim: The deal opens Eastland's harbour to the world.",
                        'claim: "Red\\e[31m text\\u202e reversed\\tand a tab"')
    text = out["data/claims.csv"]
    assert "\x1b" not in text and "\u202e" not in text
    claim = next(r for r in rows(text) if r["id"] == "opens-harbour")
    assert claim["claim"] == "Red\\x1b[31m text\\u202e reversed\tand a tab"


def test_a_briefing_table_row_is_the_site_table_row_of_the_same_entry(tmp_path: Path) -> None:
    # each line is made once for both tables (tables.CsvLines): escapes and the formula guard too
    out = generate_with(tmp_path, "claim: The deal opens Eastland's harbour to the world.",
                        'claim: "=Red\\e[31m, \\"quoted\\"\\nacross lines"')
    site = out["data/claims.csv"].splitlines(keepends=True)
    mine = out[f"data/{PORT}/claims.csv"].splitlines(keepends=True)
    assert mine[0] == site[0] and len(mine) > 1
    assert "".join(mine[1:]) in out["data/claims.csv"]
    claim = next(r for r in rows(out[f"data/{PORT}/claims.csv"]) if r["id"] == "opens-harbour")
    assert claim["claim"] == "'=Red\\x1b[31m, \"quoted\"\nacross lines"
    events = rows(out[f"data/{PORT}/timeline.csv"])
    assert events and all(e in rows(out["data/timeline.csv"]) for e in events)
    actors = {r["id"]: r for r in rows(out["data/actors.csv"])}
    for actor in rows(out[f"data/{PORT}/actors.csv"]):
        shared = {k: v for k, v in actors[actor["id"]].items() if k in actor}
        assert {k: v for k, v in actor.items() if k != "role"} == shared


def test_a_shared_actors_csv_line_is_the_csv_writers_line_of_its_row() -> None:
    # tables.CsvLines writes an actor's cells once and only its role per briefing: the line
    # must be what the CSV writer makes of the whole row, however awkward the cells
    from generator.content.model import Actor
    from generator.exports.tables import BRIEFING_ACTOR_COLUMNS, CsvLines, _briefing_actor
    awkward = ["", " ", "a,b", 'say "no"', "two\nlines", "cr\rhere", "=1+1", "-2", "@x",
               "\x1b[31m red", "\u202eflipped", "é 中 —"]
    for text in awkward:
        actor = Actor("eastland", text or "Eastland", text, [text, "b,c"] if text else [],
                      text, {"wikidata": text, "home": "https://example.org/?a=1,2"}, text or None)
        lines = CsvLines({"eastland": actor})
        for role in awkward:
            assert lines.briefing_actor(actor, role) == CsvLines().row(
                _briefing_actor(actor, role), BRIEFING_ACTOR_COLUMNS), (text, role)


def test_a_shared_actors_json_record_is_the_encoders_text_of_its_record() -> None:
    # briefing_json.ActorRecords encodes an actor's fields once and only its role per
    # briefing: the record must be what the encoder makes of the whole record
    from generator.content.model import Actor
    from generator.exports.briefing_json import ActorRecords, _actor, _encode
    awkward = ["", " ", 'say "no"', "two\nlines", "back\\slash", "\x00\x1b[31m", "\u2028",
               "\u202eflipped", "é 中 — 😀", "</script>"]
    for text in awkward:
        actor = Actor("eastland", text or "Eastland", text, [text, "b"] if text else [],
                      text, {"wikidata": text} if text else {}, text or None)
        records = ActorRecords()
        for role in awkward:
            assert records(actor, role) == _encode(_actor(actor, role)), (text, role)


# attack12: an import that trims spaces (LibreOffice's "Trim spaces", converters) reads a
# formula after them; a zero-width space is invisible; full-width signs may become ASCII
@pytest.mark.parametrize("value", [" =HYPERLINK(1)", "  +1+1",
                                   "\\t-2+3", "\\n@SUM(A1)", "\\u00a0=1+1", "\\u3000=1+1",
                                   "\\u200b=1+1", "\\ufeff=1+1", "\\uff1d1+1", "\\uff20SUM(1)"])
def test_a_formula_after_white_space_or_an_invisible_character_stays_text(
        tmp_path: Path, value: str) -> None:
    out = generate_with(tmp_path, "claim: The deal opens Eastland's harbour to the world.",
                        f'claim: "{value}"')
    for table in ("data/claims.csv", f"data/{PORT}/claims.csv"):
        claim = next(r for r in rows(out[table]) if r["id"] == "opens-harbour")
        assert claim["claim"].startswith("'"), (table, claim["claim"])


def test_white_space_before_ordinary_text_gets_no_apostrophe() -> None:
    from generator.exports.tables import CLAIM_COLUMNS, CsvLines
    for text in (" hello", "\u00a0a = b", "a = b", "\u200bword", "100", " 3 - 2"):
        line = CsvLines().row({"claim": text}, CLAIM_COLUMNS)
        assert rows(CsvLines().cells(CLAIM_COLUMNS) + line)[0]["claim"] == text


_FIRSTS = ["a", "Z", "1", "é", "“", "'", '"', ",", "=", "+", "-", "@", "\t", "\r", "\n", " ",
           "\xa0", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\uff1d",
           "\uff0b", "\uff0d", "\uff20", "\x01", "\u202e", ""]


@given(st.lists(st.lists(st.tuples(st.sampled_from(_FIRSTS), st.sampled_from(_FIRSTS),
                                   st.sampled_from(["", "1+1", " word", "SUM(A1)"])).map(
                                       "".join), min_size=1, max_size=4),
                min_size=1, max_size=12))
@settings(max_examples=500, deadline=None)
def test_a_rows_line_is_the_csv_writers_line_of_its_guarded_cells_in_any_order(
        table: list[list[str]]) -> None:
    """`CsvLines.row` notes the first characters that start no formula, so that most cells
    are taken as they are: whatever cells came before, each line is the CSV writer's line of
    the cells as `_cell` guards them (a formula sign, white space or an invisible character
    first gets the apostrophe), control characters escaped."""
    from generator.exports import tables

    columns = ("a", "b", "c", "d")
    lines = tables.CsvLines()
    for cells in table:
        row = dict(zip(columns, cells, strict=False))
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerow(
            [tables._cell(row.get(c)) for c in columns])
        assert lines.row(row, columns) == tables._escaped(out.getvalue()), cells
    assert not any(tables._PLAIN_FIRST.get(c) for c in tables._FORMULA + tables._INVISIBLE
                   + (" ", "\xa0", "\u3000"))
