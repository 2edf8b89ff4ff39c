"""Reading and writing files safely: one reader that never waits on a special file or reads
past a size limit, and one writer that leaves the old file or the new one, never half."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .content.problems import printable


class SpecialFileError(OSError):
    """A FIFO, device or socket where a file was expected: reading it could wait forever."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"this is {kind}, not a file", str(path))
        self.kind = kind


class TooBigError(ValueError):
    """A file over the size limit (it was not read)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, over the limit of {limit}")
        self.size, self.limit = size, limit


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def special_kind(mode: int) -> str | None:
    """What a file of this mode is, if it is neither a regular file nor a folder."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "a special file")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises IsADirectoryError, SpecialFileError (checked before opening, and again on the
    opened file, which is opened without waiting), TooBigError (before reading, or if it
    grew while read) and OSError (missing, unreadable, a link loop)."""
    kind = special_kind(os.stat(path).st_mode)
    if kind is not None:
        raise SpecialFileError(path, kind)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        kind = special_kind(mode)
        if kind is not None:
            raise SpecialFileError(path, kind)
        size = os.fstat(fd).st_size
        if size > limit:
            raise TooBigError(size, limit)
        data = handle.read(size + 1)  # a buffer of `limit` bytes cost more than the read
        if len(data) > size:  # it grew meanwhile: up to the limit, and one byte over it
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:
        raise TooBigError(len(data), limit)
    return data


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str | bytes, *, exclusive: bool = False,
                 through_link: bool = False) -> None:
    """Write text (or its UTF-8 bytes) to path through a temporary file in the same folder
    and a rename. The file gets the mode of the file it replaces, or 0666 less the umask,
    as `open()` would give it. With `exclusive`, an existing path is left alone and
    FileExistsError raised: the name is claimed by a hard link, which fails if it exists.
    A link at path is replaced by the file, unless `through_link`: then the file it leads to
    is written, beside it (an edit of content the caller has checked lies inside content/;
    never where a link could be planted to lead out, as in --out or site/)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    if through_link and path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        if exclusive:
            os.link(tmp, path)  # fails if path exists, even if another process just made it
            os.unlink(tmp)
        else:
            os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename in (None, tmp):
            exc.filename = str(path)  # name the file meant, not the temporary one (a full
            # disk says so on write or fsync without a name; a rename names both)
        raise


class OutsideError(ValueError):
    """A file that would be written outside the folder it belongs in."""


def inside(folder: Path, relative: str) -> Path:
    """folder/relative, refusing any path that would land outside folder (links followed)."""
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder.resolve()):
        raise OutsideError(f"{(folder / relative).as_posix()} would be written to "
                           f"{target.as_posix()}, outside {folder.as_posix()}; remove the link "
                           "that leads there, or choose another --out folder")
    return target


def link_on_the_way(folder: Path, base: Path) -> Path | None:
    """The first link of the folders from `base` (not itself) down to `folder`, `folder`
    included (only `folder` when it is not inside `base`), or None. A folder written into
    must be reached through no link: a site cloned with a `site` or `build` that is a link
    to `~` had `mkdocs build` empty the home folder, and `briefing build` write there."""
    folder, base = Path(os.path.abspath(folder)), Path(os.path.abspath(base))
    if not folder.is_relative_to(base):
        return folder if folder.is_symlink() else None
    here = base
    for part in folder.relative_to(base).parts:
        here = here / part
        if here.is_symlink():
            return here
    return None


def linked_away(link: Path, base: Path) -> tuple[str, str]:
    """A link (from `base`) and where it leads, for a message ('X is a link to Y'): both
    are names anyone can commit, so a control character is shown as an escape, never sent
    to the terminal."""
    try:
        target = Path(os.readlink(link)).as_posix()
    except OSError:
        target = "?"
    return printable(os.path.relpath(link, base)), printable(target)
