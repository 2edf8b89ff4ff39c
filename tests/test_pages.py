"""Generated pages of the fixture site, compared with the golden files in tests/golden/.

After an intended change of the pages, regenerate the golden files with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_pages.py
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from generator.build import generate
from generator.pages.generate import SiteInfo

from .conftest import FIXTURE

GOLDEN = Path(__file__).resolve().parent / "golden"
SITE = SiteInfo("Fixture briefings", "A small site for the tests.",
                "https://github.com/example/briefings/edit/main/{path}", drafts=True)


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return generate(FIXTURE / "content", SITE, root=FIXTURE)


def test_pages_match_golden_files(files: dict[str, str]) -> None:
    if os.environ.get("UPDATE_GOLDEN"):
        for path in GOLDEN.rglob("*"):
            if path.is_file():
                path.unlink()
        for relative, text in files.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(files) == sorted(expected)
    for relative, text in files.items():
        assert text == expected[relative], f"{relative} differs from its golden file"


def test_every_kind_of_page_is_generated(files: dict[str, str]) -> None:
    assert {"index.md", "claims.md", "timeline.md", "actors/index.md", "correcting.md",
            "briefings/2024-03-02-port-deal.md", "actors/alba.md", "tags/ports.md",
            "data/2024-03-02-port-deal.json"} <= set(files)


def test_merged_timeline_is_in_date_order_with_honest_precision(files: dict[str, str]) -> None:
    page = files["timeline.md"]
    labels = ["2004 or earlier", "September 2023", "1 March 2024", "18–19 May 2024"]
    positions = [page.index(f">{label}</") for label in labels]
    assert positions == sorted(positions)
    assert "2023-09-01" not in page
    # a year, month or day is an HTML <time>; an interval or an open end is no HTML date
    assert '<time datetime="2023-09">September 2023</time>' in page
    assert '<data class="edtf" value="2024-05-18/2024-05-19">18–19 May 2024</data>' in page
    assert '<time datetime="../2004">' not in page


def test_claims_are_grouped_by_standing(files: dict[str, str]) -> None:
    page = files["claims.md"]
    assert page.index("## Denied (1)") < page.index("## Confirmed (1)") < page.index(
        "## Asserted (1)")


def test_briefing_links_entries_to_their_evidence_paragraph(files: dict[str, str]) -> None:
    page = files["briefings/2024-03-02-port-deal.md"]
    assert '<p id="p2" class="para" data-para="2">' in page
    assert '<a href="#p2" title="The sentence this rests on">¶2</a>' in page
    assert 'id="claim-opens-harbour"' in page
    assert '<figure class="caption para" id="p4" data-para="4">' in page
    assert '<span class="credit">Photo: A. Photographer/Agency</span>' in page


def test_drafted_entries_carry_the_mark(files: dict[str, str]) -> None:
    page = files["briefings/2024-03-02-port-deal.md"]
    assert page.count('class="drafted-mark"') == 2


def test_actor_page_gathers_the_actor_across_articles(files: dict[str, str]) -> None:
    page = files["actors/alba.md"]
    assert page.count('href="../../briefings/') >= 4
    assert "## Claims by Alba Ferrer" in page
    assert "part of [Eastland](../actors/eastland.md)" in page


def test_claims_are_in_full_once_and_compact_lines_elsewhere(files: dict[str, str]) -> None:
    # the claim's quote is shown on its briefing only; the claims index and the actor pages
    # list the claim as one line that links to it; the claims index's carries what its
    # filter needs, an actor page's (no filter) its id and standing only (attack16)
    quote = "This deal opens our harbour to the world"
    holding = sorted(path for path, text in files.items()
                     if path.endswith(".md") and quote in text)
    assert holding == ["briefings/2024-03-02-port-deal.md"]
    line = ('<li class="claim-line" data-claim="opens-harbour" data-standing="asserted">'
            '<a href="../../actors/alba/">Alba Ferrer</a>: <a href="../../briefings/'
            '2024-03-02-port-deal/#claim-opens-harbour">')
    assert line in files["actors/eastland.md"]
    assert line.replace("../../", "../").replace(
        'data-standing="asserted"',
        'data-standing="asserted" data-actors="alba eastland" '
        'data-source="The Example Times" data-status="checked"') in files["claims.md"]


def test_data_stands_alone(files: dict[str, str]) -> None:
    data = json.loads(files["data/2024-03-02-port-deal.json"])
    alba = next(a for a in data["actors"] if a["id"] == "alba")
    assert alba["name"] == "Alba Ferrer" and "Ferrer" in alba["aliases"]
    claim = data["claims"][0]
    assert claim["by"] == "alba" and claim["quote"] == "This deal opens our harbour to the world"
    assert data["timeline"][1]["date"] == "2023-09"


def test_generation_is_reproducible() -> None:
    first = generate(FIXTURE / "content", SITE, root=FIXTURE)
    second = generate(FIXTURE / "content", SITE, root=FIXTURE)
    assert first == second


def test_an_unattributed_drafted_claim_says_so(project: Path) -> None:
    """A drafted claim whose speaker the drafter could not establish names nobody."""
    path = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    by: harbour-officials\n", "    by:\n", 1), encoding="utf-8")
    pages = generate(project / "content", SITE, root=project)
    page = pages["briefings/2024-03-02-port-deal.md"]
    claim = page[page.index('id="claim-westmark-control"'):]
    assert claim.split("\n")[1].startswith(
        '<p><strong><span class="unattributed" title="The drafter could not establish who said '
        'this; a person must name the speaker">speaker not yet attributed</span></strong>: '
        'The deal gives')
    line = pages["claims.md"][pages["claims.md"].index('data-claim="westmark-control"'):]
    assert line.startswith('data-claim="westmark-control" data-standing="denied" '
                           'data-actors="westmark" ')
    assert '<span class="unattributed">speaker not yet attributed</span>: <a href=' in line
    assert "claim-westmark-control" not in pages["actors/harbour-officials.md"]


def test_a_briefing_whose_actors_are_all_drafted_says_none_are_recorded(project: Path) -> None:
    """Published, a freshly imported briefing shows no actor: a sentence, as for its claims
    and events, not a table of column names over no row."""
    articles = project / "content" / "articles"
    (articles / "2024-06-01-quiet-day.md").write_text("Eastland was quiet.\n", encoding="utf-8")
    (articles / "2024-06-01-quiet-day.yaml").write_text(
        "title: A quiet day\nsource: Wire\npublished: 2024-06-01\nactors:\n  - id: eastland\n"
        "    status: drafted\nclaims: []\ntimeline: []\n", encoding="utf-8")
    published = generate(project / "content", replace(SITE, drafts=False), root=project)
    page = published["briefings/2024-06-01-quiet-day.md"]
    actors = page[page.index("## Actors"):page.index("## Timeline")]
    assert actors == "## Actors\n\nNo actors recorded.\n\n"
    shown = generate(project / "content", SITE, root=project)["briefings/2024-06-01-quiet-day.md"]
    assert "No actors recorded." not in shown and ">Eastland</a></td>" in shown


def test_every_place_a_drafted_entry_appears_carries_the_mark(project: Path) -> None:
    """Shown drafts (`mkdocs serve`) are marked wherever they appear: tag pages, actor pages
    and tables, the charts' tooltips and labels, the network's data; a published build shows
    none of them and no mark."""
    path = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("tags: [ports, trade]\n",
                        "tags: [ports, trade]\nstatus: {summary: drafted, tags: drafted}\n")
    text = text.replace("    role: announced the signing\n",
                        "    role: announced the signing\n    status: drafted\n")
    path.write_text(text, encoding="utf-8")
    pages = generate(project / "content", SITE, root=project)
    mark = 'class="drafted-mark"'
    tag = pages["tags/ports.md"]
    assert f"2 dated events · tagged by the tool <span {mark}" in tag
    assert f"denies it gains control of it. <span {mark}" in tag
    assert f"*group* <span {mark}" in pages["actors/harbour-officials.md"]
    row = "[officials](actors/harbour-officials.md) <span " + mark
    assert row in pages["index.md"]
    assert row.replace("actors/", "../actors/") in pages["actors/index.md"]
    assert '"s":"drafted","t":"The deal gives Westmark control' in pages["index.md"]
    assert "<title>officials (group): 1 claim made, 0 about, 0 stances; 1 in all [drafted · not reviewed]" in (
        pages["index.md"])
    assert ("Talks on the port deal begin. (Eastland, Westmark) — Eastland and Westmark sign "
            "a port deal [drafted · not reviewed]</title>") in pages["timeline.md"]
    assert ">\u26a0 Talks on the port deal…</text>" in pages["timeline.md"]
    assert '>Eastland and Westmark sign the port deal.</text>' in pages["timeline.md"]  # reviewed: no sign

    published = generate(project / "content", replace(SITE, drafts=False), root=project)
    shown = "".join(published.values())
    for drafted in (mark, "tagged by the tool", "not reviewed]", "\u26a0", '"s":"drafted"',
                    "Talks on the port deal begin"):
        assert drafted not in shown


def test_a_stance_line_links_the_sentence_the_stand_rests_on(project: Path) -> None:
    """On the party's actor page, the line of its stand ends with a link to the sentence of
    the stand (the party's evidence), not only to the claim."""
    path = project / "content" / "articles" / "2024-05-20-harbour-strike.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(
        "        evidence: Westmark confirmed its ships were waiting.\n",
        "        evidence: The harbour was last closed by a strike more than two decades ago.\n"),
        encoding="utf-8")
    page = generate(project / "content", SITE, root=project)["actors/westmark.md"]
    line = page[page.index('<li class="claim-line" data-claim="strike-ends-soon"'):]
    line = line[:line.index("</li>")]
    assert line.endswith('The Example Times, 20 May 2024 <a href="../../briefings/'
                         '2024-05-20-harbour-strike/#p3" title="The sentence this rests on">¶3</a>')
    # the claim's own lines elsewhere carry no such link (their sentence is on the briefing)
    claims = generate(project / "content", SITE, root=project)["claims.md"]
    assert "¶" not in claims


