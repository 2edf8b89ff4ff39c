"""Like git, `briefing` finds its site from any folder inside it: the nearest folder, from the
current one up, that holds content/ or mkdocs.yml. Outside any site it says so in one line."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import FIXTURE

ARTICLE = "content/articles/2024-03-02-port-deal.yaml"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The fixture site with a mkdocs.yml, one level below tmp_path."""
    root = tmp_path / "site"
    shutil.copytree(FIXTURE / "content", root / "content")
    (root / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    return root


def run(cwd: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        *args: str) -> tuple[int, str, str]:
    monkeypatch.chdir(cwd)
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_from_the_articles_folder_checks_the_site(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(site / "content/articles", monkeypatch, capsys, "check")
    assert code == 0
    assert err.startswith("briefing check: the content is clean (2 articles")


def test_check_from_a_subfolder_names_files_as_from_the_site(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = site / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace("by: alba", "by: albba", 1),
                    encoding="utf-8")
    at_root = run(site, monkeypatch, capsys, "check")
    below = run(site / "content/articles", monkeypatch, capsys, "check")
    assert at_root[0] == below[0] == 1
    assert below[1] == at_root[1]
    assert below[1].startswith(f"{ARTICLE}:")


def test_a_folder_with_only_mkdocs_yml_is_the_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    code, out, err = run(tmp_path / "docs", monkeypatch, capsys, "check")
    assert (code, out) == (1, "")
    assert err == ("briefing: there is no content folder ../content; run the command in the "
                   "project folder (the one that holds content/), or name the folder with "
                   "--content\n")


def test_review_from_the_articles_folder_finds_the_article(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    code, _, err = run(site / "content/articles", monkeypatch, capsys,
                       "review", "2024-03-02-port-deal")
    assert code == 0
    assert err == "briefing review: ../../content/articles/2024-03-02-port-deal.yaml unchanged\n"


def test_build_from_a_subfolder_writes_beside_content(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(site / "content", monkeypatch, capsys, "build")
    assert code == 0
    assert (site / "build/index.md").is_file()
    assert not (site / "content/build").exists()
    assert err.splitlines()[-1].startswith("briefing build: ")
    assert " files in ../build, " in err


def test_outside_any_site_one_line_names_the_folder_searched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # it said "content:1:1: there is no content folder here": a made-up position
    nowhere = tmp_path / "notes"
    nowhere.mkdir()
    for command in (["check"], ["review", "2024-03-02-port-deal"], ["build"]):
        code, out, err = run(nowhere, monkeypatch, capsys, *command)
        assert (code, out) == (1, "")
        assert err == (f"briefing: no briefing site in {nowhere} or any folder above it (none "
                       "holds content/ or mkdocs.yml); run the command inside your site's "
                       "folder, start a site with 'briefing init FOLDER', or name the content "
                       "folder with --content\n")
    assert not (nowhere / "build").exists()


def test_a_missing_content_folder_named_with_content_has_no_position(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path, monkeypatch, capsys, "--content", "contnet", "check")
    assert (code, out) == (1, "")
    assert err == ("briefing: there is no content folder contnet; run the command in the "
                   "project folder (the one that holds content/), or name the folder with "
                   "--content\n")


def test_build_of_a_missing_content_folder_has_no_position(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(tmp_path, monkeypatch, capsys, "--content", "contnet", "build")
    assert (code, out) == (1, "")
    assert err == ("briefing: there is no content folder contnet; run the command in the "
                   "project folder (the one that holds content/), or name the folder with "
                   "--content\n")
    assert not (tmp_path / "build").exists()


@pytest.mark.parametrize("name", ["2024-03-02-port-deal.yaml", "2024-03-02-port-deal.md"])
def test_review_takes_a_tab_completed_file_name_for_its_slug(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str) -> None:
    # from content/articles, the shell completes the file's name: it was refused as no slug
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    code, _, err = run(site / "content/articles", monkeypatch, capsys, "review", name)
    assert code == 0
    assert err == "briefing review: ../../content/articles/2024-03-02-port-deal.yaml unchanged\n"


def test_a_deleted_current_folder_is_one_line_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert main(["check"]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", "briefing: the current folder no longer exists (deleted or moved "
                              "away); go to your site's folder and run the command again\n")


@pytest.mark.parametrize(("cwd", "name"), [
    ("", "content/articles/2024-03-02-port-deal.yaml"),
    ("content", "articles/2024-03-02-port-deal.md"),
])
def test_review_takes_a_tab_completed_path_to_the_article(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        cwd: str, name: str) -> None:
    # from the site's folder the shell completes the path: it was refused as no slug
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    code, _, err = run(site / cwd, monkeypatch, capsys, "review", name)
    assert code == 0
    assert err.endswith("content/articles/2024-03-02-port-deal.yaml unchanged\n")


def test_a_path_to_a_file_outside_content_articles_is_no_slug(
        site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(site / ARTICLE, site / "2024-03-02-port-deal.yaml")
    code, _, err = run(site / "content", monkeypatch, capsys, "review",
                       "../2024-03-02-port-deal.yaml")
    assert code == 1
    assert err.startswith("briefing: '../2024-03-02-port-deal.yaml' is not an article's slug")


def test_build_with_content_named_writes_beside_that_content(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, _, _ = run(elsewhere, monkeypatch, capsys, "--content", "../site/content", "build")
    assert code == 0
    assert (site / "build" / "index.md").is_file()  # as --help says: build/ beside content/
    assert not (elsewhere / "build").exists()
