"""Nothing lost: a write killed half-way leaves the old file or the new one, never half; and
the same content builds to the same bytes whatever the locale, time zone and hash seed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.build import as_written, generate, write_files
from generator.content.check import check_folder

from .conftest import ROOT

ARTICLE = "content/articles/2024-03-02-port-deal.yaml"
# A child process whose every file write trickles out in 64 KB pieces, saying when the
# first piece of each file is out, so that the test can kill it in the middle of one.
SLOW_WRITES = textwrap.dedent("""
    import os, sys, time
    real_fdopen = os.fdopen

    class Slow:
        def __init__(self, handle):
            self.handle = handle
        def write(self, text):
            for i in range(0, len(text), 65536):
                self.handle.write(text[i:i + 65536])
                self.handle.flush()
                if i == 0:
                    print("writing", self.handle.name, flush=True)
                time.sleep(0.05)
        def __getattr__(self, name):
            return getattr(self.handle, name)
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)

    os.fdopen = lambda *a, **k: Slow(real_fdopen(*a, **k))
""")


def child(script: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SLOW_WRITES + textwrap.dedent(script)],
                            cwd=cwd, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def write_in_child(target: Path, text: str, cwd: Path) -> subprocess.Popen[str]:
    source = cwd / "new-text"
    source.write_text(text, encoding="utf-8")
    return child(f"""
        from pathlib import Path
        from generator.files import write_atomic
        write_atomic(Path({str(target)!r}), Path({str(source)!r}).read_text(encoding="utf-8"))
    """, cwd)


def kill_after(process: subprocess.Popen[str], starts: int) -> list[str]:
    """SIGKILL the child once it has started `starts` file writes; return what it said."""
    assert process.stdout is not None
    said = []
    while len(said) < starts:
        line = process.stdout.readline()
        assert line, f"the child ended after {said}"
        said.append(line.strip())
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return said


def test_a_write_killed_half_way_leaves_the_old_file(project: Path) -> None:
    target = project / ARTICLE
    old = target.read_bytes()
    new = old + b"# " + b"padding " * 50_000 + b"\n"  # 400 KB: 7 pieces, 350 ms
    process = write_in_child(target, new.decode(), project)
    kill_after(process, 1)
    assert target.read_bytes() == old
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1 and leftovers[0].startswith(".2024-03-02-port-deal.yaml.")
    assert 0 < (target.parent / leftovers[0]).stat().st_size < len(new)
    _, problems = check_folder(project / "content", project)
    assert problems == []  # the loader never reads the half-written temporary file


def test_a_write_that_finishes_leaves_the_new_file(project: Path) -> None:
    target = project / ARTICLE
    new = target.read_text(encoding="utf-8") + "# " + "padding " * 50_000 + "\n"
    process = write_in_child(target, new, project)
    process.communicate(timeout=60)
    assert process.returncode == 0
    assert target.read_text(encoding="utf-8") == new
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def marked(files: dict[str, str]) -> dict[str, str]:
    return {k: as_written(k, v.encode("utf-8")).decode("utf-8") for k, v in files.items()}


@pytest.mark.parametrize("starts", [1, 4, 9])
def test_a_build_killed_half_way_leaves_each_page_old_or_new(project: Path, starts: int) -> None:
    out = project / "build"
    old = generate(project / "content", root=project)
    write_files(out, old)
    for relative, old_text, new_text in (
            (ARTICLE, "title: Eastland", "title: Now Eastland"),
            (ARTICLE.replace(".yaml", ".md"), "## What",
             "Talks " + "went on " * 40_000 + "\n\n## What")):
        path = project / relative
        path.write_text(path.read_text(encoding="utf-8").replace(old_text, new_text),
                        encoding="utf-8")
    new = generate(project / "content", root=project)
    changed = [p for p in new if new[p] != old.get(p)]
    assert len(changed) > starts
    process = child("""
        import sys
        from generator.cli import main
        sys.exit(main(["build", "--out", "build"]))
    """, project)
    said = kill_after(process, starts)
    assert len(said) == starts
    old, new = marked(old), marked(new)  # as write_files writes them
    for path in new:
        written = (out / path).read_text(encoding="utf-8") if (out / path).exists() else None
        assert written in (old.get(path), new[path]), path
    still_old = [p for p in changed if (out / p).read_text(encoding="utf-8") == old.get(p)]
    assert still_old  # it was killed before the end


def test_no_module_writes_a_file_but_through_write_atomic() -> None:
    writes = re.compile(r"\.write_(text|bytes)\(|open\([^)]*['\"][wax]b?\+?['\"]")
    for module in sorted((ROOT / "generator").rglob("*.py")):
        if module.name == "files.py":
            continue
        assert not writes.search(module.read_text(encoding="utf-8")), module


LOCALES = {"kiritimati": {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "PYTHONHASHSEED": "1"},
           "utc": {"TZ": "UTC", "LANG": "C.UTF-8", "PYTHONHASHSEED": "2"}}


def build_in(project: Path, out: str, settings: dict[str, str]) -> dict[str, bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "TZ"))}
    result = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--out", out],
                            cwd=project, capture_output=True, text=True, timeout=120,
                            env={**env, **settings, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    folder = project / out
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("content", ["fixture", "seed"])
def test_builds_are_byte_identical_in_any_locale_and_time_zone(project: Path,
                                                              content: str) -> None:
    if content == "seed":
        for old in (project / "content").rglob("*"):
            if old.is_file():
                old.unlink()
        for source in (ROOT / "content").rglob("*"):
            if source.is_file():
                target = project / "content" / source.relative_to(ROOT / "content")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read_bytes())
    first = build_in(project, "a", LOCALES["kiritimati"])
    second = build_in(project, "b", LOCALES["utc"])
    assert len(first) >= 10 and any(p.endswith(".json") for p in first)
    assert first.keys() == second.keys()
    for path in first:
        assert first[path] == second[path], path
