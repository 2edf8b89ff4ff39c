"""Read a raw article from disk: plain text, Markdown, or saved HTML."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import DraftError

_HTML = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b|<meta\b|<article\b)", re.I)


def read_article(path: Path) -> str:
    """Return the text of the article at ``path``.

    Saved HTML is reduced to its main text with trafilatura. Raises DraftError when the
    file is missing, empty, binary or not UTF-8.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a directory, not an article") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_article(data, str(path))


def decode_article(data: bytes, name: str = "article") -> str:
    """Decode raw bytes into article text (see read_article for the errors raised)."""
    if not data.strip():
        raise DraftError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise DraftError(f"{name}: looks like a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(
            f"{name}: is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if _HTML.match(text):
        text = html_to_text(text, name)
    if not text.strip():
        raise DraftError(f"{name}: holds no article text")
    return text


def html_to_text(html: str, name: str = "article") -> str:
    """Extract the main text of a saved web page, keeping its paragraphs."""
    import trafilatura  # imported here: slow to import, and only HTML needs it

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, with_metadata=False
    )
    if not text:
        raise DraftError(f"{name}: no article text found in this HTML page")
    title = trafilatura.extract_metadata(html)
    head = title.title if title is not None and title.title else ""
    # trafilatura puts one paragraph per line; the content model wants blank lines between.
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    return f"{head}\n\n{body}\n" if head else body + "\n"
