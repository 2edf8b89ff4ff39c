"""A site made by `briefing init` with one imported article, built as its Pages workflow
builds it and read in Chromium: its own title, the briefing found by search, edit links that
open GitHub's editor with the entry's line named."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect

from ..test_init import ADDRESSES, build, new_site_with_article, pythonpath
from .conftest import Served, serving, watched_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def new_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    project = new_site_with_article(tmp_path_factory.mktemp("new-site") / "robotics")
    [yaml_path] = (project / "content" / "articles").glob("*.yaml")
    # a published site shows only what a person reviewed: accept every drafted entry
    reviewed = subprocess.run([sys.executable, "-m", "generator.cli", "review", yaml_path.stem],
                              cwd=project, env={**os.environ, "PYTHONPATH": pythonpath()},
                              input="a\n" * 1000, capture_output=True, text=True, timeout=120)
    assert reviewed.returncode == 0, reviewed.stderr
    result = build(project, **ADDRESSES)
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as served:
        yield served


@pytest.fixture
def page(browser: Browser, new_site: Served) -> Iterator[Page]:
    with watched_page(browser, new_site) as page:
        yield page


def test_the_new_site_shows_its_own_story(page: Page, new_site: Served) -> None:
    [yaml_path] = (new_site.root.parent / "content" / "articles").glob("*.yaml")
    article = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    page.goto(new_site.url)
    expect(page.locator(".md-header__topic").first).to_contain_text("Robotics: a visa story")
    expect(page.locator("article")).not_to_contain_text("Putin")

    box = page.get_by_role("textbox", name="Search")
    box.click()
    box.press_sequentially("robotics")
    result = page.locator(f".md-search-result__item a[href*='/briefings/{yaml_path.stem}/']").first
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(rf"/briefings/{yaml_path.stem}/"))
    expect(page.locator("h1")).to_contain_text(article["title"])

    claim = article["claims"][0]
    line = yaml_path.read_text(encoding="utf-8").splitlines().index(f"  - id: {claim['id']}") + 1
    edit = page.locator(f"#claim-{claim['id']} a.edit-entry")
    expect(edit).to_have_text(f"edit (line {line})")
    expect(edit).to_have_attribute(
        "href", f"https://github.com/someone/robotics/edit/trunk/content/articles/{yaml_path.name}")


def test_the_correcting_page_says_a_mistake_shows_at_every_page(page: Page, new_site: Served
                                                                ) -> None:
    # it said "on the home page": `mkdocs serve` shows the problems at every URL
    page.goto(new_site.url + "correcting/")
    expect(page.locator("article")).to_contain_text(
        "a mistake shows its message in the terminal and on every page of the site until you "
        "fix it.")
