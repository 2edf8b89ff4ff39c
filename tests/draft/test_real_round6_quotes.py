"""Real text, round 6 (issue 10): quotes -- a body named by its capitalised head noun, scare
quotes, titles of works, photo captions (generator/draft/describe.py, quotes.py, clean.py)."""

from conftest import draft, speakers


def test_capitalised_head_noun_is_the_one_body_named_with_it():
    d = draft(
        "The U.S. Department of Labor today announced new grants for apprenticeships in ten "
        "states across the country.\n\n"
        '"We expect to reach 40,000 apprentices by 2026," the Department said in a statement.\n\n'
        "In a statement to reporters, the Church of Scientology was asked about the claims. "
        "The Church denied these allegations:\n\n"
        '"She certainly was not forced to be there. She was never forced to work."'
    )
    said = speakers(d)
    assert said["We expect to reach 40,000 apprentices by 2026"] == "Department of Labor"
    assert said["She certainly was not forced to be there. She was never forced to work"] == (
        "Church of Scientology"
    )


def test_capitalised_head_noun_shared_by_two_bodies_stays_unresolved():
    d = draft(
        "The Department of Labor and the Department of Commerce announced a joint plan on "
        "Monday to train workers in every state of the country.\n\n"
        '"This plan will create jobs in every state," the Department said.'
    )
    said = speakers(d)
    assert said.get("This plan will create jobs in every state") is None