def test_a_tag_page_lists_its_briefings_without_a_heading_each(project: Path) -> None:
    """A tag page's briefings are one list (raw HTML, no table-of-contents entry each), every
    value shown as text: title linking to the briefing, source, date, counts, summary."""
    path = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("title: Eastland and Westmark sign a port deal",
                        "title: \"Deal <b>signed</b> & *sealed* [x](javascript:y)\"")
    text = text.replace("source: The Example Times", "source: \"The <i>Times</i>\"")
    text = text.replace("summary: Eastland opens its harbour to Westmark; Westmark denies it "
                        "gains control of it.", "summary: \"Opens <script>x</script> ~~it~~ & \\\"more\\\"\"")
    path.write_text(text, encoding="utf-8")
    page = generate(project / "content", SITE, root=project)["tags/ports.md"]
    assert "\n#" not in page.split("# Tagged ports", 1)[1]  # no heading: no TOC entry
    assert page.count('<ul class="tag-briefings">') == 1
    assert ('<p class="tag-briefing__title"><a href="../../briefings/2024-03-02-port-deal/">'
            "Deal &lt;b&gt;signed&lt;/b&gt; &amp; *sealed* [x](javascript:y)</a></p>\n"
            '<p class="tag-briefing__meta">The &lt;i&gt;Times&lt;/i&gt;, 2 March 2024 · '
            "2 claims · 2 dated events</p>\n"
            '<p class="tag-briefing__summary">Opens &lt;script&gt;x&lt;/script&gt; ~~it~~ '
            "&amp; &quot;more&quot;</p>") in page
