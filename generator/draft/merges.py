"""Two actors found apart that are one: a company named short, a body named in lower case."""

from __future__ import annotations

import re

from .gazetteer import DEMONYMS, SURFACE, Entry
from .index import Actor, ActorIndex, fold
from .orgs import initials_match

_COMPANY_HEADS = set(
    [
        "Foods",
        "Markets",
        "Capital",
        "Research",
        "Commodities",
        "Partners",
        "Airlines",
        "Motors",
        "Motor",
        "Technologies",
        "Group",
        "Holdings",
        "Industries",
        "Inc.",
        "Inc",
        "Corp.",
        "Corp",
        "Corporation",
        "Company",
        "Co.",
        "Co",
        "Ltd",
        "Ltd.",
        "LLC",
        "PLC",
        "plc",
        "Pharmaceuticals",
        "Logistics",
        "Investments",
        "Ventures",
        "Analytics",
        "Consulting",
        "Stores",
        "Brands",
    ]
)


def short_company_names(index: ActorIndex) -> None:
    """ "Prairie Fresh" after "Prairie Fresh Markets" is the company, not a person."""
    companies = [
        a
        for a in index.actors.values()
        if a.kind == "organization"
        and a.key.startswith("o:")
        and a.name.split()[-1] in _COMPANY_HEADS
    ]
    for key, actor in list(index.actors.items()):
        if actor.kind != "person" or actor.titles or actor.role or key.startswith("u:"):
            continue
        words = actor.name.split()
        owners = [
            c for c in companies if c.name.split()[: len(words)] == words and c.name != actor.name
        ]
        if len(owners) != 1:
            continue
        _merge_into(index, key, owners[0])


def short_company_name(name: str) -> str:
    """ "Apple" for "Apple Inc.", "Boeing" for "Boeing Co.", "Ford" for "Ford Motor Co."; ""
    for a name with no company suffix."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in _COMPANY_HEADS:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else ""


_LOWER_BODY = re.compile(r"^(.+?)(?:’s|'s) (?:[a-z]+ )*([a-z]+)$")


def lower_bodies_named_in_full(index: ActorIndex) -> None:
    """ "Ghana's central bank" is the "Bank of Ghana" when the article names that too."""
    for key, actor in list(index.actors.items()):
        m = _LOWER_BODY.match(actor.name) if key.startswith("o:") else None
        if m is None:
            continue
        owner, head = m.group(1), m.group(2).capitalize()
        full = [
            a
            for a in index.actors.values()
            if a.kind == "organization"
            and a is not actor
            and owner in a.name
            and head in a.name.split()
        ]
        if len(full) == 1:
            _merge_into(index, key, full[0])


def same_names(index: ActorIndex) -> None:
    """ "Dan Savage" found once as a person and once as an organization is one actor: the
    one named more often keeps the other's mentions. So are "New People's Party" and "New
    People Party" (`without_possessives`)."""
    by_name: dict[str, list[str]] = {}
    for key, actor in index.actors.items():
        if not key.startswith("u:"):
            by_name.setdefault(fold(without_possessives(actor.name)), []).append(key)
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-index.actors[k].count, not k.startswith("p:")))
        for key in keys[1:]:
            _merge_into(index, key, index.actors[keys[0]])


def without_possessives(name: str) -> str:
    """ "New People's Party" -> "New People Party": a name written with and without the
    possessive of a word inside it."""
    return re.sub(r"(?<=\w)(?:'s|’s|'|’)(?= )", "", name) if "s" in name else name


def org_tails(index: ActorIndex) -> None:
    """ "the Air Force" after "the United States Air Force": the one organization whose name
    ends in these words."""
    orgs = [
        a for a in index.actors.values() if a.kind == "organization" and a.key[:2] in ("o:", "g:")
    ]
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if actor.kind != "organization" or not key.startswith("o:") or len(words) < 2:
            continue
        longer = [
            o
            for o in orgs
            if o is not actor
            and o.key in index.actors
            and len(o.name.split()) > len(words)
            and o.name.split()[-len(words) :] == words
        ]
        if len(longer) == 1:
            _merge_into(index, key, longer[0])


# words that name a company's arm after its name: "Barclays Capital", "Fiat Group"
_ARM_WORDS = frozenset(("Capital", "Group", "Holdings", "Bank"))


def arms_of_listed_companies(index: ActorIndex) -> None:
    """ "Barclays Capital analyst Brian Johnson said ... Barclays said": a company the gazetteer
    lists by one word and the same word before "Capital", "Group" or "Holdings", both named in
    the article, are one actor (round 26: two, the reader's two pages of one bank)."""
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if actor.kind != "organization" or not key.startswith("o:") or len(words) != 2:
            continue
        if words[1] not in _ARM_WORDS:
            continue
        owners = [
            a for a in index.actors.values()
            if a.key.startswith("g:") and a.kind == "organization" and a.name == words[0]
        ]
        if len(owners) == 1:
            _merge_into(index, key, owners[0])


