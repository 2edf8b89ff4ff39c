"""Search finds the source: a word of one article lists its briefing first, and no result
holds the text of a chart's tooltips (which are not page text)."""

from __future__ import annotations

import contextlib
import html
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from .conftest import Served, watched_page

SEED = "2024-06-19-putin-kim-pyongyang"

pytestmark = pytest.mark.browser


def chart_tooltips(site: Path) -> set[str]:
    """The text of every <title> inside a chart of the built site that is not just a name:
    "<date>: <event> ... — <briefing>", "<actor> (<kind>): n claims made", "1 claim by <b>, denied by <a>"."""
    found: set[str] = set()
    for page in site.rglob("*.html"):
        for figure in re.findall(r'<figure class="chart.*?</figure>', page.read_text("utf-8"),
                                 flags=re.S):
            found.update(html.unescape(t) for t in re.findall(r"<title>(.*?)</title>", figure)
                         if ": " in t or " claim" in t)
    return found


def results(page: Page, served: Served, word: str) -> list[tuple[str, str]]:
    page.goto(served.url)
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(word)
    items = page.locator(".md-search-result__item > a")
    expect(items.first).to_be_visible()
    page.wait_for_timeout(300)  # the worker answers each keystroke; let the last one land
    return [(a.get_attribute("href") or "", a.inner_text()) for a in items.all()]


def test_a_word_of_the_article_lists_its_briefing_first(page: Page, served: Served) -> None:
    found = results(page, served, "Malligyong")
    assert f"/briefings/{SEED}/" in found[0][0], found
    pages = [href.split("?")[0] for href, _ in found]
    # briefings first (actor pages list their entries outside the index: often only briefings)
    others = [i for i, p in enumerate(pages) if "/briefings/" not in p]
    assert all("/briefings/" in p for p in pages[:others[0] if others else len(pages)])


@pytest.mark.parametrize("word", ["ammunition", "McFaul", "Putin"])
def test_no_result_holds_a_chart_tooltip(page: Page, served: Served, word: str) -> None:
    tips = [t for t in chart_tooltips(served.root) ]
    assert len(tips) > 20  # the charts are there, with their tooltips
    for _, text in results(page, served, word):
        shown = " ".join(text.split())
        assert not [t for t in tips if t in shown], shown


