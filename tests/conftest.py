"""Shared fixtures: the project root, the fixture site, and a way to write broken content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixture"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the fixture project in a temporary folder, safe to break."""
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    return tmp_path
