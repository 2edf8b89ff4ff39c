"""`briefing init`: a new site of one's own, which builds at once, takes an imported article,
and is published by its own workflow with the addresses of the repository it runs in."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import newsite
from generator.cli import main
from generator.newsite import STARTER, site_files

from .conftest import ROOT
from .test_site import mkdocs_build, pythonpath

# A real article on another story than the seed's; the seed's own text where shared/ is absent.
ARTICLE = next(p for p in (
    ROOT.parent / "shared" / "eval" / "dev" / "articles" / "11-wikinews-afghan-robotics-team-visas.txt",
    ROOT / "seeds" / "000_cf90937da013812e.txt") if p.exists())
ADDRESSES = {"SITE_URL": "https://someone.github.io/robotics/",
             "REPO_URL": "https://github.com/someone/robotics", "EDIT_BRANCH": "trunk",
             "EDIT_URI": "edit/trunk/docs/"}


def briefing(folder: Path, *args: str, answers: str = "") -> subprocess.CompletedProcess[str]:
    """The `briefing` command of this checkout, run in `folder` (`answers` piped to it)."""
    env = {**os.environ, "PYTHONPATH": pythonpath()}
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120, input=answers)


def build(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of `project` with exactly the addresses given in `env`."""
    saved = {name: os.environ.pop(name, None) for name in ADDRESSES}
    os.environ.update(env)
    try:
        return mkdocs_build(project)
    finally:
        for name in ADDRESSES:
            os.environ.pop(name, None)
            if saved[name] is not None:
                os.environ[name] = saved[name]  # type: ignore[assignment]


def new_site_with_article(folder: Path, review_title: bool = True) -> Path:
    """`briefing init` and `briefing import` of ARTICLE, as the README's first commands do,
    and `briefing review` accepting the title it read from the text (the date is given)."""
    made = briefing(folder.parent, "init", folder.name, "--title", "Robotics: a visa story")
    assert made.returncode == 0, made.stderr
    imported = briefing(folder, "import", str(ARTICLE), "--published", "2017-07-13",
                        "--source", "Wikinews")
    assert imported.returncode == 0, imported.stderr
    if review_title:
        [path] = (folder / "content" / "articles").glob("*.yaml")
        reviewed = briefing(folder, "review", path.stem, answers="a\n")
        assert reviewed.returncode == 0, reviewed.stderr
        assert "[1/" in reviewed.stdout and "] title (drafted)" in reviewed.stdout
    return folder


def test_init_writes_a_site_with_empty_content(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsite, "tool_address", lambda: None)
    monkeypatch.setattr(newsite, "local_origin", lambda: None)
    assert main(["init", str(tmp_path / "my-story")]) == 0
    site = tmp_path / "my-story"
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count('site_name: "My story"\n') == 1
    assert "example" not in config and "github.com" not in config
    for name in ("site_url", "repo_url", "edit_uri"):
        assert f"{name}: !ENV [" in config, name
    assert (site / "content" / "actors.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schema/actors.schema.json\n"
        "# Actors named in several articles; see docs/content-model.md.\nactors: []\n")
    assert [p.name for p in (site / "content" / "articles").iterdir()] == [".gitkeep"]
    for path in ("docs/content-model.md", "docs/assets/briefing.css", "templates/theme/main.html",
                 "schema/article.schema.json", ".github/workflows/pages.yml", ".gitignore",
                 "README.md", "requirements.txt"):
        assert (site / path).is_file(), path
    assert (site / "README.md").read_text(encoding="utf-8").startswith("# My story\n")
    assert not any("Putin" in (site / path).read_text(encoding="utf-8")
                   for path in ("mkdocs.yml", "README.md", "content/actors.yaml"))
    assert capsys.readouterr().err == (
        f"briefing init: a new site in {site} ({len(site_files('x'))} files). Next: cd {site} && briefing import "
        "ARTICLE && mkdocs serve\n" + EXAMPLE_TOOL_NOTICE)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftover draft


EXAMPLE_TOOL_NOTICE = (
    "briefing init: requirements.txt: the tool's address is an example "
    "(github.com/OWNER/briefing-site); before publishing, put there the address of the "
    "repository you got the tool from, or the Pages workflow cannot install it\n")


