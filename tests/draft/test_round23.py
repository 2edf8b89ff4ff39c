"""Round 23: wrong actors, roles and speakers of wire copy (invented texts in the shapes of the
real sets' sentences, and nearby shapes that must not change)."""

from conftest import draft, speakers


def _actors(d):
    return {a["name"]: a for a in d.data["actors"]}


# ------------------------------------------------------------ a brand that speaks, its model


def test_the_brand_that_speaks_is_the_maker_not_its_model():
    d = draft("Ford said sales of the Ford Focus rose 12 percent in May.")
    assert speakers(d) == {"Ford said sales of the Ford Focus rose 12 percent in May.": "Ford"}
    assert "Ford Focus" not in _actors(d)
    assert _actors(d)["Ford"]["kind"] == "organization"


def test_the_brand_speaks_after_its_model_is_named():
    d = draft(
        "Sales of the Chevrolet Volt doubled in May. Chevrolet said the car would stay in "
        "production."
    )
    said = "Chevrolet said the car would stay in production."
    assert speakers(d)[said] == "Chevrolet"
    assert "Chevrolet Volt" not in _actors(d)


def test_a_model_named_alone_is_still_no_actor():
    d = draft("Sales of the Ford Focus rose 12 percent in May, the dealers reported.")
    assert "Ford Focus" not in _actors(d) and "Ford" not in _actors(d)


def test_the_makers_own_body_still_speaks():
    d = draft("Ford Motor said sales rose 12 percent in May.")
    assert list(speakers(d).values()) == ["Ford Motor"]


# ------------------------------------------------------------------------ "Crown" is no title


def test_the_crown_victoria_is_no_person():
    d = draft("Police found a Crown Victoria abandoned near the plant on Monday.")
    assert "Victoria" not in _actors(d)


def test_crown_prince_and_supreme_leader_stay_titles():
    d = draft("Crown Prince Naruhito visited the plant. Supreme Leader Ali Khamenei spoke.")
    assert _actors(d)["Naruhito"]["role"] == "Crown Prince"
    assert _actors(d)["Ali Khamenei"]["role"] == "Supreme Leader"


def test_a_supreme_court_keeps_its_short_name():
    d = draft(
        "The Italian Supreme Court of Cassation ruled on Monday. The Supreme Court said the "
        "tax was owed."
    )
    assert "Supreme Court" in _actors(d)["Italian Supreme Court of Cassation"]["aliases"]


# ------------------------------------------------------------ a role before the name, a comma


def test_a_body_and_its_officer_before_the_name_with_a_comma_is_a_role():
    d = draft("Ryanair CEO, Michael O'Leary, justified the fees on Tuesday.")
    assert _actors(d)["Michael O'Leary"]["role"] == "Ryanair CEO"


def test_a_body_and_a_lower_case_role_before_the_name_with_a_comma_is_a_role():
    d = draft("Airbus chief executive, Tom Enders, said the plane was on time.")
    assert _actors(d)["Tom Enders"]["role"] == "Airbus chief executive"


def test_the_same_role_without_the_comma_is_unchanged():
    d = draft("Ryanair CEO Michael O'Leary justified the fees on Tuesday.")
    assert _actors(d)["Michael O'Leary"]["role"] == "Ryanair CEO"


def test_a_pronouns_role_before_the_name_is_left_as_before():
    d = draft("The commission met on Monday. Its chairman, John Roe, said the vote was fair.")
    assert not _actors(d)["John Roe"].get("role")


def test_a_place_or_a_list_before_the_name_is_no_role():
    d = draft(
        "In Paris, John Smith spoke to the press. Boeing, Airbus and Jane Roe, an analyst, "
        "said so."
    )
    assert not _actors(d)["John Smith"].get("role")
    assert _actors(d)["Jane Roe"]["role"] == "analyst"


# --------------------------------------------------------------- "claims" and ", claiming"


