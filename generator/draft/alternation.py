"""Long lists of literal words as a regular expression the engine tries quickly: for speed only.

`"|".join(sorted(words, key=len, reverse=True))` makes the engine try every word at every
place; `longest_first(words)` writes the same words as a trie ("Ch(?:ina|ile|ad)"), so at each
place only the words sharing the letters read so far are tried. It matches what the plain
alternation matches: at a place, the longest word that fits and lets the rest of the pattern
match (the trie tries longer words first and falls back to shorter ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks a word ending at a node


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching any of `words` (taken literally), longest first, as a trie."""
    trie: _Trie = {}
    for word in words:
        if not word:
            raise ValueError("longest_first needs non-empty words")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie)


def _pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body
