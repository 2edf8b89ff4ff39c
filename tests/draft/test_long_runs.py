"""A run of text without a sentence end longer than any real sentence is drafted as pieces."""

from __future__ import annotations

from generator.draft.sentences import MAX_SENTENCE, split


def test_a_run_without_sentence_ends_is_cut_at_spaces_into_verbatim_pieces() -> None:
    run = "Word " + "word " * 999 + "end."
    text = f"First sentence here. {run} Last one."
    pieces = split(text)
    assert pieces[0] == "First sentence here."
    assert pieces[-1] == "Last one."
    middle = pieces[1:-1]
    assert len(middle) == 3 and all(len(p) <= MAX_SENTENCE for p in middle)
    assert all(p in text and p == p.strip() and not p.endswith("wor") for p in middle)
    assert " ".join(middle) == run


def test_a_run_without_spaces_is_cut_at_the_limit() -> None:
    pieces = split("x" * (2 * MAX_SENTENCE + 5))
    assert [len(p) for p in pieces] == [MAX_SENTENCE, MAX_SENTENCE, 5]


def test_a_sentence_as_long_as_the_limit_stays_whole() -> None:
    sentence = ("a " * (MAX_SENTENCE // 2))[: MAX_SENTENCE - 1] + "."
    assert len(sentence) == MAX_SENTENCE and split(sentence) == [sentence]


def test_a_date_line_still_reads_its_times_and_zones() -> None:
    import importlib
    clean = importlib.import_module("generator.draft.clean")  # the package exports clean()
    lines = ["March 3, 2024", "March 3, 2024 10:30 a.m. EST", "Updated: 3 March 2024 | 14:20 GMT",
             "Mon., Mar. 4, 2024 9 PM ET", "2024-03-03 08:00 UTC", "March 3, 2024 at noon"]
    assert [line for line in lines if not clean._DATE_LINE.match(line)] == []
    assert clean._DATE_LINE.match("March 3, 2024 A1") is None
    assert clean._DATE_LINE.match("March 3, 2024 the minister said x") is None
