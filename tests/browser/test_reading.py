"""A person reading the seed site in Chromium: search, follow links, land on the evidence."""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from ..conftest import ROOT
from .conftest import Served, Watch, open_page

SEED = "2024-06-19-putin-kim-pyongyang"
SEED_YAML = ROOT / "content" / "articles" / f"{SEED}.yaml"
TARGET_BACKGROUND = "rgb(255, 243, 196)"  # --briefing-target in docs/assets/briefing.css

pytestmark = pytest.mark.browser


def seed() -> dict[str, Any]:
    return yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """Text with curly quotes and dashes made straight, and spaces collapsed."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).split())


def test_search_finds_the_briefing_and_opens_it(page: Page, served: Served) -> None:
    page.goto(served.url)
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially("Malligyong")
    result = page.locator(f".md-search-result__item a[href*='/briefings/{SEED}/']",
                          has_text="Putin may need weapons").first
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(rf"/briefings/{SEED}/"))
    expect(page.locator("h1")).to_contain_text(seed()["title"])
    expect(page.locator("article").get_by_text("Malligyong-1", exact=False).first).to_be_visible()


def test_claimant_page_and_back_through_its_claims(page: Page, served: Served) -> None:
    claim = next(c for c in seed()["claims"] if c["by"] == "putin")
    page.goto(f"{served.url}briefings/{SEED}/")
    block = page.locator(f"#claim-{claim['id']}")
    block.locator("strong a", has_text="Vladimir Putin").click()
    page.wait_for_url(re.compile(r"/actors/putin/$"))
    expect(page.locator("h1")).to_contain_text("Vladimir Putin")
    mine = page.locator("h2#claims-by-vladimir-putin + .claim-lines .claim-line").filter(
        has_text=claim["claim"])
    expect(mine).to_have_count(1)
    expect(mine).to_have_attribute("data-standing", re.compile(r"^(asserted|denied|disputed|"
                                                               r"confirmed)$"))
    mine.locator(f'a[href$="#claim-{claim["id"]}"]').first.click()
    page.wait_for_url(re.compile(rf"/briefings/{SEED}/#claim-{claim['id']}$"))
    target = page.locator(f"#claim-{claim['id']}")
    expect(target).to_be_in_viewport()
    expect(target).to_have_css("background-color", TARGET_BACKGROUND)


def test_evidence_link_lands_on_its_paragraph_highlighted(page: Page, served: Served) -> None:
    claim = next(c for c in seed()["claims"] if c["id"] == "arms-deliveries")
    page.goto(f"{served.url}briefings/{SEED}/")
    links = page.locator("#claim-arms-deliveries .claim-meta a[title='The sentence this rests on']")
    evidence = links.last
    anchor = evidence.get_attribute("href")
    assert anchor is not None and re.fullmatch(r"#p\d+", anchor), anchor
    evidence.click()
    page.wait_for_url(re.compile(rf"{anchor}$"))
    paragraph = page.locator(anchor)
    expect(paragraph).to_be_in_viewport()
    expect(paragraph).to_have_css("background-color", TARGET_BACKGROUND)
    assert page.evaluate("document.querySelector(':target').id") == anchor[1:]
    assert plain(claim["evidence"]) in plain(paragraph.inner_text())


def test_timeline_is_in_date_order_at_the_precision_written(page: Page, served: Served) -> None:
    page.goto(f"{served.url}timeline/")
    rows = page.locator(".timeline tbody tr")
    expect(rows).to_have_count(len(seed()["timeline"]))
    shown = rows.evaluate_all(
        "rows => rows.map(r => { const d = r.querySelector('time, data.edtf');"
        " return [d.getAttribute(d.localName === 'time' ? 'datetime' : 'value'),"
        " d.textContent, r.cells[1].textContent.trim()]; })")
    written = {plain(e["event"]): str(e["date"]) for e in seed()["timeline"]}
    for value, text, event in shown:
        assert written[plain(event)] == value, event
        assert text == expected_label(value), value
    starts = [earliest(value) for value, _, _ in shown]
    assert starts == sorted(starts)


def test_no_page_logs_an_error_or_asks_another_host(browser: Browser, served: Served,
                                                     watch: Watch) -> None:
    pages = sorted(p.relative_to(served.root).parent.as_posix()
                   for p in served.root.rglob("index.html"))
    assert len(pages) > 40
    page = open_page(browser, watch)
    try:
        for path in pages:
            page.goto(served.url + ("" if path == "." else path + "/"), wait_until="load")
            expect(page.locator("h1").first).to_be_visible()
    finally:
        page.close()
    assert watch.errors == []
    assert watch.foreign == []
    assert any(url.endswith("/search/search_index.json") for url in watch.requested)
    assert any("/assets/briefing.css" in url for url in watch.requested)


def expected_label(value: str) -> str:
    """How a date written as `value` must read on the page, worked out here independently."""
    if value.startswith("../"):
        return f"{expected_label(value[3:])} or earlier"
    if value.endswith("/.."):
        return f"since {expected_label(value[:-3])}"
    if "/" in value:
        start, end = value.split("/")
        y1, m1, d1 = (int(x) for x in start.split("-"))
        y2, m2, d2 = (int(x) for x in end.split("-"))
        assert (y1, m1) == (y2, m2), f"the test knows no label for {value}"
        return f"{d1}–{d2} {calendar.month_name[m1]} {y1}"
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{calendar.month_name[parts[1]]} {parts[0]}"
    return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"


def earliest(value: str) -> date:
    """The first day a date written as `value` can mean."""
    start = value.split("/")[0]
    if start in ("", ".."):
        return date.min
    parts = [int(x) for x in start.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


assert Path(SEED_YAML).is_file()


@pytest.mark.parametrize("path", ["claims/", "actors/putin/", "actors/north-korea/"])
def test_a_claim_line_says_who_denies_disputes_or_confirms_it(page: Page, served: Served,
                                                              path: str) -> None:
    """"Who denies it?" is answered on the lists of claims without opening each one: every
    line of a claim another actor took a stand on names them, as its briefing does."""
    shared = yaml.safe_load((ROOT / "content" / "actors.yaml").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in shared["actors"] + seed()["actors"] if "name" in a}
    page.goto(served.url + path)
    taken = [c for c in seed()["claims"] if c.get("parties")]
    assert taken
    checked = 0
    for claim in taken:
        line = page.locator(f".claim-line[data-claim='{claim['id']}']")
        for text in (plain(t) for t in line.all_inner_texts()):
            for party in claim["parties"]:
                past = {"denies": "denied", "disputes": "disputed", "confirms": "confirmed"}
                assert f"{past[party['stance']]} by" in text, text
                assert names[party["actor"]] in text.split(" by ", 1)[1], text
            checked += 1
    assert checked


def test_the_home_pages_title_names_the_site_once(page: Page, served: Served) -> None:
    """The tab of the home page read "Putin, Kim and the Ukraine war — briefings - Putin,
    Kim and the Ukraine war — briefings": its title is the site's name, and the theme wrote
    the page's title, then the site's. Other pages keep both."""
    site_name = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"]
    page.goto(served.url)
    assert page.title() == site_name
    page.goto(served.url + "timeline/")
    assert page.title() == f"Timeline - {site_name}"
    page.goto(served.url + "actors/putin/")
    assert page.title() == f"Vladimir Putin - {site_name}"


def test_a_sub_heading_of_the_text_takes_no_id_the_page_already_has(
        browser: Browser, tmp_path: Path) -> None:
    """A sub-heading "Actor Kim Jong Un" in an article's text took the id
    `actor-kim-jong-un`, the anchor of Kim's row in the briefing's Actors table (where his search
    entry links), and one "P3" took `p3`, the paragraph evidence links land on: two
    elements of one id, and the table of contents' "Actor Kim Jong Un" opened the Actors
    table. A sub-heading whose id is taken now gets the next free one, as Python-Markdown's
    `toc` numbers a repeated heading."""
    from ..test_site import copy_project, mkdocs_build
    from .conftest import serving

    project = copy_project(tmp_path)
    text = project / "content" / "articles" / f"{SEED}.md"
    text.write_text(text.read_text(encoding="utf-8")
                    + "\n## Actor Kim Jong Un\n\nA paragraph under it.\n\n## P3\n\nAnd one more.\n",
                    encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        watch = Watch(site.url)
        page = open_page(browser, watch)
        try:
            page.goto(f"{site.url}briefings/{SEED}/", wait_until="load")
            twice = page.evaluate("""() => {
                const seen = {};
                document.querySelectorAll('[id]').forEach(e => { seen[e.id] = (seen[e.id] || 0) + 1; });
                return Object.keys(seen).filter(k => seen[k] > 1);
            }""")
            assert twice == []
            heading = page.locator("h3", has_text="Actor Kim Jong Un")
            assert heading.get_attribute("id") == "actor-kim-jong-un_1"
            assert page.locator("h3", has_text=re.compile(r"^P3")).get_attribute("id") == "p3_1"
            expect(page.locator("#actor-kim-jong-un")).to_have_class("anchor")  # the row
            expect(page.locator("#p3")).to_have_class(re.compile(r"\bpara\b"))
            # the table of contents opens the heading
            toc = page.locator(".md-nav--secondary a", has_text="Actor Kim Jong Un")
            expect(toc).to_have_attribute("href", "#actor-kim-jong-un_1")
        finally:
            page.close()
    assert watch.errors == [] and watch.foreign == []
