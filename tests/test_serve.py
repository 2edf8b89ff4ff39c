"""Live editing: `mkdocs serve` on a copy of the project, its content changed while it runs.

Each test starts a real server on a free port and always kills it at the end. Waits poll the
served pages and the server's log against a deadline; the only fixed wait is the idle window
that shows the server does not rebuild again by itself.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .test_site import SEED, copy_project, pythonpath

pytestmark = pytest.mark.slow

DEADLINE = 30.0  # seconds; a rebuild of the seed takes one to four on this machine
IDLE = 5.0


@dataclass
class Server:
    """A running `mkdocs serve` and everything it has logged so far."""

    process: subprocess.Popen[str]
    project: Path
    lines: list[str] = field(default_factory=list)
    url: str = ""

    def log(self) -> str:
        return "\n".join(self.lines)

    def builds(self) -> int:
        """How many builds the server has started."""
        # not MkDocs' "Building documentation to directory" of `mkdocs serve --clean`
        return sum(line.endswith("Building documentation...") for line in self.lines)

    def get(self, path: str = "") -> str:
        """The served page at `path`, or "" while it cannot be had."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return ""

    def wait_for(self, what: str, check: Callable[[], bool], timeout: float = DEADLINE,
                 state: Callable[[], str] | None = None) -> None:
        """Poll `check` until it holds; fail naming `what` (and `state`), with the server's
        log."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            assert self.process.poll() is None, f"the server stopped:\n{self.log()}"
            if check():
                return
            time.sleep(0.2)
        seen = "" if state is None else f" ({state()})"
        pytest.fail(f"after {timeout:.0f} s still waiting for {what}{seen}; the server said:\n"
                    f"{self.log()}")

    @property
    def yaml(self) -> Path:
        return self.project / "content" / "articles" / f"{SEED}.yaml"

    def edit(self, old: str, new: str) -> None:
        """Replace `old` by `new` in the seed YAML, as an editor saving the file does."""
        text = self.yaml.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        # One rename, as most editors save: a truncate-then-write save is two file events, and
        # on a loaded machine MkDocs may build between them, which would blur what this counts.
        temporary = self.yaml.with_name(f".{self.yaml.name}.swp")
        temporary.write_text(text.replace(old, new), encoding="utf-8")
        os.replace(temporary, self.yaml)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """`mkdocs serve` on a copy of the project, serving its first build."""
    with serving(copy_project(tmp_path)) as served:
        yield served


@contextmanager
def serving(project: Path, *args: str) -> Iterator[Server]:
    """`mkdocs serve` on `project` (with more arguments `args`), once it serves its first
    build (or the problem page)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve",
         "-a", f"127.0.0.1:{free_port()}", *args],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    served = Server(process, project)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            served.lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    try:
        served.wait_for("the server to start",
                        lambda: any("Serving on http" in line for line in served.lines))
        found = re.search(r"Serving on (http://\S+)", served.log())
        assert found
        served.url = found.group(1).rstrip("/") + "/"
        served.wait_for("the home page", lambda: "<h1" in served.get())
        yield served
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


CLAIM = "claim: Peace requires, among other terms, the withdrawal of Ukrainian troops"
NEW_CLAIM = "claim: Peace requires above all a pullout of Ukrainian troops"


def test_a_changed_claim_shows_on_the_served_page(server: Server) -> None:
    page = f"briefings/{SEED}/"
    assert "Peace requires, among other terms" in server.get(page)
    server.edit(CLAIM, NEW_CLAIM)
    server.wait_for("the new claim text on the briefing page",
                    lambda: "Peace requires above all a pullout" in server.get(page), timeout=15)
    assert "Peace requires, among other terms" not in server.get(page)


def test_the_served_feed_points_at_the_server_not_the_published_site(server: Server) -> None:
    """MkDocs gives the served site its own address: the feed previewed on your machine links
    there (README, "Your own site"), never to the configured site_url."""
    feed = server.get("feed.xml")
    assert f'<link rel="self" type="application/atom+xml" href="{server.url}feed.xml" />' in feed
    assert f"<id>{server.url}briefings/{SEED}/</id>" in feed
    assert "example.github.io" not in feed


