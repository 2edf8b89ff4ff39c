"""Prefilters skip a pattern only where it cannot match: the matches found are exactly the same."""

import re
from pathlib import Path

from generator.draft.datepatterns import PATTERNS
from generator.draft.prefilter import (
    CASE_VARIANTS_OF_ASCII,
    lowered_for_prefilters,
    may_match,
    required,
    with_prefilters,
)

ROOT = Path(__file__).resolve().parents[2]

TRICKY = [
    "ſince 2020, the paſt ſix days",  # long s: a case variant of "s" for the engine
    "two weeKs ago (Kelvin sign)",
    "İn the new year, and dıd it",
    "TWO DAYS LATER, LAST WEEK, TODAY",
    "Sept. 3-5, 2020 and 5th of May, in the 1990s, mid-2021",
    "the previous day, the day before.",
]


def _texts() -> list[str]:
    files = sorted(ROOT.glob("tests/eval/*/articles/*")) + sorted(ROOT.glob("seeds/*.txt"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    return lines + TRICKY


def test_the_case_variants_of_ascii_are_those_the_engine_matches():
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = set(re.findall("[\x00-\x7f]", others, re.IGNORECASE))
    assert found == set(CASE_VARIANTS_OF_ASCII)


def test_date_prefilters_never_hide_a_match():
    prefiltered = with_prefilters(PATTERNS)
    for text in _texts():
        every = [(kind, m.span()) for kind, p in PATTERNS for m in p.finditer(text)]
        kept = [
            (kind, m.span()) for kind, p in may_match(prefiltered, text) for m in p.finditer(text)
        ]
        assert kept == every, text


def test_a_text_without_a_required_word_is_ruled_out():
    prefilter = required(re.compile(r"\b\d+ (?:days|weeks) ago\b", re.I))
    assert prefilter is not None
    for text, maybe in [("5 months ago", False), ("2 DAYS AGO", True), ("2 weekS “ago”", True)]:
        assert prefilter.may_match(text, lowered_for_prefilters(text)) is maybe


def test_a_case_variant_beyond_ascii_is_searched_with_the_engine():
    prefilter = required(re.compile(r"\bsince\b", re.I))
    assert prefilter is not None
    assert lowered_for_prefilters("ſince 2020") is None
    assert prefilter.may_match("ſince 2020", None)
    assert re.search(r"\bsince\b", "ſince 2020", re.I)


def test_optional_parts_require_nothing():
    assert required(re.compile(r"(?:ago)?\d+")) is None
    assert required(re.compile(r"a|\d")) is None
    prefilter = required(re.compile(r"(?:ago)?\d+ years"))
    assert prefilter is not None and prefilter.regex.pattern == r"\ years"


def _used_prefilters():
    from generator.draft import leftovers

    out = [pf for _, _, pf in with_prefilters(PATTERNS) if pf is not None]
    return out + [leftovers._FOOTER.prefilter, leftovers._CONTRIBUTOR.prefilter]


def test_a_caseless_character_read_in_lower_cased_text_matches_only_itself():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    used = {
        c
        for pf in _used_prefilters()
        if pf is not None and pf.on_lowered
        for c in "".join(pf.words)
        if not c.isascii()
    }
    assert "©" in used
    for char in used:
        assert re.findall(re.escape(char), every, re.IGNORECASE) == [char]


def test_guarded_footer_and_contributor_lines_are_found_as_before():
    from generator.draft import leftovers

    lines = _texts() + ["© 2024 CNN", "(C) 2019 Reuters", "Reporting by Jane Doe; Editing by X"]
    for guarded in (leftovers._FOOTER, leftovers._CONTRIBUTOR):
        for line in lines:
            found, expected = guarded.search(line), guarded.pattern.search(line)
            assert (found and found.span()) == (expected and expected.span()), line
    assert leftovers.is_junk("© 2024 CNN") and leftovers.is_contributor_line("Editing by X")


def test_words_found_together_at_one_place_all_count():
    patterns = [
        ("short", re.compile(r"\blater\b")),
        ("long", re.compile(r"later this year")),
        ("inner", re.compile(r"this")),
        ("any case", re.compile(r"LATER", re.IGNORECASE)),
        ("copyright", re.compile(r"© \d+", re.IGNORECASE)),
    ]
    prefiltered = with_prefilters(patterns)
    for text in ["later this year", "Later This Year ©", "ſome later", "© 2020", "nothing"]:
        every = [kind for kind, p in patterns if p.search(text)]
        kept = [kind for kind, p in may_match(prefiltered, text) if p.search(text)]
        assert kept == every, text
    assert [kind for kind, _ in may_match(prefiltered, "later this year")] == [
        "short",
        "long",
        "inner",
        "any case",
    ]
