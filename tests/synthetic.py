"""A synthetic content folder of any size: many actors, claims, stances and every kind of date.

It passes `briefing check`, so the pictures can be tried at a size the seed does not reach
(50 actors and more). Deterministic for a given seed.
"""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Ana", "Boris", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun",
         "Kemal", "Lena", "Marta", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tomas"]
LAST = ["Abara", "Brandt", "Castellanos-Ruiz", "Dimitrov", "Eriksen", "Fujimoto", "Gallo",
        "Haddad", "Ivanova", "Jovanovic", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura"]
PLACES = ["Northland", "Eastmark", "Sudovia", "Westerlund", "Karvania", "Ostria", "Belmora",
          "Tarvos", "Lunaria", "Vesk"]
BODIES = ["Ministry of Foreign Affairs of {}", "{} Defence Council", "{} Port Authority",
          "Central Bank of {}", "{} Workers' Union"]
GROUPS = ["observers", "diplomats", "analysts", "protesters", "several governments", "officials"]
DATES = ["{y}", "{y}-{m:02d}", "{y}-{m:02d}-{d:02d}", "{y}-{m:02d}?", "{y}~",
         "{y}-{m:02d}-{d:02d}/{y}-{m:02d}-{e:02d}", "../{y}", "{y}-{m:02d}/..", "{y}-{m:02d}%"]


def actors_for(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(id, name, kind) for `count` distinct actors of every kind."""
    out: dict[str, tuple[str, str, str]] = {}
    while len(out) < count:
        roll = rng.random()
        if roll < 0.45:
            name, kind = f"{rng.choice(FIRST)} {rng.choice(LAST)}", "person"
        elif roll < 0.65:
            name, kind = rng.choice(PLACES), "country"
        elif roll < 0.9:
            name, kind = rng.choice(BODIES).format(rng.choice(PLACES)), "organization"
        else:
            name, kind = rng.choice(GROUPS), "group"
        ident = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
        ident = "-".join(p for p in ident.split("-") if p)
        out.setdefault(ident, (ident, name, kind))
    return list(out.values())


def write_synthetic(folder: Path, actors: int = 50, articles: int = 8, seed: int = 7) -> Path:
    """Write folder/actors.yaml and folder/articles/*; return the folder."""
    rng = random.Random(seed)
    cast = actors_for(actors, rng)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(cast))]
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    lines = ["actors:"]
    for ident, name, kind in cast:
        lines += [f"  - id: {ident}", f"    name: \"{name}\"", f"    kind: {kind}"]
    (folder / "actors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pick = [ident for ident, _, _ in cast]
    for a in range(articles):
        year = 2019 + a % 6
        slug = f"{year}-12-0{a % 9 + 1}-synthetic-{a}"
        paragraphs: list[str] = []
        yaml = [f"title: Synthetic briefing {a}", "source: The Test Wire",
                f"published: {year}-12-0{a % 9 + 1}", f"tags: [synthetic, batch-{a % 3}]",
                f"summary: A made-up article number {a} with many actors.", "actors:"]
        named = sorted(set(rng.choices(pick, weights, k=30)), key=pick.index)
        yaml += [f"  - id: {i}\n    role: appears in article {a}" for i in named]
        yaml.append("claims:")
        for c in range(14):
            by, *about = rng.sample(named, min(len(named), rng.randint(2, 4)))
            sentence = f"Speaker {c} of article {a} made claim number {c}."
            paragraphs.append(sentence)
            yaml += [f"  - id: claim-{c}", f"    claim: Claim {c} of article {a}.",
                     f"    by: {by}", f"    evidence: {sentence}",
                     f"    about: [{', '.join(about)}]"]
            if rng.random() < 0.45:
                stance = rng.choice(["denies", "disputes", "confirms"])
                party = rng.choice([n for n in named if n != by])
                yaml += ["    parties:", f"      - actor: {party}", f"        stance: {stance}"]
        yaml.append("timeline:")
        for e in range(12):
            y = rng.randint(year - 6, year - 1) if e % 4 else year - rng.randint(10, 25)
            date = rng.choice(DATES).format(y=y, m=rng.randint(1, 12), d=rng.randint(1, 20),
                                            e=rng.randint(21, 28))
            sentence = f"Event {e} of article {a} happened then."
            paragraphs.append(sentence)
            who = rng.sample(named, rng.randint(0, 3))
            yaml += [f"  - id: event-{e}", f"    date: \"{date}\"",
                     f"    event: Event {e} of article {a}.", f"    actors: [{', '.join(who)}]",
                     f"    evidence: {sentence}"]
        text = "\n\n".join(paragraphs) + "\n"
        (folder / "articles" / f"{slug}.md").write_text(text, encoding="utf-8")
        (folder / "articles" / f"{slug}.yaml").write_text("\n".join(yaml) + "\n",
                                                          encoding="utf-8")
    return folder
