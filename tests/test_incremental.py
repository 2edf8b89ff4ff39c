"""Rebuilding after an edit renders again only the pages that show the edited article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import generate
from generator.content.problems import ContentError
from generator.incremental import IncrementalBuilder
from generator.pages.generate import SiteInfo

STRIKE = "2024-05-20-harbour-strike"
DEAL = "2024-03-02-port-deal"
GLOBAL = {"index.md", "claims.md", "timeline.md", "actors/index.md", "tags/index.md",
          "correcting.md"}


def edit(project: Path, slug: str, old: str, new: str) -> None:
    path = project / "content" / "articles" / f"{slug}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_first_build_is_the_full_generation(project: Path) -> None:
    builder = IncrementalBuilder()
    files = builder.generate(project / "content", root=project)
    assert files == generate(project / "content", root=project)
    assert builder.stats.files_parsed == 5 and sorted(builder.stats.rendered) == sorted(files)


def test_an_unchanged_rebuild_parses_and_renders_nothing(project: Path) -> None:
    builder = IncrementalBuilder()
    first = builder.generate(project / "content", root=project)
    assert builder.generate(project / "content", root=project) == first
    assert builder.stats.files_parsed == 0 and builder.stats.rendered == []
    assert builder.stats.reused == len(first)


def test_an_edit_renders_only_the_pages_that_depend_on_the_article(project: Path) -> None:
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    edit(project, STRIKE, "role: minister facing the strike", "role: minister under pressure")
    files = builder.generate(project / "content", root=project)
    assert files == generate(project / "content", root=project)
    assert builder.stats.files_parsed == 1
    whole_site = set(builder.site_paths)  # downloads, schemas: made from all the content
    assert whole_site and whole_site <= set(builder.stats.rendered)
    assert set(builder.stats.rendered) - whole_site == GLOBAL | {
        f"briefings/{STRIKE}.md", f"data/{STRIKE}.json", "actors/alba.md", "actors/westmark.md",
        "actors/eastland.md", "tags/ports.md", "tags/labour.md",
        *(f"data/{STRIKE}/{table}.csv" for table in ("actors", "claims", "timeline"))}
    assert {p for p in builder.stats.changed if p.endswith(".md")} == {
        f"briefings/{STRIKE}.md", "actors/alba.md"}
    assert "minister under pressure" in files["actors/alba.md"]


def test_after_a_content_error_every_page_counts_as_changed(project: Path) -> None:
    builder = IncrementalBuilder()
    first = builder.generate(project / "content", root=project)
    edit(project, STRIKE, "by: alba", "by: albaa")
    with pytest.raises(ContentError):
        builder.generate(project / "content", root=project)
    edit(project, STRIKE, "by: albaa", "by: alba")
    assert builder.generate(project / "content", root=project) == first
    assert sorted(builder.stats.changed) == sorted(first)


def test_an_edit_renders_only_the_parts_of_long_pages_that_list_the_article(
        tmp_path: Path) -> None:
    from bench.steps import edited_article
    from bench.synth import generate_corpus
    from generator.pages.generate import SiteInfo

    generate_corpus(tmp_path, 130)
    builder = IncrementalBuilder()
    site = SiteInfo(drafts=True)  # every entry of the corpus, drafted ones too
    first = builder.generate(tmp_path / "content", site, root=tmp_path)
    parts = [p for p in first if p.startswith(("claims", "timeline"))]
    assert len(parts) > 3  # claims.md, claims/2.md, ..., timeline.md, timeline/2.md
    path = edited_article(tmp_path)  # its title: lists show it (a summary edit: none)
    path.write_text(path.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1),
                    encoding="utf-8")
    builder.generate(tmp_path / "content", site, root=tmp_path)
    rendered = [p for p in builder.stats.rendered if p.startswith(("claims", "timeline"))]
    assert 0 < len(rendered) < len(parts)


def test_the_incremental_files_are_the_full_generation_with_a_feed(project: Path) -> None:
    from generator.pages.generate import SiteInfo

    site = SiteInfo("Fixture", site_url="https://example.org/briefings/")
    files = IncrementalBuilder().generate(project / "content", site, root=project)
    assert "feed.xml" in files
    assert files == generate(project / "content", site, root=project)


def test_an_edit_whose_modification_time_was_restored_is_seen(project: Path) -> None:
    # `cp -p` and `rsync -t` bring a changed file with its old time; here of the same size
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    path = project / "content" / "articles" / f"{STRIKE}.yaml"
    before = path.stat()
    edit(project, STRIKE, "role: minister facing the strike", "role: minister facing the strikE")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)
    files = builder.generate(project / "content", root=project)
    assert builder.stats.files_parsed == 1
    assert "minister facing the strikE" in files["actors/alba.md"]
    assert files == generate(project / "content", root=project)


def test_a_touched_but_unchanged_file_is_not_parsed_again(project: Path) -> None:
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    path = project / "content" / "articles" / f"{STRIKE}.yaml"
    path.chmod(0o600)  # changes the inode's time, not the content
    builder.generate(project / "content", root=project)
    assert builder.stats.files_parsed == 0


def test_a_summary_edit_renders_no_page_that_only_lists_the_article(project: Path) -> None:
    # actor pages and the claims index show an article's entries, not its summary
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    edit(project, DEAL, "summary: ", "summary: Edited. ")
    files = builder.generate(project / "content", root=project)
    assert files == generate(project / "content", root=project)
    pages = {p for p in builder.stats.rendered if p.endswith(".md")}
    assert f"briefings/{DEAL}.md" in pages and "tags/ports.md" in pages
    assert not {p for p in pages if p.startswith("actors/") and p != "actors/index.md"}
    assert "claims.md" not in pages and "timeline.md" not in pages


def test_with_a_feed_a_summary_edit_does_not_make_the_site_tables_again(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the feed shows summaries, the site's tables do not (nor do they share its group)
    import generator.incremental as incremental

    made: list[int] = []
    tables = incremental.site_tables
    monkeypatch.setattr(incremental, "site_tables", lambda *a: made.append(1) or tables(*a))
    site = SiteInfo(site_url="https://example.org/briefings/")
    builder = IncrementalBuilder()
    builder.generate(project / "content", site, root=project)
    for text in ("Edited. ", "Edited again. "):
        edit(project, DEAL, "summary: ", f"summary: {text}")
        files = builder.generate(project / "content", site, root=project)
        assert files == generate(project / "content", site, root=project)
        assert "feed.xml" in builder.stats.changed
    assert made == [1]


def _fingerprint_part_by_part(*parts: object) -> str:
    import hashlib
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(str(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), st.integers(), st.none(), st.tuples(st.text()))))
def test_a_fingerprint_hashes_each_part_and_a_nul_as_it_always_did(parts: list[object]) -> None:
    """`fingerprint` hashes its parts joined (one update) to the very digest that hashing them
    one by one gave."""
    from generator.incremental import fingerprint

    assert fingerprint(*parts) == _fingerprint_part_by_part(*parts)


def test_the_home_page_network_is_kept_for_a_summary_edit_and_drawn_again_for_a_claim(
        project: Path) -> None:
    """The network chart on the home page is kept while what it draws is unchanged (a summary
    edit renders the home page again, which shows summaries), and drawn again when a claim
    changes: the home page is always the full generation's."""
    from generator.pictures import network

    edit(project, STRIKE, "source: The Example Times\n",
         "source: The Example Times\nsummary: Dock workers stopped work.\n")
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    drawn: list[int] = []
    original = network.network_chart

    def counted(*args: object, **kwargs: object) -> object:
        drawn.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    network.network_chart = counted  # type: ignore[assignment]
    try:
        import generator.pages.generate as pages
        pages.network_chart = counted  # type: ignore[assignment]
        edit(project, STRIKE, "stopped work.", "stopped work on Monday.")
        files = builder.generate(project / "content", root=project)
        assert "index.md" in builder.stats.rendered and not drawn
        assert "stopped work on Monday" in files["index.md"]
        assert files == generate(project / "content", root=project)
        drawn.clear()
        edit(project, STRIKE, "claim: The strike will end soon.",
             "claim: The strike will end within days.")
        files = builder.generate(project / "content", root=project)
        assert drawn and "within days" in files["index.md"]
        assert files == generate(project / "content", root=project)
    finally:
        network.network_chart = original
        pages.network_chart = original  # type: ignore[assignment]


def test_a_rebuild_that_renders_few_pages_leaves_their_cycles_to_the_idle_collection(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`release_pages` (a full collection) runs after a build that rendered many pages, not
    after a save that rendered a few (generator/incremental.py, FEW_PAGES)."""
    import generator.incremental as incremental

    calls: list[int] = []
    monkeypatch.setattr(incremental, "release_pages", lambda: calls.append(1))
    monkeypatch.setattr(incremental, "FEW_PAGES", 10)
    builder = IncrementalBuilder()
    builder.generate(project / "content", root=project)
    assert builder.stats.pages_rendered > 10 and calls == [1]
    edit(project, DEAL, "summary: ", "summary: Edited. ")
    files = builder.generate(project / "content", root=project)
    assert 0 < builder.stats.pages_rendered <= 10 and calls == [1]
    assert files == generate(project / "content", root=project)
