"""Who is in the article: find, merge and name its actors, and resolve mentions to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import DEMONYMS, SURFACE
from .lexicon import CLAIMANT_NOUNS, NOT_NAMES, ORG_HEADS
from .names import Phrase, chunks, classify, role_after, role_before, tokens
from .sentences import Sentence


def slugify(text: str) -> str:
    """Lower-case letters, digits and hyphens."""
    text = re.sub(r"[’'.]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def fold(text: str) -> str:
    """Compare names case-insensitively, without a leading 'the' or a possessive."""
    text = text.replace("’", "'").lower().strip()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text).strip(" .,")


@dataclass
class Actor:
    """One real-world actor of the article."""

    key: str
    name: str
    kind: str
    forms: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    role: str = ""
    count: int = 0
    id: str = ""
    known: bool = False

    def add_form(self, form: str) -> None:
        form = re.sub(r"(?:’s|'s)$", "", form.strip())
        if form and fold(form) not in {fold(f) for f in [self.name, *self.forms]}:
            self.forms.append(form)

    @property
    def tokens(self) -> list[str]:
        return [t for t in self.name.split() if not re.fullmatch(r"[A-Z]\.", t)]


@dataclass
class Mention:
    """A stretch of a sentence that names an actor."""

    start: int
    end: int
    key: str


@dataclass
class ActorIndex:
    """Actors of an article and, per sentence, where each is named."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)

    def at(self, sent_no: int) -> list[Mention]:
        """Mentions in sentence number ``sent_no``, in text order."""
        return self.mentions.get(sent_no, [])

    def claimant(self, phrase: str) -> str:
        """Register an unnamed claimant ("a US official", "several governments"); return its key."""
        name = re.sub(r"^(?:a|an|the)\s+", "", phrase.strip(), flags=re.I)
        name = name[0].lower() + name[1:] if name and name.split()[0] in NOT_NAMES else name
        key = "u:" + fold(name)
        if key not in self.actors:
            noun = name.split()[-1].lower()
            kind = (
                "person"
                if noun in {"official", "spokesman", "spokeswoman", "spokesperson"}
                else "group"
            )
            used = {a.id for a in self.actors.values()}
            actor_id, i = slugify(name), 2
            while actor_id in used:
                actor_id, i = f"{slugify(name)}-{i}", i + 1
            self.actors[key] = Actor(key, name, kind, id=actor_id)
        self.actors[key].count += 1
        return key


_DESCRIPTION = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w.]*(?: [A-Z][\w.]*)? )?(?:[Vv]ice [Pp]resident|[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Ll]eader|[Cc]hancellor|[Ss]ecretary|[Aa]mbassador|[Ff]oreign [Mm]inister|[Dd]efense [Mm]inister|"
    r"[Ss]upreme [Ll]eader|[Kk]ing|[Qq]ueen|[Pp]ope|[Aa]dministration|[Pp]remier))\b(?! [A-Z][a-z])(?!’s \w+ [A-Z])"
)
_GROUP = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){0,3}?(?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<noun>team|delegation|squad)\b(?!s)"
)
_ACRONYM = re.compile(
    r"([A-Z][\w’'.-]*(?: (?:of|for|and|the|on|[A-Z][\w’'.-]*))*) \(([A-Z][A-Za-z0-9.&-]{1,9})\)"
)


def find_actors(sents: list[Sentence], known: list[dict] | tuple = ()) -> ActorIndex:
    """Find every actor named in the sentences, merge their names, and index their mentions."""
    index = ActorIndex()
    text = " ".join(s.text for s in sents)
    lower_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
    phrases: list[tuple[int, Phrase]] = []
    for n, sent in enumerate(sents):
        toks = tokens(sent.text)
        for chunk in chunks(sent.text, toks):
            if _inside_quote_name(sent.text, chunk[0].start, chunk[-1].end):
                continue
            for phrase in classify(sent.text, chunk, lower_words):
                if phrase.kind == "person" and not phrase.title:
                    phrase.extra["role_before"] = role_before(sent.text, phrase.start)
                if phrase.kind == "person":
                    phrase.extra["role_after"] = role_after(sent.text, phrase.end)
                phrases.append((n, phrase))
        phrases.extend((n, ph) for ph in coordinated_orgs(sent.text))
    acronyms = {m.group(1): m.group(2) for s in sents for m in _ACRONYM.finditer(s.text)}
    _build(index, phrases, sents, acronyms)
    _groups(index, sents)
    _describe(index, sents)
    assign_ids(index, known)
    return index


