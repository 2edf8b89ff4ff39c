"""A cheap test that rules a regular expression out before it is run on a text: for speed only.

`required(pattern)` reads a compiled pattern's syntax tree and finds words any match must
contain ("ago" in "... years ago", one of "later|earlier|before" in "two days later"), and
searches for them with the pattern's own flags (under IGNORECASE, in the lower-cased text
when that says the same), `None` when nothing is required. A text that holds none of them
cannot hold a match, so the pattern need not run: results are the same, only faster
(`may_match`). Derived from the patterns themselves, the test stays right when one changes."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

from .alternation import longest_first

# the parser of the `re` module: private, but the same since Python 3.11 (which we require)
_c = importlib.import_module("re._constants")
_parser = importlib.import_module("re._parser")

_Words = frozenset[str]


def _best(options: list[_Words]) -> _Words | None:
    """The most selective of several required word sets: the one whose shortest word is longest
    (spaces not counted: "the " is in almost every sentence, "previous" is not)."""
    return max(
        options,
        key=lambda words: (min(len(w.strip()) for w in words), -len(words)),
        default=None,
    )


def _of_sequence(items) -> _Words | None:
    """Words one of which every match of this sequence of parsed items contains."""
    options: list[_Words] = []
    run = {""}  # the text read so far in a row of letters: "[Bb]etween" is Between or between
    for op, arg in items:
        if op is _c.LITERAL:
            run = {r + chr(arg) for r in run}
            continue
        chars = _few_chars(arg) if op is _c.IN else None
        if chars and len(run) * len(chars) <= 16:
            run = {r + c for r in run for c in chars}
            continue
        if "" not in run:
            options.append(frozenset(run))
        run = {""}
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if not add_flags and not del_flags:
                words = _of_sequence(body)
                if words:
                    options.append(words)
        elif op is _c.BRANCH:
            words = _of_branch(arg[1])
            if words:
                options.append(words)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = arg
            if low >= 1:
                words = _of_sequence(body)
                if words:
                    options.append(words)
        # anything else (other character sets, \b, look-arounds, conditionals) requires no word
    if "" not in run:
        options.append(frozenset(run))
    return _best(options)


def _few_chars(items) -> list[str] | None:
    """The characters of a set of a few listed characters ("[Bb]"); None for any other set."""
    if len(items) > 4 or any(op is not _c.LITERAL for op, _ in items):
        return None
    return [chr(av) for _, av in items]


def _of_branch(alternatives) -> _Words | None:
    """Every alternative must require words; the union of theirs is required."""
    out: set[str] = set()
    for alternative in alternatives:
        words = _of_sequence(alternative)
        if not words:
            return None
        out |= words
    return frozenset(out)


# The only characters beyond ASCII that an ASCII letter matches under re.IGNORECASE (their
# lower case is one, or the engine counts them as one's case variant: "ſ" for "s", "ı" for "i");
# tests/draft/test_prefilter.py checks this list against the running Python.
CASE_VARIANTS_OF_ASCII = "\u0130\u0131\u017f\u212a"
_CASE_VARIANT = re.compile(f"[{CASE_VARIANTS_OF_ASCII}]")


def _plain_case(char: str) -> bool:
    """An ASCII character, or one without case ("©"): IGNORECASE matches it as lower() says."""
    return char.isascii() or char.lower() == char == char.upper()


class Prefilter:
    """Says whether a text may hold a match of one pattern: False only when it cannot."""

    def __init__(self, words: _Words, flags: int) -> None:
        self.words = tuple(sorted(words, key=lambda w: (-len(w), w)))
        self.flags = flags
        self.ignore_case = bool(flags & re.IGNORECASE)
        # under IGNORECASE, for words of ASCII and caseless characters a search of the
        # lower-cased text says what the engine says, unless the text holds a non-ASCII case
        # variant of an ASCII letter
        self.on_lowered = self.ignore_case and all(_plain_case(c) for w in self.words for c in w)
        self.lowered_words = tuple(w.lower() for w in self.words)
        self._regex: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        """The words as one pattern with the flags (compiled when first needed: rarely)."""
        if self._regex is None:
            self._regex = re.compile("|".join(re.escape(w) for w in self.words), self.flags)
        return self._regex

    def may_match(self, text: str, lowered: str | None) -> bool:
        """`lowered` is text.lower(), or None when the text holds a case variant of ASCII."""
        # a substring test per word is much faster than the engine's search of an alternation
        if self.on_lowered and lowered is not None:
            return any(word in lowered for word in self.lowered_words)
        if not self.ignore_case:
            return any(word in text for word in self.words)
        return self.regex.search(text) is not None


def lowered_for_prefilters(text: str) -> str | None:
    """text.lower(), unless the text holds a character that makes it say less than the engine."""
    return text.lower() if text.isascii() or not _CASE_VARIANT.search(text) else None


def required(pattern: re.Pattern[str]) -> Prefilter | None:
    """The prefilter of `pattern`: the words one of which every match holds; None if none are."""
    try:
        words = _of_sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - the parser is private: if it changes, no prefilter
        return None
    if not words or "" in words:
        return None
    return Prefilter(words, pattern.flags & (re.IGNORECASE | re.ASCII))


class _WordScan:
    """Which of several prefilters' words a text holds, found in one pass of the engine (for
    case-sensitive words, or lower-cased words searched in the lower-cased text)."""

    def __init__(self, prefilters: list[Prefilter], lowered: bool) -> None:
        owners: dict[str, set[Prefilter]] = {}
        for prefilter in prefilters:
            for word in prefilter.words:
                owners.setdefault(word.lower() if lowered else word, set()).add(prefilter)
        # the engine reports the longest word starting at a place: the shorter ones found
        # there with it are its prefixes
        self.found_with = {
            word: frozenset(p for other in owners if word.startswith(other) for p in owners[other])
            for word in owners
        }
        firsts = "".join(sorted({re.escape(word[0]) for word in owners}))
        self.regex = re.compile(rf"(?=[{firsts}])(?=({longest_first(owners)}))")
        self.prefilters = prefilters

    def found(self, text: str) -> set[Prefilter]:
        """The prefilters one of whose words `text` holds."""
        out: set[Prefilter] = set()
        for m in self.regex.finditer(text):
            out |= self.found_with[m.group(1)]
        return out


class Prefiltered:
    """Patterns, each with its prefilter, in order; `may_match` runs all prefilters at once."""

    def __init__(self, entries: list[tuple[str, re.Pattern[str], Prefilter | None]]) -> None:
        self.entries = entries
        distinct = list(dict.fromkeys(p for _, _, p in entries if p is not None))
        exact = [p for p in distinct if not p.ignore_case]
        lowered = [p for p in distinct if p.on_lowered]
        self.exact = _WordScan(exact, lowered=False) if exact else None
        self.lowered = _WordScan(lowered, lowered=True) if lowered else None
        self.others = [p for p in distinct if p not in exact and p not in lowered]

    def __iter__(self) -> Iterator[tuple[str, re.Pattern[str], Prefilter | None]]:
        return iter(self.entries)

    def passing(self, text: str) -> set[Prefilter]:
        """The prefilters that do not rule `text` out."""
        lowered = lowered_for_prefilters(text)
        out = self.exact.found(text) if self.exact else set()
        if self.lowered is not None and lowered is not None:
            out |= self.lowered.found(lowered)
        elif self.lowered is not None:
            out |= {p for p in self.lowered.prefilters if p.may_match(text, None)}
        return out | {p for p in self.others if p.may_match(text, lowered)}


def with_prefilters(patterns: list[tuple[str, re.Pattern[str]]]) -> Prefiltered:
    """(kind, pattern) pairs with each pattern's prefilter added; patterns that require the
    same words share one prefilter (eight date patterns need a month's name)."""
    shared: dict[tuple[tuple[str, ...], int], Prefilter] = {}
    out: list[tuple[str, re.Pattern[str], Prefilter | None]] = []
    for kind, pattern in patterns:
        prefilter = required(pattern)
        if prefilter is not None:
            prefilter = shared.setdefault((prefilter.words, prefilter.flags), prefilter)
        out.append((kind, pattern, prefilter))
    return Prefiltered(out)


def may_match(patterns: Prefiltered, text: str) -> Iterator[tuple[str, re.Pattern[str]]]:
    """The (kind, pattern) pairs, in order, less those whose prefilter rules them out in `text`."""
    passing = patterns.passing(text)
    for kind, pattern, prefilter in patterns.entries:
        if prefilter is None or prefilter in passing:
            yield kind, pattern


class Guarded:
    """A pattern's `search` and `finditer`, skipped (nothing found) in a text its prefilter
    rules out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.prefilter = required(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())

    def _may_match(self, text: str) -> bool:
        prefilter = self.prefilter
        return prefilter is None or prefilter.may_match(text, lowered_for_prefilters(text))