def test_a_body_that_claims_that_makes_a_claim():
    d = draft(
        "Boeing flew the 787 on Tuesday. Boeing claims that the new jetliner is more fuel "
        "efficient than older models."
    )
    assert speakers(d) == {
        "Boeing claims that the new jetliner is more fuel efficient than older models.": "Boeing"
    }


def test_claiming_after_the_subjects_act_is_its_claim():
    d = draft(
        "Boeing flew the 787 on Tuesday. Boeing challenged the award on Monday, claiming the "
        "evaluation was skewed."
    )
    assert speakers(d) == {
        "Boeing challenged the award on Monday, claiming the evaluation was skewed.": "Boeing"
    }


def test_claims_as_a_noun_make_no_claim():
    d = draft(
        "Insurance claims rose 5 percent last year. Jane Roe filed claims against Acme Corp. "
        "on Monday. The company rejected the claims."
    )
    assert speakers(d) == {}


def test_a_thing_claimed_is_no_saying():
    d = draft(
        "China flew patrols on Tuesday. China claims almost all of the South China Sea. The "
        "group attacked the base, claiming responsibility for the blast."
    )
    assert speakers(d) == {}


def test_claims_before_a_pronouns_clause_or_to_is_a_saying():
    d = draft(
        "Valeska Paris left the ship in 2007. Paris claims she was sent to the ship as a "
        "teenager. She also claims to have worked in the engine room."
    )
    assert set(speakers(d).values()) == {"Valeska Paris"} and len(speakers(d)) == 2


# ------------------------------------------------------- a passive's subject is no party


def test_claims_denied_in_the_passive_are_no_denial_of_the_one_who_made_them():
    d = draft(
        "Boeing flew the 787 on Tuesday. Boeing said reports of delays were false. The claims "
        "by Airbus that the jet is late were rejected. Airbus said the jet is better."
    )
    (claim, _airbus) = d.data["claims"]
    assert claim["by"] == "boeing" and not claim.get("parties")


def test_a_party_who_denies_a_claim_is_still_one():
    d = draft(
        "Boeing flew the 787 on Tuesday. Boeing said the jet would fly in June, but Airbus "
        "denied the claims."
    )
    (claim,) = d.data["claims"]
    assert [(p["actor"], p["stance"]) for p in claim["parties"]] == [("airbus", "denies")]


# ------------------------------------------------- a preposition's object before a participle


def test_the_body_before_a_participle_after_before_is_no_speaker():
    d = draft(
        "When the Air Force selected Northrop Grumman on February 29, Boeing challenged the "
        "award in a formal protest before the Government Accountability Office, saying the "
        "evaluation was skewed."
    )
    assert "Government Accountability Office" not in speakers(d).values()


def test_saying_after_the_subject_is_still_its_claim():
    d = draft(
        "Airbus flew the A380 on Tuesday. Airbus protested the decision on Monday, saying the "
        "bid was unfair."
    )
    assert list(speakers(d).values()) == ["Airbus"]


# ------------------------------------------------------------- "the company" of two companies


def test_the_company_after_two_companies_is_the_last_when_both_are_companies():
    d = draft(
        "The dispute is between Apple Inc. and a network maker based in San Jose, Cisco. "
        "The company said it owns the trademark for iPhone."
    )
    assert speakers(d) == {"The company said it owns the trademark for iPhone.": "Cisco Systems"}


def test_the_company_after_a_listed_company_without_a_legal_form_is_nobody():
    d = draft(
        "Google Inc. praised the boy. Facebook co-founder Mark Zuckerberg said the boy was "
        "welcome to tour the company."
    )
    (claim,) = [c for c in d.data["claims"] if c["by"] == "mark-zuckerberg"]
    assert claim["about"] == ["facebook"]


# ---------------------------------------------------------------- a state after its city


def test_a_state_after_its_city_is_no_actor():
    d = draft("The plant in Long Beach, California will close in 2010.")
    assert "California" not in _actors(d)


def test_a_state_that_speaks_is_still_an_actor():
    d = draft(
        "California said the plant would close. The plant in Long Beach, California will "
        "close in 2010."
    )
    assert "California" in _actors(d)
