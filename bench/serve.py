"""Editing at scale: an incremental rebuild, and how soon `mkdocs serve` shows a change.

The serve measurement starts `mkdocs serve` on a free port (with and without `--dirty`),
waits for the first build, edits one article's YAML (its summary gets a unique mark) and
polls the served briefing page until the mark appears: the time a person waits between
saving and seeing the change, reload included.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from bench.run import env, measure
from bench.steps import edit_summary, edited_article


def incremental_figures(project: Path, serve: bool, dirty: bool = True) -> dict[str, Any]:
    """The incremental rebuild in a fresh process, and optionally `mkdocs serve` latencies."""
    result = measure([sys.executable, "-m", "bench.steps", "incremental", str(project)], project)
    assert result["exit"] == 0, result["stderr"][-3000:]
    figures: dict[str, Any] = json.loads(result["stdout"])
    figures["articles"] = len(list((project / "content" / "articles").glob("*.yaml")))
    if serve:
        figures["serve"] = serve_figures(project, dirty=False)
        if dirty:
            figures["serve_dirty"] = serve_figures(project, dirty=True)
    return figures


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")  # type: ignore[no-any-return]
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _base_path(project: Path) -> str:
    match = re.search(r"^site_url:\s*\S+?://[^/\s]+(/\S*)?\s*$",
                      (project / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    path = (match.group(1) if match else None) or "/"
    return path if path.endswith("/") else path + "/"


def serve_figures(project: Path, dirty: bool, timeout: float = 3600) -> dict[str, Any]:
    """Seconds to the first served page, and from saving a YAML edit to the served change."""
    port = _free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    if dirty:  # a dirty build warns that navigation may be stale, which strict mode refuses
        (project / "mkdocs-dirty.yml").write_text("INHERIT: mkdocs.yml\nstrict: false\n")
        command += ["--dirty", "-f", "mkdocs-dirty.yml"]
    path = edited_article(project)
    url = f"http://127.0.0.1:{port}{_base_path(project)}briefings/{path.stem}/"
    log = open(project / f".serve{'-dirty' if dirty else ''}.log", "w")  # noqa: SIM115
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=project, env=env(), stdout=log, stderr=log)
    before = None
    try:
        while _get(url) is None:
            if proc.poll() is not None or time.perf_counter() - started > timeout:
                raise RuntimeError(f"mkdocs serve did not come up; see {log.name}")
            time.sleep(0.5)
        first = time.perf_counter() - started
        time.sleep(2.5)  # past the watcher's settling delay and the racy-file window
        mark = f"Served mark {time.time_ns()}"
        before = edit_summary(path, mark)
        saved = time.perf_counter()
        while mark not in (_get(url) or ""):
            if proc.poll() is not None or time.perf_counter() - saved > timeout:
                raise RuntimeError(f"the edit never reached the served page; see {log.name}")
            time.sleep(0.1)
        latency = time.perf_counter() - saved
    finally:
        if before is not None:
            path.write_text(before, encoding="utf-8")
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    return {"dirty": dirty, "first_build_s": round(first, 2),
            "edit_to_served_s": round(latency, 2)}
