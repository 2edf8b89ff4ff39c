"""Broken content on the MkDocs side: `mkdocs build` fails with the check's messages, and the
plugin's serve path shows them on the home page instead of raising."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from .broken.cases import CASES, apply
from .conftest import ROOT

COMBINED = ["50 MB article text", "actor affiliated to itself", "interval ends before it starts",
            "a FIFO named like an article", "a link loop"]  # nothing may wait on the FIFO


def site_project(project: Path) -> Path:
    """The fixture content beside the real mkdocs.yml, docs/ and templates/."""
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("docs", "templates"):
        shutil.copytree(ROOT / folder, project / folder)
    return project


def strict_build(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of the project in `folder`, with this checkout's plugin."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *args],
                          cwd=folder,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT),
                               "NO_MKDOCS_2_WARNING": "1"})


def at(config: Path, key: str) -> str:
    """`mkdocs.yml:LINE:COLUMN` of the value of the first `key: value` line of the file, as
    the plugin's messages about a setting name it (review23)."""
    for number, line in enumerate(config.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith(f"{key}: "):
            return f"{config.name}:{number}:{line.index(f'{key}: ') + len(key) + 3}"
    raise AssertionError(f"no {key} in {config}")


def expected(names: list[str]) -> list[str]:
    cases = [c for c in CASES if c.name in names]
    return sorted(line for c in cases for line in c.expected)


@pytest.mark.slow
def test_mkdocs_build_fails_with_the_same_messages(project: Path) -> None:
    for case in (c for c in CASES if c.name in COMBINED):
        apply(project, case.changes)
    result = strict_build(site_project(project))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    after = result.stderr.split("ERROR   -  the content has problems:\n", 1)[1]
    reported = after.split("\n\nAborted")[0].splitlines()
    assert reported == expected(COMBINED)
    assert len(reported) == len(COMBINED)
    assert not (project / "site" / "index.html").exists()


def test_mkdocs_build_without_a_content_folder_says_what_to_do_in_mkdocs(project: Path) -> None:
    # it said "run the command in the project folder ... or name the folder with --content":
    # the advice of the briefing command, which mkdocs has not
    case = next(c for c in CASES if c.name == "no content folder")
    apply(project, case.changes)
    result = strict_build(site_project(project))
    assert result.returncode == 1
    after = result.stderr.split("ERROR   -  the content has problems:\n", 1)[1]
    assert after.split("\n\nAborted")[0].splitlines() == [
        "content:1:1: there is no content folder here; make it (a folder holding actors.yaml "
        "and articles/), or set 'content:' under '- briefing:' in mkdocs.yml to the folder "
        "that holds them"]


def test_a_control_character_in_site_name_is_refused_naming_mkdocs_yml(tmp_path: Path) -> None:
    """An ESC written as a YAML escape in site_name would reach every page's header and the
    feed's title as it is: the build stops with one message and writes no page."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("site_name: "))
    config.write_text(text.replace(line, 'site_name: "Briefings \\e[31m red"'), encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(config, 'site_name')}: site_name holds the control character \\x1b; write the "
            "title as one line of plain text (every page's header and the feed show it as it "
            "is)\n") in result.stderr
    assert "\x1b" not in result.stderr
    assert not (project / "site" / "index.html").exists()


def serve_files(project: Path) -> Files:
    config = load_config(config_file=str(site_project(project) / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    return config.plugins.on_files(Files([]), config=config)


def test_serving_shows_the_problems_on_the_home_page(project: Path) -> None:
    for case in (c for c in CASES if c.name in COMBINED):
        apply(project, case.changes)
    files = serve_files(project)
    home = files.get_file_from_path("index.md")
    assert home is not None
    text = home.content_string
    assert text.splitlines()[:2] == ["# The content has problems", ""]
    assert [line for line in text.splitlines() if line.startswith("content/")] == \
        expected(COMBINED)
    claims = files.get_file_from_path("claims.md")  # a placeholder, so the nav still works
    assert claims is None or "opens Eastland" not in claims.content_string


def test_editors_files_and_the_calendar_edges_serve_the_site(project: Path) -> None:
    # an Emacs lock (.#x.yaml, a dangling link) replaced the served site with the problem
    # page; year 1 and a scheduled 9999-12-31 crashed the timeline under `mkdocs serve`
    for name in ("editors' lock, backup and swap files", "dates at the calendar's edges"):
        apply(project, next(c for c in CASES if c.name == name).changes)
    files = serve_files(project)
    home = files.get_file_from_path("index.md")
    assert home is not None and "The content has problems" not in home.content_string
    timeline = files.get_file_from_path("timeline.md")
    assert timeline is not None and "9999" in timeline.content_string


def test_a_hostile_problem_is_shown_as_text(project: Path) -> None:
    (project / "content/articles/2024-03-02-port-deal.yaml").write_text(
        "title: x\npublished: 2024-03-02\n"
        "'<script>alert(1)</script>```<img src=x onerror=alert(2)>': 1\n",
        encoding="utf-8")
    files = serve_files(project)
    home = files.get_file_from_path("index.md")
    assert home is not None
    html = markdown.markdown(home.content_string,
                             extensions=["attr_list", "md_in_html", "admonition", "tables",
                                         "fenced_code"])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;'''&lt;img src=x onerror=alert(2)&gt;" in html


def test_the_problem_page_shows_the_first_hundred_problems(project: Path) -> None:
    """Attack round four: `mkdocs serve` shows the problem page at every address of the last
    good site. 5,000 undefined ids beside 500 actors made each page 844 KB and the rebuild
    after one save 24 s of CPU (58 s on the clock); 26,000 (a 480 KB file) on a site of
    thousands of pages would write gigabytes per save. The page now lists the first 100."""
    path = project / "content/articles/2024-03-02-port-deal.yaml"
    about = ", ".join(f"nobody-{i}" for i in range(250))
    path.write_text(path.read_text(encoding="utf-8").replace("about: [westmark]",
                                                             f"about: [westmark, {about}]"),
                    encoding="utf-8")
    files = serve_files(project)
    home = files.get_file_from_path("index.md")
    assert home is not None
    text = home.content_string
    listed = [line for line in text.splitlines() if line.startswith("content/")]
    assert len(listed) == 100 and "'nobody-0'" in listed[0]
    # 250 undefined ids, and one list of more than 100 actors (attack11)
    assert "\n</pre>\n\n... and 151 more: `briefing check` lists them all.\n" in text


@pytest.mark.parametrize(("setting", "value"), [
    ("repo_url", "javascript://x/%0aalert(document.domain)"),
    ("site_url", "javascript://x/%0aalert(document.domain)/"),
    ("repo_url", "data://x/text/html,<script>alert(1)</script>"),
    ("edit_uri", "javascript://x/%0aalert(document.domain)//"),
])
def test_an_address_setting_that_is_no_web_address_is_refused(tmp_path: Path, setting: str,
                                                              value: str) -> None:
    """MkDocs takes any address with a scheme and a host: `javascript://x/%0aalert(1)` passed,
    and the repository link, every edit link (and with site_url the feed's links) ran it
    when clicked. The build stops with one message and writes no page."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith(f"{setting}: "))
    config.write_text(text.replace(line, f"{setting}: {json.dumps(value)}"), encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(config, setting)}: {setting} is '{value}', which is not a web address: a "
            f"link to it would run in the reader's browser; write it as https://...\n"
            ) in result.stderr
    assert not (project / "site" / "index.html").exists()


def _built_with_site_name(tmp_path: Path, title: str) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The seed's site with `title` as its site_name, and its strict build's result."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("site_name: "))
    config.write_text(text.replace(line, f"site_name: {json.dumps(title)}"), encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    return project, strict_build(project)


@pytest.mark.parametrize("title", ['T" onmouseover="alert(1)" x="',
                                   "</title><script>alert(1)</script>"])
def test_a_site_name_that_the_theme_would_print_as_markup_is_refused(tmp_path: Path,
                                                                    title: str) -> None:
    """Material writes site_name unescaped into the logo's aria-label and after the page's
    title in <title>: a '"' added attributes to every page, a '</title>' a script."""
    project, result = _built_with_site_name(tmp_path, title)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    shown = title[:1] if title.startswith("<") else '"'
    assert (f"ERROR   -  {at(project / 'mkdocs.yml', 'site_name')}: site_name holds '{shown}', which the theme writes into "
            "every page as it is; write the title without < > or \" (“ ” for quotes)\n"
            ) in result.stderr
    assert not (project / "site" / "index.html").exists()


@pytest.mark.parametrize("title, message", [
    ("x" * 100_000, "is 100000 characters long, more than the 200 a title may have (every "
                    "page's header and tab and the feed show it); shorten it"),
    ("West\u202emark", "holds the direction control \\u202e, which turns the text after it "
                       "around wherever the title is shown; write the title without it"),
])
def test_a_site_name_no_page_should_show_is_refused(tmp_path: Path, title: str,
                                                    message: str) -> None:
    """`briefing init --title` refuses these (one check for both): a title of 100,000
    characters went into every page's header and <title>, an override turned the header and
    the tab's text around."""
    project, result = _built_with_site_name(tmp_path, title)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(project / 'mkdocs.yml', 'site_name')}: site_name {message}\n"
            in result.stderr)
    assert not (project / "site" / "index.html").exists()