_COORDINATED = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) "
    r"(Departments|Ministries|Agencies|Committees|Councils|Offices|Commissions)\b"
)


def coordinated_orgs(sentence: str) -> list[Phrase]:
    """'the State and Homeland Security Departments' names two departments."""
    out = []
    for m in _COORDINATED.finditer(sentence):
        head = {"Ministries": "Ministry", "Agencies": "Agency"}.get(m.group(3), m.group(3)[:-1])
        for g in (1, 2):
            name = f"{m.group(g)} {head}"
            entry = SURFACE.get(name)
            kind = "organization"
            out.append(
                Phrase(
                    kind,
                    entry.name if entry else name,
                    m.start(g),
                    m.end(g),
                    entry=entry,
                    form=name,
                )
            )
    return out


def _inside_quote_name(text: str, start: int, end: int) -> bool:
    """A name inside a quote that is itself a title-case name: “Better Idea of Afghan Girls,”."""
    for m in re.finditer(r"[“\"]([^”\"]{1,80})[”\"]", text):
        if m.start(1) <= start and end <= m.end(1):
            words = re.findall(r"[\w’'-]+", m.group(1))
            return all(w[:1].isupper() or w in ("of", "the", "and", "for", "a") for w in words)
    return False


def _person_key(name: str) -> str:
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.", p)]
    return "p:" + fold(" ".join([parts[0], parts[-1]]) if len(parts) > 1 else name)


def _build(
    index: ActorIndex,
    phrases: list[tuple[int, Phrase]],
    sents: list[Sentence],
    acronyms: dict[str, str],
) -> None:
    singles: list[tuple[int, Phrase]] = []
    # full names first, so that surnames and titled surnames can join them
    ordered = sorted(
        phrases, key=lambda p: (p[1].kind != "person" or len(p[1].name.split()) < 2, p[0])
    )
    for n, ph in ordered:
        if ph.kind == "person" and ph.entry is not None:
            key = _person_key(ph.entry.name)
            actor = index.actors.setdefault(key, Actor(key, ph.entry.name, "person"))
            actor.titles.extend(t for t in (ph.title, ph.entry.title) if t)
            actor.role = actor.role or ph.extra.get("role_after", "")
        elif ph.kind in ("country", "organization", "group") and ph.entry is not None:
            key = "g:" + ph.entry.name
            actor = index.actors.setdefault(key, Actor(key, ph.entry.name, ph.entry.kind))
        elif ph.kind == "organization" and ph.name in SURFACE:
            entry = SURFACE[ph.name]
            key = "g:" + entry.name
            actor = index.actors.setdefault(key, Actor(key, entry.name, entry.kind))
        elif ph.kind == "organization":
            key = "o:" + fold(ph.name)
            actor = index.actors.setdefault(key, Actor(key, ph.name, "organization"))
        elif ph.kind == "person":
            found = _person_for(index, ph.name)
            key = found or _person_key(ph.name)
            actor = index.actors.setdefault(key, Actor(key, ph.name, "person"))
            if len(ph.name.split()) > len(actor.name.split()):
                actor.add_form(actor.name)
                actor.name = ph.name
            if ph.title:
                actor.titles.append(ph.title)
            if ph.extra.get("role_before"):
                actor.titles.append(ph.extra["role_before"])
            actor.role = actor.role or ph.extra.get("role_after", "")
        else:
            singles.append((n, ph))
            continue
        actor.add_form(ph.form or ph.name)
        actor.count += 1
        index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, actor.key))
    for long, short in acronyms.items():
        for actor in index.actors.values():
            if fold(actor.name) == fold(long) or fold(long) in {fold(f) for f in actor.forms}:
                actor.add_form(short)
    for n, ph in singles:
        found = _single(index, ph.name)
        if found:
            index.actors[found].add_form(ph.name)
            index.actors[found].count += 1
            index.mentions.setdefault(n, []).append(Mention(ph.start, ph.end, found))
    for mentions in index.mentions.values():
        mentions.sort(key=lambda m: m.start)


def _person_for(index: ActorIndex, name: str) -> str | None:
    """The person a (possibly partial) name refers to: "Biden" or "Joe Biden" to Joe Biden."""
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.", p)]
    people = [a for a in index.actors.values() if a.kind == "person" and not a.key.startswith("u:")]
    if len(parts) > 1:
        key = _person_key(name)
        return key if key in index.actors else None
    by_last = [a for a in people if a.tokens and a.tokens[-1] == parts[0]]
    if len(by_last) == 1:
        return by_last[0].key
    by_first = [a for a in people if len(a.tokens) > 1 and a.tokens[0] == parts[0]]
    return by_first[0].key if len(by_first) == 1 and not by_last else None