@pytest.mark.parametrize(("remote", "address"), [
    ("https://github.com/ana/briefing-site.git\n", "https://github.com/ana/briefing-site.git"),
    ("https://github.com/ana/briefing-site", "https://github.com/ana/briefing-site.git"),
    ("https://ana:ghp_SECRET@github.com/ana/briefing-site.git",
     "https://github.com/ana/briefing-site.git"),
    ("git@github.com:ana/briefing-site.git", "https://github.com/ana/briefing-site.git"),
    ("ssh://git@gitlab.example.org:2222/news/tools/briefing-site.git",
     "https://gitlab.example.org/news/tools/briefing-site.git"),
    ("/home/ana/briefing-site", None), ("file:///home/ana/briefing-site", None), ("", None)])
def test_the_address_a_new_site_installs_the_tool_from(remote: str, address: str | None) -> None:
    # never a token: requirements.txt is committed and published
    assert newsite.public_address(remote) == address


def test_init_installs_the_tool_from_the_clone_it_runs_from(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a newcomer who cloned the tool and ran `pip install -e .` pushed a site whose
    # requirements.txt still named github.com/OWNER/...: the Pages workflow failed at `pip
    # install` with git's "could not read Username", and nothing had said so before
    clone = tmp_path / "briefing-site"
    clone.mkdir()
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "remote", "add", "origin",
                    "git@github.com:ana/briefing-site.git"], check=True)
    assert newsite.tool_address(clone) == "https://github.com/ana/briefing-site.git"
    assert newsite.tool_address(tmp_path) is None  # no checkout there
    monkeypatch.setattr(newsite, "tool_address", lambda: "https://github.com/ana/briefing-site.git")
    assert main(["init", str(tmp_path / "my-story")]) == 0
    lines = (tmp_path / "my-story" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == [
        "briefing-site @ git+https://github.com/ana/briefing-site.git"]
    assert capsys.readouterr().err.splitlines()[1] == (
        "briefing init: requirements.txt installs the tool from "
        "https://github.com/ana/briefing-site.git, where this one came from (the Pages workflow "
        "installs it from there)")


def test_init_says_a_clone_of_a_folder_names_no_address_the_workflow_can_reach(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer5: a tool cloned from a folder (`git clone /shared/briefing-site`) left the
    # example address and said "put there the address of the repository you got the tool
    # from": that folder, which the workflow on GitHub cannot reach
    clone = tmp_path / "tool"
    clone.mkdir()
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    for origin in ("/srv/shared/briefing-site", "file:///srv/shared/briefing-site",
                   "../briefing-site"):
        subprocess.run(["git", "-C", str(clone), "remote", "remove", "origin"],
                       capture_output=True)
        subprocess.run(["git", "-C", str(clone), "remote", "add", "origin", origin], check=True)
        assert newsite.tool_address(clone) is None
        assert newsite.local_origin(clone) == origin
    subprocess.run(["git", "-C", str(clone), "remote", "set-url", "origin",
                    "git@github.com:ana/briefing-site.git"], check=True)
    assert newsite.local_origin(clone) is None  # an address the workflow can install from
    assert newsite.local_origin(tmp_path) is None  # no checkout there
    monkeypatch.setattr(newsite, "tool_address", lambda: None)
    monkeypatch.setattr(newsite, "local_origin", lambda: "/srv/shared/briefing-site")
    assert main(["init", str(tmp_path / "my-story")]) == 0
    assert capsys.readouterr().err.splitlines()[1] == EXAMPLE_TOOL_NOTICE.rstrip("\n") + (
        " (this checkout was cloned from /srv/shared/briefing-site, a folder on this machine, "
        "which the workflow on GitHub cannot reach: name the https address of the repository "
        "that folder came from)")


def test_check_names_the_example_address_of_the_tool_until_it_is_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsite, "tool_address", lambda: None)
    monkeypatch.setattr(newsite, "local_origin", lambda: None)
    site = tmp_path / "my-story"
    assert main(["init", str(site)]) == 0
    (site / "content" / "articles").mkdir(exist_ok=True)
    checked = briefing(site / "content" / "articles", "check")
    assert checked.returncode == 0  # not a problem of the content: CI would fail at pip first
    assert checked.stderr.splitlines()[-1] == (
        "requirements.txt:7: the tool's address is an example "
        "(github.com/OWNER/briefing-site); before publishing, put there the address of the "
        "repository you got the tool from, or the Pages workflow cannot install it")
    path = site / "requirements.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "OWNER", "ana"), encoding="utf-8")
    assert "requirements.txt" not in briefing(site, "check").stderr


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (f"briefing: init: {tmp_path} is not empty; name a new or "
                                       "empty folder (nothing was written)\n")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert main(["init", str(tmp_path / "notes.txt")]) == 1
    assert capsys.readouterr().err == (f"briefing: init: {tmp_path / 'notes.txt'} is a file; "
                                       "name a new or empty folder\n")
    assert main(["init", str(tmp_path / "x"), "--title", "two\nlines"]) == 1
    assert capsys.readouterr().err == (
        "briefing: init: --title holds the control character \\n; write the title as one line "
        "of plain text (every page's header and the feed show it as it is)\n")
    assert not (tmp_path / "x").exists()


def test_init_names_a_link_to_a_folder_that_is_not_there(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """attack14: `briefing init site` where `site` is a link to a folder not made yet said
    "[Errno 20] Not a directory: '.../.site.k3j2x' -> '.../site'" (its hidden draft's name).
    It names the link and writes nothing."""
    (tmp_path / "site").symlink_to(tmp_path / "elsewhere")
    assert main(["init", str(tmp_path / "site")]) == 1
    assert capsys.readouterr().err == (
        f"briefing: init: {tmp_path / 'site'} is a link to {tmp_path / 'elsewhere'}, which is "
        "not there; make that folder first, or name a new or empty folder (nothing was "
        "written)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_init_dot_fills_the_empty_folder_one_is_in(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`briefing init .` in a new empty folder is how many start; it failed with "[Errno 16]
    Device or resource busy" (its draft was made inside the folder and renamed over it). The
    folder itself stays (a shell in it keeps working), named for the title, and the advice
    says no `cd .`."""
    folder = tmp_path / "ports-story"
    folder.mkdir()
    inode = folder.stat().st_ino
    monkeypatch.chdir(folder)
    monkeypatch.setattr(newsite, "tool_address", lambda: None)
    monkeypatch.setattr(newsite, "local_origin", lambda: None)
    assert main(["init", "."]) == 0
    assert capsys.readouterr().err == (
        f"briefing init: a new site in . ({len(site_files('x'))} files). Next: briefing import "
        "ARTICLE && mkdocs serve\n" + EXAMPLE_TOOL_NOTICE)
    assert folder.stat().st_ino == inode
    assert 'site_name: "Ports story"\n' in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert (folder / "content" / "actors.yaml").is_file()
    assert not [p for p in folder.iterdir() if p.name.startswith(".briefing")]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftover draft


def test_init_fills_an_empty_folder_and_quotes_the_title(tmp_path: Path) -> None:
    title = "Ports: 'who' said # what \\o/"  # no '"': the theme prints it raw (below)
    assert main(["init", str(tmp_path), "--title", title]) == 0
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(config.split("\nsite_url:")[0])["site_name"] == title


def test_the_starter_workflow_checks_and_builds_but_runs_no_test_suite() -> None:
    workflow = yaml.safe_load((STARTER / ".github/workflows/pages.yml").read_text("utf-8"))
    runs = [s.get("run", "") for s in workflow["jobs"]["build"]["steps"]]
    assert runs.count("briefing check") == runs.count("mkdocs build --strict") == 1
    assert not any("pytest" in r for r in runs)
    build = next(s for s in workflow["jobs"]["build"]["steps"]
                 if s.get("run") == "mkdocs build --strict")
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}"
    assert sorted(build["env"]) == sorted(ADDRESSES)


@pytest.mark.slow
def test_a_new_site_builds_empty_and_with_an_imported_article(tmp_path: Path) -> None:
    site = tmp_path / "robotics"
    assert main(["init", str(site)]) == 0
    empty = build(site)
    assert empty.returncode == 0, empty.stderr
    assert "No briefings yet" in (site / "site" / "index.html").read_text(encoding="utf-8")

    new_site_with_article(tmp_path / "second", review_title=False)
    [path] = (tmp_path / "second" / "content" / "articles").glob("*.yaml")
    held = build(tmp_path / "second")  # the title read from the text holds the briefing back
    # review23: nothing would be published: --strict (the new site's) stops, saying why
    assert held.returncode == 1, held.stderr
    assert (f"WARNING -  briefing: {path.stem}: left out: its title was read from the article "
            f"and no person has confirmed it yet: run 'briefing review {path.stem}' (drafts: "
            "show in mkdocs.yml shows what is left out, marked)\n"
            "WARNING -  briefing: no briefing is published: the one briefing is left out until "
            "a person reviews what is named above, and the home page reads 'No briefings "
            "published yet'\n") in held.stderr
    assert "Aborted with 2 warnings in strict mode!" in held.stdout + held.stderr
    assert not (tmp_path / "second" / "site" / "briefings").exists()
    home = (tmp_path / "second" / "site" / "index.html").read_text(encoding="utf-8")
    assert "No briefings published yet." in home and "briefing import" not in home
    reviewed = briefing(tmp_path / "second", "review", path.stem, answers="a\n")
    assert reviewed.returncode == 0, reviewed.stderr
    checked = briefing(tmp_path / "second", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stderr.startswith("briefing check: the content is clean (1 article,")
    local = build(tmp_path / "second")
    assert local.returncode == 0, local.stderr
    built = tmp_path / "second" / "site"
    [briefing_page] = (built / "briefings").glob("*/index.html")
    assert 'class="edit-entry"' not in briefing_page.read_text(encoding="utf-8")
    assert not (built / "feed.xml").exists()  # no site_url, no feed

    published = build(tmp_path / "second", **ADDRESSES)
    assert published.returncode == 0, published.stderr
    page = briefing_page.read_text(encoding="utf-8")
    slug = briefing_page.parent.name
    assert (f'href="https://github.com/someone/robotics/edit/trunk/content/articles/{slug}.yaml"'
            in page)
    assert "https://someone.github.io/robotics/" in (built / "feed.xml").read_text("utf-8")



def test_a_new_site_loads_the_same_scripts_as_the_example_site() -> None:
    def scripts(config: Path) -> list[str]:
        text = config.read_text(encoding="utf-8")
        block = text.split("extra_javascript:\n", 1)[1].split("\n\n", 1)[0]
        return [line.strip()[2:] for line in block.splitlines()]
    root = Path(__file__).resolve().parent.parent
    assert scripts(root / "starter" / "mkdocs.yml") == scripts(root / "mkdocs.yml")


def test_what_briefing_build_writes_is_not_committed_with_the_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # README step 5 commits the site with `git add .`: the pages `briefing build` wrote into
    # build/ went with it (the new site's .gitignore named site/ only)
    site = tmp_path / "my-story"
    assert main(["init", str(site)]) == 0
    monkeypatch.chdir(site)
    assert main(["build"]) == 0
    assert (site / "build" / "index.md").is_file()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=site, check=True)
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=site,
                            capture_output=True, text=True, check=True).stdout
    assert "content/actors.yaml" in status
    assert not [line for line in status.splitlines() if line[3:].startswith("build/")]


@pytest.mark.parametrize("title", ['Operation "Snow"', "</title><script>alert(1)</script>"])
def test_init_refuses_a_title_the_theme_would_print_as_markup(
        tmp_path: Path, title: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Material writes site_name unescaped into an attribute and the page's <title>
    assert main(["init", str(tmp_path / "x"), "--title", title]) == 1
    shown = title[:1] if title.startswith("<") else '"'
    assert capsys.readouterr().err == (f"briefing: init: --title holds '{shown}', which the "
                                       "theme writes into every page as it is; write the title "
                                       "without < > or \" (“ ” for quotes)\n")
    assert not (tmp_path / "x").exists()


NOT_ONE_LINE = ("; write the title as one line of plain text (every page's header and the feed "
                "show it as it is)")
NOT_A_CHARACTER = ", which is not a character (a YAML file cannot hold it); write the title without it"


@pytest.mark.parametrize("title, message", [
    ("x" * 100_000, "is 100000 characters long, more than the 200 a title may have (every "
                    "page's header and tab and the feed show it); shorten it"),
    ("x" * 201, "is 201 characters long, more than the 200 a title may have (every page's "
                "header and tab and the feed show it); shorten it"),
    ("   ", "is empty" + NOT_ONE_LINE),
    ("Ports\x85and trade", "holds the control character \\x85" + NOT_ONE_LINE),
    ("Ports\u2028and trade", "holds the control character \\u2028" + NOT_ONE_LINE),
    ("Ports\u2029and trade", "holds the control character \\u2029" + NOT_ONE_LINE),
    ("Ports\x1b[2K", "holds the control character \\x1b" + NOT_ONE_LINE),
    ("West\u202emark", "holds the direction control \\u202e, which turns the text after it "
                       "around wherever the title is shown; write the title without it"),
    ("Westmark\u2067", "holds the direction control \\u2067, which turns the text after it "
                       "around wherever the title is shown; write the title without it"),
    ("Ports\uffff", "holds \\uffff" + NOT_A_CHARACTER),
    ("Ports\udcff", "holds \\udcff" + NOT_A_CHARACTER),  # a byte that is not UTF-8, in argv
])
def test_init_refuses_a_title_no_page_should_show(tmp_path: Path, title: str, message: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A 100,000-character title went into every page's header and <title>; U+FFFF made a
    mkdocs.yml that MkDocs could not read; a byte that is not UTF-8 ended `init` in a
    traceback; U+2028 and NEL are line breaks for YAML (the title changed on its way); an
    override turned the header around. One message each, and no folder."""
    assert main(["init", str(tmp_path / "x"), "--title", title]) == 1
    assert capsys.readouterr().err == f"briefing: init: --title {message}\n"
    assert not (tmp_path / "x").exists()
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ['say-"hi"', "x" * 250, "west\u202emark", "a\x1bb"])
def test_init_names_a_site_briefings_when_its_folder_name_is_no_fit_title(
        tmp_path: Path, name: str) -> None:
    """Without --title, the title comes from the folder's name; a name the title check refuses
    gave a message about a --title nobody typed."""
    assert main(["init", str(tmp_path / name)]) == 0
    config = (tmp_path / name / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Briefings"\n' in config


@pytest.mark.parametrize("title", ["Ports: *the* [deal] {{ config }} & 'trade' #1 - x",
                                   "%YAML 1.1", "- x", "null", "Порты и торговля",
                                   "مرفأ وتجارة", "x" * 200])
def test_init_keeps_a_title_yaml_would_read_otherwise(tmp_path: Path, title: str) -> None:
    """YAML-special text, other scripts and a title of 200 characters reach mkdocs.yml as they
    were typed (quoted), and the README's first line."""
    assert main(["init", str(tmp_path / "x"), "--title", title]) == 0
    config = (tmp_path / "x" / "mkdocs.yml").read_text(encoding="utf-8")
    assert yaml.load(config.replace("!ENV", ""), Loader=yaml.SafeLoader)["site_name"] == title
    assert (tmp_path / "x" / "README.md").read_text(encoding="utf-8").startswith(f"# {title}\n")


def _gh_deploy(site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`mkdocs gh-deploy --strict --force` of `site` to its `origin`, with exactly the
    addresses given in `env` (a site made by `briefing init` reads them from there)."""
    clean = {k: v for k, v in os.environ.items() if k not in ADDRESSES}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy", "--strict", "--force"], cwd=site,
        env={**clean, **env, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()},
        capture_output=True, text=True, timeout=300)


def test_gh_deploy_of_a_new_site_asks_for_its_address_before_publishing(tmp_path: Path) -> None:
    # The analyst publishes from their machine (README: "the one-command alternative"). On
    # their machine SITE_URL is unset: the site pushed would have no feed, an empty sitemap
    # and, on https://YOU.github.io/REPO/, a 404 page whose styles are looked for at /assets/.
    site = new_site_with_article(tmp_path / "robotics")
    git = ["git", "-c", "user.name=A", "-c", "user.email=a@example.org"]
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "remote.git")], check=True)
    for command in (["init", "-q", "-b", "main"], ["add", "."], ["commit", "-qm", "story"],
                    ["remote", "add", "origin", str(tmp_path / "remote.git")]):
        subprocess.run([*git, *command], cwd=site, check=True)
    refused = _gh_deploy(site)
    assert refused.returncode != 0
    assert ("briefing: `mkdocs gh-deploy` needs the address the site will have: without it the "
            "published site has no feed, an empty sitemap and a 404 page without its styles. "
            "Give it as SITE_URL (and the repository as REPO_URL, for the edit links): "
            "SITE_URL=https://YOU.github.io/REPO/ REPO_URL=https://github.com/YOU/REPO "
            "mkdocs gh-deploy --strict --force") in refused.stderr
    branches = subprocess.run(["git", "branch", "--list"], cwd=tmp_path / "remote.git",
                              capture_output=True, text=True, check=True).stdout
    assert "gh-pages" not in branches  # nothing was published
    done = _gh_deploy(site, SITE_URL=ADDRESSES["SITE_URL"], REPO_URL=ADDRESSES["REPO_URL"])
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(["git", "ls-tree", "-r", "--name-only", "gh-pages"],
                            cwd=tmp_path / "remote.git", capture_output=True, text=True,
                            check=True).stdout.splitlines()
    assert "feed.xml" in listed
    page_404 = subprocess.run(["git", "show", "gh-pages:404.html"], cwd=tmp_path / "remote.git",
                              capture_output=True, text=True, check=True).stdout
    assert 'href="/robotics/assets/' in page_404


def test_a_new_site_says_what_to_do_when_its_first_run_stops_at_configure_pages(
        tmp_path: Path) -> None:
    # the first push of a new site runs the workflow before Pages is on (README step 5 pushes,
    # then says to set the source): actions/configure-pages stops it with "Get Pages site
    # failed ... consider exploring the `enablement` parameter", a hint that fails in turn
    # ("Resource not accessible by integration"); nothing of the site said what to do
    assert main(["init", str(tmp_path / "site")]) == 0
    workflow = (tmp_path / "site" / ".github" / "workflows" / "pages.yml").read_text(
        encoding="utf-8")
    step = workflow.index("uses: actions/configure-pages@v5")
    comment = workflow[:step].rsplit("    steps:\n", 1)[1].split("      - name: Check", 1)[1]
    assert '"Get Pages site failed": set it, then re-run the run (Actions tab, "Re-run all ' \
        'jobs")' in " ".join(line.strip(" #") for line in comment.splitlines())
    readme = " ".join((tmp_path / "site" / "README.md").read_text(encoding="utf-8").split())
    assert ('The run of the first push stops at "Get Pages site failed" if that was not set '
            'yet: set it, then open the run in the Actions tab and choose "Re-run all jobs".'
            ) in readme
    assert "Pages of a private repository needs a paid GitHub plan" in readme


class _Installed:
    """What pip recorded of an install (PEP 610's direct_url.json)."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def read_text(self, name: str) -> str:
        assert name == "direct_url.json"
        return json.dumps(self.record)


@pytest.mark.parametrize(("record", "address"), [
    ({"url": "https://ana:tok@github.com/ana/briefing-site.git",
      "vcs_info": {"vcs": "git", "requested_revision": "v1.2", "commit_id": "0" * 40}},
     "https://github.com/ana/briefing-site.git@v1.2"),
    ({"url": "https://github.com/ana/briefing-site", "vcs_info": {"vcs": "git"}},
     "https://github.com/ana/briefing-site.git"),
    ({"url": "file:///home/ana/briefing-site", "dir_info": {}}, None)])
def test_a_tool_installed_with_pip_from_git_is_installed_from_there_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: dict[str, Any],
        address: str | None) -> None:
    monkeypatch.setattr(newsite.metadata, "distribution", lambda name: _Installed(record))
    assert newsite.tool_address(tmp_path) == address


def test_the_new_sites_readme_lists_every_path_in_one_table(tmp_path: Path) -> None:
    """The site's README "What is here" had a paragraph between two rows of its table, so
    `schema/` read as a line of pipes on GitHub, outside the table."""
    import markdown

    assert main(["init", str(tmp_path / "site"), "--title", "T"]) == 0
    html = markdown.markdown((tmp_path / "site" / "README.md").read_text(encoding="utf-8"),
                             extensions=["tables"])
    table = html.split("<h2>What is here</h2>", 1)[1].split("</table>", 1)[0]
    assert [cell.split("</code>")[0] for cell in table.split("<td><code>")[1:]] == [
        "content/actors.yaml", "content/articles/", "docs/", "templates/theme/", "schema/"]


def test_the_home_page_of_a_site_named_with_an_apostrophe_is_titled_once(tmp_path: Path) -> None:
    # review25: "<title>GM&#39;s bankruptcy - GM's bankruptcy</title>": the home page's title
    # (escaped in its front matter) was not seen to be the site's name
    site = tmp_path / "gm"
    assert main(["init", str(site), "--title", "GM's bankruptcy"]) == 0
    built = build(site)
    assert built.returncode == 0, built.stderr
    titles = [re.findall(r"<title>.*?</title>", (site / "site" / page).read_text("utf-8"))
              for page in ("index.html", "content-model/index.html")]
    assert titles == [["<title>GM's bankruptcy</title>"],
                      ["<title>Content model - GM's bankruptcy</title>"]]
