"""Review 22 (DEVELOPMENT.md, "Review of this session's merges (branch review22)"): nearby
shapes of round 27's rules that the round did not try, invented sentences only."""

import datetime as dt

from conftest import draft


def _dates(text, published):
    return [t["date"] for t in draft(text, published=published).data["timeline"]]


def test_a_weekday_that_does_not_fit_moves_a_date_only_nearer_publication():
    # round 27's case: the tense gave 2010's Feb. 26 (270 days ahead, a Friday); 2009's is a
    # Thursday and nearer publication
    assert _dates("GM will release earnings results on Thursday, Feb. 26.",
                  dt.date(2009, 6, 1)) == ["2009-02-26"]
    # a weekday slip three days ahead of publication (3 March 2009 was a Tuesday) took
    # 2010-03-03, a Wednesday a year later; the date the tense gives stays
    assert _dates("GM will report its results on Wednesday, March 3.",
                  dt.date(2009, 2, 28)) == ["2009-03-03"]
    # past tense: 27 Feb 2010 was a Saturday; 2009's Friday is a year further back
    assert _dates("Shares of GM fell on Friday, Feb. 27, traders said.",
                  dt.date(2010, 3, 5)) == ["2010-02-27"]
