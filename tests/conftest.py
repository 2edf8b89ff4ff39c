"""Shared fixtures: the project root, the fixture site, and a way to write broken content."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a quick run by default; HYPOTHESIS_PROFILE=fuzz for the long one.
settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixture"
# Debian's Chromium, as Playwright drives it here: no sandbox as root, and none of the
# background requests that a closed network refuses.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the fixture project in a temporary folder, safe to break."""
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    return tmp_path
