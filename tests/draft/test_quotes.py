from conftest import draft, speakers


def by_quote(seed_draft, piece):
    names = {a["id"]: a["name"] for a in seed_draft.data["actors"]}
    found = [
        names[c["by"]] for c in seed_draft.data["claims"] if c["quote"] and piece in c["quote"]
    ]
    assert found, piece
    return found[0]


def test_quote_split_around_the_attribution(seed_draft):
    assert by_quote(seed_draft, "The relationship is not just about necessity") == "Edward Howell"
    assert by_quote(seed_draft, "We see the two states forming") == "Edward Howell"


def test_pronoun_and_surname_attribution(seed_draft):
    assert (
        by_quote(seed_draft, "overly eager to initiate cooperation") == "Ankit Panda"
    )  # "..., he said."
    assert (
        by_quote(seed_draft, "force them to seek a negotiated settlement") == "John Erath"
    )  # "Erath added"


def test_partial_quotes_in_reported_speech(seed_draft):
    assert by_quote(seed_draft, "unwavering support") == "Vladimir Putin"
    assert by_quote(seed_draft, "neo-colonialist dictatorship") == "Vladimir Putin"
    assert (
        by_quote(seed_draft, "should not worry or be questioned by anyone") == "Kremlin spokesman"
    )


def test_multi_paragraph_quote(seed_draft):
    assert by_quote(seed_draft, "This is a completely new and tragic world") == "Michael McFaul"


def test_reported_speech_without_quote_marks(seed_draft):
    names = {a["id"]: a["name"] for a in seed_draft.data["actors"]}
    reported = {names[c["by"]]: c for c in seed_draft.data["claims"] if c["quote"] is None}
    assert reported["United States"]["evidence"].endswith("a US statement said in February.")
    assert reported["United States"]["date"] == "2024-02"
    assert reported["US official"]["date"] == "2024-03"
    assert reported["South Korean officials"]["evidence"].startswith(
        "South Korean officials have said"
    )


def test_parties_who_deny(seed_draft):
    claim = next(c for c in seed_draft.data["claims"] if c["by"] == "several-governments")
    assert [(p["actor"], p["stance"]) for p in claim["parties"]] == [
        ("north-korea", "denies"),
        ("russia", "denies"),
    ]
    assert claim["parties"][0]["evidence"].endswith(
        "although both Pyongyang and Moscow deny these deliveries."
    )


def test_attribution_forms():
    d = draft(
        "“We will not back down,” said Maria Alvarez, a spokeswoman for the Ministry of Finance.\n\n"
        "“The budget is balanced. Nobody can say otherwise,” Alvarez added.\n\n"
        "Finance Minister Tomas Berg told reporters the plan was “a fair deal for everyone.”\n\n"
        "“It is a mistake,” opposition leader Ines Roth said on Monday. “A costly one.”\n\n"
        "“This is a historic day,” Czech Industry Minister Jozef Sikela told reporters.\n\n"
        "The measure takes effect next month, the Commission said. The European Commission had proposed it.\n\n"
        "Scare quotes such as “reform” are not claims, and neither is a ship called “Blue Horizon.”"
    )
    got = speakers(d)
    assert got["We will not back down"] == "Maria Alvarez"
    assert got["The budget is balanced. Nobody can say otherwise"] == "Maria Alvarez"
    assert got["a fair deal for everyone"] == "Tomas Berg"
    assert got["It is a mistake"] == "Ines Roth"
    assert got["A costly one"] == "Ines Roth"
    assert got["This is a historic day"] == "Jozef Sikela"
    assert got["The measure takes effect next month, the Commission said."] == "European Commission"
    assert not any(c["quote"] in ("reform", "Blue Horizon") for c in d.data["claims"])


def test_every_evidence_is_in_the_markdown(seed_draft):
    md = seed_draft.markdown
    for entry in seed_draft.data["claims"] + seed_draft.data["timeline"]:
        assert entry["evidence"] in md
        for party in entry.get("parties", []):
            assert party["evidence"] in md