def test_the_index_holds_no_chart_text_and_ranks_editors_pages_last(served: Served) -> None:
    index = json.loads((served.root / "search" / "search_index.json").read_text("utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "Vladimir PutinVladimir Putin" not in text
    assert not [t for t in chart_tooltips(served.root) if t in text]
    boost = {doc["location"].split("#")[0]: doc.get("boost", 1) for doc in index["docs"]}
    assert boost[f"briefings/{SEED}/"] > boost["actors/putin/"] > boost["correcting/"]
    assert boost["content-model/"] == boost["correcting/"]
    # the pages that only list entries found on the briefings are not in the index at all
    assert not {"timeline/", "claims/"} & set(boost)


def test_a_timeline_result_reads_as_dated_entries_without_editing_links(
        page: Page, served: Served) -> None:
    """A briefing's timeline entry found by its words is a result of its own, what a reader
    chooses by: what happened, then when and who ("November 2023 · North Korea", not
    "November 2023North"), and none of the editors' "edit (line N)" links."""
    found = results(page, served, "Malligyong")
    timeline = [" ".join(text.split()) for href, text in found
                if href.split("?")[0].endswith(f"/briefings/{SEED}/")
                and href.endswith("#event-spy-satellite-launch")]
    assert timeline, found
    shown = timeline[0]
    assert shown == ("North Korea launches its first spy satellite, Malligyong-1. "
                     "November 2023 · North Korea"), shown


def test_a_claim_found_by_its_standing_or_a_party_shows_the_claim(page: Page,
                                                                  served: Served) -> None:
    """Material shows, under a result, only the paragraphs holding the words searched: a
    claim found by "denied" (or by the name of who denies it) must show what was claimed and
    by whom, not only "Denied denied by North Korea ¶2; denied by Russia ¶2"."""
    found = results(page, served, "denied")
    denied = [" ".join(text.split()) for href, text in found if "#claim-arms-deliveries" in href]
    assert denied, found
    assert denied[0].startswith("North Korean ammunition and missiles have flowed to Russia "
                                "since the leaders' summit in September 2023. several "
                                "governments (19 June 2024)"), denied[0]
    assert "Denied by North Korea ¶2, Russia ¶2 · about" in denied[0], denied[0]
    assert "denied by" not in denied[0].lower().replace("denied by north korea", ""), denied[0]


def test_the_first_word_of_a_quote_finds_its_claim(page: Page, served: Served) -> None:
    # "“shape the architecture of equal and indivisible security in Eurasia”": a word of
    # its own in the index, not joined to the claim's last word before it
    index = json.loads((served.root / "search" / "search_index.json").read_text("utf-8"))
    (claim,) = [doc for doc in index["docs"] if doc["location"].endswith("#claim-eurasian-security")]
    assert claim["text"].startswith("Vladimir Putin (June 2024) · \u201cshape the architecture")
    found = results(page, served, "shape architecture")
    assert any(href.endswith("#claim-eurasian-security") for href, _ in found), found


def first_result(page: Page, served: Served, words: str, width: int) -> tuple[str, list[str]]:
    """The first result of a search as a person sees it: its text outside the folded
    "n more on this page", and the addresses of the entries shown there."""
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    page.goto(served.url)
    if width < 600:  # the phone's search is behind the magnifier
        page.locator("label[for=__search]").first.click()
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(words)
    item = page.locator(".md-search-result__item").first
    expect(item).to_be_visible()
    page.wait_for_timeout(300)  # the worker answers each keystroke; let the last one land
    shown = item.locator(":scope > a")
    return (" ".join(item.evaluate(
        "li => [...li.children].filter(c => c.tagName === 'A').map(a => a.innerText)"
        ".join(' ')").split()), [a.get_attribute("href") or "" for a in shown.all()])


@pytest.mark.parametrize("width", [1280, 390])
def test_a_timeline_entry_found_by_its_words_is_shown_first(page: Page, served: Served,
                                                              width: int) -> None:
    """"Kim invites" is the timeline entry "Kim invites Putin to visit North Korea.": the
    first result shows that entry and its date, not the briefing's summary with "Missing:
    invites" above a folded "5 more on this page" that holds it."""
    text, hrefs = first_result(page, served, "Kim invites", width)
    assert "Kim invites Putin to visit North Korea." in text, text
    assert "September 2023" in text, text
    assert "Missing" not in text, text
    # the entry links to its row ("?h=kim+invites" highlights the words there)
    assert any(h.split("?")[0].endswith(f"/briefings/{SEED}/")
               and h.endswith("#event-kim-invites-putin") for h in hrefs), hrefs


@pytest.mark.parametrize("width", [1280, 390])
def test_a_claim_found_by_its_words_is_shown_first(page: Page, served: Served,
                                                   width: int) -> None:
    """"Putin Eurasia" is Putin's claim that "Russia and North Korea would shape the
    architecture of equal and indivisible security in Eurasia": the first result shows that
    claim and who made it, not the briefing's summary over a folded "Asserted (26)" that
    holds it (one entry per claim, as per timeline entry)."""
    text, hrefs = first_result(page, served, "Putin Eurasia", width)
    assert ("Russia and North Korea would shape the architecture of equal and indivisible "
            "security in Eurasia. Vladimir Putin (June 2024)") in text, text
    assert "Missing" not in text, text
    assert any(h.split("?")[0].endswith(f"/briefings/{SEED}/")
               and h.endswith("#claim-eurasian-security") for h in hrefs), hrefs
    # a claimant's name alone still lists the actor's own page first
    page.set_viewport_size({"width": 1280, "height": 900})
    found = results(page, served, "Howell")
    assert found[0][0].split("?")[0].endswith("/actors/edward-howell/"), found[:2]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("words", "claim", "form"), [
    ("Ukraine disputes", "peace-terms", "Disputed"), ("Russia denies", "arms-deliveries", "Denied")])
def test_a_word_finds_the_other_forms_of_it(page: Page, served: Served, words: str, claim: str,
                                           form: str, width: int) -> None:
    """Material's search matches a word typed as the start of a word, with no stemmer for
    English: "Ukraine disputes" listed no entry holding both words (every result "Missing:
    disputes"), though Ukraine disputes Putin's claim ("Disputed by Ukraine"), and "Russia
    denies" showed Russia's row, not the claim Russia denies. The first result now shows the
    claim, the form it holds marked, and no result says "Missing:" of a word not typed."""
    text, hrefs = first_result(page, served, words, width)
    assert any(h.split("?")[0].endswith(f"/briefings/{SEED}/") and h.endswith(f"#claim-{claim}")
               for h in hrefs), (hrefs, text)
    entry = page.locator(f'.md-search-result__item > a[href$="#claim-{claim}"]').first
    assert form in entry.locator("mark").all_inner_texts(), entry.inner_html()
    assert entry.locator(".md-search-result__terms").count() == 0, entry.inner_text()
    typed = set(words.lower().split())
    for line in page.locator(".md-search-result__terms").all_inner_texts():
        missing = set(line.replace("Missing:", "").replace(",", " ").split())
        assert missing <= typed, line


@pytest.mark.parametrize("width", [1280, 390])
def test_a_word_finds_its_irregular_forms(page: Page, served: Served, width: int) -> None:
    """"holds" found "hold" and "holds" only, never "held": "Italy holds" showed an event
    ("Putin and Kim hold a historic summit", "Missing: italy") and Italy's page ("Missing:
    holds"), though the briefing's row of Italy reads "where the Group of Seven held its
    summit". The forms of common irregular verbs ("says", "said") are now forms of their
    verb: the first result shows that row, "held" marked, lacking no word."""
    text, hrefs = first_result(page, served, "Italy holds", width)
    assert any(h.split("?")[0].endswith(f"/briefings/{SEED}/") and h.endswith("#actor-italy")
               for h in hrefs[1:]), (hrefs, text)
    shown = page.locator(".md-search-result__item").first.locator(":scope > a")
    entry = shown.nth(1)
    assert "held" in entry.locator("mark").all_inner_texts(), entry.inner_html()
    assert shown.locator(".md-search-result__terms").count() == 0, text


@pytest.mark.parametrize("width", [1280, 390])
def test_a_verb_of_saying_is_a_word_of_the_index(page: Page, served: Served, width: int) -> None:
    """lunr's English stop words hold "say", "says" and "said", so the index held them only
    with a mark after them ("said.", "says,"): "official says" showed the event "A US
    official says Russian forces ..." found by "official" alone ("Missing: says" once its
    forms were searched), or the 6,869-character section holding "said." and "say." five
    times. The index now trims a word's punctuation and keeps its stop words (`pipeline:
    [trimmer]`; the script leaves "the" out of a search): the event is the first result,
    "says" marked in it."""
    text, hrefs = first_result(page, served, "official says", width)
    assert "A US official says Russian forces" in text, (text, hrefs)
    assert "Missing" not in text, text
    shown = page.locator(".md-search-result__item").first.locator(":scope > a")
    assert "says" in [m.lower() for m in shown.nth(1).locator("mark").all_inner_texts()], \
        shown.nth(1).inner_html()


def test_a_stop_word_adds_no_result(page: Page, served: Served) -> None:
    """The index keeps lunr's stop words now ("says" is one): "the" would match every page,
    so the script leaves a stop word out of a search of other words, as the filter did."""
    counts = []
    for words in ("Kharkiv", "the Kharkiv"):
        first_result(page, served, words, 1280)
        counts.append(page.locator(".md-search-result__meta").inner_text())
    assert counts[0] == counts[1] == "1 matching document", counts


@pytest.fixture(scope="module")
def williams(tmp_path_factory: pytest.TempPathFactory):
    """The seed site with two more actors: Maria Williams and William Burns."""
    from ..test_site import copy_project, mkdocs_build
    from .conftest import serving

    project = copy_project(tmp_path_factory.mktemp("williams-site"))
    actors = project / "content" / "actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + """
  - id: maria-williams
    name: Maria Williams
    kind: person
    description: Analyst of the Korean peninsula.

  - id: william-burns
    name: William Burns
    kind: person
    description: Director of the CIA, as Ruth Edwards reported.
""", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        yield site


@pytest.mark.parametrize("width", [1280, 390])
def test_a_surname_no_actor_has_finds_no_given_name(browser: Browser, williams: Served,
                                                    width: int) -> None:
    """Only the words of actors' names were kept whole, so "Edwards" (in William Burns's
    description, no actor's name) was stemmed as a plural and listed Edward Howell. A word
    the site never writes lowercase whose stem is that of a word of a person's name is kept
    whole too."""
    with watched_page(browser, williams) as page:
        assert first_page(page, williams, "Edwards", width, "william-burns").endswith(
            "/actors/william-burns/")
        hrefs = result_links(page)
        assert not [h for h in hrefs if "edward-howell" in h], hrefs
        assert first_page(page, williams, "Edward", width, None)  # still his page
        hrefs = result_links(page)
        assert [h for h in hrefs if "edward-howell" in h], hrefs


@pytest.mark.parametrize("width", [1280, 390])
def test_a_name_finds_no_other_name(browser: Browser, williams: Served, width: int) -> None:
    """The stemmer took "Williams" for the plural of "William": searching "Williams" listed
    William Burns too. A word of a person's name that the site never writes lowercase is
    kept whole; "Russians" (no person's name) still finds "Russian"."""
    with watched_page(browser, williams) as page:
        assert first_page(page, williams, "Williams", width, "maria-williams").endswith(
            "/actors/maria-williams/")
        hrefs = result_links(page)
        assert not [h for h in hrefs if "william-burns" in h], hrefs
        # and "William" still finds both, as Material finds a word's start
        assert first_page(page, williams, "William", width, None)
        hrefs = result_links(page)
        assert [h for h in hrefs if "william-burns" in h], hrefs
        assert first_page(page, williams, "Russians", width, None)
        hrefs = [a.get_attribute("href") or "" for a in
                 page.locator(".md-search-result__item > a").all()]
        assert [h for h in hrefs if "/actors/russian-forces/" in h], hrefs


def result_links(page: Page) -> list[str]:
    """The addresses of the search results listed now."""
    return [a.get_attribute("href") or "" for a in page.locator(".md-search-result__item a").all()]


def first_page(page: Page, site: Served, words: str, width: int, actor: str | None) -> str:
    """The address of the first result once the search for `words` has settled, waiting
    (up to 20 s: the story's index is 3 MB) for it to be the page of `actor` if one is named."""
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    page.add_init_script(_COUNT_SEARCHES)
    page.goto(site.url)
    if width < 600:  # the phone's search is behind the magnifier
        page.locator("label[for=__search]").first.click()
    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially(words)
    first = page.locator(".md-search-result__item > a").first
    expect(first).to_be_visible(timeout=20_000)
    if actor:
        with contextlib.suppress(AssertionError):
            expect(first).to_have_attribute("href", re.compile(rf"/actors/{actor}/(\?|$)"),
                                            timeout=20_000)
    settled(page, words)
    return (first.get_attribute("href") or "").split("?")[0]


# counts the searches Material's worker is sent (with the box's value when each is sent) and
# the answers it gives, so that a test reads the list drawn from the answer to the last
# keystroke, not one to "Russian" or "William" typed on the way (review26: a fixed wait of
# 1.5 s read an earlier list under load)
_COUNT_SEARCHES = """(() => {
  if (window.__searches) return;
  const s = window.__searches = {asked: [], answered: 0};
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === 2) {
      if (!this.__counted) {
        this.__counted = true;
        this.addEventListener("message", (e) => { if (e.data && e.data.type === 3) s.answered++; });
      }
      const box = document.querySelector("input.md-search__input");
      s.asked.push(box ? box.value : null);
    }
    return post.apply(this, arguments);
  };
})();"""


def settled(page: Page, words: str) -> None:
    """Wait (up to 20 s) until Material's worker has answered every search sent, the last
    for `words` as typed whole, and the list is drawn from that answer (two frames)."""
    page.wait_for_function(
        """(words) => { const s = window.__searches;
           return s && s.asked.length > 0 && s.answered === s.asked.length
                  && s.asked[s.asked.length - 1] === words; }""", arg=words, timeout=20_000)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => "
                  "requestAnimationFrame(done)))")


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("words", "actor"), [
    ("Kim Jong Un", "kim-jong-un"), ("Vladimir Putin", "putin"), ("putin", "putin"),
    ("North Korea", "north-korea")])
