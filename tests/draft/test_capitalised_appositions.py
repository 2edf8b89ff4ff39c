"""A role written in capitals after a name (analyst7): "said Joe Leonard, Chairman and Chief
Operating Officer of AirTran Airways" gave Joe Leonard no role, though the same words in lower
case gave one; the analyst typed it by hand. A capitalised apposition is a role only when it
opens with a role noun followed by "of" or "and": a name list ("said Bush, Prime Minister
Blair and ...") or a place ("Joe Leonard, California") stays no role."""

from conftest import draft


def _roles(d) -> dict[str, str]:
    return {a["name"]: a.get("role", "") for a in d.data["actors"]}


def test_capitalised_role_after_said_and_the_name():
    d = draft(
        "Kestrel Air took delivery of its last jet on Tuesday.\n\n"
        '"We thank the many employees for their hard work," said Dana Whitcombe, Chairman '
        "and Chief Operating Officer of Kestrel Air."
    )
    assert _roles(d)["Dana Whitcombe"] == "Chairman and Chief Operating Officer of Kestrel Air"


def test_capitalised_role_of_a_body_between_commas():
    d = draft(
        "Norvale Motors cut jobs on Tuesday.\n\n"
        "Fritz Hallam, President of Norvale Motors, said the plants would close next year."
    )
    assert _roles(d)["Fritz Hallam"] == "President of Norvale Motors"


def test_a_place_or_a_second_name_after_the_comma_is_no_role():
    d = draft(
        "Norvale Motors cut jobs on Tuesday.\n\n"
        '"It is a sad day," said Dana Whitcombe, Prime Minister Kalle Berg and the mayor.'
    )
    assert _roles(d).get("Dana Whitcombe", "") == ""
