"""Hostile files and folders (issue 11): special files, link loops, modes, concurrent imports,
and every way the output folder can stand in the way: one message each, never a traceback,
never a wait, never a lost or half-written article."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator import files
from generator.cli import main

from .conftest import ROOT

SEED = ROOT / "seeds" / "000_cf90937da013812e.txt"
BRIEFING = [sys.executable, "-m", "generator.cli"]


def run(project: Path, *args: str, umask: int = 0o022,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`briefing ARGS` as a process in project, under a umask."""
    return subprocess.run(BRIEFING + list(args), cwd=project, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=lambda: os.umask(umask) and None,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fifo_in_content_is_reported_not_waited_for(project: Path) -> None:
    os.mkfifo(project / "content/articles/2024-06-01-pipe.yaml")
    os.mkfifo(project / "content/actors.yaml.fifo.md")  # not an article name: ignored
    done = run(project, "check", timeout=30)  # before the fix: waits forever
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "content/articles/2024-06-01-pipe.yaml:1:1: this is a named pipe (FIFO), not a file: "
        "reading it could wait forever; remove it from the content folder"]


def test_a_missing_or_mistyped_content_folder_is_not_clean(project: Path) -> None:
    done = run(project, "--content", "contnet", "check")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("briefing: there is no content folder contnet; run the command in the "
                           "project folder (the one that holds content/), or name the folder "
                           "with --content\n")


def test_a_link_loop_as_the_articles_folder(project: Path) -> None:
    articles = project / "content/articles"
    articles.rename(project / "content/moved")
    articles.symlink_to("articles")
    done = run(project, "check")
    assert done.returncode == 1
    assert done.stdout == ("content/articles:1:1: cannot read the folder: Too many levels of "
                           "symbolic links\n")


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_written_files_follow_the_umask(project: Path, umask: int) -> None:
    expected = 0o666 & ~umask
    assert run(project, "build", "--out", "site", umask=umask).returncode == 0
    written = [p for p in (project / "site").rglob("*") if p.is_file()]
    assert written and {mode(p) for p in written} == {expected}
    assert run(project, "import", str(SEED), "--published", "2024-06-19", umask=umask).returncode == 0
    imported = sorted((project / "content/articles").glob("2024-06-19-*"))
    assert len(imported) == 2 and {mode(p) for p in imported} == {expected}


def test_a_rewritten_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "article.yaml"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o644)
    old = os.umask(0o077)
    try:
        files.write_atomic(path, "new\n")  # as redraft rewrites a YAML file
    finally:
        os.umask(old)
    assert path.read_text(encoding="utf-8") == "new\n" and mode(path) == 0o644


