"""Where the quoted passages of a paragraph are: curly or straight quotes, closed or running on."""

from __future__ import annotations


def segments(text: str) -> list[tuple[int, int]]:
    """Inner spans of quoted passages; an unclosed quote runs to the end of the paragraph."""
    out = []
    i = 0
    while i < len(text):
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
