"""Where the quoted passages of a paragraph are: curly or straight quotes, closed or running on."""

from __future__ import annotations

import re

# British style: ‘...’ or '...'; an apostrophe (won’t, Lisbon’s) is a ’ with a letter after it
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?=$|[\s,.;:?!)\]—–-])")
_DOUBLE = re.compile(r"[“\"]")  # the characters a quoted passage can open with


def segments(text: str) -> list[tuple[int, int]]:
    """Inner spans of quoted passages; an unclosed quote runs to the end of the paragraph.
    A paragraph with no double quotation marks may quote with single ones (British style)."""
    if not any(c in text for c in '"“”'):
        return single_segments(text)
    out = []
    i = 0
    while i < len(text):
        found = _DOUBLE.search(text, i)  # for speed: skip to the next that can open a quote
        if found is None:
            break
        i = found.start()
        ch = text[i]
        opening = ch == "“" or (ch == '"' and (i == 0 or text[i - 1] in " \t([—–-/"))
        if not opening:
            i += 1
            continue
        close = "”" if ch == "“" else '"'
        j = text.find(close, i + 1)
        if ch == "“":
            nxt = text.find("“", i + 1)
            if nxt != -1 and (j == -1 or nxt < j):
                j = -1 if j == -1 else j
        end = j if j != -1 else len(text)
        if end > i + 1:
            out.append((i + 1, end))
        i = end + 1
    return out


def inside(pos: int, segs: list[tuple[int, int]]) -> bool:
    """True when ``pos`` lies inside one of the quoted spans."""
    return any(s <= pos < e for s, e in segs)


def single_segments(text: str) -> list[tuple[int, int]]:
    """Inner spans of ‘...’ / '...' quotes, each closed within the paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        opening = _SINGLE_OPEN.search(text, pos)
        if opening is None:
            return out
        closing = _SINGLE_CLOSE.search(text, opening.end())
        if closing is None:
            return out
        out.append((opening.end(), closing.start()))
        pos = closing.end()
