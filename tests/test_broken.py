"""Every broken case of tests/broken/cases.py: `briefing check` names it exactly, never crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .broken.cases import CASES, Case, apply
from .conftest import ROOT

BROKEN = [c for c in CASES if c.expected]
# Without a content folder the command finds no site and says so in one line, without a
# position (tests/test_project_folder.py); the plugin still shows the case's problem.
CHECKED = [c for c in CASES if c.name != "no content folder"]


def check(project: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str], str]:
    monkeypatch.chdir(project)
    status = main(["check"])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def test_the_corpus_holds_at_least_forty_broken_cases() -> None:
    assert len(BROKEN) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CHECKED, ids=[c.name for c in CHECKED])
def test_check_says_exactly_what_is_wrong(project: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, case: Case) -> None:
    apply(project, case.changes)
    status, lines, err = check(project, capsys, monkeypatch)
    assert lines == list(case.expected)
    if case.expected:
        assert status == 1
        files = len({line.split(":")[0] for line in case.expected})
        assert err.startswith(f"briefing check: {len(case.expected)} problem")
        assert err.endswith(f" in {files} file{'s' * (files != 1)}\n")
    else:
        assert status == 0
        assert err.startswith("briefing check: the content is clean")


# The nastiest cases again, through a real process: exit status, output and no traceback.
WORST = ["alias bomb (billion laughs)", "deeply nested flow", "50 MB article text",
         "YAML not UTF-8", "escape sequence in a key", "tag !!python/object/apply"]


@pytest.mark.parametrize("name", WORST)
def test_the_command_exits_1_with_the_message_and_no_traceback(project: Path, name: str) -> None:
    case = next(c for c in CASES if c.name == name)
    apply(project, case.changes)
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=project,
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert result.stdout.splitlines() == list(case.expected)
    assert result.stderr == "briefing check: 1 problem in 1 file\n"
