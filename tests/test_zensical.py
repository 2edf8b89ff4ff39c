"""The seed site rendered by Zensical, the successor of Material for MkDocs, from the plain
Markdown of `briefing build`. Zensical reads mkdocs.yml but runs no third-party MkDocs plugin,
so the pages are written into docs/ first (in a copy of the project), as a Zensical build of
this site would do in CI. What carries over is checked here; README.md lists what does not."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_site import SEED, copy_project, pythonpath

ZENSICAL = shutil.which("zensical", path=os.pathsep.join(
    [str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
REPO = "https://github.com/example/briefing-site"

needs_zensical = pytest.mark.skipif(
    ZENSICAL is None, reason="Zensical is not installed (it is in the test extra: "
    "pip install -e '.[test]'; it needs a prebuilt wheel for this platform)")
pytestmark = [pytest.mark.slow, needs_zensical]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": pythonpath()}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def zensical_build(project: Path) -> Path:
    """`briefing build --out docs` then `zensical build --strict` in a copy of the project
    made in `project`; the built site's folder."""
    copy_project(project)
    pages = run([sys.executable, "-m", "generator.cli", "build", "--out", "docs", "--site-url",
                 "https://example.github.io/briefing-site/", "--repo-url", REPO], project)
    assert pages.returncode == 0, pages.stderr
    assert ZENSICAL
    site = run([ZENSICAL, "build", "--strict"], project)
    assert site.returncode == 0, site.stdout + site.stderr
    assert "No issues found" in site.stdout + site.stderr
    return project / "site"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return zensical_build(tmp_path_factory.mktemp("zensical"))


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_every_page_and_download_is_built(built: Path) -> None:
    for page in ("index.html", "claims/index.html", "timeline/index.html", "actors/index.html",
                 "correcting/index.html", "content-model/index.html", "tags/index.html",
                 f"briefings/{SEED}/index.html", "actors/putin/index.html", "feed.xml",
                 f"data/{SEED}.json", "data/claims.csv", "schema/article.schema.json"):
        assert (built / page).is_file(), page


def test_navigation_tabs_lead_to_every_section(built: Path) -> None:
    home = html(built, "")
    for section in ("claims", "timeline", "actors", "tags", "correcting", "content-model"):
        assert f'href="./{section}/"' in home, section


def test_charts_stylesheet_and_timeline_filter_come_along(built: Path) -> None:
    home, timeline = html(built, ""), html(built, "timeline")
    assert home.count('<svg class="chart-svg network-svg') == 2
    assert timeline.count('<svg class="chart-svg timeline-svg') == 2  # wide, and a phone's
    for page in (home, timeline):
        assert 'href="./assets/briefing.css"' in page or 'href="../assets/briefing.css"' in page
        assert "assets/timeline-filter.js" in page
        assert not re.search(r'<script[^>]+src="https?:', page)
        assert "fonts.googleapis.com" not in page


def test_entry_edit_links_carry_over_but_the_page_button_opens_the_generated_markdown(
        built: Path) -> None:
    page = html(built, f"briefings/{SEED}")
    links = re.findall(r'<a class="edit-entry" href="([^"]+)"[^>]*>edit \(line (\d+)\)</a>', page)
    assert links and {href for href, _ in links} == {
        f"{REPO}/edit/main/content/articles/{SEED}.yaml"}
    # Not carried over: without the plugin, the page's edit button opens the generated page,
    # a file the repository does not hold, instead of the article's YAML.
    assert f'href="{REPO}/edit/main/docs/briefings/{SEED}.md" title="Edit this page"' in page


def test_search_index_holds_the_briefing(built: Path) -> None:
    items = json.loads((built / "search.json").read_text(encoding="utf-8"))["items"]
    seed = " ".join(i["text"] for i in items if i["location"].startswith(f"briefings/{SEED}/"))
    assert "Malligyong" in seed and "Pyongyang" in seed

