"""Fresh-eyes review of rounds actors6/quotes6 (issue 10): edges of the new rules that gave a
quote to the wrong speaker or an actor the wrong identity."""

from conftest import draft, speakers


def test_heading_full_name_is_not_another_person_with_that_surname():
    d = draft(
        "Leaders across the state welcomed the new infrastructure law on Monday. State Senator "
        "John Doe voted against the bill last year.\n\n"
        "## Governor Jane Doe\n\n"
        '"This law will bring thousands of jobs to our state and fix our roads."'
    )
    said = speakers(d)
    assert said.get("This law will bring thousands of jobs to our state and fix our roads") != (
        "John Doe"
    )
