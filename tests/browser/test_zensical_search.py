"""Search in the site that Zensical renders from `briefing build`'s Markdown, read in Chromium
(its search box lives in a shadow root, which Playwright's CSS locators enter)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from ..test_site import SEED
from ..test_zensical import ZENSICAL, needs_zensical, zensical_build
from .conftest import Served, serving, watched_page

pytestmark = [pytest.mark.slow, pytest.mark.browser, needs_zensical]


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    assert ZENSICAL
    site = zensical_build(tmp_path_factory.mktemp("zensical-browser"))
    with serving(site) as served:
        yield served


@pytest.fixture
def page(browser: Browser, zensical_site: Served) -> Iterator[Page]:
    with watched_page(browser, zensical_site) as page:
        yield page


def test_search_finds_the_briefing_and_opens_it(page: Page, zensical_site: Served) -> None:
    page.goto(zensical_site.url)
    page.locator("button.md-search__button").click()
    page.locator("dialog input").press_sequentially("Malligyong")
    result = page.locator(f"dialog a[href*='/briefings/{SEED}/']").first
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(rf"/briefings/{SEED}/"))
    expect(page.locator("h1")).to_contain_text("Putin may need weapons")
