"""Read a raw article from disk: plain text, Markdown, or saved HTML."""

from __future__ import annotations

import re
from pathlib import Path

from ..files import SpecialFileError, TooBigError, read_limited
from .errors import DraftError

# Drafting takes about 7 s of CPU per MB of text (DEVELOPMENT.md, "Broken and hostile input"); the
# longest real articles are under 200 KB. A saved web page may be larger than its text.
MAX_TEXT_BYTES = 1_000_000
MAX_FILE_BYTES = 5_000_000

# a saved page may open with comments ("<!-- saved from url=... -->") or an XML declaration.
# A comment ends at its first "-->" (`(?:(?!-->).)*`, not `.*?`): with `.*?` each comment could
# also run on to a later one, and a text of 40 comments and no page took hours (2^n splits)
_HTML = re.compile(r"\s*(?:(?:<!--(?:(?!-->).)*-->|<\?xml[^>]*>)\s*)*"
                   r"(<!doctype html|<html\b|<head\b|<body\b|<meta\b|<article\b)", re.I | re.S)


def read_article(path: Path) -> str:
    """Return the text of the article at ``path``.

    Saved HTML is reduced to its main text with trafilatura. Raises DraftError when the
    file is missing, empty, binary or not UTF-8.
    """
    path = Path(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise DraftError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DraftError(f"{path}: is a directory, not an article") from None
    except SpecialFileError as exc:
        raise DraftError(f"{path}: {exc.strerror}; save the article to a file first") from None
    except TooBigError as exc:
        raise DraftError(f"{path}: the file is {_mb(exc.size)}, over the limit of "
                         f"{_mb(MAX_FILE_BYTES)}; keep only the article itself") from None
    except OSError as exc:
        raise DraftError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_article(data, str(path))


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size // 1000} KB"


def decode_article(data: bytes, name: str = "article") -> str:
    """Decode raw bytes into article text (see read_article for the errors raised)."""
    if not data.strip():
        raise DraftError(f"{name}: the file is empty")
    if b"\x00" in data:  # content/ refuses a text holding one: so does drafting
        raise DraftError(f"{name}: holds a NUL byte (at offset {data.index(0)}); it "
                         "looks like a binary file, not an article")
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
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise DraftError(f"{name}: the article text is {_mb(size)}, over the {_mb(MAX_TEXT_BYTES)} "
                         "that can be drafted; keep only the article itself (cut menus, comments "
                         "and other pages that came with it), or split it into several articles")
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
