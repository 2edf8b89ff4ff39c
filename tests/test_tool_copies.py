"""A site's copy of a tool's template, theme override or script that the tool has changed
since: named once by `briefing check` and the build, never stopping either (review18)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.kept_nav import _included_as_shipped
from generator.tool_copies import TOOL, digest, marked, split_mark, stale_copies, tool_files
from generator.tool_copies_history import OLDER

from .test_review import run
from .test_site import copy_project, mkdocs_build

FIXTURE = Path(__file__).parent / "fixture"
# templates/claims.md.j2 as commit e9599a4 had it: `claim_lines(refs, root)`, without the
# `filtered=True` the Claims filter needs for its actor ids since
OLD_CLAIMS = (FIXTURE / "claims-e9599a4.md.j2").read_text(encoding="utf-8")
TOOL_TEMPLATES = TOOL / "templates"
TOOL_CLAIMS = TOOL_TEMPLATES / "claims.md.j2"
# docs/assets/claims-filter.js as commit e9599a4 had it, which `briefing init` copied
OLD_FILTER = (FIXTURE / "claims-filter-e9599a4.js").read_text(encoding="utf-8")


def test_each_of_the_tools_copied_files_marks_its_own_version() -> None:
    """A file changed without its mark would go on telling copies of the old text that they
    are current. UPDATE_GOLDEN=1 writes the marks again."""
    wrong = []
    for name in tool_files():
        path = TOOL / name
        text = path.read_text(encoding="utf-8")
        if text != marked(name, text):
            if os.environ.get("UPDATE_GOLDEN"):
                path.write_text(marked(name, text), encoding="utf-8")
            else:
                wrong.append(name)
    assert not wrong, ("files changed without their mark: " + ", ".join(wrong)
                       + "; run UPDATE_GOLDEN=1 python3 -m pytest tests/test_tool_copies.py")
    assert {"templates/claims.md.j2", "templates/theme/main.html",
            "docs/assets/claims-filter.js", "docs/assets/briefing.css"} <= set(tool_files())
    assert not any(name.startswith("templates/kept-theme/") for name in tool_files())


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
        f"{shown}:1: an unchanged copy of the tool's template templates/claims.md.j2 as an "
        "older version had it; the tool's has changed since, and this copy keeps your site "
        f"from the change: delete it to use the tool's ({TOOL_CLAIMS})")


def test_check_names_an_edited_copy_whose_mark_is_of_an_older_version(tmp_path: Path) -> None:
    edited = marked("templates/claims.md.j2", OLD_CLAIMS).replace("{% block body %}", "{% block body %}\nOur claims.\n")
    assert split_mark(edited)[0] == digest(OLD_CLAIMS) != split_mark(
        TOOL_CLAIMS.read_text(encoding="utf-8"))[0]
    site = site_with(tmp_path, edited)
    code, _, err = run(site / "content", "check")
    assert code == 0
    assert err.splitlines()[-1] == (
        f"{site / 'templates' / 'claims.md.j2'}:1: your copy of the tool's template "
        "templates/claims.md.j2 was made from an older version of it; the tool's has changed "
        f"since, and this copy keeps your site from the change: compare it with {TOOL_CLAIMS}, "
        "make your changes in a fresh copy of that (its first line marks the version), or "
        "delete yours to use the tool's")


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
        assert stale_copies(folder) == []
    assert stale_copies(TOOL) == []  # the checkout's own files


def test_a_template_linked_in_a_loop_is_no_copy_and_no_traceback(tmp_path: Path) -> None:
    """`templates/claims.md.j2 -> claims.md.j2`: `Path.resolve` raised RuntimeError (Python
    3.11), so `briefing check`, `briefing build` and `mkdocs build` ended in a traceback."""
    site = tmp_path / "site"
    shutil.copytree(FIXTURE / "content", site / "content")
    (site / "templates").mkdir()
    (site / "templates" / "claims.md.j2").symlink_to("claims.md.j2")
    assert stale_copies(site) == []
    code, _, err = run(site / "content", "check")
    assert (code, "older version" in err) == (0, False)


def test_a_build_says_it_once_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site")
    (project / "templates" / "claims.md.j2").write_text(OLD_CLAIMS, encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr  # --strict: a notice, not a warning
    said = [line for line in result.stderr.splitlines() if "claims.md.j2" in line]
    assert said == [
        "INFO    -  briefing: templates/claims.md.j2:1: an unchanged copy of the tool's template "
        "templates/claims.md.j2 as an older version had it; the tool's has changed since, and "
        f"this copy keeps your site from the change: delete it to use the tool's ({TOOL_CLAIMS})"]
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


def test_a_site_made_by_an_older_init_hears_of_its_theme_and_scripts(tmp_path: Path) -> None:
    """`briefing init` copies the theme's overrides and the scripts into a site, which uses
    its copies (its mkdocs.yml names them): a tool upgraded under them left a script reading
    the pages of an older version. Deleting such a copy does not bring the tool's in: the
    message says to copy the tool's over it."""
    from generator.cli import main

    site = tmp_path / "site"
    assert main(["init", str(site), "--title", "T"]) == 0
    code, _, err = run(site / "content", "check")
    assert (code, [line for line in err.splitlines() if "older version" in line]) == (0, [])
    (site / "docs" / "assets" / "claims-filter.js").write_text(OLD_FILTER, encoding="utf-8")
    main_html = "templates/theme/main.html"
    older = marked(main_html, split_mark((TOOL / main_html).read_text(encoding="utf-8"))[1]
                   .replace("{% extends", "{# an older line #}\n{% extends", 1))
    (site / main_html).write_text(older.replace("{# an older line #}", "{# mine #}"),
                                  encoding="utf-8")
    code, _, err = run(site / "content", "check")
    assert code == 0
    assert [line for line in err.splitlines() if "older version" in line] == [
        f"{site / 'docs/assets/claims-filter.js'}:1: an unchanged copy of the tool's file "
        "docs/assets/claims-filter.js as an older version had it; the tool's has changed "
        "since, and this copy keeps your site from the change: copy the tool's "
        f"({TOOL / 'docs/assets/claims-filter.js'}) over it",
        f"{site / 'templates/theme/main.html'}:1: your copy of the tool's template "
        "templates/theme/main.html was made from an older version of it; the tool's has "
        "changed since, and this copy keeps your site from the change: compare it with "
        f"{TOOL / main_html}, make your changes in a fresh copy of that (its first line marks "
        "the version)"]


