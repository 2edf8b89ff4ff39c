import datetime as dt

import pytest

from generator.draft.dates import find_dates

PUB = dt.date(2024, 6, 19)  # a Wednesday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They met on June 19, 2024 in Pyongyang.", "2024-06-19"),
        ("Last year, Putin intensified his contacts.", "2023"),
        ("It came after the meeting last month.", "2024-05"),
        ("At their meeting in September, Putin signaled support.", "2023-09"),
        ("The summit will take place in September.", "2024-09"),
        ("He accepted the invitation Kim made last September.", "2023-09"),
        ("Putin on Friday laid out his peace terms.", "2024-06-14"),
        ("When asked last week about the plans, he declined.", "2024-W24"),
        ("The missile hit Kharkiv on January 2.", "2024-01-02"),
        ("Missiles have been fired since September, officials said.", "2023-09/.."),
        ("Russia did not attend the peace summit over the weekend.", "2024-06-15/2024-06-16"),
        ("It is his first visit in more than two decades.", "../2004"),
        ("Putin arrived in the early hours of Wednesday local time.", "2024-06-19"),
        ("Today, the ministry announced new sanctions.", "2024-06-19"),
        ("The talks will continue tomorrow.", "2024-06-20"),
        ("Seventeen years ago, this was impossible.", "2007"),
        ("Next year's meeting is scheduled for Rome.", "2025"),
        ("Between the end of 2022 and early 2023, he worked with officials.", "2022/2023"),
        ("In March 2023, the council voted.", "2023-03"),
        ("The report was released on 3 May 2021.", "2021-05-03"),
        ("Prices have risen since 2014.", "2014/.."),
        ("Russia has cut deliveries since last year.", "2023/.."),
        ("It will take effect on Feb. 15, the ministry said.", "2025-02-15"),
    ],
)
def test_date_expressions(sentence, expected):
    assert [d.value for d in find_dates(sentence, PUB)] == [expected]


def test_several_dates_in_one_sentence():
    found = find_dates(
        "Russia has fired missiles since September, a US statement said in February.", PUB
    )
    assert [(d.text, d.value) for d in found] == [
        ("since September", "2023-09/.."),
        ("in February", "2024-02"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He may be in Italy.",
        "They shipped 260,000 tons of ammunition.",
        "Look at where we are today.",
        "The march on the capital was peaceful.",
    ],
)
def test_no_date(sentence):
    assert find_dates(sentence, PUB) == []
