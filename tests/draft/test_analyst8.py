"""Analyst 8's week with GUM's Wikinews texts (interviews and news): shapes the drafter read
wrongly there, in invented sentences, and nearby shapes that must stay as they are."""

from conftest import draft, speakers


def _claims(d):
    return [c["claim"] for c in d.data["claims"]]


def test_a_sentence_that_only_opens_the_quote_of_the_next_paragraph_is_no_claim():
    # GUM sets quotes as paragraphs of their own: "Rathbun wrote," then the quote; the
    # sentence was a claim of its own, "Rathbun wrote,." (and "... but he replied" gave the
    # sister's plea to the one who replied), beside the quote's claim
    for frame, speaker in (
        ("Mark Rathbun runs a blog. Rathbun wrote,", "Mark Rathbun"),
        ("Mark Rathbun runs a blog. Rathbun asserted that Scientology officials,", "Mark Rathbun"),
        ("Thomas Sam is a homeopath. Allegedly, his sister pleaded with Thomas Sam to send Gloria "
         "to a doctor, but he replied", "Thomas Sam"),
        ("Steve Whitmore is a spokesman. Whitmore told LA Weekly that on October 6 after "
         "traveling back from Florida, Montalvo", "Steve Whitmore"),
    ):
        d = draft("A former member of the church was arrested on Thursday in Los Angeles.\n\n"
                  + frame + '\n\n"The hard drives were never returned to the organization."')
        assert speakers(d) == {"The hard drives were never returned to the organization":
                               speaker}, frame


def test_a_paragraph_that_only_credits_the_quote_above_is_no_claim():
    # ", said KCNA." and ", it added; and, later," under a quote set as its own paragraph
    d = draft('The Korean Central News Agency (KCNA) is the state news agency.\n\n'
              '"Foolhardy provocation deserves harsh punishment"\n\n, said KCNA.\n\n'
              '"The front-line units should enter a wartime state"\n\n, it added; and, later,\n\n'
              '"Commanders were hastily dispatched to the front-line troops"\n\n.')
    assert speakers(d) == {
        "Foolhardy provocation deserves harsh punishment": "Korean Central News Agency",
        "The front-line units should enter a wartime state": "Korean Central News Agency",
        "Commanders were hastily dispatched to the front-line troops":
            "Korean Central News Agency",
    }
    assert not [c for c in _claims(d) if c.startswith(",")]


def test_a_sentence_that_says_something_before_or_after_a_quote_paragraph_stays_a_claim():
    # guards: a finished reported claim before a quote, and a credit that adds words
    d = draft('Ana Ruiz is the mayor. Ruiz said the plant would close in May.\n\n'
              '"We have no other choice," she said.')
    assert "Ruiz said the plant would close in May." in _claims(d)
    d = draft('Ana Ruiz is the mayor.\n\n"We have no other choice"\n\n, said Ruiz, who added '
              'that the plant would close in May.')
    assert any("the plant would close in May" in c for c in _claims(d))


def test_the_claim_of_a_quote_is_not_cut_after_an_abbreviation():
    # "Scientology vs." was the claim of Matthew Ingram's "Scientology vs. the Internet, part
    # XVII": the quote's first sentence was cut at any full stop
    d = draft("Writing in a blog post, Matthew Ingram of the Globe dubbed the conflict: "
              '"Scientology vs. the Internet, part XVII".\n\n'
              'Ana Ruiz is the mayor. "Dr. Smith and the U.S. Army will open the clinic in May. '
              'It will be free," Ruiz said.')
    assert _claims(d) == ["Scientology vs. the Internet, part XVII.",
                          "Dr. Smith and the U.S. Army will open the clinic in May."]
    d = draft('Ana Ruiz is the mayor. "You mean, how did we manage it so quickly, right? :) It '
              'was about two years of work," Ruiz said.')
    assert _claims(d) == ["You mean, how did we manage it so quickly, right?"]


def test_a_short_turn_of_an_interview_is_claimed_without_its_label():
    # "David Shankbone: Why not?" and "Rebecca: Yeah." were claim texts, the speaker's name
    # and a colon before the words (the label is the speaker, shown beside the claim)
    d = draft("David Shankbone interviewed the owners of the shop, Rebecca and Bill, on Monday.\n\n"
              "David Shankbone: Where do you advertise?\n\n"
              "Rebecca: Yeah. We advertise in the back of the local paper every single week.\n\n"
              "David Shankbone: Why not?\n\n"
              "Rebecca: Completely.")
    # round 28: a turn of one or two words ("Why not?", "Completely.") is no claim at all
    assert sorted(_claims(d)) == ["Where do you advertise?", "Yeah."]
