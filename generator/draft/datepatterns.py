"""The date expressions the drafter reads, as regular expressions; earlier ones win where they overlap."""

from __future__ import annotations

import re

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTHS |= {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_M2 = _M.replace("?P<month>", "?P<month2>")
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_N = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a few|a couple of)"
_Q = r"(?:the (?:end|start|beginning|middle) of |early |late |mid-?)?"
# (kind, pattern); earlier patterns win where spans overlap.
PATTERNS = [
    (kind, re.compile(pattern, flags))
    for kind, pattern, flags in [
        (
            "md_md_range",
            # wire style sets the dash without spaces: "Dec. 22-Jan. 19" (round 26)
            rf"\b(?:(?P<rel>[Ff]rom|[Bb]etween) )?{_M} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,? (?P<conn>to|through|until|till|and|[-–]) |[-–]){_M2} (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"(?:,? (?P<year>(?:19|20)\d\d)\b)?",
            0,
        ),
        (
            "dm_dm_range",
            rf"\b(?:(?P<rel>[Ff]rom|[Bb]etween) )?(?:the )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_M} "
            rf"(?P<conn>to|through|until|till|and|[-–]) (?:the )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_M2}"
            rf"(?![\w-])(?:,? (?P<year>(?:19|20)\d\d)\b)?",
            0,
        ),
        (
            "month_range",
            rf"\b(?P<rel>[Ff]rom|[Bb]etween) {_M} (?P<conn>to|until|through|and) {_M2}"
            rf"(?:,? (?P<year>(?:19|20)\d\d))?(?![\w-])",
            0,
        ),
        (
            "between_my",
            rf"\b(?:[Bb]etween|[Ff]rom) {_M},? (?P<y1>(?:19|20)\d\d) (?:and|to|until|through) "
            rf"{_M2},? (?P<y2>(?:19|20)\d\d)\b",
            0,
        ),
        ("between", rf"\b[Bb]etween {_Q}(?P<y1>(?:19|20)\d\d) and {_Q}(?P<y2>(?:19|20)\d\d)\b", 0),
        (
            "md_range",
            rf"\b{_M} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s?[-–]\s?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,? (?P<year>(?:19|20)\d\d))?\b",
            0,
        ),
        # "3 to 5 December", "from 10-12 March 2024": a span of days, the month written once
        (
            "dm_range",
            rf"\b(?:(?P<rel>[Ff]rom|[Bb]etween) )?(?:the )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s?"
            rf"(?P<conn>to|through|until|till|and|[-–])\s?(?:the )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? "
            rf"(?:of )?{_M}(?![\w-])(?:,? (?P<year>(?:19|20)\d\d)\b)?",
            0,
        ),
        (
            "decade",
            r"\b(?P<since>[Ss]ince )?(?:the )?(?P<part>early |mid-|mid |late )?(?P<decade>(?:19|20)\d0)['’]?s\b",
            0,
        ),
        # "the 70s and 80s", "the '80s", "the mid-90s", "the 60's": a decade in two digits (the
        # text around it is checked in dates._short_decade_place: not "in his 70s", "the high 70s")
        # (the pattern is the digits only, for speed: a leading apostrophe and "early", "mid-",
        # "late" are read before it in dates._short_decade_start)
        ("short_decade", r"(?P<dd>[1-9]0)['’]?s\b", 0),
        (
            "decade_word",
            r"\b(?P<since>[Ss]ince )?the (?P<part>early |mid-|mid |late )?(?P<word>twenties|thirties|"
            r"forties|fifties|sixties|seventies|eighties|nineties)\b",
            0,
        ),
        (
            "past_decade",
            # a span something fills ("rents doubled over the past decade"), not the frame of a
            # comparison ("the largest in the past decade", "the third time in the past decade")
            r"\b(?:over|during|throughout|across|for|within) the (?P<rel>past|last|next|coming) "
            r"decade\b(?! of\b)",
            re.I,
        ),
        (
            "century",
            r"\bthe (?:(?P<n>1[5-9]|2[01])(?:st|nd|rd|th)|(?P<rel>past|last|previous)) century\b",
            re.I,
        ),
        (
            "past_n",
            rf"\b(?:in|over|for|during|across|throughout|within) the (?P<dir>past|last|previous|next|coming) {_N} "
            r"(?P<unit>day|week|month|year|decade)s\b",
            re.I,
        ),
        (
            "neighbour",
            r"(?<!\bin )(?<!\bover )(?<!during )(?<!within )(?<!\bfor )"
            r"\b(?:the (?P<dir>previous|following|next) (?P<unit>day|week)(?! of\b)|"
            r"the (?P<unit2>day|week) (?P<dir2>before|after)(?=[,.;]|$)|"
            r"(?:a|one) (?P<unit3>day) (?P<dir3>after) (?!(?:\d|[A-Z][a-z]+ \d)))",
            re.I,
        ),
        # "earlier in the week", "by the end of the week": the week of the story (dates._value)
        (
            "in_the_week",
            r"\b(?:(?P<part>earlier|later) in the week|(?:by|at|before|until|towards?) the end of "
            r"(?:the|this) week)\b",
            re.I,
        ),
        # "in the January-March quarter", "the April-June period": one interval of months
        ("month_pair_period", rf"\bthe {_M}[-–]{_M2} (?:quarter|period)\b", 0),
        # "was sold the same day", "That same day, ...": the day named before (dates._from_the_day_named)
        ("same_day", r"\b(?:the same day|that same day|that day)\b(?! (?:of|that|when)\b)", re.I),
        # "compared to the same month a year ago", "from the same period last year", "the
        # year-ago quarter": the period named before it, a year earlier (dates._same_period; before
        # "later", so that "the same month a year earlier" is one phrase)
        (
            "same_period",
            r"\b(?:the same (?:period|month|quarter|week|day|time|season) (?:(?:of |in )?"
            r"(?P<last>last year|a year ago)|(?P<earlier>a year (?:earlier|before)|"
            r"(?:of |in )?the (?:previous|prior|preceding) year))|"
            r"the (?:(?P<ago>year-ago|year ago)|year-earlier|year earlier) "
            r"(?:period|month|quarter|week|day|time))\b",
            re.I,
        ),
        (
            "later",
            rf"\b{_N} (?P<unit>day|week|month|year)s? (?P<dir>later|earlier|afterwards?|before)\b",
            re.I,
        ),
        (
            "from_to",
            rf"\b[Ff]rom {_Q}(?P<y1>(?:19|20)\d\d) (?:to|until|through) {_Q}(?P<y2>(?:19|20)\d\d)\b",
            0,
        ),
        (
            "year_range",
            r"(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)\d\d|\d\d)(?![\d%-]|\.\d)",
            0,
        ),
        (
            "mdy",
            rf"\b(?:{_WD},? )?{_M} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b",
            0,
        ),
        ("dmy", rf"\b(?P<day>\d{{1,2}}) {_M} (?P<year>(?:19|20)\d\d)\b", 0),
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b", 0),
        # days of the calendar with a fixed date ("on Christmas Eve", "the Fourth of July"); a bare
        # "Christmas"/"Halloween" only after a preposition (checked in dates._bare_holiday) and
        # before the clause goes on ("before Christmas.", not "Christmas sales"); see dates._HOLIDAYS
        (
            "holiday",
            r"\b(?:(?P<rel>(?i:last|next|this|on|by|until|since|before|after)) )?(?:the )?"
            r"(?P<name>Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve|"
            r"Valentine['’]s Day|Boxing Day|Fourth of July|Bastille Day|Anzac Day|Waitangi Day|"
            r"(?:Christmas|Halloween)(?=[.,;:!?)]|$| (?:and|or|in|this|last|next|when|"
            r"as|with|to|of|at|for)\b))",
            0,
        ),
        (
            "dm",
            rf"\b(?P<rel>on |by |until |since |from )?(?:the )?(?P<day>\d{{1,2}})(?:st|nd|rd|th)? "
            rf"(?:of )?{_M}(?:,? (?P<year>(?:19|20)\d\d))?(?![\w-])",
            0,
        ),
        (
            "month_year_rel",
            rf"\b(?P<since>[Ss]ince )?(?:(?:in|by|from|until) )?{_M} (?P<which>last|this|next) year\b",
            0,
        ),
        (
            "season",
            r"\b(?P<since>since )?(?:(?P<rel>this|last|next)|(?:in|during|by|until|over|through) the|"
            r"the)\s+(?P<part>early |late )?(?P<season>spring|summer|autumn|winter|fall)"
            r"(?:(?: of)? (?P<year>(?:19|20)\d\d))?\b(?(rel)|(?! of (?!(?:19|20)\d\d)))",
            re.I,
        ),
        (
            "year_end",
            r"\b(?:(?:by|before|until|at|towards?) (?:the )?end of (?P<which>the|this|next) year|"
            r"by year[- ]end|(?P<later>later this year))\b",
            re.I,
        ),
        (
            "year_start",
            r"\b(?P<since>since |from )?(?:at |in |by )?the (?:beginning|start) of "
            r"(?P<which>the|this|next|last) year\b",
            re.I,
        ),
        (
            "month_end",
            r"\b(?:by|before|until|at|towards?) (?:the )?end of (?P<which>the|this|next) month\b",
            re.I,
        ),
        # "rose 0.5% in March after falling the previous month": the month (quarter) before the
        # one named before it in the sentence (relative.following_years)
        (
            "previous_period",
            r"\bthe (?:(?P<dir>previous|prior|preceding|following) (?P<unit>month|quarter)\b"
            r"(?![\w-]| of\b)|(?P<unit2>month|quarter) (?P<dir2>before|after)(?=[,.;]|$))",
            re.I,
        ),
        (
            "quarter",
            # "this quarter", "the current quarter", "last quarter": counted from publication;
            # not "quarter-final", "a quarter century"
            r"\b(?:the )?(?P<q>first|second|third|fourth|final|last|this|next|current|previous|"
            r"past)[- ]quarter(?![\w-]| century| mile)"
            r"(?: of (?:(?P<which>this|last|next) year|(?P<year>(?:19|20)\d\d)))?\b",
            re.I,
        ),
        (
            "half",
            r"\b(?:the )?(?P<h>first|second)[- ]half of (?:(?P<which>the|this|last|next) year|"
            r"(?P<year>(?:19|20)\d\d))\b",
            re.I,
        ),
        ("mid_year", r"\b[Mm]id-(?P<year>(?:19|20)\d\d)\b", 0),
        # "In the quarter, revenue fell": the quarter the article named last (dates.find_dates)
        ("the_quarter", r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Tt]hroughout) the quarter\b(?![\w-]| of)", 0),
        # wire style: "by end-2008", "in early-2009" (the year pattern skips a year after "-")
        ("part_year", r"\b(?:[Ee]nd|[Ee]arly|[Ll]ate|[Ss]tart)-(?P<year>(?:19|20)\d\d)\b", 0),
        # "in Q3", "Q1 2008", "3Q results", "H1 2008" (a half only with its year: "H2" is hydrogen)
        (
            "q_quarter",
            r"\b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q|(?:(?P<h>[12])H|H(?P<h2>[12]))(?= (?:19|20)\d\d))"
            r"(?: (?P<year>(?:19|20)\d\d))?\b(?![-/])",
            0,
        ),
        (
            "following_year",
            r"\b(?:the (?P<dir>following|previous) year|a year (?P<dir2>later|earlier)(?! than\b)|"
            # (not a comparison: "in 2011, a year later than planned" was 2012; round 27)
            r"the year (?P<dir3>before|after)(?=[,.;]|$))\b",
            re.I,
        ),
        ("since_my", rf"\b(?P<since>[Ss]ince) {_M},? (?P<year>(?:19|20)\d\d)\b", 0),
        ("my", rf"\b{_M},? (?P<year>(?:19|20)\d\d)\b", 0),
        (
            "md",
            rf"\b(?P<rel>last |next |this |on |by |until |since |from )?{_M} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)",
            0,
        ),
        (
            "month",
            rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]hrough|[Oo]f|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?|[Ff]rom|[Ff]or|[Ee]nd)[ -]{_M}(?![\w-])",
            0,
        ),
        # "in September and October", "in May, June and July": a month after a month
        # (the month before it is checked in dates._after_a_month: faster than a look-behind)
        ("second_month", rf"(?:,? and|,? or|,) {_M}(?![\w-])", 0),
        # "the March deadline", "its June sales": a month before a noun
        (
            "month_adj",
            rf"\b{_M}(?= [a-z])",  # after "the", "its", "GM's": see dates._after_a_determiner
            0,
        ),
        # "December's sales fell": a month's own figures (not "May's", as often a person's)
        ("month_possessive", rf"\b(?!May){_M}['’]s(?= [a-z])", 0),
        # "[Ten] years ago": a number an editor put in brackets
        # "50 years ago this month", "100 years ago today": an anniversary, one date
        (
            "ago",
            rf"\b(?P<more>(?:more than|over) )?{_N}\]? (?P<unit>year|month|week|day|decade)s? ago\b"
            r"(?: (?P<this>this month|this week|today))?",
            re.I,
        ),
        (
            "rel",
            r"\b(?P<since>since )?(?P<rel>last|this|next|past) (?P<unit>year|month|week|weekend|decade)"
            r"(?:'s|’s|(?<=this year)s(?= [a-z]))?\b",
            re.I,
        ),
        ("weekend", r"\b(?:over|during|at|on|throughout|through) the weekend\b", re.I),
        ("new_year", r"\b(?P<part>early |late )?in the new year\b", re.I),
        (
            "day_word",
            r"\b(?P<word>today|tonight|this morning|this afternoon|this evening|yesterday|tomorrow|"
            r"overnight|earlier in the day|later in the day|last night)(?:'s|’s)?\b",
            re.I,
        ),
        (
            "weekday",
            rf"\b(?P<rel>(?:[Tt]his )?past |last |next |this |on |[Ll]ast |[Nn]ext |[Tt]his |[Oo]n )?{_WD}(?:'s|’s)?\b",
            0,
        ),
        (
            "more_than",
            rf"\b(?:in|for) (?:more than|over|upwards of) {_N} (?P<unit>year|decade)s\b",
            re.I,
        ),
        ("since_year", r"\b(?P<since>[Ss]ince) (?P<year>(?:19|20)\d\d)\b(?![-–/]\d)", 0),
        (
            "year",
            r"(?<![\d$£€.,/-])(?P<year>(?:19|20)\d\d)(?![\d%]|,\d|-\d|\.\d|[- ]years?\b)(?:'s|’s)?",
            0,
        ),
    ]
]

# "9/11"; "the class of '98", "in '08"; "Reagan in 80 and 84," in a sentence that names a year.
# Run after PATTERNS, only in a sentence that has digits: their words (a digit, "in", an
# apostrophe) are in most sentences, so a prefilter on them would cost more than it saves.
# (The text before each match is checked in dates._short_year_place: faster than a look-behind.)
SHORT_YEARS = [
    ("nine_eleven", re.compile(r"(?<![\d/])9/11(?![\d/])")),
    ("short_year", re.compile(r"['’](?P<yy>\d\d)\b(?![\d%'’]|\.\d|,\d)")),
    (
        "bare_short_year",
        re.compile(r"(?:in| and) (?P<yy>\d\d)(?![\w%])(?=\s*(?:[.;]|,(?!\s*\d)|and \d\d\b|$))"),
    ),
]

PATTERNS_BY_KIND = {kind: pattern for kind, pattern in PATTERNS}
TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m\b|o'clock)", re.I)
