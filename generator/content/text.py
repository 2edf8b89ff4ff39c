"""Article text: its blocks, and finding an evidence sentence in them."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from .model import Block

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " ",
    "\u2026": "...",
})
# the same, as (character, replacement) pairs: a few `str.replace` passes over a text are
# several times quicker than `str.translate` with a table, which looks up every character
_FOLD_PAIRS = tuple((chr(code), folded) for code, folded in _FOLD.items())


def fold(text: str) -> str:
    """Fold curly quotes, dashes and white space so that copied sentences still match."""
    if not text.isascii():  # ASCII is its own NFC form and holds nothing to fold
        text = unicodedata.normalize("NFC", text)
        for char, folded in _FOLD_PAIRS:
            if char in text:
                text = text.replace(char, folded)
    # str.split() splits at exactly what the regular expression \s matches in a str; any white
    # space but a space is not printable, so a printable text without two spaces in a row or
    # one at either end is already as that gives it (most are: checked in C, no list of words)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def parse_blocks(text: str) -> list[Block]:
    """Split article Markdown into paragraphs, captions and sub-headings."""
    blocks: list[Block] = []
    number = 0
    lines = text.split("\n")
    start = 0
    chunk: list[str] = []
    for index, line in enumerate(lines + [""]):
        stripped = line.strip()
        if stripped:
            if not chunk:
                start = index + 1
            chunk.append(stripped)
            continue
        if not chunk:
            continue
        if chunk[0].startswith("## ") and len(chunk) == 1:
            blocks.append(Block("heading", chunk[0][3:].strip(), line=start))
        elif chunk[0].startswith("Caption:"):
            credit = ""
            body = [chunk[0][len("Caption:"):].strip()]
            for extra in chunk[1:]:
                if extra.startswith("Credit:"):
                    credit = extra[len("Credit:"):].strip()
                else:
                    body.append(extra)
            number += 1
            caption = " ".join(body)
            blocks.append(Block("caption", caption, credit, number, start, fold(caption)))
        else:
            number += 1
            paragraph = " ".join(chunk)
            blocks.append(Block("paragraph", paragraph, number=number, line=start,
                                folded=fold(paragraph)))
        chunk = []
    return blocks


def find_paragraph(blocks: list[Block], sentence: str) -> int | None:
    """The number of the paragraph or caption that holds the sentence, or None."""
    return Paragraphs(blocks).find(sentence)


class Paragraphs:
    """Finds sentences in an article's numbered blocks: one search in their folded texts
    joined by newlines (a folded sentence holds none, so a match never spans two blocks,
    and the first match is in the first block that holds the sentence), each sentence
    looked for once (a party's evidence is often its claim's)."""

    def __init__(self, blocks: list[Block]) -> None:
        numbered = [b for b in blocks if b.number is not None]
        self._numbers = [b.number for b in numbered]
        self._starts: list[int] = []
        at = 0
        for block in numbered:
            self._starts.append(at)
            at += len(block.folded) + 1
        self._text = "\n".join(b.folded for b in numbered)
        self._found: dict[str, int | None] = {}

    def find(self, sentence: str) -> int | None:
        """The number of the first paragraph or caption that holds the sentence, or None."""
        if sentence in self._found:
            return self._found[sentence]
        needle = fold(sentence)
        at = self._text.find(needle) if needle else -1
        found = None if at < 0 else self._numbers[bisect_right(self._starts, at) - 1]
        self._found[sentence] = found
        return found
