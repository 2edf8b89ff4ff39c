"""A site's copy of a tool's template that the tool has changed since: named once by `briefing
check` and the build, never stopping either (review18)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.kept_nav import _included_as_shipped
from generator.template_copies import (
    TOOL_TEMPLATES,
    digest,
    marked,
    split_mark,
    stale_copies,
    tool_templates,
)

from .test_review import run
from .test_site import copy_project, mkdocs_build

FIXTURE = Path(__file__).parent / "fixture"
# templates/claims.md.j2 as commit e9599a4 had it: `claim_lines(refs, root)`, without the
# `filtered=True` the Claims filter needs for its actor ids since
OLD_CLAIMS = (FIXTURE / "claims-e9599a4.md.j2").read_text(encoding="utf-8")
TOOL_CLAIMS = TOOL_TEMPLATES / "claims.md.j2"


def test_each_of_the_tools_templates_marks_its_own_version() -> None:
    """A template changed without its mark would go on telling copies of the old text that
    they are current. UPDATE_GOLDEN=1 writes the marks again."""
    wrong = []
    for name in tool_templates():
        path = TOOL_TEMPLATES / name
        text = path.read_text(encoding="utf-8")
        if text != marked(text):
            if os.environ.get("UPDATE_GOLDEN"):
                path.write_text(marked(text), encoding="utf-8")
            else:
                wrong.append(name)
    assert not wrong, ("templates changed without their mark: " + ", ".join(wrong)
                       + "; run UPDATE_GOLDEN=1 python3 -m pytest tests/test_template_copies.py")
    assert "claims.md.j2" in tool_templates() and "theme/main.html" in tool_templates()
    assert not any(name.startswith("kept-theme/") for name in tool_templates())


def site_with(tmp_path: Path, claims_template: str) -> Path:
    """A site of one folder: content/ and templates/claims.md.j2."""
    site = tmp_path / "site"
    shutil.copytree(FIXTURE / "content", site / "content")
    (site / "templates").mkdir()
    (site / "templates" / "claims.md.j2").write_text(claims_template, encoding="utf-8")
    return site


def test_check_names_an_unchanged_copy_of_an_older_version(tmp_path: Path) -> None:
    site = site_with(tmp_path, OLD_CLAIMS)
    code, _, err = run(site / "content", "check")
    assert code == 0  # a notice: the content is not at fault
    shown = site / "templates" / "claims.md.j2"
    assert err.splitlines()[-1] == (
        f"{shown}:1: an unchanged copy of the tool's template claims.md.j2 as an older version "
        "had it; the tool's has changed since, and this copy keeps your pages from the change: "
        f"delete it to use the tool's ({TOOL_CLAIMS})")


def test_check_names_an_edited_copy_whose_mark_is_of_an_older_version(tmp_path: Path) -> None:
    edited = marked(OLD_CLAIMS).replace("{% block body %}", "{% block body %}\nOur claims.\n")
    assert split_mark(edited)[0] == digest(OLD_CLAIMS) != split_mark(
        TOOL_CLAIMS.read_text(encoding="utf-8"))[0]
    site = site_with(tmp_path, edited)
    code, _, err = run(site / "content", "check")
    assert code == 0
    assert err.splitlines()[-1] == (
        f"{site / 'templates' / 'claims.md.j2'}:1: your copy of the tool's template "
        "claims.md.j2 was made from an older version of it; the tool's has changed since, and "
        f"this copy keeps your pages from the change: compare it with {TOOL_CLAIMS}, make your "
        "changes in a fresh copy of that (its first line marks the version), or delete yours "
        "to use the tool's")


def test_a_persons_own_templates_and_current_copies_are_not_named(tmp_path: Path) -> None:
    current = TOOL_CLAIMS.read_text(encoding="utf-8")
    for text in (current.replace("{% block body %}", "{% block body %}\nOur claims.\n"),  # edited
                 split_mark(current)[1],  # copied before marks, by `briefing init` say
                 "{% extends '_base.md.j2' %}\n{% block body %}Mine.{% endblock %}\n",  # own
                 OLD_CLAIMS.replace("claim_lines(refs, root)", "claim_lines(refs, root, "
                                    "filtered=True)")):  # an old copy a person brought up to date
        folder = tmp_path / f"{len(list(tmp_path.iterdir()))}"
        (folder / "templates").mkdir(parents=True)
        (folder / "templates" / "claims.md.j2").write_text(text, encoding="utf-8")
        assert stale_copies(folder / "templates") == []
    assert stale_copies(TOOL_TEMPLATES) == []  # the checkout's own folder


def test_a_build_says_it_once_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site")
    (project / "templates" / "claims.md.j2").write_text(OLD_CLAIMS, encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr  # --strict: a notice, not a warning
    said = [line for line in result.stderr.splitlines() if "claims.md.j2" in line]
    assert said == [
        "INFO    -  briefing: templates/claims.md.j2:1: an unchanged copy of the tool's template "
        "claims.md.j2 as an older version had it; the tool's has changed since, and this copy "
        f"keeps your pages from the change: delete it to use the tool's ({TOOL_CLAIMS})"]
    code, _, err = run(project / "content", "build", "--out", str(tmp_path / "out"),
                       "--templates", str(project / "templates"))
    assert code == 0, err
    assert f"{project / 'templates' / 'claims.md.j2'}:1: an unchanged copy" in err


def test_a_theme_partial_copied_before_marks_is_still_the_tools(tmp_path: Path) -> None:
    """kept_nav keeps the header and navigation of pages alike only while the partials they
    include are the theme's or this tool's: a site's copy from before marks still is."""
    theme = tmp_path / "theme" / "partials"
    theme.mkdir(parents=True)
    for name in ("language.html", "source.html"):
        text = (TOOL_TEMPLATES / "theme" / "partials" / name).read_text(encoding="utf-8")
        (theme / name).write_text(split_mark(text)[1], encoding="utf-8")
    material = tmp_path / "material" / "partials"
    material.mkdir(parents=True)
    (material / "language.html").write_text("theirs", encoding="utf-8")
    assert _included_as_shipped([str(tmp_path / "theme"), str(tmp_path / "material")],
                                ["partials/language.html"])
