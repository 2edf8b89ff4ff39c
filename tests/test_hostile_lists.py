"""A direction override in one item of a list stays in that item (attack12).

attack11 closed each value shown as text at its end (`markup.closed`). Where several values
are joined into one text before they are escaped, the override of the first ran on over the
items after it: the deniers of a claim ("denied by Westmark<U+202E>, Eastland" showed
"Eastland" reversed), and the authors of an article in the Atom feed, which a feed reader
shows as one line. Each item now closes what it opens.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import FIXTURE
from .test_site import copy_project, mkdocs_build

RLO, PDF = "\u202e", "\u202c"


@pytest.fixture(scope="module")
def overridden(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site built with a right-to-left override at the end of the first item of
    each list: an actor's name and alias, an article's first author; Westmark and Eastland
    both deny a claim (reviewed, so that the site shows it)."""
    project = copy_project(tmp_path_factory.mktemp("lists-site"), content=False)
    shutil.copytree(FIXTURE / "content", project / "content")
    actors = project / "content" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    assert "    name: Westmark\n" in text
    actors.write_text(text.replace("    name: Westmark\n",
                                   '    name: "Westmark\\u202e"\n'
                                   '    aliases: ["West\\u202e", "Westmarkers"]\n'
                                   '    formerly: [west]\n'),
                      encoding="utf-8")
    article = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    text = article.read_text(encoding="utf-8")
    party = ("      - actor: westmark\n        stance: denies\n        evidence: Westmark denies"
             " that the deal gives it control of the harbour.\n")
    assert "authors: [Jo Writer]\n" in text and "source: The Example Times\n" in text
    assert party in text
    text = text.replace("authors: [Jo Writer]\n", 'authors: ["Jo Writer\\u202e", "Ann Other"]\n')
    text = text.replace("source: The Example Times\n", 'source: "The Example Times\\u202e"\n')
    text = text.replace(party, party + party.replace("westmark", "eastland"))
    text = text.replace("    status: drafted\ntimeline:", "timeline:")  # shown on the site
    article.write_text(text, encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def _open_at_separators(text: str) -> list[str]:
    """Each place where an override opened in an item is still open at the separator
    (', ', '; ' or '. ') after that item, in one text node or attribute: the text from the
    override to the separator. (The JSON-LD, for machines, is left out.)"""
    text = re.sub(r"(?s)<script.*?</script>", "", text)
    return [m.group() for m in re.finditer(f'{RLO}[^{PDF}<>"]*?(?:, |; |\\. )', text)]


def test_the_deniers_of_a_claim_each_close_their_override(overridden: Path) -> None:
    page = (overridden / "actors" / "eastland" / "index.html").read_text(
        encoding="utf-8")
    assert f"denied by Westmark{RLO}{PDF}, Eastland" in page
    assert not _open_at_separators(page)


def test_no_page_or_download_leaves_an_override_open_across_a_list(overridden: Path) -> None:
    opened = {str(path.relative_to(overridden)): found
              for path in sorted(overridden.rglob("*"))
              if path.suffix in (".html", ".xml", ".svg")
              and (found := _open_at_separators(path.read_text(encoding="utf-8")))}
    assert opened == {}


def test_the_feed_closes_each_authors_override(overridden: Path) -> None:
    feed = (overridden / "feed.xml").read_text(encoding="utf-8")
    assert f"<name>Jo Writer{RLO}{PDF}, Ann Other</name>" in feed


def test_the_source_closes_its_override_before_the_date(overridden: Path) -> None:
    page = (overridden / "claims" / "index.html").read_text(encoding="utf-8")
    assert f"The Example Times{RLO}{PDF}, 2 March 2024" in page


def test_the_old_address_page_closes_the_old_names_override(overridden: Path) -> None:
    """The page at a former id says "<old name> is now <name>.": the old name (an alias)
    reversed "is now Westmark"."""
    page = (overridden / "actors" / "west" / "index.html").read_text(encoding="utf-8")
    assert f"<p>West{RLO}{PDF} is now <a " in page
    assert f">Westmark{RLO}{PDF}</a>.</p>" in page
