"""Round 15: wrong speakers and dates an analyst found in the MEANTIME Apple drafts."""

from conftest import draft, speakers


def test_a_quote_called_someones_tagline_is_no_claim():
    # the invitation's words, a set phrase cited: not a claim of Steve Jobs (nor of Apple)
    d = draft(
        "Apple Computer announced another special event on Tuesday. The invitation reads, "
        '"One more thing...", the teasing tagline of Steve Jobs.'
    )
    assert "One more thing" not in speakers(d)
    d = draft('The posters carried "Think different," the slogan of the company, in white.')
    assert "Think different" not in speakers(d)


def test_a_quote_said_beside_a_tagline_keeps_its_speaker():
    d = draft(
        '"We have one more thing to show you," Steve Jobs said on Tuesday, using the teasing '
        "tagline of his keynotes."
    )
    assert speakers(d)["We have one more thing to show you"] == "Steve Jobs"
