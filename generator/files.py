"""Writing files so that an interrupted run leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write text (or its UTF-8 bytes) to path through a temporary file in the same folder
    and a rename."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
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
