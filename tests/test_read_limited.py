"""`read_limited` reads a file's size (not a buffer of the limit), and still the whole of a
file that grew meanwhile, up to the limit."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from generator import files
from generator.files import TooBigError, read_limited


def test_a_file_is_read_whole_and_one_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"a" * 10)
    assert read_limited(path, 10) == b"a" * 10
    with pytest.raises(TooBigError):
        read_limited(path, 9)
    path.write_bytes(b"")
    assert read_limited(path, 10) == b""


def _shrunk(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """fstat says the file is `size` bytes: it grew after it was measured."""
    real = os.fstat

    def fstat(fd: int) -> Any:
        found = real(fd)
        return os.stat_result((*found[:6], size, *found[7:]))

    monkeypatch.setattr(files.os, "fstat", fstat)


def test_a_file_that_grew_while_read_is_read_whole(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(b"0123456789")
    _shrunk(monkeypatch, 4)
    assert read_limited(path, 20) == b"0123456789"
    assert read_limited(path, 10) == b"0123456789"
    with pytest.raises(TooBigError) as raised:
        read_limited(path, 8)
    assert raised.value.size == 9  # one byte over the limit is read, no more
