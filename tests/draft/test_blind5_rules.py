"""Rules added after the fifth blind set (tests/eval/blind5): each with sentences of its own."""

import datetime as dt

from conftest import draft


def timeline(d) -> dict[str, str]:
    """Evidence sentence -> drafted date (the last one written for that sentence)."""
    return {t["evidence"]: t["date"] for t in d.data["timeline"]}


def test_the_previous_day_counts_from_a_day_named_just_before():
    d = draft(
        "The senate approved the budget on Thursday after a long night. "
        "Farmers had blocked the bridge the previous day.\n\n"
        "Officials said the next vote would take place the following week.",
        published=dt.date(2025, 2, 14),
    )
    dates = timeline(d)
    assert dates["Farmers had blocked the bridge the previous day."] == "2025-02-12"
    assert dates["Officials said the next vote would take place the following week."] == "2025-W08"


def test_the_previous_day_with_no_day_nearby_counts_from_publication():
    d = draft(
        "The treaty was signed on 3 March in Vienna.\n\n"
        "Delegates praised the text. Several still had doubts about the annex.\n\n"
        "The previous day, the envoy had dined with the chancellor in Graz.",
        published=dt.date(2025, 5, 20),
    )
    assert timeline(d)["The previous day, the envoy had dined with the chancellor in Graz."] == (
        "2025-05-19"
    )


def test_a_day_after_dates_the_event_before_the_day_in_hand():
    d = draft(
        "Customs officers seized the cargo on Saturday. "
        "The seizure came a day after the minister ordered tighter checks.",
        published=dt.date(2025, 8, 12),
    )
    assert timeline(d)["The seizure came a day after the minister ordered tighter checks."] == (
        "2025-08-08"
    )


def test_a_span_in_the_previous_week_is_no_event_date():
    d = draft(
        "Nurses traced everyone who had visited the ward in the previous week.",
        published=dt.date(2025, 8, 12),
    )
    assert "Nurses traced everyone who had visited the ward in the previous week." not in timeline(
        d
    )


def test_a_spanish_first_surname_alone_is_the_person_and_said_colon_gives_the_next_quote():
    from conftest import speakers

    d = draft(
        "Teachers marched in Cusco on Monday. The union leader, Marcelina Huamán Rojas, "
        "called the offer an insult.\n\n"
        "The ministry raised its offer by 4%. Huamán said:\n\n"
        '"Four percent does not pay the rent. We will stay in the streets."'
    )
    assert speakers(d)["Four percent does not pay the rent. We will stay in the streets"] == (
        "Marcelina Huamán Rojas"
    )
    names = {a["name"] for a in d.data["actors"]}
    assert "Huamán" not in names


def test_an_unquoted_statement_block_after_said_colon_is_the_speakers_until_narration():
    from conftest import speakers

    d = draft(
        "The Department announced new funding for flood defences on Monday, after a winter in "
        "which three rivers burst their banks and hundreds of homes were evacuated.\n\n"
        "The money will pay for walls, pumps and sensors along the upper valley, where "
        "insurers have stopped covering many of the houses.\n\n"
        "Environment Secretary Rosalind Achterberg-Mwangi said:\n\n"
        "Families in the valley have waited too long for protection. He promised them walls "
        "and gave them nothing.\n\n"
        "These defences will be finished before next winter.\n\n"
        "During her visit, the Environment Secretary met local councillors in Hebden."
    )
    said = speakers(d)
    assert (
        said[
            "Families in the valley have waited too long for protection. He promised them "
            "walls and gave them nothing"
        ]
        == "Rosalind Achterberg-Mwangi"
    )
    assert said["These defences will be finished before next winter"] == (
        "Rosalind Achterberg-Mwangi"
    )
    assert not any(q.startswith("During her visit") for q in said)


def test_a_two_word_place_before_based_is_not_part_of_the_company_name():
    d = draft(
        "Regulators fined two firms on Friday for breaching export rules.\n\n"
        "The fines went to Sri Lanka-based Ceylon Harbour Logistics Limited and a broker in "
        "Dubai, the regulator said."
    )
    names = {a["name"] for a in d.data["actors"]}
    assert "Ceylon Harbour Logistics Limited" in names
    assert not any("based" in n for n in names)


def test_a_long_office_title_does_not_run_into_the_name_after_it():
    from conftest import speakers

    d = draft(
        "The agency published its annual report on Thursday, a week later than planned.\n\n"
        '"We have cut the backlog by half," said Assistant Secretary of State for Arms Control and '
        "Nonproliferation Mehmet Karaoğlan."
    )
    assert speakers(d)["We have cut the backlog by half"] == "Mehmet Karaoğlan"


def test_the_ministry_said_is_the_ministry_named_last():
    from conftest import speakers

    d = draft(
        "Chile's Ministry of Mining approved the smelter on Monday after two years of review.\n\n"
        "Environmental groups said they would appeal. The ministry said the plant would be "
        '"the cleanest in the Americas".'
    )
    assert speakers(d)["the cleanest in the Americas"] == "Chile's Ministry of Mining"
    assert "ministry" not in {a["name"] for a in d.data["actors"]}


def test_an_organization_whose_head_word_is_a_plural_head_is_drafted():
    d = draft(
        "Fighting resumed near the border on Sunday after a two-day pause.\n\n"
        "The Popular Defence Forces said they had taken the bridge, which the Borderland "
        "Security Forces denied."
    )
    names = {a["name"] for a in d.data["actors"]}
    assert {"Popular Defence Forces", "Borderland Security Forces"} <= names