def test_a_site_description_with_a_double_quote_is_refused(tmp_path: Path) -> None:
    """Material writes site_description unescaped into `<meta name="description"
    content="...">` of every page without a description of its own: a '"' ended the value
    and added attributes to the tag."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    description = 'News" data-x="1'
    config.write_text(f"{text.rstrip()}\nsite_description: {json.dumps(description)}\n",
                      encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(config, 'site_description')}: site_description holds '\"', which the theme writes into a "
            "page's <meta> tag as it is (it would end the tag's value); write the description "
            "without \" (“ ” for quotes)\n") in result.stderr
    assert not (project / "site" / "index.html").exists()


def test_an_edit_uri_template_that_is_no_web_address_is_refused(tmp_path: Path) -> None:
    """MkDocs joins edit_uri_template to repo_url as it joins edit_uri, and a template with a
    scheme of its own replaces the address: `javascript:alert(1)//{path}` gave hand-written
    pages an edit link that ran it, past the check of edit_uri."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    value = "javascript:alert(document.domain)//{path}"
    text = config.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("edit_uri: "))
    config.write_text(text.replace(line, f"edit_uri_template: {json.dumps(value)}"),
                      encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(config, 'edit_uri_template')}: edit_uri_template is '{value}', which is not a web "
            "address: a link to it would run in the reader's browser; write it as https://...\n"
            ) in result.stderr
    assert not (project / "site" / "index.html").exists()


