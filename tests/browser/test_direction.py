"""A direction override in one value stays in that value: the text around it reads as written.

attack11: an actor named "Westmark" followed by U+202E (right-to-left override, invisible)
reversed, on the home page (the network drawn as a list), the rest of its line: ": confirmations of claims by Alba Ferrer
(1)" showed as "(1) Alba Ferrer by claims of confirmations :" run backwards; the same in the
charts' tooltips ("(Eastland, Westmark) — <the article's title>"). An override lasts to the end
of its paragraph, whatever element holds it; each value now closes what it opens.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from ..conftest import FIXTURE
from ..test_site import copy_project, mkdocs_build
from .conftest import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def overridden(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture site with westmark named "Westmark" and an unclosed override, served."""
    project = copy_project(tmp_path_factory.mktemp("direction-site"), content=False)
    shutil.copytree(FIXTURE / "content", project / "content")
    actors = project / "content" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    assert "    name: Westmark\n" in text
    actors.write_text(text.replace("    name: Westmark\n", '    name: "Westmark\\u202e"\n'),
                      encoding="utf-8")
    # attack12: Eastland denies the claim too, after Westmark ("denied by Westmark, Eastland"),
    # and the claim is reviewed, so that the site shows it
    article = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    text = article.read_text(encoding="utf-8")
    party = ("      - actor: westmark\n        stance: denies\n        evidence: Westmark denies"
             " that the deal gives it control of the harbour.\n")
    assert party in text and "    status: drafted\ntimeline:" in text
    text = text.replace(party, party + party.replace("westmark", "eastland"))
    article.write_text(text.replace("    status: drafted\ntimeline:", "timeline:"),
                       encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as site:
        yield site.url


# the x of the first and the last letter of the first text node after the element that holds
# the name, in the same line: left to right, the first is further left
FIRST_AND_LAST = """link => {
    const node = link.nextSibling;
    const text = node.textContent, range = document.createRange();
    const x = i => { range.setStart(node, i); range.setEnd(node, i + 1);
                     return range.getBoundingClientRect().left; };
    const first = text.search(/\\S/), last = text.trimEnd().length - 1;
    return [text, x(first), x(last)];
}"""


def test_the_words_after_an_overridden_name_read_left_to_right(browser: Browser,
                                                               overridden: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(overridden)
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    link = page.locator("li > a[href='actors/westmark/']").first  # the network as a list
    text, first, last = link.evaluate(FIRST_AND_LAST)
    # ": denials of claims by" since Westmark and Eastland both deny the port deal's claim
    assert text.strip() in (": confirmations of claims by", ": denials of claims by")
    assert 0 < first < last
    page.close()


def test_a_tooltip_that_names_an_overridden_actor_ends_the_override_with_the_name(
        browser: Browser, overridden: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{overridden}timeline/")
    titles = page.locator("svg title").all_text_contents()
    named = [t for t in titles if "Westmark\u202e" in t and not t.endswith("Westmark\u202e\u202c")]
    assert named and all("Westmark\u202e\u202c" in t for t in named)
    page.close()


# the x of the first and the last letter of a word in the first text node that holds it
WORD_ENDS = """word => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        const x = i => { range.setStart(node, i); range.setEnd(node, i + 1);
                         return range.getBoundingClientRect().left; };
        return [node.textContent, x(at), x(at + word.length - 1)];
    }
    return null;
}"""


def test_a_name_after_an_overridden_one_in_a_list_reads_left_to_right(
        browser: Browser, overridden: str) -> None:
    """attack12: "denied by Westmark<U+202E>, Eastland": the names were joined, then closed
    once at the end, so "Eastland" showed as "dnaltsaE"."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{overridden}actors/eastland/")
    found = page.evaluate(WORD_ENDS, ", Eastland)")
    assert found is not None
    text, first, last = found
    assert "denied by Westmark" in text
    assert 0 < first < last
    page.close()