def _single(index: ActorIndex, word: str) -> str | None:
    person = _person_for(index, word)
    if person:
        return person
    for actor in index.actors.values():
        if word in actor.forms or word == actor.name:
            return actor.key
    if word not in ORG_HEADS:
        return None
    heads = [
        a for a in index.actors.values() if a.kind == "organization" and a.name.split()[-1] == word
    ]
    return heads[0].key if len(heads) == 1 else None


def _groups(index: ActorIndex, sents: list[Sentence]) -> None:
    """Teams and delegations named by nationality: "the Afghan team"."""
    for n, sent in enumerate(sents):
        for m in _GROUP.finditer(sent.text):
            if m.group("demonym") not in DEMONYMS:
                continue
            name = f"{m.group('demonym')} {m.group('noun')}"
            key = "t:" + fold(name)
            actor = index.actors.setdefault(key, Actor(key, name, "group"))
            actor.count += 1
            index.mentions.setdefault(n, []).append(Mention(m.start("demonym"), m.end(), key))
            index.mentions[n].sort(key=lambda x: x.start)


def _describe(index: ActorIndex, sents: list[Sentence]) -> None:
    """Resolve "the Russian president", "The Vice President" to the one person holding that title."""
    for n, sent in enumerate(sents):
        for m in _DESCRIPTION.finditer(sent.text):
            key = resolve_description(index, m.group(1))
            if key and not any(x.start <= m.start(1) < x.end for x in index.at(n)):
                index.actors[key].add_form("the " + m.group(1))
                index.mentions.setdefault(n, []).append(Mention(m.start(), m.end(), key))
                index.mentions[n].sort(key=lambda x: x.start)


def resolve_description(index: ActorIndex, description: str) -> str | None:
    """The unique actor whose title matches a description such as "Russian president"."""
    want = fold(description)
    bare = _strip_demonym(want)
    exact, loose = [], []
    for actor in index.actors.values():
        if (
            actor.kind == "organization"
            and want in ("administration",)
            and actor.name.lower().endswith(want)
        ):
            exact.append(actor.key)
        for title in actor.titles:
            title = fold(re.sub(r"^(?:former|then)\s+", "", title, flags=re.I))
            if title == want:
                exact.append(actor.key)
            elif _strip_demonym(title) == bare and bare == want:
                loose.append(actor.key)
    for found in (exact, loose):
        if len(set(found)) == 1:
            return found[0]
    return None


def _strip_demonym(title: str) -> str:
    for demonym in sorted(DEMONYMS, key=len, reverse=True):
        if title.startswith(demonym.lower() + " "):
            return title[len(demonym) + 1 :]
    return title


def assign_ids(index: ActorIndex, known: list[dict] | tuple) -> None:
    """Give each actor its id: the id of a known actor it matches, or a new one from its name."""
    by_name: dict[str, dict] = {}
    for k in known or ():
        for n in [k.get("name"), *(k.get("aliases") or [])]:
            if n:
                by_name.setdefault(fold(str(n)), k)
    used: set[str] = set()
    for actor in sorted(index.actors.values(), key=lambda a: -a.count):
        match = next(
            (by_name[fold(f)] for f in [actor.name, *actor.forms] if fold(f) in by_name), None
        )
        if match is not None:
            actor.id, actor.known = str(match["id"]), True
            for alias in [actor.name, *(match.get("aliases") or [])]:
                actor.add_form(str(alias))
            actor.name = str(match.get("name") or actor.name)
            actor.kind = str(match.get("kind") or actor.kind)
            actor.forms = [f for f in actor.forms if fold(f) != fold(actor.name)]
        else:
            base = slugify(actor.name)
            actor.id = base
            i = 2
            while actor.id in used:
                actor.id = f"{base}-{i}"
                i += 1
        used.add(actor.id)


def claimant_phrase(text: str) -> re.Match | None:
    """An unnamed source at the end of ``text``: "a US official", "South Korean officials"."""
    nouns = "|".join(sorted(CLAIMANT_NOUNS, key=len, reverse=True))
    return re.search(
        rf"(?:\b(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Mm]ost)\s+)?"
        rf"(?:(?:senior|top|local|western|Western|foreign|government|military|intelligence|administration|"
        rf"state|[A-Z][\w.’'-]*)\s+){{0,3}}(?:{nouns})\s*$",
        text,
    )


def is_country_form(form: str) -> bool:
    """True for a name the gazetteer knows as a country."""
    entry = SURFACE.get(form)
    return entry is not None and entry.kind == "country"
