"""A deterministic synthetic corpus, for benchmarks only.

    python bench/synth.py --articles 1000 --out /tmp/corpus     # writes /tmp/corpus/content/

The same `--articles` and `--seed` always give the same bytes. Actors are reused the way
coverage reuses them: their frequency follows a Zipf law over a few hundred shared actors
(a handful appear in most articles, a long tail in a few), and some articles add actors of
their own. Claims carry quotes and parties that deny, dispute or confirm them; timeline
entries use every date precision the content model knows, intervals and open ends included;
every evidence sentence and quote is copied from the article text, so `briefing check` is
clean.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dara",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kenji",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sven",
    "Tamar",
    "Umar",
    "Vera",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Amir",
    "Bea",
    "Cyril",
    "Dilnoza",
    "Emre",
    "Fatima",
    "Goran",
    "Hana",
    "Igor",
    "Jae",
    "Kofi",
    "Lucia",
    "Min",
    "Nour",
]
LAST = [
    "Abe",
    "Bauer",
    "Costa",
    "Dumont",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kaur",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rahman",
    "Sato",
    "Tanaka",
    "Urban",
    "Volkov",
    "Wagner",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Alvarez",
    "Brandt",
    "Cho",
    "Demir",
    "Ekwueme",
    "Farouk",
    "Gupta",
    "Horvat",
    "Iqbal",
    "Jovanovic",
    "Kim",
    "Lee",
    "Mensah",
    "Nakamura",
]
PLACES = [
    "Arvania",
    "Belmora",
    "Calidon",
    "Dravia",
    "Esteria",
    "Fennmark",
    "Galdor",
    "Hestia",
    "Istra",
    "Jorvik",
    "Kaldera",
    "Lunmark",
    "Moravia",
    "Norland",
    "Ostrava",
    "Pelion",
    "Quarin",
    "Rhodan",
    "Sarnia",
    "Tavor",
    "Ulmen",
    "Valdra",
    "Westmark",
    "Xandria",
    "Yvora",
    "Zenda",
    "Eastland",
    "Southmere",
    "Northolt",
    "Arkadia",
]
ORG_KINDS = (
    "Institute for Strategic Studies",
    "Ministry of Defence",
    "Foreign Ministry",
    "Central Bank",
    "Shipping Company",
    "Energy Agency",
    "State News Agency",
    "Arms Control Center",
    "Border Guard",
    "Trade Council",
    "Security Council",
    "Press Office",
)
GROUPS = (
    "analysts",
    "officials",
    "diplomats",
    "observers",
    "experts",
    "lawmakers",
    "residents",
    "aid workers",
    "investigators",
    "military sources",
)
SOURCES = (
    "Reuters",
    "Associated Press",
    "CNN",
    "BBC",
    "Al Jazeera",
    "The Guardian",
    "Le Monde",
    "Der Spiegel",
    "NHK",
    "Yonhap",
    "Kyodo",
    "France 24",
    "DW",
    "NPR",
)
TOPICS = (
    "sanctions",
    "arms-transfers",
    "energy",
    "shipping",
    "diplomacy",
    "nuclear-program",
    "missile-tests",
    "border-security",
    "trade",
    "elections",
    "cyber-attacks",
    "food-aid",
    "satellites",
    "refugees",
    "summits",
    "military-drills",
    "espionage",
    "oil-exports",
    "ports",
    "grain",
    "airspace",
    "labour",
    "banking",
    "space",
    "fisheries",
    "railways",
    "pipelines",
    "mining",
    "media",
    "courts",
)
SUBJECTS = (
    "fuel shipments",
    "artillery shells",
    "grain exports",
    "satellite launches",
    "port access",
    "border crossings",
    "oil tankers",
    "missile parts",
    "bank transfers",
    "fishing rights",
    "rail freight",
    "drone components",
    "power lines",
    "naval patrols",
    "customs checks",
    "aid convoys",
    "mining licences",
    "air routes",
    "labour permits",
    "radio broadcasts",
)
VERBS = (
    "increased",
    "resumed",
    "stopped",
    "doubled",
    "slowed",
    "expanded",
    "collapsed",
    "continued",
    "tripled",
    "shifted",
)
WHERE = (
    "across the border",
    "through the northern port",
    "along the coast",
    "in the capital",
    "near the frontier",
    "through third countries",
    "by rail",
    "at sea",
    "in the disputed region",
    "over the winter",
)
FILLER = (
    "The talks lasted several hours behind closed doors.",
    "Neither side published a full account of the meeting.",
    "Satellite images reviewed by researchers showed new construction at the site.",
    "The announcement came days before a scheduled vote in parliament.",
    "Markets reacted calmly to the news.",
    "Officials declined to give further details.",
    "Local media carried the statement without comment.",
    "The agreement has not been made public.",
    "Several ships were seen leaving the harbour at night.",
    "The previous round of negotiations ended without a deal.",
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
STANCES = ("denies", "disputes", "confirms")
PAST = {"denies": "denied", "disputes": "disputed", "confirms": "confirmed"}
SAY = {
    "person": "said",
    "organization": "said in a statement",
    "country": "said through its foreign ministry",
    "group": "said",
}


@dataclass
class SynthActor:
    """An actor of the synthetic corpus."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    affiliation: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class CorpusStats:
    """What was written."""

    articles: int
    shared_actors: int
    local_actors: int
    claims: int
    events: int


