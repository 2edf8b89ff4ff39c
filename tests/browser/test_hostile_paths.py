"""A folder's name is text on the page that lists the content files (attack13).

The "Correcting an entry" page lists each article's YAML and text file in a code span, the
path printed as it is (`|safe`). A folder inside content/ named with a backquote and a tag,
which content/articles links to (both can be committed), ended the code span: the tag was
the page's HTML and its script ran in every reader's browser.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from ..conftest import FIXTURE
from ..test_site import copy_project, mkdocs_build
from .conftest import serving

pytestmark = pytest.mark.browser

FOLDER = "x`<img src=x onerror=alert(document.domain)>`|y"


def test_a_hostile_folder_name_reads_as_text_on_the_correcting_page(
        browser: Browser, tmp_path: Path) -> None:
    project = copy_project(tmp_path, content=False)
    shutil.copytree(FIXTURE / "content", project / "content")
    articles = project / "content" / "articles"
    articles.rename(project / "content" / FOLDER)
    os.symlink(FOLDER, articles)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    dialogs: list[str] = []
    with serving(project / "site") as site:
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"{site.url}correcting/")
        page.wait_for_load_state("load")
        assert page.locator("article img").count() == 0
        shown = page.locator("article td code").all_text_contents()
        assert f"content/{FOLDER}/2024-03-02-port-deal.yaml" in shown
        assert f"content/{FOLDER}/2024-03-02-port-deal.md" in shown
        page.close()
    assert dialogs == []