@pytest.mark.parametrize("value", ["javascript:alert(document.domain)//{path}:{line}",
                                   " JavaScript:alert(1)//{path}", "java\tscript:alert(1)",
                                   "data:text/html,<script>alert(1)</script>"])
def test_a_local_editor_that_a_browser_would_run_is_refused(tmp_path: Path, value: str) -> None:
    """attack18: under `mkdocs serve` every edit link is the plugin's `local_editor` with the
    file's path and line: a cloned site's `local_editor: "javascript:alert(document.domain)//
    {path}:{line}"` ran in Chromium when an edit link was clicked (the brackets,
    percent-encoded, are decoded before it runs). The build stops with one message; an
    editor's own scheme (vscode, idea, subl) builds."""
    project = site_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    shutil.copytree(ROOT / "content", project / "content")
    config.write_text(text.replace("  - briefing", "  - briefing:\n      local_editor: "
                                   + json.dumps(value), 1), encoding="utf-8")
    result = strict_build(project)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    shown = value.replace("\t", "\\t")
    assert (f"ERROR   -  {at(config, 'local_editor')}: local_editor is '{shown}', which is not "
            "an editor's address: under mkdocs serve every edit link would run it in the browser; write one such as "
            "vscode://file/{path}:{line}\n") in result.stderr
    assert not (project / "site" / "index.html").exists()
    config.write_text(text.replace("  - briefing", "  - briefing:\n      local_editor: "
                                   "'idea://open?file={path}&line={line}'", 1), encoding="utf-8")
    assert strict_build(project).returncode == 0


def test_a_broken_template_of_the_site_stops_the_build_with_one_message(tmp_path: Path) -> None:
    """A site's own templates/ (committed with it) with a syntax error ended `mkdocs build` in
    a Jinja traceback: one message names the template and its line (attack13)."""
    project = site_project(tmp_path)
    shutil.copytree(ROOT / "content", project / "content")
    (project / "templates" / "home.md.j2").write_text("Home\n{% for x in %}\n", encoding="utf-8")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert ("templates/home.md.j2:2:1: Expected an expression, got 'end of statement block'; "
            "correct the template, or delete it to use the tool's own\n") in result.stderr
    assert not (project / "site" / "index.html").exists()


def test_an_edit_branch_that_is_no_branch_name_is_refused(tmp_path: Path) -> None:
    """`edit_branch: ../../../evil/x` (as `briefing build --edit-branch`) sent every edit link
    to another repository on the same host (attack13)."""
    project = site_project(tmp_path)
    shutil.copytree(ROOT / "content", project / "content")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - briefing\n" in text
    config.write_text(text.replace("  - briefing\n", "  - briefing:\n      edit_branch: "
                                   "../../../evil/x\n", 1), encoding="utf-8")
    result = strict_build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (f"ERROR   -  {at(config, 'edit_branch')}: edit_branch is '../../../evil/x', which is not a branch name "
            "git takes; write the branch the content is edited on, like main\n") in result.stderr
    assert not (project / "site" / "index.html").exists()


@pytest.mark.parametrize("relative", ["claims.md", "index.md", "actors/alba.md"])
def test_a_hand_written_page_at_a_generated_address_is_named(project: Path,
                                                              relative: str) -> None:
    """attack14: a person's own docs/claims.md (or docs/index.md) was dropped from the site
    without a word: the plugin's page took its address, and `mkdocs build --strict` passed.
    The build names it (a warning, so --strict stops); the page itself is left as it is."""
    site_project(project)
    mine = project / "docs" / relative
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("# My own page\n\nMine.\n", encoding="utf-8")
    done = strict_build(project)
    assert done.returncode == 1
    assert (f"WARNING -  briefing: docs/{relative} is not published: the briefing's own page "
            "has its address; rename it (or move it out of docs) to publish it\n") in done.stderr
    assert mine.read_text(encoding="utf-8") == "# My own page\n\nMine.\n"


def test_pages_briefing_build_wrote_into_docs_are_not_named(project: Path) -> None:
    """Pages `briefing build --out docs` wrote (the Zensical way) carry the build's mark: the
    plugin's own pages take their addresses without a word."""
    site_project(project)
    built = subprocess.run([sys.executable, "-m", "generator.cli", "build", "--out", "docs"],
                           cwd=project, capture_output=True, text=True, timeout=300,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert built.returncode == 0, built.stderr
    done = strict_build(project)
    assert done.returncode == 0, done.stderr
    assert "is not published" not in done.stderr