def org_cores(index: ActorIndex) -> None:
    """ "Comic Corps" after "Comic Corps of Canada", "Supreme Court" after "Italian Supreme
    Court of Cassation": the one organization whose name holds these words before "of" or
    "for", with at most a demonym or "the" before them."""
    orgs = [a for a in index.actors.values() if a.kind == "organization" and a.key[:2] in ("o:", "g:")]
    for key, actor in list(index.actors.items()):
        words = actor.name.split()
        if actor.kind != "organization" or not key.startswith("o:") or len(words) < 2:
            continue
        longer = [o for o in orgs if o is not actor and o.key in index.actors and _core_of(words, o.name.split())]
        if len(longer) == 1:
            _merge_into(index, key, longer[0])


def _core_of(words: list[str], longer: list[str]) -> bool:
    n = len(words)
    for i in range(0, min(2, len(longer) - n)):
        if (
            longer[i : i + n] == words
            and longer[i + n] in ("of", "for")
            and all(w in DEMONYMS or w == "The" for w in longer[:i])
        ):
            return True
    return False


def country_tails(index: ActorIndex) -> None:
    """ "Korea" after "South Korea": a lone name that ends the name of the one country of the
    article is that country."""
    countries = [a for a in index.actors.values() if a.kind == "country"]
    for key, actor in list(index.actors.items()):
        if not key.startswith("w:"):
            continue
        owners = [c for c in countries if c.name.split()[-1] == actor.name and " " in c.name]
        if len(owners) == 1:
            _merge_into(index, key, owners[0])


def acronyms_of_names(index: ActorIndex) -> None:
    """ "USI" after "the University of Southern Indiana", never defined in brackets: a lone
    acronym whose letters are the initials of one organization's name is that organization."""
    orgs = [a for a in index.actors.values() if a.kind == "organization" and len(a.name.split()) > 1]
    for key, actor in list(index.actors.items()):
        if not key.startswith("w:") or not re.fullmatch(r"[A-Z]{2,6}", actor.name):
            continue
        owners = [o for o in orgs if o.key in index.actors and initials_match(actor.name, o.name.split())]
        if len(owners) == 1:
            _merge_into(index, key, owners[0])


def _merge_into(index: ActorIndex, key: str, owner: Actor) -> None:
    actor = index.actors.pop(key)
    for form in [actor.name, *actor.forms]:
        owner.add_form(form)
    owner.count += actor.count
    _rekey(index, key, owner.key)


def _rekey(index: ActorIndex, key: str, owner: str) -> None:
    """Every mention of ``key`` becomes a mention of ``owner``."""
    for mentions in index.mentions.values():
        for m in mentions:
            if m.key == key:
                m.key = owner


def spelling_twins(index: ActorIndex) -> None:
    """ "Kristen Wilkins" and "Kristin Wilkins" in one article: two persons whose names differ
    by one letter of the given name are one person spelled two ways."""
    persons = [a for a in index.actors.values() if a.kind == "person" and " " in a.name]
    for a in persons:
        for b in persons:
            if (
                a is not b
                and a.key in index.actors
                and b.key in index.actors
                and a.count >= b.count
                and _one_letter_apart(a.name, b.name)
            ):
                _merge_into(index, b.key, a)


def _one_letter_apart(a: str, b: str) -> bool:
    first_a, _, last_a = a.partition(" ")
    first_b, _, last_b = b.partition(" ")
    if last_a != last_b or len(first_a) != len(first_b) or len(first_a) < 4:
        return False
    return sum(x != y for x, y in zip(first_a, first_b, strict=True)) == 1