def shared_actor_count(articles: int) -> int:
    """How many actors content/actors.yaml holds for a corpus of this size (600 at 10,000)."""
    return max(12, round(6 * math.sqrt(articles)))


def _actors(rng: random.Random, count: int) -> list[SynthActor]:
    actors: list[SynthActor] = []
    seen: set[str] = set()

    def add(actor: SynthActor) -> None:
        if actor.id not in seen:
            seen.add(actor.id)
            actors.append(actor)

    countries = [
        SynthActor(
            _slug(p),
            p,
            "country",
            [f"{p}'s government"],
            f"Country number {i + 1} of the synthetic world.",
            None,
            f"Q{9000 + i}",
        )
        for i, p in enumerate(PLACES)
    ]
    for actor in countries[: max(4, count // 10)]:
        add(actor)
    n = 0
    while len(actors) < count:
        n += 1
        roll = rng.random()
        home = rng.choice(actors[: len(countries)]).id if actors else None
        if roll < 0.6:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            ident = _slug(name) if _slug(name) not in seen else f"{_slug(name)}-{n}"
            add(
                SynthActor(
                    ident,
                    name,
                    "person",
                    [name.split()[-1]],
                    f"Official of {home}." if home else "",
                    home,
                    None,
                )
            )
        elif roll < 0.9:
            place = rng.choice(PLACES)
            name = f"{place} {rng.choice(ORG_KINDS)}"
            ident = _slug(name) if _slug(name) not in seen else f"{_slug(name)}-{n}"
            add(
                SynthActor(
                    ident,
                    name,
                    "organization",
                    [],
                    f"An organization based in {place}.",
                    _slug(place) if _slug(place) in seen else None,
                    f"Q{20000 + n}",
                )
            )
        else:
            name = f"{rng.choice(PLACES)} {rng.choice(GROUPS)}"
            ident = f"{_slug(name)}-{n}"
            add(SynthActor(ident, name, "group", [], "", None, None))
    return actors


class Zipf:
    """Draw ranks 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, n: int, s: float = 1.1) -> None:
        self.cumulative = list(accumulate(1 / (k + 1) ** s for k in range(n)))

    def draw(self, rng: random.Random) -> int:
        """One rank."""
        return bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _day(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _when(rng: random.Random, published: date) -> tuple[str, str]:
    """A past date of some precision, as YAML and as the article text words it."""
    back = published - timedelta(days=rng.randint(4, 2000))
    kind = rng.randrange(9)
    if kind == 0:
        return f"{back.year}", f"in {back.year}"
    if kind == 1:
        return f"{back:%Y-%m}", f"in {MONTHS[back.month - 1]} {back.year}"
    if kind == 2:
        end = back + timedelta(days=rng.randint(1, 3))
        return f"{back:%Y-%m-%d}/{end:%Y-%m-%d}", f"between {_day(back)} and {_day(end)}"
    if kind == 3:
        return f"../{back.year}", f"in {back.year} or earlier"
    if kind == 4:
        return f"{back:%Y-%m}/..", f"since {MONTHS[back.month - 1]} {back.year}"
    if kind == 5:
        return f"{back:%Y-%m}?", f"probably in {MONTHS[back.month - 1]} {back.year}"
    if kind == 6:
        return f"{back.year}~", f"around {back.year}"
    return f"{back:%Y-%m-%d}", f"on {_day(back)}"


def _article(
    rng: random.Random,
    number: int,
    published: date,
    shared: list[SynthActor],
    zipf: Zipf,
    tags: Zipf,
) -> tuple[str, str, str, int, int, int]:
    """One article: (slug, YAML, Markdown, local actors, claims, events)."""
    cast: dict[str, SynthActor] = {}
    while len(cast) < rng.randint(4, 8):
        actor = shared[zipf.draw(rng)]
        cast[actor.id] = actor
    local: list[SynthActor] = []
    for k in range(rng.choice((0, 0, 1, 1, 2))):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        local.append(SynthActor(f"{_slug(name)}-a{number}-{k}", name, "person", [name.split()[-1]]))
    people = list(cast.values()) + local
    lead, other = people[0], people[1]
    subject = rng.choice(SUBJECTS)
    slug = f"{published:%Y-%m-%d}-{_slug(lead.name)}-{_slug(subject)}-{number}"
    paragraphs: list[str] = []
    claims: list[str] = []
    events: list[str] = []

    for c in range(rng.randint(2, 5)):
        by = rng.choice(people)
        about = rng.sample([p for p in people if p is not by], 2)
        what = f"{subject} linked to {about[0].name} {rng.choice(VERBS)} {rng.choice(WHERE)}"
        claim = f"{what[0].upper()}{what[1:]}."
        quoted = rng.random() < 0.5
        if quoted:
            quote = f"The {what}, and nobody can hide it"
            sentence = f"\u201c{quote},\u201d {by.name} {SAY[by.kind]}."
        else:
            quote = ""
            sentence = f"{by.name} {SAY[by.kind]} that {what}."
        body = [sentence]
        record = [
            f"  - id: claim-{c + 1}",
            f"    claim: {_q(claim)}",
            f"    by: {by.id}",
            f"    evidence: {_q(sentence)}",
            f"    about: [{about[0].id}, {about[1].id}]",
        ]
        if quoted:
            record.append(f"    quote: {_q(quote)}")
        if rng.random() < 0.7:
            record.append(
                "    date: "
                + _q(_when(rng, published)[0] if rng.random() < 0.3 else f"{published}")
            )
        parties = [p for p in people if p is not by][: rng.randint(0, 2)]
        if parties:
            record.append("    parties:")
        for party in parties:
            stance = rng.choice(STANCES)
            said = f"{party.name} {PAST[stance]} that account on {_day(published)}."
            body.append(said)
            record += [
                f"      - actor: {party.id}",
                f"        stance: {stance}",
                f"        evidence: {_q(said)}",
            ]
        if rng.random() < 0.2:
            record.append("    status: drafted")
        body.append(rng.choice(FILLER))
        paragraphs.append(" ".join(body))
        claims.append("\n".join(record))

    for e in range(rng.randint(2, 5)):
        written, words = _when(rng, published)
        who = rng.sample(people, 2)
        what = f"{who[0].name} and {who[1].name} discussed {rng.choice(SUBJECTS)}"
        sentence = f"{what} {words}, {rng.choice(GROUPS)} said."
        paragraphs.append(f"{sentence} {rng.choice(FILLER)}")
        events.append(
            "\n".join(
                [
                    f"  - id: event-{e + 1}",
                    f"    date: {_q(written)}",
                    f"    event: {_q(what + '.')}",
                    f"    actors: [{who[0].id}, {who[1].id}]",
                    f"    evidence: {_q(sentence)}",
                ]
                + (["    status: drafted"] if rng.random() < 0.2 else [])
            )
        )
    rng.shuffle(paragraphs)
    if rng.random() < 0.3:
        paragraphs.insert(
            1, f"Caption: {lead.name} arrives for talks.\nCredit: Photo agency {number}"
        )
    if rng.random() < 0.3:
        paragraphs.insert(len(paragraphs) // 2, "## What comes next")
    paragraphs.append(f"Reference number {number} closes this report on {subject}.")

    article_tags = sorted({TOPICS[tags.draw(rng)] for _ in range(rng.randint(1, 4))})
    roles = [
        f"  - id: {a.id}\n    role: {_q(f'named in connection with {subject}')}"
        for a in cast.values()
    ]
    roles += [
        f"  - id: {a.id}\n    name: {_q(a.name)}\n    kind: person\n"
        f"    aliases: [{_q(a.aliases[0])}]\n    role: witness"
        + ("\n    status: drafted" if rng.random() < 0.3 else "")
        for a in local
    ]
    source = SOURCES[min(zipf.draw(rng), len(SOURCES) - 1)]
    yaml = "\n".join(
        [
            f"title: {_q(f'{lead.name} and {other.name} at odds over {subject}')}",
            f"source: {_q(source)}",
            f"url: https://news.example.org/{slug}",
            f"published: {published}",
            f"dateline: {_q(rng.choice(PLACES))}",
            f"authors: [{_q(f'{rng.choice(FIRST)} {rng.choice(LAST)}')}]",
            "summary: "
            + _q(f"{lead.name} and {other.name} disagree about {subject}; article {number}."),
            f"tags: [{', '.join(article_tags)}]",
            "actors:",
            *roles,
            "claims:",
            *claims,
            "timeline:",
            *events,
            "",
        ]
    )
    return slug, yaml, "\n\n".join(paragraphs) + "\n", len(local), len(claims), len(events)


def _actors_yaml(actors: list[SynthActor]) -> str:
    lines = ["actors:"]
    for a in actors:
        lines += [f"  - id: {a.id}", f"    name: {_q(a.name)}", f"    kind: {a.kind}"]
        if a.aliases:
            lines.append(f"    aliases: [{', '.join(_q(x) for x in a.aliases)}]")
        if a.description:
            lines.append(f"    description: {_q(a.description)}")
        if a.affiliation and a.affiliation != a.id:
            lines.append(f"    affiliation: {a.affiliation}")
        if a.wikidata:
            lines += ["    links:", f"      wikidata: {a.wikidata}"]
    return "\n".join(lines) + "\n"


def generate_corpus(out: Path, articles: int, seed: int = 1) -> CorpusStats:
    """Write out/content/ (actors.yaml and articles/) with this many articles."""
    rng = random.Random(seed)
    shared = _actors(rng, shared_actor_count(articles))
    rng.shuffle(shared)  # the Zipf rank of an actor does not depend on its kind
    folder = out / "content" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (out / "content" / "actors.yaml").write_text(_actors_yaml(shared), encoding="utf-8")
    zipf, tags = Zipf(len(shared)), Zipf(len(TOPICS))
    start, span = date(2015, 1, 1), 3650
    local = claims = events = 0
    for number in range(1, articles + 1):
        published = start + timedelta(days=(number * span) // articles)
        slug, yaml, text, *counts = _article(rng, number, published, shared, zipf, tags)
        (folder / f"{slug}.yaml").write_text(yaml, encoding="utf-8")
        (folder / f"{slug}.md").write_text(text, encoding="utf-8")
        local, claims, events = local + counts[0], claims + counts[1], events + counts[2]
    return CorpusStats(articles, len(shared), local, claims, events)


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="writes OUT/content/")
    args = parser.parse_args(argv)
    stats = generate_corpus(args.out, args.articles, args.seed)
    print(
        f"synth: {stats.articles} articles, {stats.shared_actors} shared and "
        f"{stats.local_actors} article actors, {stats.claims} claims, {stats.events} events "
        f"in {args.out / 'content'}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
