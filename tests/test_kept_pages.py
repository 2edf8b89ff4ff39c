"""What `mkdocs serve` keeps of a page between builds (generator/kept_pages.py): a changed
page is read, spliced, indexed and written again, an unchanged one is not, and a file changed
in the site folder behind the server's back is written again.

The builds run in this process as `mkdocs serve` runs them (a new configuration and plugin
objects for every build, one site folder), so that the caches kept between them are used.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.incremental import RACY_NS

from .test_site import SEED, copy_project

pytestmark = pytest.mark.slow

URL = "http://127.0.0.1:8000/"
OLD_EVENT = "Putin last visited North Korea, more than two decades before this trip."
NEW_EVENT = "Putin last went to Pyongyang in 2000, long before this trip."


@contextmanager
def serve_builds(project: Path, site: Path) -> Iterator[Callable[[], None]]:
    """A function that builds the site into `site` as each rebuild of `mkdocs serve` does."""
    def config() -> object:
        loaded = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site))
        loaded.site_url = URL
        return loaded

    first = config()
    first.plugins.on_startup(command="serve", dirty=False)  # type: ignore[attr-defined]
    try:
        yield lambda: build(config(), serve_url=URL, dirty=False)  # type: ignore[arg-type]
    finally:
        first.plugins.on_shutdown()  # type: ignore[attr-defined]


def settled(project: Path) -> None:
    """Content files saved long ago: the builds keep what they made of them (a file saved
    within the last two seconds is read again, generator/incremental.RACY_NS)."""
    past = time.time_ns() - 10 * RACY_NS
    for path in (project / "content").rglob("*"):
        os.utime(path, ns=(past, past))


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_an_edited_event_is_indexed_and_shown_and_a_file_changed_behind_the_back_is_rewritten(
        tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    settled(project)
    site = tmp_path / "site"
    yaml = project / "content" / "articles" / f"{SEED}.yaml"
    page = site / "briefings" / SEED / "index.html"
    with serve_builds(project, site) as rebuild:
        rebuild()
        assert OLD_EVENT in page.read_text(encoding="utf-8")
        actor_pages = sorted((site / "actors").glob("*/index.html"))
        assert len(actor_pages) > 10
        stamps = {p: p.stat().st_mtime_ns for p in actor_pages}

        text = yaml.read_text(encoding="utf-8")
        assert text.count(OLD_EVENT) == 1
        yaml.write_text(text.replace(OLD_EVENT, NEW_EVENT), encoding="utf-8")
        rebuild()
        # the briefing is rendered again, and its timeline entry indexed again
        served = page.read_text(encoding="utf-8")
        assert NEW_EVENT in served and OLD_EVENT not in served
        index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
        entries = {e["location"]: e["title"] for e in index["docs"]}
        assert entries[f"briefings/{SEED}/#event-previous-putin-visit"] == NEW_EVENT
        assert not any(OLD_EVENT in e["title"] or OLD_EVENT in e["text"]
                       for e in index["docs"])
        # an actor page whose text did not change was not written again
        unchanged = [p for p in actor_pages if p.stat().st_mtime_ns == stamps[p]]
        assert len(unchanged) > len(actor_pages) // 2

        # files changed in the site folder (same size, so only their time tells) are written
        # again by the next build, though nothing the build reads changed
        behind = [actor_pages[0], site / "data" / f"{SEED}.json", page]
        before = {p: p.read_bytes() for p in behind}
        for path in behind:
            data = path.read_bytes()
            path.write_bytes(data[:-2] + (b"XY" if data[-2:] != b"XY" else b"YX"))
            when = path.stat().st_mtime_ns + 1_000_000_000
            os.utime(path, ns=(when, when))
        rebuild()
        assert {p: p.read_bytes() for p in behind} == before
        kept = files_of(site)

    # and the served site is what a build that kept nothing writes
    fresh = tmp_path / "fresh"
    with serve_builds(project, fresh) as rebuild:
        rebuild()
    assert files_of(fresh) == kept


def test_a_page_gets_its_own_front_matter_each_build(tmp_path: Path) -> None:
    """The front matter is kept between builds, but each build's page gets a copy: a plugin
    that changes it (the HTML cache sets `template`) changes nothing of the next build."""
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    from generator.kept_pages import Sources

    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", content=False)
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(tmp_path / "s"))
    config.plugins._current_plugin = None  # type: ignore[attr-defined]  # as in a build
    sources = Sources()
    raw = b"---\ntitle: One\nsearch:\n  exclude: true\n---\n# One\n"
    metas = []
    for _ in range(2):
        file = File.generated(config, "one.md", content=raw)
        page = Page(None, file, config)
        sources.wrap_read(page)
        page.read_source(config)
        assert page.markdown == "# One\n"
        assert page.meta == {"title": "One", "search": {"exclude": True}}
        metas.append(page.meta)
        page.meta["template"] = "changed.html"
        page.meta["search"]["exclude"] = False
    assert metas[0] is not metas[1]
    # new bytes, even equal ones, are read anew: a text is kept only for its own object
    file = File.generated(config, "one.md", content=bytes(raw.replace(b"One", b"Two")))
    assert sources.text(file) == "---\ntitle: Two\nsearch:\n  exclude: true\n---\n# Two\n"


def test_a_page_the_folder_holds_is_not_encoded_again_but_written_whole_if_its_path_was_read(
        tmp_path: Path) -> None:
    """`_UnwrittenHtml`: MkDocs encodes a page's HTML, then reads its `abs_dest_path` (the null
    device, once, for a page the site folder holds): the encoding is empty only then."""
    from generator.plugin import _Generated, _UnwrittenHtml

    html = "<p>Ünïcode \U0001f600 page</p>"
    file = _Generated("a.md", src_dir=None, dest_dir=str(tmp_path), use_directory_urls=True)
    file.unwritten = True
    output = _UnwrittenHtml(html, file)
    assert output == html and output.strip() == html
    assert output.encode("utf-8", errors="xmlcharrefreplace") == b""
    assert file.abs_dest_path == os.devnull  # where MkDocs writes those empty bytes
    assert file.abs_dest_path == str(tmp_path / "a" / "index.html")
    file.unwritten = True
    assert file.abs_dest_path == os.devnull  # something read the path before MkDocs did...
    assert _UnwrittenHtml(html, file).encode("utf-8", errors="xmlcharrefreplace") == (
        html.encode("utf-8"))  # ...so MkDocs writes the whole page to its real path