def test_an_exclusive_write_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("first\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        files.write_atomic(path, "second\n", exclusive=True)
    assert path.read_text(encoding="utf-8") == "first\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]  # no temporary file left


def test_two_imports_at_once_both_keep_their_article(project: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    first, second = project / "first.txt", project / "second.txt"
    first.write_text(seed, encoding="utf-8")
    second.write_text(seed.replace("Malligyong", "Malligyong-ri", 1), encoding="utf-8")
    for _ in range(3):
        for path in (project / "content/articles").glob("2024-06-19-*"):
            path.unlink()
        procs = [subprocess.Popen(BRIEFING + ["import", str(p), "--published", "2024-06-19"], cwd=project, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
                 for p in (first, second)]
        outs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0], outs
        texts = sorted((project / "content/articles").glob("2024-06-19-*.md"))
        assert len(texts) == 2  # one slug each, with a -2 for the later one
        assert {t.read_text(encoding="utf-8") for t in texts} == {
            o for o in (_markdown(first), _markdown(second))}
        for text in texts:  # each pair: its own YAML beside its own text
            assert text.with_suffix(".yaml").is_file()
        assert not list((project / "content/articles").glob(".*.tmp"))


def _markdown(path: Path) -> str:
    from datetime import date

    from generator.draft import draft_file
    return draft_file(path, published=date(2024, 6, 19)).markdown


def test_importing_the_same_article_twice_says_so(project: Path) -> None:
    assert run(project, "import", str(SEED), "--published", "2024-06-19").returncode == 0
    again = run(project, "import", str(SEED), "--published", "2024-06-19")
    slug = next((project / "content/articles").glob("2024-06-19-*.yaml")).stem
    assert again.returncode == 1
    assert again.stderr == (f"briefing: content/articles/{slug}.md already holds this article; "
                            f"to draft it again, run 'briefing redraft {slug}'\n")


def test_titles_in_other_scripts_get_slugs_of_their_own(project: Path) -> None:
    for title in ("Переговоры в порту продолжаются", "Министр встретился с рабочими",
                  "Αι συνομιλίες συνεχίζονται σήμερα"):
        path = project / "a.txt"
        path.write_text(f"{title}\n\nThe minister said the talks went on. They met again "
                        "on Tuesday in the port.\n", encoding="utf-8")
        done = run(project, "import", str(path), "--published", "2024-06-19")
        assert done.returncode == 0, done.stderr
    slugs = sorted(p.stem for p in (project / "content/articles").glob("2024-06-19*.yaml"))
    assert len(slugs) == 3 and all(len(s) > len("2024-06-19") for s in slugs)


def test_a_nul_byte_is_refused_by_import_as_by_check(project: Path) -> None:
    path = project / "a.txt"
    path.write_bytes(SEED.read_bytes() + b"\n\nA last line.\x00\n")
    done = run(project, "import", str(path), "--published", "2024-06-19")
    assert done.returncode == 1
    assert "holds a NUL byte" in done.stderr and done.stderr.startswith(f"briefing: {path}: ")
    assert not list((project / "content/articles").glob("2024-06-19-*"))


@pytest.mark.parametrize("out, message", [
    ("afile", "cannot write into {p}/afile: it is a file where the pages need a folder; "
              "remove it, or choose another --out folder"),
    ("/dev/null", "cannot write into /dev/null: it is a file where the pages need a folder; "
                  "remove it, or choose another --out folder"),
    ("o1", "cannot write {p}/o1/index.md: a folder stands where a page must be written; "
           "remove it, or choose another --out folder"),
    ("o2", "cannot write into {p}/o2/actors: it is a file where the pages need a folder; "
           "remove it, or choose another --out folder"),
])
def test_an_output_folder_in_the_way_gets_one_message(project: Path, out: str,
                                                      message: str) -> None:
    (project / "afile").write_text("x", encoding="utf-8")
    (project / "o1/index.md").mkdir(parents=True)
    (project / "o2").mkdir()
    (project / "o2/actors").write_text("x", encoding="utf-8")
    done = run(project, "build", "--out", out)
    assert done.returncode == 1
    assert done.stderr == "briefing: " + message.format(p=project.resolve()) + "\n"


def test_a_full_disk_gets_one_message(project: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.chdir(project)
    monkeypatch.setattr(files.os, "fsync", full)  # where a full disk reports it
    assert main(["build", "--out", "site"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefing: the disk is full: ")
    assert err.endswith(" could not be written; free some space and build again (every file "
                        "already written is whole)\n")
    assert not [p for p in (project / "site").rglob("*") if p.is_file()]


def test_a_fifo_in_the_output_folder_is_replaced_not_read(project: Path) -> None:
    (project / "site").mkdir()
    os.mkfifo(project / "site/index.md")
    done = run(project, "build", "--out", "site", timeout=60)  # before: waited on the FIFO
    assert done.returncode == 0, done.stderr
    assert (project / "site/index.md").is_file()


def test_an_imported_article_passes_check_beside_one_that_defines_its_actors(
        tmp_path: Path) -> None:
    # the seed defines 'kremlin-spokesman' ("a Kremlin spokesman") in its own YAML; a second
    # article drafted the same id with another name, which check refuses as a redefinition
    shutil.copytree(ROOT / "content", tmp_path / "content")
    text = tmp_path / "a.txt"
    text.write_text(SEED.read_text(encoding="utf-8").replace("Malligyong", "Malligyong-ri"),
                    encoding="utf-8")
    assert run(tmp_path, "import", str(text), "--published", "2024-06-20").returncode == 0
    done = run(tmp_path, "check")
    assert (done.returncode, done.stdout) == (0, ""), done.stdout