def test_a_yaml_mistake_shows_its_place_and_the_server_recovers(server: Server) -> None:
    lines = server.yaml.read_text(encoding="utf-8").splitlines()
    line = lines.index("  - id: peace-terms") + 1
    message = (f"content/articles/{SEED}.yaml:{line}:20: YAML syntax error: ': ' is not allowed "
               "here; if the value holds ': ', put it in quotes, otherwise check the "
               "indentation of this line and the one above")
    server.edit("  - id: peace-terms\n", "  - id: peace-terms: oops\n")
    server.wait_for("the problem on the home page", lambda: message in server.get())
    home = server.get()
    assert "The content has problems" in home
    assert message in server.log()
    assert "Aborted" not in server.log()
    # a reload after the save shows it, no 404; a page written by hand in docs/ too (it is
    # in the navigation: README, "every URL of the site")
    for page in ("timeline/", f"briefings/{SEED}/", "actors/putin/", "claims/",
                 "content-model/"):
        assert message in server.get(page), page

    server.edit("  - id: peace-terms: oops\n", "  - id: peace-terms\n")
    server.wait_for("the site to come back",
                    lambda: "The content has problems" not in server.get()
                    and "Latest briefings" in server.get())
    assert "Peace requires, among other terms" in server.get(f"briefings/{SEED}/")
    assert server.process.poll() is None


def test_a_server_started_on_a_mistake_shows_it_at_the_pages_the_reader_reopens(
        tmp_path: Path) -> None:
    # A slip left in a file last night: this morning `mkdocs serve` starts on it, and the
    # browser reopens yesterday's tabs, an actor page and a tag page. They show the problem
    # (README: "at every URL of the site"), not "404 - Not found", and come back once it is fixed.
    project = copy_project(tmp_path)
    article = project / "content" / "articles" / f"{SEED}.yaml"
    text = article.read_text(encoding="utf-8")
    claim = text.index("  - id: peace-terms\n")
    at = text.index("    by: putin\n", claim)
    article.write_text(text[:at] + "    by: putn\n" + text[at + 14:], encoding="utf-8")
    pages = ("actors/putin/", "actors/kim-jong-un/", "tags/north-korea/", "tags/sanctions/",
             f"briefings/{SEED}/", "timeline/")
    with serving(project) as server:
        for page in pages:
            assert "did you mean &#39;putin&#39;?" in server.get(page) or \
                "did you mean 'putin'?" in server.get(page), page
        server.edit("    by: putn\n", "    by: putin\n")
        server.wait_for("the actor page to come back",
                        lambda: "The content has problems" not in server.get("actors/putin/")
                        and "Vladimir Putin" in server.get("actors/putin/"))
        assert "The content has problems" not in server.get("tags/sanctions/")


def test_a_slip_in_mkdocs_yml_while_serving_is_one_line_and_the_server_recovers(
        server: Server) -> None:
    # newcomer5: a new title with a colon saved in mkdocs.yml printed MkDocs' traceback of 40
    # lines (generator/serve_errors.py); now the words `briefing check` has for the same slip
    config = server.project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    title = "site_name: Putin, Kim and the Ukraine war — briefings\n"
    assert text.startswith(title)
    config.write_text(text.replace(title, "site_name: Putin and Kim: briefings\n"), "utf-8")
    message = ("mkdocs.yml:1:25: YAML syntax error: ': ' is not allowed here; if the value "
               "holds ': ', put it in quotes, otherwise check the indentation of this line and "
               "the one above")
    server.wait_for("the one-line message", lambda: message in server.lines)
    server.wait_for("MkDocs' line after it",
                    lambda: "An error happened during the rebuild" in server.log())
    assert "Traceback" not in server.log()
    # pages wait for a good build, as MkDocs has it ("The server will appear stuck")
    config.write_text(text.replace(title, 'site_name: "Putin and Kim: briefings"\n'), "utf-8")
    server.wait_for("the new title", lambda: "<title>Putin and Kim: briefings" in server.get())
    assert server.process.poll() is None


