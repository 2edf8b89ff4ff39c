"""Files made in a second process while this one goes on: a cold build's downloads and pages.

`Background(work)` forks a child that runs `work()` and sends the files it returns back
through a pipe, while the parent does something else; `result()` then gives those files, or
None if there is no child or it failed, and the parent does the work itself, which raises
whatever error the work meets, with the same message as without a child. On a second core
this hides the child's time. The child is a copy of the parent made by `os.fork`: nothing
is sent to it, and the loaded content (under `heap.frozen_heap`, which keeps the collector
from writing to it) is shared by both until either writes to a page of it.

`TwoEnds(n)` shares a list of n jobs between the two: the parent takes them from the front,
the child from the back, until they meet (generator/build.py: the child makes the downloads,
then renders pages from the back of the list while the parent renders them from the front).

Only where forking is safe and helps: Linux (macOS and Windows start children afresh), a
process with a single thread (forking one with threads can copy a lock that another thread
holds; `mkdocs serve` runs its server in threads), and a core free for the child: the process
may run on two or more, and fewer tasks are running on the machine at that moment than that
(on a busy machine the child would only wait for a core, and forking costs CPU time: the
pages both processes write to are copied, the files are sent through a pipe). The
environment variable BRIEFING_PROCESSES set to 1 keeps the work in one process (for
debugging), set to 2 forks whenever it is safe, free core or not. The child is always
waited for, and killed if the parent gives up on it (an exception while it worked), so it
never outlives the `with` block nor stays a zombie.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import TracebackType

from .pages.texts import Texts

PROCESSES = "BRIEFING_PROCESSES"
LOADAVG = "/proc/loadavg"

Work = Callable[[dict[str, float]], Texts]
"""What the child does: the files it makes; it may note figures (seconds) in the dict."""


def can_fork() -> bool:
    """Whether `Background` forks here: Linux, one thread, and a core free for the child
    (BRIEFING_PROCESSES: 1 never, 2 whether a core is free or not)."""
    wanted = os.environ.get(PROCESSES, "")
    if wanted == "1" or not (sys.platform.startswith("linux") and hasattr(os, "fork")
                             and threading.active_count() == 1):
        return False
    return wanted == "2" or core_free()


def core_free() -> bool:
    """Whether a core is free for a second process now: this process may run on two or more,
    and fewer tasks are running on the machine than that, this one included (the fourth
    field of /proc/loadavg: running/all)."""
    cores = len(os.sched_getaffinity(0))
    try:
        with open(LOADAVG, "rb") as loadavg:
            running = int(loadavg.read().split()[3].partition(b"/")[0])
    except (OSError, ValueError, IndexError):
        running = 1
    return cores >= 2 and running < cores


class Background:
    """`work` done in a forked child while the parent goes on; `result()` waits for it.

    Use it as a context manager, so that the child is killed and waited for if the parent
    leaves early. With `fork` false, or where `can_fork()` is false, there is no child.
    After `result()`, `figures` holds what the child noted, its `wall_s` (from the fork to
    its answer) and `cpu_s`, and `waited_s` how long the parent waited for the answer."""

    def __init__(self, work: Work, fork: bool = True) -> None:
        self.pid = 0
        self.pipe = -1
        self.figures: dict[str, float] = {}
        self.waited_s = 0.0
        if fork and can_fork():
            self._start(work)
        self.forked = bool(self.pid)

    def _start(self, work: Work) -> None:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no memory or no process left: no child
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child leaves without running the parent's exit handlers or
            os._exit(_child(read, write, work))  # flushing the parent's buffered output
        os.close(write)
        self.pid, self.pipe = pid, read

    def result(self) -> Texts | None:
        """The files the child made, or None (no child, or it failed: do the work here)."""
        if not self.pid:
            return None
        started = time.perf_counter()
        try:
            files, figures = _receive(self.pipe)
        except Exception:  # a short or garbled answer: the child failed
            files, figures = None, {}
        finally:
            os.close(self.pipe)
            self.pipe = -1
        if files is None:
            _kill(self.pid)
        status = self._wait()
        self.waited_s = time.perf_counter() - started
        self.figures.update(figures)
        return files if status == 0 else None

    def _wait(self) -> int:
        """Wait for the child; its exit status (a signal's number, negated, if one ended it)."""
        pid, self.pid = self.pid, 0
        _, status, usage = os.wait4(pid, 0)
        self.figures["cpu_s"] = usage.ru_utime + usage.ru_stime
        return os.waitstatus_to_exitcode(status)

    def close(self) -> None:
        """Kill the child if it is still there and wait for it (the parent gave up on it)."""
        if self.pipe >= 0:
            os.close(self.pipe)
            self.pipe = -1
        if self.pid:
            _kill(self.pid)
            self._wait()

    def __enter__(self) -> Background:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


class TwoEnds:
    """Jobs shared by a parent and its forked child, in a given order: the parent takes them
    from the front, the child from the back, each marking a job, in memory both see, before
    doing it; each stops at the first job the other has marked. Every job is taken by at
    least one of them (the one where they meet, now and then, by both: the job must give the
    same result in either process). Without a child the parent takes them all."""

    def __init__(self, order: list[int]) -> None:
        self.order = order
        self.marks = mmap.mmap(-1, max(len(order), 1))  # anonymous: shared with a child

    def front(self) -> Iterator[int]:
        """The jobs the parent takes, from the first on."""
        return self._take(range(len(self.order)))

    def back(self) -> Iterator[int]:
        """The jobs the child takes, from the last back."""
        return self._take(range(len(self.order) - 1, -1, -1))

    def _take(self, places: range) -> Iterator[int]:
        marks, order = self.marks, self.order
        for k in places:
            if marks[k]:
                return
            marks[k] = 1
            yield order[k]

    def close(self) -> None:
        self.marks.close()

    def __enter__(self) -> TwoEnds:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def _kill(pid: int) -> None:
    """Kill the child (not waited for yet, so it is there, if only as a zombie)."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _child(read: int, write: int, work: Work) -> int:
    """What the child does: work, send the files; its exit status. An exception is not
    reported here: the parent does the work again, which raises it there."""
    started = time.perf_counter()
    try:
        os.close(read)
        figures: dict[str, float] = {}
        files = work(figures)
        figures["wall_s"] = time.perf_counter() - started
        _send(write, files, figures)
    except BaseException:
        return 1
    return 0


def _send(fd: int, files: Texts, figures: dict[str, float]) -> None:
    """Write to the pipe one JSON line, {"files": [[path, size], ...], "figures": {...}},
    then each file's bytes in that order."""
    head = {"files": [[path, len(data)] for path, data in files.raw.items()],
            "figures": figures}
    try:
        _write_all(fd, json.dumps(head).encode("utf-8") + b"\n")
        for data in files.raw.values():
            _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """Write all of data to the pipe (a write may take only part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> tuple[Texts, dict[str, float]]:
    """Read what `_send` wrote; ValueError if it is cut short or followed by more."""
    with os.fdopen(fd, "rb", buffering=1 << 20, closefd=False) as pipe:
        head = json.loads(pipe.readline())
        files = Texts()
        for path, size in head["files"]:
            data = pipe.read(size)
            if len(data) != size:
                raise ValueError(f"{path}: {len(data)} of {size} bytes")
            files.raw[path] = data
        if pipe.read(1):
            raise ValueError("more than the files")
    return files, {k: float(v) for k, v in head["figures"].items()}
