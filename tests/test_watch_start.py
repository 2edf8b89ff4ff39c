"""Under `mkdocs serve`, a file saved during the first build is built again
(generator/watch_start.py): MkDocs' polling watchers start from the files as the first build
found them, not from a look taken after it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

import generator.plugin
from generator.folder_links import unfollowed
from generator.watch_start import FirstSnapshots

from .test_quiet_builds import _wait
from .test_site import copy_project


def _content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "articles").mkdir(parents=True)
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (folder / "articles" / name).write_text(f"title: {name} before\n", encoding="utf-8")
    return folder


def _first_build_saves(folder: Path) -> None:
    """What an analyst saves while the first build runs: a same-size save by rename (as
    editors save), a file deleted and one re-created (the same name, a new file)."""
    swap = folder / "articles" / ".a.yaml.swp"
    swap.write_text("title: a.yaml AFTER!\n", encoding="utf-8")
    os.replace(swap, folder / "articles" / "a.yaml")
    (folder / "articles" / "b.yaml").unlink()
    (folder / "articles" / "c.yaml").unlink()
    (folder / "articles" / "c.yaml").write_text("title: c.yaml again\n", encoding="utf-8")


@pytest.mark.parametrize("started_from_the_first_build", [True, False])
def test_saves_made_during_the_first_build_are_found_at_the_first_poll(
        tmp_path: Path, started_from_the_first_build: bool) -> None:
    folder = _content(tmp_path)
    first = FirstSnapshots()
    first.take([str(folder)])  # as the first build starts
    _first_build_saves(folder)  # during it, after it read the files
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=str(tmp_path))
    server.watch(str(folder))  # on_serve, after the first build
    unfollowed(server.observer)
    if started_from_the_first_build:
        first.start_from(server.observer)
    server.observer.start()
    try:
        # at the first poll (0.5 s); the wait without the fix covers six polls
        wanted = _wait(lambda: server._want_rebuild, 10 if started_from_the_first_build else 3)
    finally:
        server.observer.stop()
        server.observer.join(timeout=10)
    # without: the watcher's first look came after the saves, which no poll ever found
    assert wanted is started_from_the_first_build


def test_nothing_saved_during_the_first_build_builds_nothing_again(tmp_path: Path) -> None:
    folder = _content(tmp_path)
    (tmp_path / "linked").mkdir()
    (folder / "elsewhere").symlink_to(tmp_path / "linked")  # taken as the link itself
    first = FirstSnapshots()
    first.take([str(folder), str(tmp_path / "gone")])
    first.take([str(tmp_path)])  # once per server: the first build's
    assert first.snapshots is not None and list(first.snapshots) == [str(folder)]
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=str(tmp_path))
    server.watch(str(folder))
    unfollowed(server.observer)
    first.start_from(server.observer)
    server.observer.start()
    try:
        assert not _wait(lambda: server._want_rebuild, timeout=1.5)
        (folder / "articles" / "a.yaml").write_text("title: later\n", encoding="utf-8")
        assert _wait(lambda: server._want_rebuild, 10)  # and the watcher goes on watching
    finally:
        server.observer.stop()
        server.observer.join(timeout=10)


def test_serving_walks_the_site_folders_once(tmp_path: Path, monkeypatch: Any) -> None:
    # on_serve watches the folders the first build's check entered through links, without
    # walking the site's folders again (review20: 40 ms per 10,000 files, once per server)
    project = copy_project(tmp_path)
    (project / "extra").mkdir()
    (project / "docs" / "extra").symlink_to(Path("..") / "extra")
    walks: list[Path] = []
    walk = generator.plugin.walk

    def counted(folder: Path, *args: Any, **kwargs: Any) -> Any:
        walks.append(folder)
        return walk(folder, *args, **kwargs)

    monkeypatch.setattr(generator.plugin, "walk", counted)
    config = load_config(config_file=str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        config = config.plugins.on_config(config)
        walked = len(walks)
        server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                                  root=str(tmp_path))
        config.plugins.on_serve(server, config=config, builder=lambda: None)
        assert walked == 3 and len(walks) == walked  # docs/, content/, templates/: once
        assert os.path.realpath(project / "extra") in server._watched_paths
    finally:
        config.plugins.on_shutdown()


@pytest.mark.parametrize("saved", ["during the first build", "before it began", "never"])
def test_a_watched_file_starts_from_the_first_build(tmp_path: Path, saved: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # watchdog watches a file (mkdocs.yml) as its folder, one level deep: its watcher, too,
    # starts from the first look; and a config file saved since the process started (after
    # MkDocs read it, perhaps) counts as changed at the first poll
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Before\n", encoding="utf-8")
    os.utime(config, (1_000_000, 1_000_000))  # saved long ago
    monkeypatch.setattr("generator.watch_start.process_start", lambda: 2_000_000.0)
    if saved == "before it began":  # after this process started, as the server starts
        os.utime(config, (3_000_000, 3_000_000))
    first = FirstSnapshots()
    first.take([str(config)], str(config))
    if saved == "during the first build":
        config.write_text("site_name: After!\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0,
                              root=str(tmp_path))
    server.watch(str(config))
    unfollowed(server.observer)
    first.start_from(server.observer)
    server.observer.start()
    try:
        wanted = _wait(lambda: server._want_rebuild, 10 if saved != "never" else 3)
    finally:
        server.observer.stop()
        server.observer.join(timeout=10)
    assert wanted is (saved != "never")