# common English short forms of given names (a general table, not the article's people)
_SHORT_FORMS = {
    "Larry": "Lawrence", "Bill": "William", "Will": "William", "Billy": "William",
    "Bob": "Robert", "Rob": "Robert", "Bobby": "Robert", "Jim": "James", "Jimmy": "James",
    "Mike": "Michael", "Dick": "Richard", "Rick": "Richard", "Tom": "Thomas", "Tony": "Anthony",
    "Ted": "Edward", "Ed": "Edward", "Ned": "Edward", "Joe": "Joseph", "Chuck": "Charles",
    "Charlie": "Charles", "Hank": "Henry", "Harry": "Henry", "Jack": "John", "Johnny": "John",
    "Peggy": "Margaret", "Meg": "Margaret", "Maggie": "Margaret", "Betty": "Elizabeth",
    "Liz": "Elizabeth", "Beth": "Elizabeth", "Kate": "Katherine", "Kathy": "Katherine",
    "Sue": "Susan", "Jenny": "Jennifer", "Jen": "Jennifer", "Andy": "Andrew", "Drew": "Andrew",
    "Dave": "David", "Steve": "Stephen", "Ben": "Benjamin", "Sam": "Samuel", "Dan": "Daniel",
    "Danny": "Daniel", "Matt": "Matthew", "Nick": "Nicholas", "Pat": "Patrick", "Greg": "Gregory",
    "Jeff": "Jeffrey", "Ken": "Kenneth", "Ron": "Ronald", "Don": "Donald", "Al": "Albert",
    "Fred": "Frederick", "Gene": "Eugene", "Jerry": "Gerald", "Terry": "Terence",
    "Chris": "Christopher", "Alex": "Alexander", "Tim": "Timothy", "Vince": "Vincent",
}


def short_form_twins(index: ActorIndex) -> None:
    """ "Lawrence Lessig" and "Larry Lessig", "William Smith" and "Bill Smith": two persons of
    one article with the same surname, whose given names are a name and its common short form,
    are one person (named by the full form)."""
    persons = [a for a in index.actors.values() if a.kind == "person" and len(a.tokens) == 2]
    for a in persons:
        for b in persons:
            if (
                a is not b
                and a.key in index.actors
                and b.key in index.actors
                and a.tokens[1] == b.tokens[1]
                and _SHORT_FORMS.get(b.tokens[0]) == a.tokens[0]
                and not _named_together(index, a.key, b.key)
            ):
                _merge_into(index, b.key, a)


def _named_together(index: ActorIndex, a: str, b: str) -> bool:
    """ "Jim Smith and his son James Smith": two names one sentence holds are two persons (a
    writer does not name one person twice over in one sentence)."""
    return any(
        {m.key for m in mentions} >= {a, b} for mentions in index.mentions.values()
    )


def surnames_of_companies(index: ActorIndex, texts: list[str]) -> None:
    """ "Michael Bloomberg ... Bloomberg said", "Keisuke Honda ... Honda said": a well-known
    company named only by one word that is the surname of the one person the article named
    before it is that person (a company's other names, "Honda Motor", keep it the company)."""
    first: dict[str, tuple[int, int]] = {}
    surfaces: dict[str, set[str]] = {}
    for n in sorted(index.mentions):
        for m in index.mentions[n]:
            first.setdefault(m.key, (n, m.start))
            surface = re.sub(r"(?:’s|'s)$", "", texts[n][m.start : m.end])
            surfaces.setdefault(m.key, set()).add(surface)
    people = [a for k, a in index.actors.items() if a.kind == "person" and not k.startswith("u:")
              and len(a.tokens) >= 2]
    for key, actor in list(index.actors.items()):
        named = surfaces.get(key, set())
        if not key.startswith("g:") or actor.kind != "organization" or len(named) != 1:
            continue
        word = next(iter(named))
        if " " in word:
            continue
        owners = [p for p in people if p.tokens[-1] == word]
        if len(owners) == 1 and first.get(owners[0].key, first[key]) < first[key]:
            del index.actors[key]
            owner = owners[0]
            owner.add_form(word)
            owner.count += actor.count
            _rekey(index, key, owner.key)


def names_entry(long: str, entry: Entry) -> bool:
    """ "Office for the Coordination of Humanitarian Affairs" is a name of the known OCHA;
    "Bureau of Industry and Security" is not one of the Bank for International Settlements."""
    return any(fold(long) in fold(f) for f in [entry.name, *entry.aliases])


def acronyms_defined_otherwise(index: ActorIndex, acronyms: dict[str, str], texts: list[str]) -> None:
    """ "the Bureau of Industry and Security (BIS) ... BIS said", "the London School of
    Economics (LSE)": an acronym the article defines for another body than the well-known one
    it also spells is the article's body wherever it is named by that acronym alone."""
    for long, short in acronyms.items():
        entry = SURFACE.get(short)
        known = index.actors.get("g:" + entry.name) if entry is not None else None
        if entry is None or known is None or names_entry(long, entry):
            continue
        owners = [a for k, a in index.actors.items() if k != known.key
                  and fold(long) in {fold(f) for f in [a.name, *a.forms]}]
        named = {texts[n][m.start : m.end] for n, ms in index.mentions.items() for m in ms
                 if m.key == known.key}
        if len(owners) != 1 or not named <= {short, f"{short}'s", f"{short}’s"}:
            continue
        del index.actors[known.key]
        owners[0].add_form(short)
        owners[0].count += known.count
        for mentions in index.mentions.values():
            for m in mentions:
                if m.key == known.key:
                    m.key = owners[0].key