@pytest.mark.parametrize("options", [[], ["--no-livereload"]])
def test_serving_on_an_address_in_use_says_so_in_one_line(tmp_path: Path,
                                                          options: list[str]) -> None:
    # newcomer5: the seed's `mkdocs serve` of the README's first command still runs when the
    # new site is served: a traceback ending in "OSError: [Errno 98] Address already in use"
    # (under --no-livereload too, where MkDocs calls no on_serve); said before the first build
    project = copy_project(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
        result = subprocess.run([sys.executable, "-m", "mkdocs", "serve", "-a",
                                 f"127.0.0.1:{port}", *options], cwd=project, env=env,
                                capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "Documentation built" not in result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == (
        f"127.0.0.1:{port} is in use: another 'mkdocs serve' (or another program) serves "
        "there. Stop it (Ctrl-C in its terminal), or serve this site on another port: "
        f"mkdocs serve -a 127.0.0.1:{port + 1}")


def test_one_change_rebuilds_once_then_the_server_stays_idle(server: Server) -> None:
    assert server.builds() == 1
    server.edit(CLAIM, NEW_CLAIM)
    server.wait_for("the rebuild to finish",
                    lambda: "Peace requires above all" in server.get(f"briefings/{SEED}/"))
    # "Reloading browsers", not "Documentation built": MkDocs' log drops a message equal to
    # the one before, and two builds of the same length print the same "built in" line.
    server.wait_for("the rebuild to be logged as done",
                    lambda: sum("Reloading browsers" in x for x in server.lines) == 1)
    end = time.monotonic() + IDLE
    while time.monotonic() < end:
        assert server.builds() == 2, server.log()
        time.sleep(0.25)
    assert sum("Detected file changes" in line for line in server.lines) == 1, server.log()


def test_edit_links_open_the_local_editor_at_the_entry(server: Server) -> None:
    line = server.yaml.read_text(encoding="utf-8").splitlines().index("  - id: peace-terms") + 1
    path = server.yaml.as_posix().lstrip("/")
    page = server.get(f"briefings/{SEED}/")
    assert (f'<a class="edit-entry" href="vscode://file/{path}:{line}" data-search-exclude '
            f'data-pagefind-ignore title="Correct this entry '
            f'in content/articles/{SEED}.yaml, line {line}">edit (line {line})</a>') in page
    assert f'<a href="vscode://file/{path}:1" title="Edit this page"' in page
    assert "/edit/main/" not in page


def test_a_drafted_entry_shows_marked_while_serving(server: Server) -> None:
    """`mkdocs serve` shows drafted entries (a published build leaves them out: test_review)."""
    page = f"briefings/{SEED}/"
    assert "drafted-mark" not in server.get(page)
    whole = f"{CLAIM} from four partially occupied regions.\n"
    server.edit(whole, f"{whole}    status: drafted\n")
    server.wait_for("the drafted mark on the briefing page",
                    lambda: "drafted-mark" in server.get(page), timeout=15)
    assert "Peace requires, among other terms" in server.get(page)
    assert "not yet reviewed are not shown" not in server.get(page)


def _served_equals_build(server: Server, tmp_path: Path) -> None:
    """Every file of a fresh `mkdocs build` (with the served address as site_url) is served
    with the same bytes, but for the live-reload script the server adds to each page."""
    config = server.project / "mkdocs-fresh.yml"
    config.write_text(f"INHERIT: mkdocs.yml\nsite_url: {server.url}\n", encoding="utf-8")
    fresh = tmp_path / "fresh"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": pythonpath()}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                             str(config), "-d", str(fresh)], cwd=server.project, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    local = f"vscode://file/{server.project.resolve().as_posix().lstrip('/')}/".encode()
    repository = b"https://github.com/example/briefing-site/edit/main/"
    compared = 0
    for path in sorted(fresh.rglob("*")):
        if not path.is_file() or path.suffix not in (".html", ".json", ".csv", ".xml"):
            continue
        relative = path.relative_to(fresh).as_posix()
        with urllib.request.urlopen(server.url + relative, timeout=10) as response:
            served = response.read()
        if path.suffix == ".html":
            served = re.sub(rb"<script>[^<]*livereload[^<]*</script>(?=</body>)", b"", served)
            # under serve, edit links open the file in the local editor, not on GitHub
            served = re.sub(re.escape(local) + rb"([^\":]+):\d+", rb"%s\1" % repository, served)
        assert served == path.read_bytes(), relative
        compared += 1
    assert compared > 40


def test_the_served_site_equals_a_fresh_build_after_an_edit(server: Server,
                                                             tmp_path: Path) -> None:
    # strict mode, no --dirty: MkDocs renders again only the pages whose inputs changed
    server.edit(CLAIM, NEW_CLAIM)
    server.wait_for("the new claim text on the briefing page",
                    lambda: "Peace requires above all" in server.get(f"briefings/{SEED}/"))
    server.wait_for("the rebuild to be logged as done",
                    lambda: sum("Reloading browsers" in x for x in server.lines) == 1)
    kept = [line for line in server.lines if "pages kept from the last build" in line]
    assert len(kept) == 2, server.log()
    numbers = [int(n) for n in re.findall(r"(\d+) of", kept[-1])]
    assert numbers[0] > 40 and numbers[1] > 40 and numbers[2] >= 3, kept[-1]  # most of the site
    _served_equals_build(server, tmp_path)


def test_a_renamed_article_leaves_nothing_of_its_old_name(server: Server,
                                                          tmp_path: Path) -> None:
    # the site folder is written over between builds, not emptied: what a build no longer
    # writes must go (generator/site_folder.py)
    moved = f"{SEED}-moved"
    old = [f"briefings/{SEED}/", f"data/{SEED}.json", f"data/{SEED}/claims.csv"]
    assert all(server.get(path) for path in old)
    text = server.yaml.with_suffix(".md")
    os.replace(text, text.with_name(f"{moved}.md"))
    os.replace(server.yaml, server.yaml.with_name(f"{moved}.yaml"))
    server.wait_for("the briefing under its new name",
                    lambda: "Peace requires, among other terms" in server.get(
                        f"briefings/{moved}/") and "Latest briefings" in server.get())
    server.wait_for("the old name to be gone", lambda: not any(server.get(p) for p in old))
    _served_equals_build(server, tmp_path)


def test_a_save_made_while_a_rebuild_runs_is_shown_after_it(server: Server,
                                                            tmp_path: Path) -> None:
    # the watchers wait while a build runs (generator/quiet_builds.py): a file saved meanwhile
    # is found right after it and built again, never left out
    server.edit(CLAIM, NEW_CLAIM)
    server.wait_for("the rebuild to start", lambda: server.builds() == 2, timeout=15)
    server.edit("event: Putin lays out his peace terms", "event: Putin sets out his peace terms")
    page = f"briefings/{SEED}/"
    served = [""]

    def both() -> bool:
        served[0] = server.get(page)
        return "Putin sets out his peace terms" in served[0] and "Peace requires above all" in (
            served[0])

    def shown() -> str:  # what the last answer showed, should this fail again
        return ("no answer within 5 s, or an error" if not served[0] else
                f"first save shown: {'Peace requires above all' in served[0]}, second save "
                f"shown: {'Putin sets out his peace terms' in served[0]}")

    server.wait_for("both saves on the briefing page", both, state=shown)
    server.wait_for("the last rebuild to be logged as done",
                    lambda: sum("Reloading browsers" in x for x in server.lines)
                    == server.builds() - 1)
    _served_equals_build(server, tmp_path)


SAVE_DURING_BUILD = '''\
"""A save by rename into the article YAML at one exact point of one build (the test's hook)."""
import os
from pathlib import Path

BUILD, EVENT = {build}, "{event}"


def save(config):
    root = Path(config.config_file_path).parent
    builds = root / ".builds"  # MkDocs loads a hook anew for each build: count on disk
    count = len(builds.read_text()) + 1 if builds.exists() else 1
    builds.write_text("x" * count)
    if count != BUILD:
        return
    yaml = root / "content" / "articles" / "{seed}.yaml"
    text = yaml.read_text(encoding="utf-8")
    swap = yaml.with_name("." + yaml.name + ".swp")
    swap.write_text(text.replace("{old}", "{new}"), encoding="utf-8")
    os.replace(swap, yaml)


def on_pre_build(config):
    if EVENT == "pre_build":
        save(config)


def on_post_build(config):
    if EVENT == "post_build":
        save(config)
'''


def _save_during_build(project: Path, build: int, event: str) -> Path:
    """The project, with a hook that saves an event's new title during build `build` (1: the
    first build) at `event`: pre_build, before the generator reads the content, or
    post_build, after the site is written."""
    (project / "save_during_build.py").write_text(SAVE_DURING_BUILD.format(
        build=build, event=event, seed=SEED, old="event: Putin lays out his peace terms",
        new="event: Putin sets out his peace terms"), encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - save_during_build.py\n")
    return project


@pytest.mark.parametrize(("event", "args"), [("pre_build", ()), ("post_build", ()),
                                             ("post_build", ("--clean",)),
                                             ("post_build", ("--watch-theme",))])
def test_a_save_made_during_the_first_build_is_shown(tmp_path: Path, event: str,
                                                     args: tuple[str, ...]) -> None:
    # MkDocs builds once before its watchers take their first look at the files: a file saved
    # after the first build read it was in that look, and the change was never shown; also
    # under `--clean` (MkDocs then tells the plugin it builds) and `--watch-theme`
    with serving(_save_during_build(copy_project(tmp_path), 1, event), *args) as server:
        server.wait_for("the save made during the first build",
                        lambda: "Putin sets out his peace terms" in server.get(
                            f"briefings/{SEED}/"))
        server.wait_for("the last rebuild to be logged as done",
                        lambda: sum("Reloading browsers" in x for x in server.lines)
                        == server.builds() - 1)
        _served_equals_build(server, tmp_path)


SAVE_AT_START = '''
from pathlib import Path


def on_startup(command, dirty):
    # after MkDocs has read mkdocs.yml, before the plugin's first on_config: the analyst
    # saves a new title as the server starts
    config = Path("mkdocs.yml")
    text = config.read_text(encoding="utf-8")
    if "Saved at the start" not in text:
        config.write_text(text.replace("site_name: ", "site_name: Saved at the start, ", 1),
                          encoding="utf-8")
'''


def test_mkdocs_yml_saved_before_the_first_build_is_shown(tmp_path: Path) -> None:
    # MkDocs reads mkdocs.yml before any plugin runs: a save between that read and the
    # plugin's first look at the watched files was in that look, and never built
    project = copy_project(tmp_path)
    (project / "save_at_start.py").write_text(SAVE_AT_START, encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - save_at_start.py\n")
    with serving(project) as server:
        assert "Saved at the start" not in server.get()  # the first build: the old title
        server.wait_for("the title saved as the server started",
                        lambda: "Saved at the start" in server.get())
        server.wait_for("the last rebuild to be logged as done",
                        lambda: sum("Reloading browsers" in x for x in server.lines)
                        == server.builds() - 1)
        _served_equals_build(server, tmp_path)


@pytest.mark.parametrize("event", ["pre_build", "post_build"])
def test_a_save_made_at_a_point_of_a_rebuild_is_shown(tmp_path: Path, event: str) -> None:
    # the deterministic form of the test above: the second save lands at one exact point of
    # the first one's rebuild, before or after the generator has read the content
    with serving(_save_during_build(copy_project(tmp_path), 2, event)) as server:
        server.edit(CLAIM, NEW_CLAIM)
        server.wait_for("both saves on the briefing page",
                        lambda: "Putin sets out his peace terms" in (
                            text := server.get(f"briefings/{SEED}/"))
                        and "Peace requires above all" in text)
        server.wait_for("the last rebuild to be logged as done",
                        lambda: sum("Reloading browsers" in x for x in server.lines)
                        == server.builds() - 1)
        _served_equals_build(server, tmp_path)
