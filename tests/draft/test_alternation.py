"""longest_first(words) matches what the plain longest-first alternation of the words matches."""

import re
from pathlib import Path

import pytest

from generator.draft.alternation import longest_first
from generator.draft.gazetteer import SURFACE
from generator.draft.lexicon import SPEECH_VERBS

ROOT = Path(__file__).resolve().parents[2]


def _plain(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("abcd", "ab"),
        ("abc", "abc"),
        ("ab.", "ab"),
        ("ae", "a"),
        ("ad", ""),
        ("x.y", "x.y"),
        ("x-y", ""),
    ],
)
def test_the_longest_word_that_lets_the_rest_match_is_taken(text, expected):
    words = ["a", "ab", "abc", "x.y"]
    for pattern in (_plain(words), longest_first(words)):
        found = re.match(rf"(?:{pattern})(?!d)", text)
        assert (found.group(0) if found else "") == expected


def test_gazetteer_names_and_speech_verbs_match_as_plain_alternations_do():
    files = sorted(ROOT.glob("tests/eval/*/articles/*")) + sorted(ROOT.glob("seeds/*.txt"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    for words, around in [
        (SURFACE, r"(?<![\w.’'-])(?:{})(?![\w$]|\.\w|-[A-Z])"),
        (SPEECH_VERBS, r"\b({})\b"),
    ]:
        plain = re.compile(around.format(_plain(words)))
        trie = re.compile(around.format(longest_first(words)))
        for line in lines:
            assert [m.span() for m in trie.finditer(line)] == [
                m.span() for m in plain.finditer(line)
            ], line
