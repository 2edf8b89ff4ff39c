"""Hostile files and folders (issue 11): special files, link loops, modes, concurrent imports,
and every way the output folder can stand in the way: one message each, never a traceback,
never a wait, never a lost or half-written article."""

from __future__ import annotations

import errno
import os
import shutil
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
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


def test_a_fifo_as_a_template_is_not_waited_for_by_check(project: Path) -> None:
    """`briefing check` looks for stale copies of the tool's templates (review18): a FIFO
    `templates/claims.md.j2` kept it waiting forever."""
    (project / "templates").mkdir(exist_ok=True)
    os.mkfifo(project / "templates/claims.md.j2")
    done = run(project, "check", timeout=30)  # before the fix: TimeoutExpired
    assert done.returncode == 0, done.stderr
    assert "claims.md.j2" not in done.stdout + done.stderr


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


def _mkdocs(project: Path, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """`mkdocs ARGS` as a process in project, with this checkout's plugin."""
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=project,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})


def _link_lines(stderr: str) -> list[str]:
    """The lines of a build's stderr that name a link (the plugin's message, as MkDocs shows
    it: its first line after 'ERROR   -  ')."""
    return [line.removeprefix("ERROR   -  ") for line in stderr.splitlines()
            if " is a link to " in line]


HOLDS = ("a folder that holds it: MkDocs and 'mkdocs serve' follow links to folders when they "
         "list the site's files, and would go round inside it without end; remove the link")