def test_a_copy_of_the_briefing_template_before_review21_hears_what_changed(
        tmp_path: Path) -> None:
    """templates/briefing.md.j2 as fb1034a had it (before a drafted title and date were
    marked): the notice says what the tool changed since; the site still builds, and a
    briefing whose title is drafted is left out of it as of any site."""
    old = (FIXTURE / "briefing-fb1034a.md.j2").read_text(encoding="utf-8")
    assert split_mark(old)[0] == "61412f8cba04"
    project = copy_project(tmp_path, content=False)
    shutil.copytree(FIXTURE / "content", project / "content")
    (project / "templates" / "briefing.md.j2").write_text(old, encoding="utf-8")
    path = project / "content" / "articles" / "2024-03-02-port-deal.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "tags: [ports, trade]\n", "tags: [ports, trade]\nstatus:\n  title: drafted\n"),
        encoding="utf-8")
    code, _, err = run(project / "content", "check")
    assert code == 0
    shown = project / "templates" / "briefing.md.j2"
    assert (f"{shown}:1: an unchanged copy of the tool's template templates/briefing.md.j2 as an "
            "older version had it; the tool's has changed since (under mkdocs serve (or drafts: "
            "show) it marks a title and published date read from the article as drafted "
            "(review21)), and this copy keeps your site from the change: delete it to use the "
            f"tool's ({TOOL_TEMPLATES / 'briefing.md.j2'})") in err.splitlines()
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert "briefing: 2024-03-02-port-deal: left out: its title was read" in result.stderr
    assert not (project / "site" / "briefings" / "2024-03-02-port-deal").exists()
    assert (project / "site" / "briefings").is_dir()  # the fixture's other briefings


