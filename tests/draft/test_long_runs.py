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
