"""Edit links in the built site: each page's edit button opens its YAML file in GitHub's
editor, and each claim and timeline entry opens that file there too, with the line that holds
the entry named beside it (GitHub's editor cannot be sent to a line). Under `mkdocs serve`
they open the local editor at the line instead (tests/test_serve.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main

from .conftest import FIXTURE, ROOT
from .test_site import SEED, copy_project, mkdocs_build

pytestmark = pytest.mark.slow

REPO = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["repo_url"].rstrip("/")
ARTICLE = f"content/articles/{SEED}.yaml"
EDIT_BUTTON = re.compile(r'<a href="([^"]+)" title="Edit this page" class="md-content__button')


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("edit-links"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def edit_button(page_html: str) -> str | None:
    found = EDIT_BUTTON.findall(page_html)
    assert len(found) <= 1
    return found[0] if found else None


def entry_lines(section: str) -> dict[str, int]:
    """The line of each `- id: X` under `section:` of the seed YAML, read line by line."""
    lines: dict[str, int] = {}
    current = ""
    for number, line in enumerate((ROOT / ARTICLE).read_text(encoding="utf-8").splitlines(), 1):
        if re.match(r"^\w+:", line):
            current = line.split(":")[0]
        elif current == section and (m := re.match(r"^  - id: ([\w-]+)\s*$", line)):
            lines[m.group(1)] = number
    return lines


def edit_entry(fragment: str) -> tuple[str, int]:
    """The address and the line number an entry's edit link shows."""
    found = re.findall(r'<a class="edit-entry" href="([^"]+)"[^>]*>edit \(line (\d+)\)</a>',
                       fragment)
    assert len(found) == 1, fragment
    return found[0][0], int(found[0][1])


def test_briefing_edit_button_opens_its_yaml(site: Path) -> None:
    assert edit_button(html(site, f"briefings/{SEED}")) == f"{REPO}/edit/main/{ARTICLE}"


def test_actor_edit_button_opens_the_file_that_defines_the_actor(site: Path) -> None:
    shared = {a["id"] for a in yaml.safe_load((ROOT / "content/actors.yaml").read_text())["actors"]}
    article = yaml.safe_load((ROOT / ARTICLE).read_text(encoding="utf-8"))
    local = {a["id"] for a in article["actors"] if "name" in a}
    assert "putin" in shared and "edward-howell" in local
    for ident in shared | local:
        expected = "content/actors.yaml" if ident in shared else ARTICLE
        assert edit_button(html(site, f"actors/{ident}")) == f"{REPO}/edit/main/{expected}", ident


def test_pages_without_a_yaml_file_have_no_edit_button_and_docs_open_their_source(
        site: Path) -> None:
    for page in ("timeline", "claims", "actors"):
        assert edit_button(html(site, page)) is None, page
    assert edit_button(html(site, "content-model")) == f"{REPO}/edit/main/docs/content-model.md"


def test_each_claim_links_to_its_own_line(site: Path) -> None:
    expected = entry_lines("claims")
    assert len(expected) == len(yaml.safe_load((ROOT / ARTICLE).read_text())["claims"])
    # a claim is in full, edit link included, on its briefing; elsewhere a line links to it
    blocks = re.findall(r'<div class="claim claim--\w+"[^>]* id="claim-([\w-]+)"[^>]*>(.*?)</div>',
                        html(site, f"briefings/{SEED}"), re.S)
    assert blocks
    for ident, block in blocks:
        assert edit_entry(block) == (f"{REPO}/edit/main/{ARTICLE}", expected[ident]), ident
    for page in ("claims", "actors/putin"):
        assert 'class="claim-line"' in html(site, page) and "edit-entry" not in html(site, page)
    briefing = re.findall(r'id="claim-([\w-]+)"', html(site, f"briefings/{SEED}"))
    assert sorted(briefing) == sorted(expected)


def test_each_timeline_entry_links_to_its_own_line(site: Path) -> None:
    expected = entry_lines("timeline")
    rows = re.findall(r"<tr>(.*?)</tr>", html(site, f"briefings/{SEED}"), re.S)
    events = {m.group(1): row for row in rows if (m := re.search(r'id="event-([\w-]+)"', row))}
    assert sorted(events) == sorted(expected)
    for ident, row in events.items():
        assert edit_entry(row) == (f"{REPO}/edit/main/{ARTICLE}", expected[ident]), ident
    merged = re.findall(r"<tr>(.*?)</tr>", html(site, "timeline"), re.S)
    linked = {m.group(1): row for row in merged if (m := re.search(r'#event-([\w-]+)"', row))}
    assert sorted(linked) == sorted(expected)  # each row links to the entry on its briefing


def test_the_line_an_edit_link_names_holds_that_entry(site: Path) -> None:
    lines = (ROOT / ARTICLE).read_text(encoding="utf-8").splitlines()
    page = html(site, f"briefings/{SEED}")
    block = re.search(r'id="claim-arms-deliveries"[^>]*>(.*?)</div>', page, re.S)
    assert block
    line = edit_entry(block.group(1))[1]
    assert lines[line - 1] == "  - id: arms-deliveries"


def test_briefing_build_writes_entry_edit_links_for_a_repository(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURE)
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--repo-url", "https://github.com/a/b/",
                 "--edit-branch", "trunk"]) == 0
    page = (out / "briefings" / "2024-03-02-port-deal.md").read_text(encoding="utf-8")
    lines = (FIXTURE / "content/articles/2024-03-02-port-deal.yaml").read_text().splitlines()
    line = lines.index("  - id: opens-harbour") + 1
    assert ('<a class="edit-entry" href="https://github.com/a/b/edit/trunk/content/articles/'
            '2024-03-02-port-deal.yaml" data-search-exclude data-pagefind-ignore title="Correct this entry in content/articles/'
            f'2024-03-02-port-deal.yaml, line {line}">edit (line {line})</a>') in page
    assert main(["build", "--out", str(tmp_path / "bare")]) == 0
    assert "edit-entry" not in (tmp_path / "bare/briefings/2024-03-02-port-deal.md").read_text()