def test_every_unmarked_version_in_the_history_is_known() -> None:
    """A site made between 8cc6e08 and the marks (3399276's network.js) held a copy that no
    notice named, though the tool had changed it since: each version of each of the tool's
    files that the history holds without a mark is in `OLDER`."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(TOOL), *args], capture_output=True, text=True,
                              check=True).stdout

    try:
        if git("rev-parse", "--is-shallow-repository").strip() != "false":
            pytest.skip("a shallow clone holds no history")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    unknown = []
    for name in tool_files():
        for commit in git("log", "--format=%H", "--", name).split():
            try:
                text = git("show", f"{commit}:{name}")
            except subprocess.CalledProcessError:  # deleted in that commit
                continue
            if split_mark(text)[0] is None and digest(text) not in OLDER.get(name, ()):
                unknown.append(f"{name} {digest(text)} ({commit[:7]})")
    assert unknown == []


def test_an_old_search_script_names_the_script_it_now_works_with(tmp_path: Path) -> None:
    """A site made before search-forms.js, told only to copy the tool's search-actors.js over
    its own, got no word forms: its mkdocs.yml loads no search-forms.js and its docs/assets/
    holds none. The notice says to copy that too and where to name it."""
    from generator.cli import main

    site = tmp_path / "site"
    assert main(["init", str(site), "--title", "T"]) == 0
    name = "docs/assets/search-actors.js"
    older = marked(name, split_mark((TOOL / name).read_text(encoding="utf-8"))[1]
                   .replace("(function", "/* an older line */\n(function", 1))
    assert older != (TOOL / name).read_text(encoding="utf-8")
    (site / name).write_text(older, encoding="utf-8")
    code, _, err = run(site / "content", "check")
    said = f"{site / name}:1: an unchanged copy of the tool's file {name} as an older version " \
        "had it; the tool's has changed since, and this copy keeps your site from the change: " \
        f"copy the tool's ({TOOL / name}) over it"
    assert (code, [line for line in err.splitlines() if "older version" in line]) == (0, [said])
    (site / "docs" / "assets" / "search-forms.js").unlink()
    code, _, err = run(site / "content", "check")
    assert (code, [line for line in err.splitlines() if "older version" in line]) == (0, [
        f"{said}; the tool's works with search-forms.js, which your site has not: copy "
        f"{TOOL / 'docs/assets/search-forms.js'} into {site / 'docs/assets'} too, and add "
        "'- assets/search-forms.js' to extra_javascript in mkdocs.yml, above "
        "'- assets/search-actors.js'"])


def test_check_names_a_schema_copy_older_than_the_tools(tmp_path: Path) -> None:
    """review25: a site made before review23 kept a `schema/article.schema.json` without
    `dated_from` (`additionalProperties: false`), so an editor's YAML language server flagged
    the line every import writes now, and nothing said why."""
    import json

    from generator.cli import main

    site = tmp_path / "site"
    assert main(["init", str(site), "--title", "Ports"]) == 0
    copy = site / "schema" / "article.schema.json"
    current = copy.read_text(encoding="utf-8")
    code, _, err = run(site / "content", "check")
    assert code == 0 and "schema" not in err
    copy.write_text(current.replace("\n", "\r\n"), encoding="utf-8")  # a checkout's line ends
    assert "schema" not in run(site / "content", "check")[2]
    older = json.loads(current)
    del older["properties"]["dated_from"]
    copy.write_text(json.dumps(older, indent=2) + "\n", encoding="utf-8")
    code, _, err = run(site / "content", "check")
    assert code == 0  # a notice: the content is not at fault
    assert err.splitlines()[-1] == (
        "schema/article.schema.json:1: your site's copy of the tool's JSON Schema is not the "
        "tool's now (it lacks dated_from), and an editor with the YAML language server checks "
        "the content files against it, marking what the tool writes now: copy the tool's "
        f"({TOOL / 'schema' / 'article.schema.json'}) over it")
    shutil.copy(TOOL / "schema" / "article.schema.json", copy)  # as the notice says
    assert "schema" not in run(site / "content", "check")[2]


def test_a_copy_of_the_search_script_before_reader21_says_what_to_add_to_mkdocs_yml(
        tmp_path: Path) -> None:
    """search-forms.js as 72d3b8c had it (before "says" was a word of the index): a site
    keeping that copy hears what the tool changed since, the line of mkdocs.yml included."""
    from generator.cli import main

    site = tmp_path / "site"
    assert main(["init", str(site), "--title", "T"]) == 0
    name = "docs/assets/search-forms.js"
    old = (FIXTURE / "search-forms-72d3b8c.js").read_text(encoding="utf-8")
    assert split_mark(old)[0] == "8fe5918732db"
    (site / name).write_text(old, encoding="utf-8")
    code, _, err = run(site / "content", "check")
    assert (code, [line for line in err.splitlines() if "older version" in line]) == (0, [
        f"{site / name}:1: an unchanged copy of the tool's file {name} as an older version had "
        "it; the tool's has changed since (with 'search: pipeline: [trimmer]' in mkdocs.yml "
        "(under plugins) 'says' and 'said' are words of the index, so 'official says' finds "
        "'A US official says ...'; and 'Edwards' in a quote no longer finds Edward (reader21)), "
        f"and this copy keeps your site from the change: copy the tool's ({TOOL / name}) over "
        "it"])
