"""Files made in a second process while this one goes on: a cold build's downloads and pages.

`Background(work)` forks a child that runs `work`, which makes files one by one, and sends
each through a pipe as soon as it is made, while the parent does something else, calling
`poll()` now and then to take in what has come (so that the child need not keep its files,
nor wait for the pipe to be read). `result()` then gives all the files, or None if there is
no child or it failed: the parent does the work itself, which raises whatever error the work
meets, with the same message as without a child. On a second core this hides the child's
time. The child is a copy of the parent made by `os.fork`: nothing is sent to it, and the
loaded content (under `heap.frozen_heap`, which keeps the collector from writing to it) is
shared by both until either writes to a memory page of it (reference counts do).

`TwoEnds(order)` shares a list of jobs between the two: the parent takes them from the front,
the child from the back, until they meet (generator/build.py: the child makes the downloads,
then renders pages from the back of the list while the parent renders them from the front).

Only where forking is safe and helps: Linux (macOS and Windows start children afresh), a
process with a single thread (forking one with threads can copy a lock that another thread
holds; `mkdocs serve` runs its server in threads), whose SIGCHLD is not ignored (the system
would reap the child before it is waited for), and a core free for the child: the process
may run on two or more, and fewer tasks are running on the machine at that moment than that
(on a busy machine the child would only wait for a core, and forking costs CPU time: the
pages both processes write to are copied, the files are sent through a pipe). The
environment variable BRIEFING_PROCESSES set to 1 keeps the work in one process (for
debugging), set to 2 forks whenever it is safe, free core or not. The child is always
waited for, and killed if the parent gives up on it (an exception while it worked), so it
never outlives the `with` block nor stays a zombie; one that a SIGCHLD handler of the
program has already waited for counts as failed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import mmap
import os
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType

from .pages.texts import Texts

PROCESSES = "BRIEFING_PROCESSES"
LOADAVG = "/proc/loadavg"

Work = Callable[[dict[str, float]], Iterable[tuple[str, str | bytes]]]
"""What the child does: the files it makes, (path, text) one by one, each sent to the parent
as soon as it is made; it may note figures (seconds) in the dict."""


def can_fork() -> bool:
    """Whether `Background` forks here: Linux, one thread, SIGCHLD not ignored, and a core
    free for the child (BRIEFING_PROCESSES: 1 never, 2 whether a core is free or not)."""
    wanted = os.environ.get(PROCESSES, "")
    if wanted == "1" or not (sys.platform.startswith("linux") and hasattr(os, "fork")
                             and threading.active_count() == 1
                             # ignored, the system reaps the child: it cannot be waited for
                             and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN):
        return False
    return wanted == "2" or core_free()


def core_free() -> bool:
    """Whether a core is free for a second process now: this process may run on two or more,
    and fewer tasks are running on the machine than that, this one included (the fourth
    field of /proc/loadavg: running/all), or the last minute's load left a core free (the
    first field: one task that happens to run at this instant is no steady load)."""
    cores = len(os.sched_getaffinity(0))
    try:
        with open(LOADAVG, "rb") as loadavg:
            fields = loadavg.read().split()
        minute, running = float(fields[0]), int(fields[3].partition(b"/")[0])
    except (OSError, ValueError, IndexError):
        minute, running = 0.0, 1
    return cores >= 2 and (running < cores or minute < cores - 0.5)


class Background:
    """`work` done in a forked child while the parent goes on; `result()` waits for it.

    Use it as a context manager, so that the child is killed and waited for if the parent
    leaves early. With `fork` false, or where `can_fork()` is false, there is no child.
    After `result()`, `figures` holds what the child noted, its `wall_s` (from the fork to
    its answer) and `cpu_s`, and `waited_s` how long the parent waited for the answer."""

    def __init__(self, work: Work, fork: bool = True) -> None:
        self.pid = 0
        self.pipe = -1
        self.reader = _Reader()
        self.figures: dict[str, float] = {}
        self.waited_s = 0.0
        if fork and can_fork():
            self._start(work)
        self.forked = bool(self.pid)

    def _start(self, work: Work) -> None:
        read, write = os.pipe()
        with contextlib.suppress(OSError):  # room for 1 MB: the child waits less for reads
            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 1 << 20)  # type: ignore[attr-defined]
        try:
            pid = os.fork()
        except OSError:  # no memory or no process left: no child
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child leaves without running the parent's exit handlers or
            os._exit(_child(read, write, work))  # flushing the parent's buffered output
        os.close(write)
        os.set_blocking(read, False)
        self.pid, self.pipe = pid, read

    def poll(self) -> None:
        """Take in what the child has sent so far, without waiting: the child need not keep
        its files nor wait for the pipe to be read (call it often while working)."""
        if self.pipe >= 0:  # what is there now: the pipe does not block (select cannot
            self.reader.take(self.pipe)  # watch a descriptor numbered 1,024 or more)

    def result(self) -> Texts | None:
        """The files the child made, or None (no child, or it failed: do the work here)."""
        if not self.pid:
            return None
        started = time.perf_counter()
        try:
            os.set_blocking(self.pipe, True)
            self.reader.take(self.pipe)  # to the end of the pipe, or until it is garbled
        finally:
            os.close(self.pipe)
            self.pipe = -1
        answer = self.reader.answer()
        if answer is None:
            _kill(self.pid)
        status = self._wait()
        self.waited_s = time.perf_counter() - started
        if answer is None or status != 0:
            return None
        self.figures.update(answer[1])
        return answer[0]

    def _wait(self) -> int:
        """Wait for the child; its exit status (a signal's number, negated, if one ended it;
        -1 if it is not there to wait for: a SIGCHLD handler of the program took it)."""
        pid, self.pid = self.pid, 0
        try:
            _, status, usage = os.wait4(pid, 0)
        except ChildProcessError:
            return -1
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
    """What the child does: work, sending each file as it is made, then the figures; its
    exit status. An exception is not reported here: the parent does the work again, which
    raises it there."""
    started = time.perf_counter()
    try:
        os.close(read)
        figures: dict[str, float] = {}
        for path, text in work(figures):
            _write_all(write, _record(path, text))
        figures["wall_s"] = time.perf_counter() - started
        _write_all(write, _record("", json.dumps(figures)))  # no path: the end
    except BaseException:
        return 1
    finally:
        os.close(write)
    return 0


_HEAD = struct.Struct("<IQ")  # a record: the path's and the data's sizes, the path, the data


def _record(path: str, text: str | bytes) -> bytes:
    name = path.encode("utf-8")
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return _HEAD.pack(len(name), len(data)) + name + data


def _write_all(fd: int, data: bytes) -> None:
    """Write all of data to the pipe (a write may take only part of it)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class _Reader:
    """The parent's side of the pipe: records read as they come, each file kept once whole.
    Anything it cannot read makes it `broken` (the child failed)."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.files = Texts()
        self.figures: dict[str, float] | None = None  # the last record: the child is done
        self.ended = False  # the pipe was closed
        self.broken = False

    def take(self, fd: int, wait: bool = False) -> bool:
        """Read what the pipe holds (`wait`: a blocking pipe, until its end); False once it
        is over, at its end or broken."""
        while not self.ended and not self.broken:
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                return True
            except OSError:
                self.broken = True
                break
            if not chunk:
                self.ended = True
                break
            self.buffer += chunk
            self._records()
        return False

    def _records(self) -> None:
        buffer, size, start = self.buffer, _HEAD.size, 0
        try:
            with memoryview(buffer) as view:
                while len(buffer) - start >= size:
                    name, data = _HEAD.unpack_from(buffer, start)
                    end = start + size + name + data
                    if len(buffer) < end:
                        break
                    if self.figures is not None:  # nothing may come after the figures
                        raise ValueError("a record after the last one")
                    path = str(view[start + size:start + size + name], "utf-8")
                    if path:
                        self.files.raw[path] = bytes(view[start + size + name:end])
                    else:
                        self.figures = json.loads(bytes(view[start + size:end]))
                    start = end
        except (ValueError, struct.error):  # a garbled record
            self.broken = True
        del buffer[:start]

    def answer(self) -> tuple[Texts, dict[str, float]] | None:
        """The files and the figures, if everything came whole and nothing after them."""
        if not self.ended or self.broken or self.buffer or self.figures is None:
            return None
        return self.files, {k: float(v) for k, v in self.figures.items()}