def test_an_actors_name_typed_whole_lists_the_actors_page_first(
        browser: Browser, story: Served, words: str, actor: str, width: int) -> None:
    """On a story of 100 briefings, "Kim Jong Un" listed the 100 briefings naming him before
    his page (a briefing weighs 8 times an actor page, and Material's wildcard lets "Un" find
    "University", "United", "Under"). A name or alias typed whole now lists the page first."""
    with watched_page(browser, story) as page:
        assert first_page(page, story, words, width, actor).endswith(f"/actors/{actor}/")


def test_a_name_that_is_the_start_of_another_lists_its_own_page_first(page: Page,
                                                                      served: Served) -> None:
    """"Russia" finds "Russian forces" too (Material searches "russia*"), and on the seed
    listed the briefing, then Russian forces, then Russia. Russia's page is now first, and
    words that are no actor's whole name are ranked as Material ranks them."""
    assert first_page(page, served, "Russia", 1280, "russia").endswith("/actors/russia/")
    assert first_page(page, served, "Russian", 1280, None).endswith(f"/briefings/{SEED}/")
    assert first_page(page, served, "Putin Eurasia", 1280, None).endswith(f"/briefings/{SEED}/")


@pytest.fixture(scope="module")
def file_urls(tmp_path_factory: pytest.TempPathFactory):
    """The seed site built with `use_directory_urls: false` (pages at actors/russia.html)."""
    from ..test_site import copy_project, mkdocs_build
    from .conftest import serving

    project = copy_project(tmp_path_factory.mktemp("file-urls-site"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nuse_directory_urls: false\n",
                      encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        yield site


def test_an_actors_page_is_put_first_once_on_a_site_of_html_addresses(
        browser: Browser, file_urls: Served) -> None:
    """With `use_directory_urls: false` the actor's page is actors/russia.html: the search
    script made a second result for actors/russia/ (a folder no such site has) above it, so
    the page was listed twice and the first link led nowhere (review 15)."""
    with watched_page(browser, file_urls) as page:
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(file_urls.url + "index.html")
        box = page.get_by_role("textbox", name="Search")
        box.click()
        box.press_sequentially("Russia")
        first = page.locator(".md-search-result__item > a").first
        expect(first).to_have_attribute("href", re.compile(r"actors/russia\.html(\?|$)"),
                                        timeout=20_000)
        page.wait_for_timeout(800)
        hrefs = [(a.get_attribute("href") or "").split("?")[0].split("#")[0]
                 for a in page.locator(".md-search-result__item > a").all()]
        russia = [h for h in hrefs if re.search(r"actors/russia(/|\.html)?$", h)]
        assert len(russia) == 1, hrefs


def settled_items(page: Page, site: Served, words: str, width: int, actor: str) -> Locator:
    """The results of a search once the actor's page is first (the last keystroke's answer
    has landed and the script has run)."""
    assert first_page(page, site, words, width, actor).endswith(f"/actors/{actor}/")
    return page.locator(".md-search-result__item")


@pytest.mark.parametrize("width", [1280, 390])
def test_a_result_shows_an_entry_holding_every_word_before_one_lacking_some(
        browser: Browser, story: Served, width: int) -> None:
    """"Kim Jong Un" on the story showed under every briefing McFaul's claim "Under Obama,
    the United States ..." with "Missing: kim jong" (Material's "un*" finds "Under" and
    "United" in its title), and folded the eleven entries naming Kim Jong Un under "24 more
    on this page". An entry that holds every word is now shown before one that lacks some."""
    with watched_page(browser, story) as page:
        items = settled_items(page, story, "Kim Jong Un", width, "kim-jong-un")
        briefings = 0
        for item in items.all()[:8]:
            shown = item.locator(":scope > a")
            folded = item.locator(":scope > details > a")
            if "/briefings/" not in (shown.first.get_attribute("href") or ""):
                continue
            briefings += 1
            lacking = [a.inner_text() for a in shown.all() if a.locator(".md-search-result__terms").count()]
            whole = [a for a in folded.all() if not a.locator(".md-search-result__terms").count()]
            assert not (lacking and whole), lacking
            # what is shown first holds the name: an entry, or (none scoring as high as the
            # briefing's own) its summary, "... what Kim Jong Un gets back ..."
            first = shown.nth(1) if shown.count() > 1 else shown.first
            assert "Kim Jong Un" in " ".join(first.inner_text().split()), first.inner_text()
            # what is folded is still there: one entry in, one out
            summary = item.locator(":scope > details > summary").inner_text()
            assert summary.split()[0] == str(folded.count()), summary
        assert briefings >= 5


def test_a_briefing_found_by_a_word_of_its_sections_opens_with_the_word_marked(
        page: Page, served: Served) -> None:
    """"Malligyong" listed the briefing with a link ending "?h=": Material highlights the words
    its entry found, and the briefing's own entry (title, summary) holds none, so the page
    opened with nothing marked. The link now carries the words its sections found."""
    found = results(page, served, "Malligyong")
    href = found[0][0]
    assert href.split("?")[0].endswith(f"/briefings/{SEED}/"), found
    assert href.endswith("?h=malligyong"), href
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_url(re.compile(rf"/briefings/{SEED}/\?h=malligyong$"))
    expect(page.locator("article mark").first).to_have_text(re.compile("Malligyong", re.I))


@pytest.mark.parametrize("width", [1280, 390])
def test_an_actor_found_by_an_alias_says_so(browser: Browser, story: Served, width: int) -> None:
    """"Moscow" on the story put Russia's page first with "country · Country waging a war
    ...": nothing said why a search for a city opened a country. The result now says "Also
    called: Moscow", as the page's own entry does when Material lists it."""
    with watched_page(browser, story) as page:
        items = settled_items(page, story, "moscow", width, "russia")
        text = " ".join(items.first.inner_text().split())
        assert text.startswith("Russia country · "), text
        assert text.endswith("Also called: Moscow"), text


def test_the_actors_page_is_not_listed_as_a_run_of_names_and_numbers(page: Page,
                                                                     served: Served) -> None:
    """"Carson" (analyst7) and "Howell" listed the Actors page as "Actor Kind Briefings Claims
    made Claims about Events Russia country 1 0 23 4 North Korea country 1 0 19 7 ...": its
    table indexed as one run, the row of the actor searched not even in view. The table is
    left out of both indexes: each row is the actor's own page, listed first for its name."""
    found = results(page, served, "Howell")
    assert found[0][0].split("?")[0].endswith("/actors/edward-howell/"), found[:2]
    assert not [href for href, _ in found if href.split("?")[0].endswith("/actors/")], found
    index = json.loads((served.root / "search" / "search_index.json").read_text("utf-8"))
    actors = [doc for doc in index["docs"] if doc["location"] == "actors/"]
    assert actors and "Russia" not in actors[0]["text"], actors


@pytest.mark.parametrize("width", [1280, 390])
def test_an_actor_of_a_briefing_is_a_result_that_opens_at_its_row(browser: Browser,
                                                                  served: Served,
                                                                  width: int) -> None:
    """"Howell" showed under the briefing its whole Actors table as one run ("38 actors:
    Vladimir Putin, Kim Jong Un, ... show all Actor Kind Role in this article Vladimir Putin
    person Russian president; ..."), Howell's row out of view, and the link opened the page
    at the folded table. Each row is now an entry of its own, the actor's name over its kind
    and role, linking to the row, which opens its fold and is shown below the header."""
    with watched_page(browser, served) as page:
        text, hrefs = first_result(page, served, "Howell", width)  # his own page first
        briefing = page.locator(".md-search-result__item").nth(1)
        rows = briefing.locator("a[href*='#actor-']")
        expect(rows.first).to_be_visible()
        shown = " ".join(rows.first.inner_text().split())
        assert shown == ("Edward Howell person · politics lecturer at Britain's Oxford "
                         "University who focuses on the Korean peninsula"), shown
        assert not [a for a in briefing.locator("a").all()
                    if "Kind Role in this article" in a.inner_text()]
        href = rows.first.get_attribute("href") or ""
        assert href.split("?")[0].endswith(f"/briefings/{SEED}/"), href
        assert href.endswith("#actor-edward-howell"), href
        rows.first.click()
        page.wait_for_url(re.compile(r"#actor-edward-howell$"))
        row = page.locator("tr:has(#actor-edward-howell)")
        expect(row).to_be_visible()
        expect(page.locator("details.actors-fold")).to_have_attribute("open", "")
        page.wait_for_timeout(300)
        top = row.evaluate("r => r.getBoundingClientRect().top")
        header = page.locator(".md-header").evaluate("h => h.getBoundingClientRect().bottom")
        assert header <= top < page.viewport_size["height"] - 40, (header, top)


def test_a_word_that_names_a_property_of_every_object_is_searched_as_typed(
        page: Page, served: Served) -> None:
    """attack20: search-forms.js kept the words typed in a plain object and asked `word in
    typed`: "constructor" was in it before anything was put there (Object.prototype's), so
    "Putin constructor" was sent as a search for Putin alone: no result said "Missing:
    constructor", though none holds the word. It is a word like any other now."""
    first_result(page, served, "Putin constructor", 1280)
    lines = [line for line in page.locator(".md-search-result__terms").all_inner_texts()
             if line.strip()]
    assert lines and all(line.split() == ["Missing:", "constructor"] for line in lines), lines