@pytest.mark.slow
def test_links_to_folders_that_hold_them_stop_the_build_at_once(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """attack17: MkDocs lists docs/ with links to folders followed before any plugin sees a
    file: a cloned site with two committed links `docs/a -> .` and `docs/b -> .` had `mkdocs
    build` list 2^40 folders (never ending, its memory growing), one such link ended in an
    OSError traceback 40 folders deep, and `docs/r -> /` walked the whole machine (1.9 GB
    after 60 s) before the build could refuse a file linked out of the site. The build
    stops at once, one line per link; a link to a folder elsewhere in the site's folder is
    followed as before."""
    from .test_broken_site import site_project

    site_project(project)
    docs = project / "docs"
    for name in ("a", "b"):
        (docs / name).symlink_to(".")
    (docs / "r").symlink_to("/")
    (docs / "self").symlink_to("self")
    (docs / "again").symlink_to("assets")
    (project / "content/articles/up").symlink_to("..")
    away = tmp_path_factory.mktemp("away")
    (project / "content/home").symlink_to(away)  # before: walked every half second
    (project / "templates/theme/round").symlink_to("../..")
    result = _mkdocs(project, "build", "--strict", timeout=120)  # before: still walking
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _link_lines(result.stderr) == [  # docs/, content/, templates/
        f"docs/a is a link to ., {HOLDS}",
        "docs/again is a link to assets, a folder they list already: MkDocs and "
        "'mkdocs serve' follow links to folders when they list the site's files, and would "
        "list it twice (a few such links: without end); remove the link, or move the folder "
        "here",
        f"docs/b is a link to ., {HOLDS}",
        f"docs/r is a link to /, {HOLDS}",
        "docs/self is a link to self, which leads round in a loop: MkDocs and "
        "'mkdocs serve' follow links to folders when they list the site's files, and would "
        "stop at it; remove the link",
        f"content/articles/up is a link to .., {HOLDS}",
        f"content/home is a link to {away.as_posix()}, outside the site's "
        "folder: MkDocs and 'mkdocs serve' follow links to folders when they list the site's "
        "files, and would list every file under it, every half second while serving; remove "
        "the link, or copy into the site what belongs to it",
        f"templates/theme/round is a link to ../.., {HOLDS}"]
    assert not (project / "site").exists()
    for link in ("a", "b", "r", "self", "again"):
        (docs / link).unlink()
    for link in ("content/articles/up", "content/home", "templates/theme/round"):
        (project / link).unlink()
    (project / "extra").mkdir()
    (project / "extra" / "more.md").write_text("# More\n\nA page kept beside docs.\n",
                                               encoding="utf-8")
    (docs / "extra").symlink_to("../extra")
    result = _mkdocs(project, "build", "--strict", timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (project / "site" / "extra" / "more" / "index.html").is_file()


@pytest.mark.slow
def test_mkdocs_serve_stops_at_link_loops_in_content(project: Path) -> None:
    """attack17: `mkdocs serve` watches content/ by walking it, links to folders followed,
    every half second; `check` and the build never enter a folder below content/articles.
    Two committed links `content/articles/a -> .` and `b -> .` had the first build pass and
    the watcher take 2.4 GB in 85 s without serving a page. The server stops before it
    starts, with one line per link."""
    from .test_broken_site import site_project

    site_project(project)
    for name in ("a", "b"):
        (project / "content/articles" / name).symlink_to(".")
    # before: still running (and growing) when the timeout ends the test
    result = _mkdocs(project, "serve", "-a", "127.0.0.1:0", timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _link_lines(result.stderr) == [
        f"content/articles/a is a link to ., {HOLDS}",
        f"content/articles/b is a link to ., {HOLDS}"]


def _wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


@pytest.mark.slow
def test_links_pulled_in_while_serving_reach_the_build_not_a_walk_without_end(
        project: Path, tmp_path: Path) -> None:
    """attack17: links that arrive while `mkdocs serve` runs (a `git pull`) reach its watcher
    before any build can check them, and its next walk of content/ never ended (memory
    growing, no rebuild, no message). The watcher now takes a link to a folder as the link
    itself: the build it triggers names the links, the server stays as it was (MkDocs: "The
    server will appear stuck"), and comes back once they are gone. A folder the site links
    to (docs/extra -> ../extra) is watched on its own: a save there shows."""
    from .test_broken_site import site_project

    site_project(project)
    (project / "extra").mkdir()
    (project / "extra" / "more.md").write_text("# More\n\nOne.\n", encoding="utf-8")
    (project / "docs" / "extra").symlink_to("../extra")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    log = tmp_path / "serve.log"
    with open(log, "wb") as err:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
            stdout=subprocess.DEVNULL, stderr=err,
            env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"})
    try:
        more = f"http://127.0.0.1:{port}/briefing-site/extra/more/"
        assert _wait_for(lambda: "One." in _page(more), 120), log.read_text()
        (project / "extra" / "more.md").write_text("# More\n\nTwo.\n", encoding="utf-8")
        assert _wait_for(lambda: "Two." in _page(more), 60), log.read_text()
        for name in ("a", "b"):
            (project / "content/articles" / name).symlink_to(".")
        # before: no message ever (the watcher's walk did not end)
        assert _wait_for(lambda: "content/articles/b is a link" in log.read_text(), 60)
        assert _link_lines(log.read_text()) == [
            f"content/articles/a is a link to ., {HOLDS}",
            f"content/articles/b is a link to ., {HOLDS}"]
        for name in ("a", "b"):
            (project / "content/articles" / name).unlink()
        assert _wait_for(lambda: "Two." in _page(more), 60), log.read_text()
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(30)


@pytest.mark.slow
def test_a_fifo_in_docs_stops_the_build_not_waits(project: Path) -> None:
    """attack17: MkDocs reads each page of docs/ and copies each other file: a FIFO
    `docs/x.md` (an archive of a site can hold one; git cannot) kept `mkdocs build` waiting
    forever, a FIFO `docs/notes.txt` ended it in a `SpecialFileError` traceback. As in
    content/ (round two), it is one message each."""
    from .test_broken_site import site_project

    site_project(project)
    os.mkfifo(project / "docs" / "x.md")
    os.mkfifo(project / "docs" / "notes.txt")
    result = _mkdocs(project, "build", "--strict", timeout=120)  # before: waited for x.md
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert [line.removeprefix("ERROR   -  ") for line in result.stderr.splitlines()
            if "named pipe" in line] == [
        f"docs/{name} is a named pipe (FIFO), not a file: MkDocs and Zensical would wait "
        "forever to read it, or stop in a traceback; remove it" for name in ("notes.txt", "x.md")]


def _front_matter_bomb(levels: int) -> str:
    """A docs/ page whose title is an alias of nine aliases of nine ... `levels` deep."""
    lines = ["---", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join([*lines, f"title: *a{levels - 1}", "---", "# Notes", "", "Hello.", ""])


@pytest.mark.slow
def test_an_alias_bomb_in_a_pages_front_matter_stops_the_build_not_the_machine(
        project: Path) -> None:
    """attack18: MkDocs reads a hand-written page's front matter with PyYAML, aliases and
    all, and the theme prints its title: a 513-byte `docs/notes.md` whose title is nine
    aliases of nine ... ten deep took `mkdocs build` 25 s of CPU and 2.2 GB before a
    MemoryError traceback (a cloned site's page; without a memory limit, every byte of the
    machine). It is one message at the alias; a page with a few aliases builds as before."""
    import resource

    from .test_broken_site import site_project

    site_project(project)
    (project / "docs" / "notes.md").write_text(_front_matter_bomb(10), encoding="utf-8")

    def limited() -> None:  # before the fix: the MemoryError within the limit, not the machine's
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                            capture_output=True, text=True, timeout=120, preexec_fn=limited,
                            env={**os.environ, "PYTHONPATH": str(ROOT),
                                 "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert [line.removeprefix("ERROR   -  ") for line in result.stderr.splitlines()
            if "front matter" in line] == [
        "docs/notes.md:6:10: the aliases of the front matter stand for more than 10,000 values "
        "once expanded (this one, *a3, for 7,381): the theme writes out a value such as the "
        "title in full, and a page of a few lines can take every byte of memory; write the "
        "values out instead of aliasing them"]
    (project / "docs" / "notes.md").write_text(_front_matter_bomb(3), encoding="utf-8")
    result = _mkdocs(project, "build", "--strict", timeout=300)  # 900 values: a page's own
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<title>[[['lol', 'lol'" in (project / "site/notes/index.html").read_text(
        encoding="utf-8")


LEFTOVERS = ("notes.md~", "#notes.md#", "4913", "notes.md.swp", "notes.md___jb_old___",
             "notes.md___jb_tmp___", "notes.md.orig", "notes.md.rej")


@pytest.mark.slow
def test_editors_backups_in_docs_are_not_published(project: Path) -> None:
    """attack18: MkDocs copies every file of docs/ into the site: an editor's backup
    `docs/notes.md~` was published (and pushed by `gh-deploy`) with the words a person had
    just deleted from the page, and so were Emacs' autosave, Vim's 4913, JetBrains' safe-write
    copies and a merge's .orig and .rej. They are left out, each named once; the page is
    published as before."""
    from .test_broken_site import site_project, strict_build

    site_project(project)
    docs = project / "docs"
    (docs / "notes.md").write_text("# Notes\n\nThe public text.\n", encoding="utf-8")
    for name in LEFTOVERS:
        (docs / name).write_text("# Notes\n\nThe public text. A secret, deleted.\n",
                                 encoding="utf-8")
    for name in ("4913.md", "notes.orig.md"):  # pages whose names are near a leftover's
        (docs / name).write_text(f"# {name}\n\nA page of its own.\n", encoding="utf-8")
    result = strict_build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    assert [line for line in result.stderr.splitlines() if "not published" in line] == [
        f"INFO    -  briefing: docs/{name} is not published: it is an editor's backup or "
        "temporary file, or a merge's leftover" for name in sorted(LEFTOVERS)]
    site = project / "site"
    assert "The public text." in (site / "notes" / "index.html").read_text(encoding="utf-8")
    for page in ("4913", "notes.orig"):  # review22: a leftover's pattern is the whole name
        assert "A page of its own." in (site / page / "index.html").read_text(encoding="utf-8")
    assert [path for path in site.rglob("*")
            if path.is_file() and b"A secret, deleted" in path.read_bytes()] == []


def test_briefing_build_refuses_editors_backups_in_its_out_folder(project: Path) -> None:
    """attack19: with Zensical, `briefing build --out docs` writes the pages and `zensical
    build` publishes every file of docs/ that is not hidden, editors' backups included (tried:
    `docs/notes.md~`, `#notes.md#`, `notes.md.orig` and `notes.md___jb_old___` were files of
    site/, the words deleted from the page in them). Zensical runs no plugin, so `briefing
    build` names each one and writes nothing; hidden files (which neither builder publishes)
    and names near a leftover's are left alone."""
    docs = project / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "notes.md").write_text("# Notes\n\nThe public text.\n", encoding="utf-8")
    for name in ("notes.md~", "guide/#notes.md#", "notes.md.orig"):
        (docs / name).write_text("The public text. A secret, deleted.\n", encoding="utf-8")
    for name in ("4913.md", "notes.orig.md", ".notes.md.abc.tmp", ".#notes.md"):
        (docs / name).write_text("Not a leftover that is published.\n", encoding="utf-8")
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"briefing: docs/{name} is an editor's backup or temporary file, or a merge's "
        "leftover: a site built from docs (Zensical, after 'briefing build --out docs') "
        "publishes every file in it as it is; delete it, or move it out of docs"
        for name in ("guide/#notes.md#", "notes.md.orig", "notes.md~")] + [
        "briefing build: nothing was written into docs"]
    assert sorted(p.name for p in docs.rglob("*")) == sorted(
        ["guide", "notes.md", "notes.md~", "#notes.md#", "notes.md.orig", "4913.md",
         "notes.orig.md", ".notes.md.abc.tmp", ".#notes.md"])  # nothing written
    for name in ("notes.md~", "guide/#notes.md#", "notes.md.orig"):
        (docs / name).unlink()
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 0, done.stderr
    assert (docs / "claims.md").is_file()


WALKS = ("'mkdocs serve' walks every folder it watches twice a second and builds again at each "
         "change in it, so a large one keeps it from serving (watch: [/] had it at 1.6 GB, "
         "no page served, after two minutes); watch folders of the site only, such as "
         "templates")


@pytest.mark.slow
def test_watch_paths_outside_the_site_stop_the_server_before_it_walks_them(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """attack19: mkdocs.yml's `watch:` paths are walked by `mkdocs serve`'s polling watcher
    twice a second, and by the plugin's first snapshot (generator/watch_start.py): a cloned
    site's `watch: [/]` took `mkdocs serve` to 1.6 GB in two minutes of walking the machine
    without serving a page (and every file that changes anywhere would build again). A watch
    path must lie in the site's folder; links are resolved first."""
    from .test_broken_site import site_project

    site_project(project)
    beside = tmp_path_factory.mktemp("beside")
    (project / "extra").symlink_to("/")
    settings = project / "mkdocs.yml"
    plain = settings.read_text(encoding="utf-8")
    settings.write_text(plain + "watch:\n  - /\n", encoding="utf-8")
    line = len(plain.splitlines()) + 2  # the first entry: one clear line (review24, 25)
    # before: still walking (and growing) when the timeout ends the test
    result = _mkdocs(project, "serve", "-a", "127.0.0.1:0", timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"ERROR   -  mkdocs.yml:{line}:5: watch lists /, outside the site's folder: " \
        f"{WALKS}" in result.stderr.splitlines(), result.stderr[-2000:]
    for entry, shown in [("..", project.parent.as_posix()), ("extra", "/"),
                         (str(beside), beside.as_posix())]:
        settings.write_text(plain + f"watch:\n  - templates\n  - {entry}\n", encoding="utf-8")
        result = _mkdocs(project, "serve", "-a", "127.0.0.1:0", timeout=60)
        assert result.returncode == 1, entry
        # the entry's own line and value (review25: was the list's, `- templates`)
        assert f"ERROR   -  mkdocs.yml:{line + 1}:5: watch lists {shown}, outside the site's " \
            f"folder: {WALKS}" in result.stderr.splitlines(), result.stderr[-2000:]
    # review25: a folder given with -w was blamed on mkdocs.yml, with or without a watch: list
    for listed in ("watch:\n  - templates\n", ""):
        settings.write_text(plain + listed, encoding="utf-8")
        result = _mkdocs(project, "serve", "-a", "127.0.0.1:0", "-w", str(beside), timeout=60)
        assert result.returncode == 1
        assert f"ERROR   -  the command line: --watch (-w) names {beside.as_posix()}, outside " \
            f"the site's folder: {WALKS}" in result.stderr.splitlines(), result.stderr[-2000:]
    # review24: only `serve` walks them; a build (CI's, `gh-deploy`'s) has no use for watch:
    # a site that watches a folder beside it (a shared theme's) builds, as before attack19
    settings.write_text(plain + f"watch:\n  - templates\n  - {beside}\n", encoding="utf-8")
    result = _mkdocs(project, "build", "--strict", timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    done = run(project, "build", "--out", "build")
    assert done.returncode == 0, done.stderr


def test_briefing_build_refuses_links_out_of_the_site_in_its_out_folder(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """attack19: round nine's refusal of a file linked out of the site (a committed
    `docs/notes.txt` linking to `~/.ssh/id_rsa`) is the plugin's, which Zensical does not run:
    `briefing build --out docs` then `zensical build` published `docs/keys.txt -> /tmp/secret`
    as `site/keys.txt`, the secret in it (tried). `briefing build` walks its out folder as the
    plugin walks docs/ (a link at a page's name, or on its way, is named by the writer, as
    before), names each such link and fails, so that a CI job stops before `zensical build`;
    since attack20 it does so before it writes a page. A link inside the site's folder is a
    file of the site as before."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (elsewhere / "secret.txt").write_text("The secret text.\n", encoding="utf-8")
    docs = project / "docs"
    docs.mkdir()
    (project / "notes").mkdir()
    (project / "notes" / "shared.md").write_text("# Shared\n", encoding="utf-8")
    (docs / "keys.txt").symlink_to(elsewhere / "secret.txt")
    (docs / "shared.md").symlink_to("../notes/shared.md")
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"briefing: docs/keys.txt is a link to {(elsewhere / 'secret.txt').as_posix()}, "
        "outside the site's folder: MkDocs would publish what it leads to; copy the file into "
        "docs/ if it belongs to the site, or remove the link",
        "briefing build: nothing was written into docs"]
    assert (docs / "keys.txt").is_symlink()
    # attack20: refused before any page is written, as an editor's backup is
    assert sorted(p.name for p in docs.iterdir()) == ["keys.txt", "shared.md"]
    (docs / "keys.txt").unlink()
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 0, done.stderr
    assert (docs / "claims.md").is_file()


def test_briefing_build_refuses_a_site_dir_that_zensical_would_empty(project: Path) -> None:
    """attack19: round twelve's refusal of mkdocs.yml's `site_dir: content` is the plugin's,
    which Zensical does not run: after `briefing build --out docs`, `zensical build` with
    `site_dir: content` deleted every article and actors.yaml and built the site into content/
    (tried). `briefing build` reads mkdocs.yml as MkDocs does and stops with the plugin's
    message, before anything is written."""
    from .test_broken_site import site_project

    site_project(project)
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "site_dir: site", "site_dir: content"), encoding="utf-8")
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 1
    line = settings.read_text(encoding="utf-8").splitlines().index("site_dir: content") + 1
    assert done.stderr.splitlines() == [  # review23: the setting's line and column
        f"briefing: mkdocs.yml:{line}:11: site_dir is content: MkDocs empties the site folder "
        "before it builds, and would delete every article and actors.yaml (content); build into "
        "a folder of its own, such as site"]
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


def test_briefing_build_runs_no_hook_nor_plugin_of_mkdocs_yml(project: Path) -> None:
    """review24: to refuse attack19's `site_dir: content`, `briefing build` read mkdocs.yml with
    MkDocs' `load_config`, which loads every plugin and imports the `hooks:` files: a cloned
    site's `hooks: [evil.py]` ran its code at `briefing build --out docs`, which neither
    Zensical nor `briefing build` before ran. Only the folder settings are read now; the
    refusal of `site_dir: content` holds (the test above), and a plugin MkDocs does not know
    (a Zensical site's) is no concern of `briefing build`."""
    from .test_broken_site import site_project

    site_project(project)
    ran = project / "hook-ran"
    (project / "evil.py").write_text(f"open({str(ran)!r}, 'w').write('ran')\n",
                                     encoding="utf-8")
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8")
                        + "hooks:\n  - evil.py\n", encoding="utf-8")
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 0, done.stderr
    assert not ran.exists()
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "site_dir: site", "site_dir: content"), encoding="utf-8")
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 1
    assert "site_dir is content" in done.stderr
    assert not ran.exists()


def _all_held_back(project: Path) -> None:
    """Both of the fixture's briefings held back: their titles read from the text."""
    for path in (project / "content" / "articles").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nactors:\n", "\nstatus:\n  title: drafted\nactors:\n", 1),
                        encoding="utf-8")


def test_briefing_build_fails_when_no_briefing_is_published(project: Path) -> None:
    """attack20: when every briefing is held back, `mkdocs build --strict` stops (review23),
    but `briefing build --out docs` said so and exited 0: a workflow of `briefing build` and
    `zensical build` published the empty site (tried: "No briefings published yet", Zensical's
    "No issues found"). It writes the pages, as MkDocs writes its site, and fails with the
    same words; a new site with no article yet builds as before."""
    _all_held_back(project)
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines()[-2:] == [
        "briefing build: no briefing is published: all 2 briefings are left out until a person "
        "reviews what is named above, and the home page reads 'No briefings published yet'",
        "briefing build: 17 files in docs, 17 changed"]
    assert "No briefings published yet." in (project / "docs" / "index.md").read_text(
        encoding="utf-8")
    for path in (project / "content" / "articles").glob("*"):
        path.unlink()
    done = run(project, "build", "--out", "docs")
    assert done.returncode == 0, done.stderr


def _refusal(line: str) -> str:
    return f"briefing: {line}"


def test_briefing_build_refuses_what_zensical_would_hang_on_or_publish_before_writing(
        project: Path) -> None:
    """attack20, tried with `briefing build --out docs` then `zensical build --strict`
    (0.0.73), which runs none of the plugin's checks of docs/: a FIFO `docs/x.md` kept Zensical
    waiting (killed at 60 s); an alias bomb in `docs/notes.md`'s front matter took it to
    2.8 GB in 11 s before it aborted (under a 3 GB limit); `docs/up -> ..` put mkdocs.yml,
    templates/ and docs/ again into the site; `docs/p.yaml`, a link to an article's YAML,
    published it, drafted entries and all. `briefing build` refused none of them. It now names
    each in the plugin's words and writes nothing; a FIFO or link at a page's own name is
    replaced by the page, as before."""
    docs = project / "docs"
    docs.mkdir()
    os.mkfifo(docs / "x.md")
    os.mkfifo(docs / "claims.md")  # a page's name: replaced
    (docs / "notes.md").write_text(_front_matter_bomb(10), encoding="utf-8")
    (docs / "up").symlink_to("..")
    (docs / "p.yaml").symlink_to("../content/articles/2024-03-02-port-deal.yaml")
    (docs / "c").symlink_to("../content")
    (docs / "small.md").write_text(_front_matter_bomb(3), encoding="utf-8")  # a page's own
    done = run(project, "build", "--out", "docs", timeout=60)  # before: exit 0
    into = ("inside the content folder: MkDocs and Zensical would publish what it leads to as it "
            "is (an article's YAML, drafted entries and all), where the site publishes content "
            "only through its pages, reviewed entries only; remove the link (one to an "
            "article's text, a .md file, may stay)")
    assert done.stderr.splitlines() == [
        f"briefing: docs/c is a link to ../content, {into}",
        f"briefing: docs/p.yaml is a link to ../content/articles/2024-03-02-port-deal.yaml, "
        f"{into}",
        "briefing: docs/up is a link to .., a folder that holds it: MkDocs and 'mkdocs serve' "
        "follow links to folders when they list the site's files, and would go round inside it "
        "without end; remove the link",
        "briefing: docs/x.md is a named pipe (FIFO), not a file: MkDocs and Zensical would wait "
        "forever to read it, or stop in a traceback; remove it",
        "briefing build: nothing was written into docs"]
    assert done.returncode == 1
    for name in ("up", "p.yaml", "c", "x.md"):
        (docs / name).unlink()
    done = run(project, "build", "--out", "docs", timeout=60)
    assert done.stderr.splitlines() == [
        "briefing: docs/notes.md:6:10: the aliases of the front matter stand for more than "
        "10,000 values once expanded (this one, *a3, for 7,381): the theme writes out a value "
        "such as the title in full, and a page of a few lines can take every byte of memory; "
        "write the values out instead of aliasing them",
        "briefing build: nothing was written into docs"]
    assert done.returncode == 1
    assert sorted(p.name for p in docs.iterdir()) == ["claims.md", "notes.md", "small.md"]
    assert stat.S_ISFIFO((docs / "claims.md").lstat().st_mode)
    (docs / "notes.md").unlink()
    done = run(project, "build", "--out", "docs", timeout=60)
    assert done.returncode == 0, done.stderr
    assert (docs / "claims.md").read_text(encoding="utf-8").startswith("---\ngenerated_by:")


@pytest.mark.slow
def test_a_link_into_content_in_docs_stops_mkdocs_build(project: Path) -> None:
    """attack20: round twelve refused `docs_dir: content`, which would publish each article's
    YAML; a committed link `docs/c -> ../content` did the same: `mkdocs build --strict` passed
    and site/c/articles/*.yaml held the drafted claim and event (tried). A link in docs/ to a
    folder or YAML file of content/ stops the build; one to an article's text, or elsewhere in
    the site, builds as before."""
    from .test_broken_site import site_project, strict_build

    site_project(project)
    docs = project / "docs"
    (docs / "c").symlink_to("../content")
    (docs / "port.yaml").symlink_to("../content/articles/2024-03-02-port-deal.yaml")
    (docs / "text.md").symlink_to("../content/articles/2024-03-02-port-deal.md")  # may stay
    (docs / "theme").symlink_to("../templates/theme")
    result = strict_build(project)
    assert result.returncode == 1
    assert [line.removeprefix("ERROR   -  ") for line in result.stderr.splitlines()
            if "content folder" in line] == [
        f"docs/{name} is a link to ../content{to}, inside the content folder: "
        "MkDocs and Zensical would publish what it leads to as it is (an article's YAML, "
        "drafted entries and all), where the site publishes content only through its pages, "
        "reviewed entries only; remove the link (one to an article's text, a .md file, may "
        "stay)" for name, to in (("c", ""), ("port.yaml", "/articles/2024-03-02-port-deal.yaml"))]
    assert not (project / "site" / "c").exists()
    for name in ("c", "port.yaml"):
        (docs / name).unlink()
    result = strict_build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (project / "site" / "theme" / "main.html").is_file()
    assert (project / "site" / "text" / "index.html").is_file()


@pytest.mark.slow
def test_the_theme_folder_publishes_no_link_out_and_holds_no_fifo(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """attack20: MkDocs copies every file of the theme's custom_dir (templates/theme/) but
    its templates into the site, and the plugin walked templates/ for links to folders only:
    `templates/theme/keys.txt -> /tmp/secret` and `templates/theme/port.yaml`, a link to an
    article's YAML, were site/keys.txt (the secret in it) and site/port.yaml (the drafted
    entries in it) after a `mkdocs build --strict` that passed (tried). Zensical copied
    neither, but a FIFO `templates/theme/x.css` kept it waiting (killed at 30 s) after a
    `briefing build --out docs` that passed. Both builds now stop at each, before writing."""
    from .test_broken_site import site_project, strict_build

    site_project(project)
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("The secret text.\n", encoding="utf-8")
    theme = project / "templates" / "theme"
    (theme / "keys.txt").symlink_to(secret)
    (theme / "port.yaml").symlink_to("../../content/articles/2024-03-02-port-deal.yaml")
    os.mkfifo(theme / "x.css")
    expected = [
        f"templates/theme/keys.txt is a link to {secret.as_posix()}, outside the site's folder: "
        "MkDocs would publish what it leads to; copy the file into docs/ if it belongs to the "
        "site, or remove the link",
        "templates/theme/port.yaml is a link to ../../content/articles/2024-03-02-port-deal.yaml,"
        " inside the content folder: MkDocs and Zensical would publish what it leads to as it "
        "is (an article's YAML, drafted entries and all), where the site publishes content only "
        "through its pages, reviewed entries only; remove the link (one to an article's text, "
        "a .md file, may stay)",
        "templates/theme/x.css is a named pipe (FIFO), not a file: Zensical would wait forever "
        "to read it (MkDocs leaves it out of the site); remove it"]  # review26: "MkDocs would wait"
    result = strict_build(project)  # before: passed, the secret in site/keys.txt
    assert result.returncode == 1
    assert [line.removeprefix("ERROR   -  ").removeprefix("mkdocs.yml: ")
            for line in result.stderr.splitlines() if "templates/theme/" in line] == expected
    assert not (project / "site").exists()
    done = run(project, "build", "--out", "docs", timeout=60)  # before: exit 0
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"briefing: {line}" for line in expected] + [
        "briefing build: nothing was written into docs"]
    for name in ("keys.txt", "port.yaml", "x.css"):
        (theme / name).unlink()
    result = strict_build(project)
    assert result.returncode == 0, result.stderr[-2000:]
