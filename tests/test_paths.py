"""No id, slug, file name or link makes the build read or write outside content/ and --out."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.files import OutsideError, inside

from .conftest import FIXTURE

A = "content/articles/2024-03-02-port-deal"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder (links not followed) with its bytes, or its link target."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = f"-> {os.readlink(path)}".encode()
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


def run(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.chdir(project)
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, holding a secret the build must never read or touch."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.md").write_text("The secret text.\n", encoding="utf-8")
    (folder / "secret.yaml").write_text("title: Secret\npublished: 2024-01-01\n",
                                        encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The fixture project in tmp/project, so that tmp/outside lies beside it."""
    shutil.copytree(FIXTURE / "content", tmp_path / "project" / "content")
    return tmp_path / "project"


@pytest.mark.parametrize("name", ["article text", "article YAML", "actors file"])
def test_a_link_out_of_content_is_refused(project: Path, outside: Path, name: str,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    link, target = {"article text": (f"{A}.md", outside / "secret.md"),
                    "article YAML": (f"{A}.yaml", outside / "secret.yaml"),
                    "actors file": ("content/actors.yaml", outside / "secret.yaml")}[name]
    (project / link).unlink()
    (project / link).symlink_to(target)
    status, out, _ = run(project, capsys, monkeypatch, "check")
    assert status == 1
    assert f"{link}:1:1: this is a link to {target.as_posix()}, outside the content folder; " \
           "content is only read from inside it: copy the file here instead" in out.splitlines()
    assert "secret" not in out.replace(target.as_posix(), "")


def test_a_dangling_actors_file_link_out_of_content_is_refused(
        project: Path, outside: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack14: a committed content/actors.yaml that links to a file outside content/ which
    is not there (yet) was passed over: `check` called the content clean, and only `merge`
    (which checks its result) named the link. It is refused as a link to a file there is."""
    (project / "content" / "actors.yaml").unlink()
    (project / "content" / "actors.yaml").symlink_to(outside / "later.yaml")
    status, out, _ = run(project, capsys, monkeypatch, "check")
    assert status == 1
    assert (f"content/actors.yaml:1:1: this is a link to {(outside / 'later.yaml').as_posix()}, "
            "outside the content folder; content is only read from inside it: copy the file "
            "here instead") in out.splitlines()


@pytest.mark.parametrize("name", ["article text", "article YAML", "actors file"])
def test_a_link_out_of_content_into_the_project_is_named_at_the_link(
        project: Path, name: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack15: a link to a file of the project outside content/ (docs/, notes/) was named by
    its target ("docs/secret.yaml:1:1: this is a link to .../docs/secret.yaml"), which did
    not say which file of content/ to mend."""
    link = {"article text": f"{A}.md", "article YAML": f"{A}.yaml",
            "actors file": "content/actors.yaml"}[name]
    target = project / "docs" / ("secret" + Path(link).suffix)
    target.parent.mkdir()
    shutil.copy(project / link, target)
    (project / link).unlink()
    (project / link).symlink_to(os.path.relpath(target, (project / link).parent))
    status, out, _ = run(project, capsys, monkeypatch, "check")
    assert status == 1
    assert f"{link}:1:1: this is a link to {target.as_posix()}, outside the content folder; " \
           "content is only read from inside it: copy the file here instead" in out.splitlines()


@pytest.mark.parametrize("name", ["article text", "article YAML", "actors file"])
def test_a_link_to_nothing_inside_content_is_named_at_the_link(
        project: Path, name: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack15 (attack14's leftover): a link inside content/ to a file that is not there was
    named by its target ("content/articles/nothing.yaml:1:1: cannot read the file"; for the
    text, "the article text content/articles/nothing.md is missing")."""
    link = {"article text": f"{A}.md", "article YAML": f"{A}.yaml",
            "actors file": "content/actors.yaml"}[name]
    (project / link).unlink()
    (project / link).symlink_to("nothing" + Path(link).suffix)
    status, out, _ = run(project, capsys, monkeypatch, "check")
    assert status == 1
    target = (Path(link).parent / ("nothing" + Path(link).suffix)).as_posix()
    assert f"{link}:1:1: this is a link to {target}, which is not there; remove the link, " \
           "or put the file there" in out.splitlines()
    assert not [line for line in out.splitlines() if line.startswith(target)]


def test_a_linked_articles_folder_is_refused_file_by_file(project: Path, outside: Path,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    articles = project / "content" / "articles"
    articles.rename(outside / "articles")
    articles.symlink_to(outside / "articles")
    status, out, _ = run(project, capsys, monkeypatch, "check")
    assert status == 1
    linked = [line for line in out.splitlines() if "outside the content folder" in line]
    assert [line.split(":")[0] for line in linked] == [
        "content/articles/2024-03-02-port-deal.yaml",
        "content/articles/2024-05-20-harbour-strike.yaml"]


@pytest.mark.parametrize("name", ["..yaml", "...yaml", "a b.yaml", "new\nline.yaml", "-rf.yaml",
                                  "back\\..\\slash.yaml", "UPPER.yaml", "dot.dot.yaml"])
def test_a_hostile_file_name_fails_the_build_and_writes_nothing(
        project: Path, outside: Path, name: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "content" / "articles" / name).write_text("title: x\npublished: 2024-01-01\n",
                                                         encoding="utf-8")
    before = tree(project.parent)
    status, out, _ = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 1
    assert "is not a valid slug" in out
    assert tree(project.parent) == before


def test_a_build_writes_only_inside_its_output_folder(project: Path, outside: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(project.parent)
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 0, err
    after = tree(project.parent)
    changed = {k for k in after if before.get(k) != after[k]} | (before.keys() - after.keys())
    assert changed and all(k.startswith("project/build/") for k in changed)
    assert "project/build/briefings/2024-03-02-port-deal.md" in changed


@pytest.mark.parametrize("link", ["briefings", "index.md"])
def test_a_link_in_the_output_folder_is_not_followed_out(project: Path, outside: Path, link: str,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "build").mkdir()
    target = outside if link == "briefings" else outside / "secret.md"
    (project / "build" / link).symlink_to(target)
    before = tree(outside)
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 1
    assert err.startswith(f"briefing: build/{link}")
    assert ", outside build; remove the link that leads there, or choose another --out " \
           "folder\n" in err
    assert tree(outside) == before


def test_the_output_folder_may_not_overlap_the_content(project: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(project)
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "content/articles")
    assert (status, err) == (1, "briefing: --out content/articles and --content content overlap; "
                                "write the pages to a folder of their own\n")
    assert tree(project) == before


@pytest.mark.parametrize("relative", ["../x.md", "/etc/passwd", "a/../../x.md", "a/../../../x"])
def test_inside_refuses_a_path_that_climbs_out(tmp_path: Path, relative: str) -> None:
    with pytest.raises(OutsideError):
        inside(tmp_path / "out", relative)
    assert inside(tmp_path / "out", "a/../b.md") == (tmp_path / "out" / "b.md").resolve()


@pytest.mark.parametrize("dangling", [False, True])
def test_import_writes_nothing_through_a_linked_articles_folder(
        project: Path, outside: Path, dangling: bool, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A colleague's change that makes content/articles a link out of the project: `check`
    refuses each file there, and `import` must not write the article there first."""
    articles = project / "content" / "articles"
    shutil.rmtree(articles)
    target = outside / ("gone" if dangling else "")
    articles.symlink_to(target)
    article = project / "a.txt"
    article.write_text("Talks go on\n\nThe minister said the talks went on. They met again "
                       "on Tuesday in the port.\n", encoding="utf-8")
    before = tree(outside)
    status, out, err = run(project, capsys, monkeypatch, "import", "a.txt",
                           "--published", "2024-06-19")
    assert (status, out) == (1, "")
    assert err == (f"briefing: content/articles is a link to {target.resolve().as_posix()}, "
                   "outside content; content is only read and written inside it\n")
    assert tree(outside) == before


H = "2024-05-20-harbour-strike"


def test_a_deleted_article_leaves_the_output_folder(project: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`briefing build --out docs` then Zensical (README): the pages of an article deleted
    since the last build stayed in the folder, and were published and found by search."""
    assert run(project, capsys, monkeypatch, "build", "--out", "build")[0] == 0
    (project / "build" / "notes.md").write_text("Written by hand.\n", encoding="utf-8")
    assert (project / "build" / "briefings" / f"{H}.md").is_file()
    for suffix in (".md", ".yaml"):
        (project / "content" / "articles" / f"{H}{suffix}").unlink()
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 0, err
    left = [k for k in tree(project / "build") if H in k]
    assert left == []
    assert not (project / "build" / "data" / H).exists()  # its folder of downloads too
    assert (project / "build" / "notes.md").read_text(encoding="utf-8") == "Written by hand.\n"


def test_the_list_of_written_files_leads_to_no_removal_outside(
        project: Path, outside: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The list is a file in the output folder, which may be committed (docs/): a hostile
    one removes nothing outside it, through no link."""
    (project / "build").mkdir()
    (project / "build" / "link").symlink_to(outside)
    (project / "build" / ".briefing-written").write_text(
        "../../outside/secret.md\n" f"{outside / 'secret.md'}\n" "link/secret.md\nlink\n"
        "../content/actors.yaml\n", encoding="utf-8")
    before = tree(project.parent)
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 0, err
    after = tree(project.parent)
    assert {k for k in before if k not in after} == set()
    assert tree(outside) == {k[len("outside/"):]: v for k, v in before.items()
                             if k.startswith("outside/")}


@pytest.mark.parametrize("command", ["review", "redraft", "merge"])
def test_a_command_that_edits_an_article_writes_through_its_link_inside_content(
        project: Path, command: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack11: an article's YAML that is a link to a file elsewhere in content/ (kept in one
    place, shared by two sites' folders): review, redraft and merge replaced the link with a
    plain file holding their result, and the file it led to kept the old text."""
    kept = project / "content" / "kept" / "port.yaml"
    kept.parent.mkdir()
    link = project / f"{A}.yaml"
    os.replace(link, kept)
    link.symlink_to("../kept/port.yaml")
    if command == "merge":  # an actor only this article names, to merge into westmark
        actors = project / "content" / "actors.yaml"
        actors.write_text(actors.read_text(encoding="utf-8")
                          + "  - id: westo\n    name: Westo\n    kind: country\n",
                          encoding="utf-8")
        kept.write_text(kept.read_text(encoding="utf-8").replace("about: [westmark]",
                                                                 "about: [westo]"),
                        encoding="utf-8")
    before = kept.read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("a\nq\n"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    argv = {"review": ["review", "2024-03-02-port-deal"],
            "redraft": ["redraft", "2024-03-02-port-deal"],
            "merge": ["merge", "westo", "westmark"]}[command]
    status, _, err = run(project, capsys, monkeypatch, *argv)
    assert status == 0, err
    assert link.is_symlink() and os.readlink(link) == "../kept/port.yaml"
    assert kept.read_text(encoding="utf-8") != before
    # (redraft on the fixture proposes a claim by an actor it does not define: not this test's)
    assert command == "redraft" or run(project, capsys, monkeypatch, "check")[0] == 0


HAND_WRITTEN = {"notes.md": "Written by hand.\n", "content-model.md": "# The content model\n",
                "assets/extra.css": "body { color: black; }\n",
                "briefings/README.txt": "What these pages are.\n",
                "actors/about/notes.md": "About the actors.\n", "data/notes.csv": "a,b\n"}


def listed_by_a_hostile_list(project: Path, files: dict[str, str]) -> Path:
    """The project's build/ folder holding these hand-written files, and a written-list (as
    a pull request could commit) that names them all."""
    out = project / "build"
    for relative, text in files.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(text, encoding="utf-8")
    (out / ".briefing-written").write_text("".join(f"{k}\n" for k in files), encoding="utf-8")
    return out


def test_a_hostile_list_of_written_files_removes_no_hand_written_file(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack11: `--out docs` (README, Zensical) with docs/ committed: a pull request that
    adds `.briefing-written` naming the hand-written pages made the next `briefing build`
    delete them. Only files with a name the generator writes are removed."""
    out = listed_by_a_hostile_list(project, HAND_WRITTEN)
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 0, err
    assert {k: (out / k).read_text(encoding="utf-8") for k in HAND_WRITTEN
            if (out / k).is_file()} == HAND_WRITTEN


@pytest.mark.parametrize("content", ["fixture", "seed"])
def test_every_file_the_build_writes_has_a_name_it_may_remove(content: str) -> None:
    """The names `_remove_unwritten` may remove cover every file a build writes (a name left
    out would stay in the folder after its article is deleted, as before round four)."""
    from generator.build import GENERATED, generate
    from generator.pages.generate import SiteInfo
    from generator.pages.parts import part_paths

    from .conftest import ROOT
    folder = (FIXTURE if content == "fixture" else ROOT) / "content"
    names = set()
    for urls in (True, False):
        site = SiteInfo(site_url="https://example.org/", directory_urls=urls)
        names |= set(generate(folder, site, root=folder.parent))
    names |= {"actors/alba/index.html", *part_paths("claims.md", 3),
              *part_paths("timeline.md", 12), *part_paths("actors/alba.md", 2)}
    assert [n for n in sorted(names) if not GENERATED.fullmatch(n)] == []
    assert len(names) > 25


# hand-written files at names the build writes for some id (an actor `notes`, a tag
# `about`, a second part of the claims, an old actor address, a briefing `extra`'s data)
AT_GENERATED_NAMES = {
    "actors/notes.md": "# Notes on the actors\n", "tags/about.md": "---\ntitle: About\n---\n",
    "briefings/how-to-read.md": "---\ntitle: How to read\nhide: [navigation]\n---\nRead.\n",
    "claims/2.md": "More.\n", "actors/notes.html": "<!doctype html><p>notes</p>\n",
    "actors/old/index.html": "<!doctype html>\n<html>\n<head>\n</head>\n</html>\n",
    "data/config.json": '{\n  "slug": "other"\n}\n', "data/extra/claims.csv": "a,b\n1,2\n",
    "data/network.svg": "<svg></svg>\n", "feed.xml": "<feed/>\n",
    "schema/actors.schema.json": "{}\n"}


def test_a_hostile_list_removes_no_hand_written_file_at_a_generated_name(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack12 (attack11's leftover): a hand-written `docs/actors/notes.md` has a name the
    build writes (an actor `notes` would), so a hostile list naming it made `briefing build
    --out docs` delete it. A listed file is removed only if its content carries the build's
    mark. One at a name the build writes now (network.svg, schema/) was written over, since
    the list named it (attack14): the list vouches for nothing, so the build names them and
    writes nothing; moved away, the build leaves the others."""
    out = listed_by_a_hostile_list(project, AT_GENERATED_NAMES)
    written_now = {"data/network.svg", "schema/actors.schema.json"}  # no site_url: no feed
    kept = {k: v for k, v in AT_GENERATED_NAMES.items() if k not in written_now}
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert (status, err) == (1, (
        "briefing: build/schema/actors.schema.json, build/data/network.svg were not written "
        "by briefing build (they have not the build's mark) and this build would write over "
        "them: move them out of build, or delete them if an older version of the tool wrote "
        "them; nothing was written\n"))
    assert {k: (out / k).read_text(encoding="utf-8") for k in AT_GENERATED_NAMES
            } == AT_GENERATED_NAMES
    for relative in written_now:
        (out / relative).unlink()
    status, _, err = run(project, capsys, monkeypatch, "build", "--out", "build")
    assert status == 0, err
    assert {k: (out / k).read_text(encoding="utf-8") for k in kept
            if (out / k).is_file()} == kept
    # each is named, since a page an older version wrote (without the mark) of an article
    # deleted since is kept the same way, and only a person can tell the two apart
    for relative in kept:
        assert (f"briefing build: kept {Path('build') / relative}: the last build listed it, "
                "but it does not carry the build's mark (a file written by hand, or a page an "
                "older version wrote); delete it if it is the page of an article deleted "
                "since\n") in err


@pytest.mark.parametrize("content", ["fixture", "seed"])
def test_every_file_the_build_writes_is_one_it_knows_as_its_own(content: str) -> None:
    """Every file as `briefing build --out` writes it carries the mark `_remove_unwritten`
    looks for: none stays in the folder after its article is deleted."""
    from generator.build import as_written, generate, is_generated
    from generator.pages.generate import SiteInfo
    from generator.pages.texts import raw_items

    from .conftest import ROOT
    folder = (FIXTURE if content == "fixture" else ROOT) / "content"
    unknown = []
    for urls in (True, False):
        site = SiteInfo(site_url="https://example.org/", directory_urls=urls)
        for relative, data in raw_items(generate(folder, site, root=folder.parent)):
            if not is_generated(relative, as_written(relative, data)):
                unknown.append(relative)
    assert unknown == []


def test_an_old_actor_address_of_a_merged_actor_goes_when_the_merge_is_undone(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The stale files of each kind still go: an article's pages and downloads (above), and
    the page at an old actor address once no actor was formerly that id."""
    actors = project / "content" / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    assert "  - id: westmark\n" in text
    actors.write_text(text.replace("  - id: westmark\n",
                                   "  - id: westmark\n    formerly: [westo]\n"),
                      encoding="utf-8")
    assert run(project, capsys, monkeypatch, "build", "--out", "build")[0] == 0
    moved = [k for k in tree(project / "build") if k.startswith("actors/westo")]
    assert moved
    actors.write_text(text, encoding="utf-8")
    assert run(project, capsys, monkeypatch, "build", "--out", "build")[0] == 0
    assert [k for k in tree(project / "build") if k.startswith("actors/westo")] == []


@pytest.mark.parametrize("out", ["build", "docs", "docs/pages"])
def test_an_output_folder_reached_through_a_link_is_refused(
        project: Path, outside: Path, out: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """attack15: a cloned site whose `build` (the default --out) or `docs` is a committed link
    made `briefing build` write its pages wherever the link led."""
    link = project / out.split("/")[0]
    link.symlink_to(outside)
    before = tree(outside)
    args = ("build",) if out == "build" else ("build", "--out", out)
    status, _, err = run(project, capsys, monkeypatch, *args)
    assert status == 1
    assert err.splitlines() == [
        f"briefing: {link.name} is a link to {outside.as_posix()}: the pages are written into a "
        "folder of their own, reached through no link (one committed beside content/ would "
        "lead them anywhere); remove the link, or choose another --out folder"]
    assert tree(outside) == before


def test_mkdocs_build_does_not_empty_a_folder_a_site_link_leads_to(
        project: Path, outside: Path) -> None:
    """attack15: MkDocs empties the folder it builds into (every entry but hidden ones): a
    cloned site with a committed `site` link to `~` (here to `outside`) had `mkdocs build`
    delete the files there and write the site in their place. The plugin stops the build
    before MkDocs empties anything; a link inside the site folder, which MkDocs cannot
    remove and writes through, likewise."""
    from .test_broken_site import at, site_project, strict_build

    site_project(project)
    (outside / "photos").mkdir()
    (outside / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    before = tree(outside)
    (project / "site").symlink_to(outside)
    result = strict_build(project)
    assert result.returncode == 1
    assert (f"ERROR   -  {at(project / 'mkdocs.yml', 'site_dir')}: site is a link to "
            f"{outside.as_posix()}: MkDocs empties the "
            "site folder (site) before it builds, and writes the site into it through links; "
            "remove the link (the site is built into a folder of its own)"
            ) in result.stderr.splitlines()
    assert tree(outside) == before
    (project / "site").unlink()
    (project / "site").mkdir()
    (project / "site" / "actors").symlink_to(outside)
    result = strict_build(project)
    assert result.returncode == 1
    assert (f"ERROR   -  {at(project / 'mkdocs.yml', 'site_dir')}: site/actors is a link to "
            f"{outside.as_posix()}: ") in result.stderr
    assert tree(outside) == before


@pytest.mark.slow
def test_site_dir_and_docs_dir_neither_empty_nor_publish_what_is_not_the_sites(
        project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """attack18: MkDocs empties its site folder before it builds, whatever mkdocs.yml names:
    a cloned site whose mkdocs.yml said `site_dir: content` had `mkdocs build` delete every
    article and actors.yaml (and build a site of no briefing, without a word), `site_dir:
    templates` every template, `site_dir: ../victim` every visible file of a folder beside the
    site, `site_dir: .git` the repository; `docs_dir: ../victim` (or the theme's `custom_dir`)
    published the files of a folder beside the site (as a link out of docs/ did, round nine),
    `docs_dir: .git` the repository, `docs_dir: content` each article's YAML, drafted entries
    and all. The
    build stops before MkDocs empties anything; a new or empty folder outside the site, and
    the same folder once a build filled it, are built into as before."""
    from .test_broken_site import at, site_project, strict_build

    site_project(project)
    victim = tmp_path_factory.mktemp("victim")
    (victim / "photos").mkdir()
    (victim / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    (victim / "precious.txt").write_text("mine\n", encoding="utf-8")
    (project / ".git").mkdir()
    (project / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    before = {folder: tree(folder) for folder in (project / "content", project / "templates",
                                                   victim, project / ".git")}
    settings = project / "mkdocs.yml"
    plain = settings.read_text(encoding="utf-8")
    where = os.path.relpath(victim, project)
    empties = "MkDocs empties the site folder before it builds, and would delete"
    for old, new, message in [
            ("site_dir: site", "site_dir: content",
             f"site_dir is content: {empties} every article and actors.yaml (content); build "
             "into a folder of its own, such as site"),
            ("site_dir: site", "site_dir: templates",
             f"site_dir is templates: {empties} every template (templates); build into a "
             "folder of its own, such as site"),
            ("site_dir: site", f"site_dir: {where}",
             f"site_dir is {where}, a folder outside the site's that holds files no build wrote "
             f"(photos, precious.txt): {empties} them; build into a folder of the site's own, "
             "such as site, or a new one"),
            ("site_dir: site", "site_dir: .git",
             "site_dir is .git, a hidden folder: MkDocs empties the site folder before it "
             "builds, and would delete what it holds (site_dir: .git, every commit); build "
             "into a folder of its own, such as site"),
            ("docs_dir: docs", f"docs_dir: {where}",
             f"docs_dir is {where}, outside the site's folder: MkDocs publishes every file of "
             "docs_dir, so the site would hold what is not the site's (~/.ssh: a key; .git: "
             "every commit); keep the site's files in a folder of its own, such as docs"),
            ("docs_dir: docs", "docs_dir: .git",
             "docs_dir is .git, a hidden folder: MkDocs publishes every file of docs_dir, so "
             "the site would hold what is not the site's (~/.ssh: a key; .git: every commit); "
             "keep the site's files in a folder of its own, such as docs"),
            ("custom_dir: templates/theme", f"custom_dir: {where}",
             f"custom_dir is {where}, outside the site's folder: MkDocs publishes every file "
             "of custom_dir but its templates, so the site would hold what is not the site's "
             "(~/.ssh: a key; .git: every commit); keep the site's files in a folder of its "
             "own, such as templates/theme"),
            ("docs_dir: docs", "docs_dir: content",
             "docs_dir is content and the content folder content: MkDocs publishes every file "
             "of docs_dir as it is, so each article's YAML would be on the site, drafted "
             "entries and all; keep the two folders apart")]:
        settings.write_text(plain.replace(old, new), encoding="utf-8")
        result = strict_build(project)
        assert result.returncode == 1, new
        # review23: the message names the setting's line and column
        assert f"ERROR   -  {at(settings, new.split(':')[0])}: {message}" in \
            result.stderr.splitlines(), result.stderr[-2000:]
        assert {folder: tree(folder) for folder in before} == before
        assert not (project / "site").exists()
    settings.write_text(plain, encoding="utf-8")  # review23: the folder given to mkdocs build -d
    result = strict_build(project, "-d", where)
    assert result.returncode == 1
    assert (f"ERROR   -  the command line: --site-dir (-d) is {where}, a folder outside the "
            "site's that holds files no build wrote (photos, precious.txt): MkDocs empties the "
            "site folder before it builds, and would delete them; build into a folder of the "
            "site's own, such as site, or a new one") in result.stderr.splitlines(), \
        result.stderr[-2000:]
    assert {folder: tree(folder) for folder in before} == before
    new = tmp_path_factory.mktemp("new")
    settings.write_text(plain.replace("site_dir: site", f"site_dir: {new}"), encoding="utf-8")
    for _ in range(2):  # empty, then a site a build wrote
        result = strict_build(project)
        assert result.returncode == 0, result.stderr[-2000:]
        assert (new / "briefings" / "2024-03-02-port-deal" / "index.html").is_file()


def test_mkdocs_build_does_not_publish_a_file_a_docs_link_leads_to(
        project: Path, outside: Path) -> None:
    """attack15 (round seven's leftover): MkDocs copies what a link in docs/ leads to into
    the site, so a cloned site's committed `docs/notes.txt` linking to `~/.ssh/id_rsa` (here
    `outside/secret.md`), or a `docs/keys` linking to a folder, was published with the next
    build and `gh-deploy`. The build stops, naming each link; a link inside the site's folder
    is a file of the site as before."""
    from .test_broken_site import site_project, strict_build

    site_project(project)
    (project / "docs" / "notes.txt").symlink_to(outside / "secret.md")
    (project / "docs" / "keys").symlink_to(outside)
    (project / "docs" / "shared.md").symlink_to("../content/articles/2024-03-02-port-deal.md")
    (project / "docs" / "x.txt").symlink_to(outside / "a\x1b[2Jb")  # the screen, erased
    result = strict_build(project)
    assert result.returncode == 1
    assert "\x1b" not in result.stderr
    assert (f"docs/x.txt is a link to {outside.as_posix()}/a\\x1b[2Jb, outside the "
            "site's folder: MkDocs would publish what it leads to; copy the file into docs/ "
            "if it belongs to the site, or remove the link") in result.stderr.splitlines()
    assert (f"ERROR   -  docs/keys is a link to {outside.as_posix()}, outside the "
            "site's folder: MkDocs would publish what it leads to; copy the file into docs/ "
            "if it belongs to the site, or remove the link") in result.stderr.splitlines()
    assert (f"docs/notes.txt is a link to {(outside / 'secret.md').as_posix()}, "
            "outside the site's folder: MkDocs would publish what it leads to; copy the file "
            "into docs/ if it belongs to the site, or remove the link"
            ) in result.stderr.splitlines()
    assert "shared.md" not in result.stderr
    assert not [p for p in (project / "site").rglob("*")
                if p.is_file() and b"The secret text." in p.read_bytes()]
    for name in ("notes.txt", "keys", "x.txt"):
        (project / "docs" / name).unlink()
    result = strict_build(project)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (project / "site" / "shared" / "index.html").is_file()


@pytest.mark.parametrize("command", [["import", "a.txt", "--published", "2024-06-19"],
                                     ["merge", "harbour-workers", "port-authority"],
                                     ["redraft", "2024-03-02-port-deal"],
                                     ["review", "2024-03-02-port-deal"]])
def test_a_command_writes_nothing_through_a_content_folder_linked_out_of_the_site(
        project: Path, outside: Path, command: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A cloned site whose committed `content` is a link to another folder: `import` wrote
    the article and its YAML there, `merge` its actors.yaml (attack15). Found by walking up,
    such a folder is refused before anything is read or written; named with --content, it is
    the person's own choice."""
    shutil.move(project / "content", outside / "content")
    (project / "content").symlink_to(outside / "content")
    (project / "a.txt").write_text("Talks go on\n\nThe minister said the talks went on. They "
                                   "met again on Tuesday in the port.\n", encoding="utf-8")
    before = tree(outside)
    status, out, err = run(project, capsys, monkeypatch, *command)
    assert (status, out) == (1, "")
    real = (outside / "content").resolve().as_posix()
    assert err == (f"briefing: content is a link to {real}, outside the site's folder: "
                   f"'{command[0]}' writes only in the site's own content/; remove the link, "
                   f"or, if your content is kept there on purpose, name it: --content {real}\n")
    assert tree(outside) == before


def test_a_content_folder_linked_within_the_site_or_named_is_written(
        project: Path, outside: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A link that stays inside the site's folder is the site's own, and a folder named
    with --content is written wherever it is."""
    (project / "a.txt").write_text("Talks go on\n\nThe minister said the talks went on. They "
                                   "met again on Tuesday in the port.\n", encoding="utf-8")
    shutil.move(project / "content", project / "stories")
    (project / "content").symlink_to("stories")
    before = {p.name for p in (project / "stories" / "articles").glob("*.yaml")}
    status, _, err = run(project, capsys, monkeypatch, "import", "a.txt",
                         "--published", "2024-06-19")
    assert status == 0, err
    assert len({p.name for p in (project / "stories" / "articles").glob("*.yaml")} - before) == 1
    (project / "content").unlink()
    shutil.move(project / "stories", outside / "content")
    (project / "a.txt").write_text("Talks end\n\nThe minister said the talks ended. They will "
                                   "not meet again.\n", encoding="utf-8")
    status, _, err = run(project, capsys, monkeypatch, "--content", str(outside / "content"),
                         "import", "a.txt", "--published", "2024-06-19")
    assert status == 0, err
    assert len({p.name for p in (outside / "content" / "articles").glob("*.yaml")} - before) == 2
