"""The edit loop, checked: random saves under `mkdocs serve`, each compared with a fresh build.

    python -m bench.edit_loop --seed 1 --steps 200          # a long run; --keep keeps its folder
    python -m bench.edit_loop --seed 1 --steps 40 --story 14   # claims and timeline in parts

A small project (the seed briefing and the two fixture articles, with their actors) is served
by `mkdocs serve` with this checkout's mkdocs.yml (strict, no --dirty). Each step makes one
save, or two or three in quick succession, drawn from what a person does (`Editor.KINDS`:
a summary, title, publication date, claim's speaker, quote, event date or tag changed; a
claim added or deleted; an entry marked drafted or reviewed; an article added, deleted or
renamed, or its text deleted or added to; an actor added to or removed from actors.yaml or an
article's list, its record changed (a former id given or taken back) or its id renamed everywhere; a page template, a theme
override, the page written by hand in docs/ or site_name changed; a YAML mistake; a file saved unchanged), or, while the
content is broken, mostly the fix (the files as at the last good build). Saves are written
as editors write: in place, to a temporary file renamed over it, deleted then created, or as
Emacs does (a lock link, the old file kept as name~). The files are held in memory: the
checker never reads the served project's files while it runs, so it causes no file events.

The first build may have a save made during it (one seed in four, drawn apart from the steps).

After each step, once the server has rebuilt and logged nothing for QUIET seconds after its
last build and the last save, the same files are built by `mkdocs build --strict` in a
folder of their own, and:

- if the fresh build succeeds, every file it wrote is fetched from the server and compared
  byte for byte; the served folder must hold no other file (a page of a deleted or renamed
  article left behind); every address served by an earlier step and gone from the fresh
  build must answer 404; the server's last build must have logged no error or warning; and
  each entry edit link must point at the line its title gives;
- if it fails, its problems (`file:line:column: message`, in order) must be the ones the
  server logged for its last build and the ones shown at the home page, at each article's
  briefing address, at every page the served folder holds and (unless the step made several
  saves, after which the server may have built a good state the checker never saw) at
  every page address of the last good site.

What legitimately differs, and is normalised before comparing (nothing else is):

- the live-reload script MkDocs' server adds before `</body>` of every HTML page;
- `site_url`: the server gives the site its own address, so the fresh build is made with
  `site_url` set to that address (the feed, the sitemap and canonical links then agree);
- edit links: under `mkdocs serve` they open the local editor at the entry's line
  (`vscode://file/<project>/<path>:<line>`), in a build GitHub's editor; the served link is
  rewritten to the build's form (the line stays in the link's title and text);
- drafted entries: shown under serve (`drafts: auto`), so the fresh build sets `drafts: show`;
- `sitemap.xml.gz`: its gzip header holds the build's time and file name, so its
  decompressed bytes are compared;
- the served folder's `.briefing-build`, the empty file that marks when the plugin's last
  build began (generator/site_folder.py), is not a file of the site.
"""

from __future__ import annotations

import argparse
import gzip
import html
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench.story import generate_story
from generator.pages.generate import PROBLEMS_SHOWN

ROOT = Path(__file__).resolve().parent.parent
SEED_SLUG = "2024-06-19-putin-kim-pyongyang"
REPOSITORY_EDIT = "https://github.com/example/briefing-site/edit/main/"
QUIET = 1.2  # seconds without a new log line after the last rebuild and save: it is done
DEADLINE = 60.0  # seconds for a rebuild to show up and finish
MAX_ARTICLES = 5  # beyond the story copies
PROBLEM = re.compile(r"^(\S+:\d+:\d+: .*)$", re.MULTILINE)


def env() -> dict[str, str]:
    """This checkout's code, MkDocs' 2.0 notice off."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "NO_MKDOCS_2_WARNING": "1"}


# --- the project -----------------------------------------------------------------------------

def initial_content(story: int = 0) -> dict[str, str]:
    """content/ of the seed site plus the two fixture articles and their actors, by path
    relative to the project; and `story` copies of the seed briefing (bench/story.py: 28
    claims each, so that 14 of them take the claims index past one part of 400)."""
    files = {f"content/{p.relative_to(ROOT / 'content').as_posix()}": p.read_text("utf-8")
             for p in sorted((ROOT / "content").rglob("*")) if p.is_file()}
    fixture = ROOT / "tests" / "fixture" / "content"
    extra = (fixture / "actors.yaml").read_text("utf-8").split("actors:\n", 1)[1]
    files["content/actors.yaml"] = files["content/actors.yaml"].rstrip("\n") + "\n\n" + extra
    for path in sorted((fixture / "articles").iterdir()):
        files[f"content/articles/{path.name}"] = path.read_text("utf-8")
    if story:
        with tempfile.TemporaryDirectory() as folder:
            generate_story(Path(folder), story)
            for path in sorted((Path(folder) / "content" / "articles").iterdir()):
                files[f"content/articles/{path.name}"] = path.read_text("utf-8")
    return files


def site_files() -> dict[str, str]:
    """mkdocs.yml, docs/ and templates/ of this checkout, by path relative to the project."""
    files = {"mkdocs.yml": (ROOT / "mkdocs.yml").read_text("utf-8")}
    for folder in ("docs", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(ROOT).as_posix()] = path.read_text("utf-8")
    return files


def fresh_config(text: str, url: str, drafts_shown: bool = True) -> str:
    """mkdocs.yml for the fresh build: the served address, drafted entries shown (as the
    server shows them; not under `mkdocs serve --clean`, which builds as `mkdocs build`)."""
    text, count = re.subn(r"^site_url:.*$", f"site_url: {url}", text, flags=re.MULTILINE)
    assert count == 1
    if not drafts_shown:
        return text
    assert text.count("\n  - briefing\n") == 1
    return text.replace("\n  - briefing\n", "\n  - briefing:\n      drafts: show\n")


def write_content(folder: Path, files: dict[str, str], url: str | None = None,
                  drafts_shown: bool = True) -> None:
    """The files into folder, content/ and templates/ emptied first; with `url`, mkdocs.yml
    for the fresh build at that address."""
    for name in ("content", "docs", "templates"):
        shutil.rmtree(folder / name, ignore_errors=True)
    for path, text in files.items():
        if url is not None and path == "mkdocs.yml":
            text = fresh_config(text, url, drafts_shown)
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")


# --- editing the YAML as text ----------------------------------------------------------------

def section(lines: list[str], key: str) -> tuple[int, int] | None:
    """The lines of a top-level `key:` (after its first line), or None."""
    for i, line in enumerate(lines):
        if line.startswith(f"{key}:"):
            end = i + 1
            while end < len(lines) and not re.match(r"[A-Za-z_#]", lines[end]):
                end += 1
            return i + 1, end
    return None


def entries(lines: list[str], key: str) -> list[tuple[int, int, str]]:
    """(first, end, id) of each `  - id: ...` entry of a top-level list."""
    found = section(lines, key)
    if found is None:
        return []
    start, end = found
    heads = [i for i in range(start, end) if lines[i].startswith("  - ")]
    out = []
    for n, head in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else end
        ident = re.match(r"  - id:\s*(\S+)", lines[head])
        out.append((head, stop, ident.group(1) if ident else ""))
    return out


def field_lines(lines: list[str], first: int, end: int, name: str) -> list[int]:
    return [i for i in range(first, end) if re.match(rf"\s+(- )?{name}:", lines[i])]


def actor_ids(files: dict[str, str], article: str | None = None) -> list[str]:
    ids = [e[2] for e in entries(files["content/actors.yaml"].split("\n"), "actors")]
    if article is not None:
        ids += [e[2] for e in entries(files[article].split("\n"), "actors")
                if e[2] not in ids]
    return [i for i in ids if i]


def sentences(text: str) -> list[str]:
    """Sentences of an article's text that can serve as evidence."""
    out = []
    for paragraph in text.split("\n\n"):
        if paragraph.startswith(("#", "Caption:", "Credit:", "!", "<")):
            continue
        for sentence in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", paragraph.replace("\n", " ")):
            if 30 <= len(sentence) <= 300:
                out.append(sentence.strip())
    return out


def single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass
class Save:
    """One file written (text), deleted (None), or renamed (rename_to)."""

    path: str
    text: str | None = None
    rename_to: str | None = None
    touch: bool = False
    previous: str | None = None  # the file's text before this save (set by Editor.apply)


@dataclass
class Edit:
    what: str
    saves: list[Save]


class Editor:
    """Draws edits from the current content (held in memory) with a seeded generator."""

    def __init__(self, rng: random.Random, files: dict[str, str], story: int = 0) -> None:
        self.rng = rng
        self.story = story
        self.files = files
        self.counter = 0

    def articles(self) -> list[str]:
        return sorted(p for p in self.files if p.startswith("content/articles/")
                      and p.endswith(".yaml"))

    def mark(self) -> str:
        self.counter += 1
        return f"{self.rng.randrange(10**6):06d}x{self.counter}"

    def _pick_article(self) -> str:
        return self.rng.choice(self.articles())

    def _lines(self, path: str) -> list[str]:
        return self.files[path].split("\n")

    def _replaced(self, path: str, lines: list[str], what: str) -> Edit:
        return Edit(what, [Save(path, "\n".join(lines))])

    # each edit kind: returns an Edit, or None when it does not apply to the content now

    def summary(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        new = f"summary: Edited summary {self.mark()}, with the latest on the story."
        found = section(lines, "summary")
        if found:
            lines[found[0] - 1:found[1]] = [new]
        else:
            lines.insert(1, new)
        return self._replaced(path, lines, f"summary of {path}")

    def speaker(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        claims = entries(lines, "claims")
        ids = actor_ids(self.files, path)
        by = [i for first, end, _ in claims for i in field_lines(lines, first, end, "by")
              if lines[i].startswith("    by:")]
        if not by:
            return None
        line = self.rng.choice(by)
        speaker = self.rng.choice(ids)
        lines[line] = f"    by: {speaker}"
        return self._replaced(path, lines, f"speaker of a claim in {path} -> {speaker}")

    def quote(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        claims = [c for c in entries(lines, "claims")
                  if field_lines(lines, c[0], c[1], "evidence")]
        if not claims:
            return None
        first, end, ident = self.rng.choice(claims)
        evidence = next(lines[i] for i in field_lines(lines, first, end, "evidence")
                        if lines[i].startswith("    evidence:"))
        try:
            value = str(yaml.safe_load(evidence.strip())["evidence"] or "")
        except (yaml.YAMLError, TypeError, KeyError):  # a value that goes on below
            value = ""
        words = re.findall(r"[A-Za-z’']+(?: [A-Za-z’']+)*", value)
        words = [w for w in words if len(w.split()) >= 3] or ["null"]
        phrase = self.rng.choice(words)
        span = phrase.split()
        if len(span) > 3:
            start = self.rng.randrange(len(span) - 2)
            phrase = " ".join(span[start:start + self.rng.randint(3, 6)])
        quote = "null" if phrase == "null" or self.rng.random() < 0.2 else single_quoted(phrase)
        at = [i for i in field_lines(lines, first, end, "quote") if lines[i].startswith("    q")]
        if at:
            lines[at[0]] = f"    quote: {quote}"
        else:
            lines.insert(first + 1, f"    quote: {quote}")
        return self._replaced(path, lines, f"quote of claim {ident} in {path} -> {quote}")

    DATES = ("2024-05-01", "2023", "2023-09", "../2004", "2024-05-18/2024-05-19", "2024-06?",
             "2022~", "2024-06-20", "2021-02-24")

    def event_date(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        events = entries(lines, "timeline")
        if not events:
            return None
        first, end, ident = self.rng.choice(events)
        at = [i for i in field_lines(lines, first, end, "date")
              if lines[i].startswith(("    date:", "  - date:"))]
        if not at:
            return None
        date = self.rng.choice(self.DATES)
        lines[at[0]] = lines[at[0]].split("date:")[0] + f"date: {date}"
        return self._replaced(path, lines, f"date of event {ident} in {path} -> {date}")

    def delete_claim(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        claims = entries(lines, "claims")
        if len(claims) < 2:
            return None
        first, end, ident = self.rng.choice(claims)
        del lines[first:end]
        return self._replaced(path, lines, f"claim {ident} deleted from {path}")

    def add_claim(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        text = self.files.get(path[:-5] + ".md", "")
        found = section(lines, "claims")
        evidence = sentences(text)
        if found is None or not evidence:
            return None
        ident = f"added-{self.mark()}"
        speaker = self.rng.choice(actor_ids(self.files, path))
        block = [f"  - id: {ident}", f"    claim: An added claim, {ident}.",
                 f"    by: {speaker}", f"    evidence: {single_quoted(self.rng.choice(evidence))}"]
        claims = entries(lines, "claims")
        at = self.rng.choice([c[0] for c in claims] + [found[1]]) if claims else found[1]
        while at > found[0] and at == found[1] and not lines[at - 1].strip():
            at -= 1
        lines[at:at] = block
        return self._replaced(path, lines, f"claim {ident} by {speaker} added to {path}")

    def tags(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        tags = self.rng.sample(["ports", "trade", "labour", "sanctions", "russia", "north-korea",
                                f"new-tag-{self.counter % 3}"], self.rng.randint(0, 3))
        new = f"tags: [{', '.join(tags)}]"
        found = section(lines, "tags")
        if found:
            lines[found[0] - 1:found[1]] = [new]
        else:
            lines.insert(1, new)
        return self._replaced(path, lines, f"tags of {path} -> {tags}")

    def article_actor(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        listed = entries(lines, "actors")
        found = section(lines, "actors")
        if found is None:
            return None
        shared = [i for i in actor_ids(self.files) if i not in {e[2] for e in listed}]
        if listed and (self.rng.random() < 0.5 or not shared):
            first, end, ident = self.rng.choice(listed)
            del lines[first:end]
            return self._replaced(path, lines, f"actor {ident} removed from {path}")
        ident = self.rng.choice(shared)
        lines[found[0]:found[0]] = [f"  - id: {ident}", f"    role: added ({self.mark()})"]
        return self._replaced(path, lines, f"actor {ident} added to {path}")

    def shared_actor(self) -> Edit | None:
        path = "content/actors.yaml"
        lines = self._lines(path)
        listed = entries(lines, "actors")
        if self.rng.random() < 0.5:
            first, end, ident = self.rng.choice(listed)
            del lines[first:end]
            return self._replaced(path, lines, f"actor {ident} removed from actors.yaml")
        mark = self.mark()
        ident = f"new-actor-{mark}"
        at = self.rng.choice([e[0] for e in listed])
        lines[at:at] = [f"  - id: {ident}", f"    name: New Actor {mark}", "    kind: person",
                        "    description: Added while serving."]
        return self._replaced(path, lines, f"actor {ident} added to actors.yaml")

    def actor_record(self) -> Edit | None:
        """A shared actor's name, description or aliases changed, or a former id given or
        taken back (`briefing merge` writes it: a page at the old address sends readers on)."""
        path = "content/actors.yaml"
        lines = self._lines(path)
        first, end, ident = self.rng.choice(entries(lines, "actors"))
        mark = self.mark()
        name = self.rng.choice(["name", "description", "aliases", "formerly"])
        new = {"name": f"    name: Renamed {mark}",
               "description": f"    description: Described again, {mark}.",
               "aliases": f"    aliases: [Alias {mark}]",
               "formerly": f"    formerly: [former-{mark}]"}[name]
        at = field_lines(lines, first, end, name)
        if name == "formerly" and at and self.rng.random() < 0.5:
            del lines[at[0]]
            return self._replaced(path, lines, f"former id of actor {ident} taken back")
        if at and lines[at[0]].startswith("    "):
            lines[at[0]] = new
        else:
            lines.insert(first + 1, new)
        return self._replaced(path, lines, f"{name} of actor {ident} in actors.yaml")

    def article_text(self) -> Edit | None:
        """A sentence added to an article's text (its evidence stays as it is)."""
        path = self._pick_article()[:-5] + ".md"
        if path not in self.files:
            return None
        text = self.files[path].rstrip("\n")
        added = f"A sentence added while serving, {self.mark()}."
        return Edit(f"sentence added to {path}", [Save(path, f"{text}\n\n{added}\n")])

    def status(self) -> Edit | None:
        """A claim or event marked drafted, or its mark taken off (reviewed)."""
        path = self._pick_article()
        lines = self._lines(path)
        listed = entries(lines, "claims") + entries(lines, "timeline")
        if not listed:
            return None
        first, end, ident = self.rng.choice(listed)
        at = [i for i in field_lines(lines, first, end, "status") if lines[i].startswith("    s")]
        if at:
            del lines[at[0]]
            return self._replaced(path, lines, f"entry {ident} in {path} reviewed")
        while end > first + 1 and not lines[end - 1].strip():
            end -= 1
        lines.insert(end, "    status: drafted")
        return self._replaced(path, lines, f"entry {ident} in {path} marked drafted")

    TEMPLATE_EDITS = (
        ("templates/briefing.md.j2", r"^# \{\{ article\.title \}\}.*$",
         "# {{{{ article.title }}}} (v{mark})"),
        ("templates/tag.md.j2", r"newest first[^.]*\.", "newest first (v{mark})."),
        ("templates/theme/main.html",
         r"(?<=\{\{ super\(\) \}\}\n)(  <meta name=\"edited\"[^\n]*\n)?",
         '  <meta name="edited" content="{mark}">\n'))

    def template(self) -> Edit | None:
        """A page template or a theme override of the site changed."""
        path, pattern, new = self.rng.choice(self.TEMPLATE_EDITS)
        text, count = re.subn(pattern, new.format(mark=self.mark()), self.files[path], count=1,
                              flags=re.MULTILINE)
        assert count == 1, (path, pattern)
        return Edit(f"template {path} changed", [Save(path, text)])

    def docs_page(self) -> Edit | None:
        """The page written by hand in docs/ changed."""
        path = "docs/content-model.md"
        text = self.files[path].rstrip("\n") + f"\n\nEdited while serving ({self.mark()}).\n"
        return Edit(f"{path} changed", [Save(path, text)])

    def site_name(self) -> Edit | None:
        """The site's title changed in mkdocs.yml."""
        text = re.sub(r"^site_name: .*$", f"site_name: Briefings, edition {self.mark()}",
                      self.files["mkdocs.yml"], count=1, flags=re.MULTILINE)
        return Edit("site_name in mkdocs.yml changed", [Save("mkdocs.yml", text)])

    def rename_actor(self) -> Edit | None:
        """An actor's id changed wherever it is defined or named (actors.yaml, articles)."""
        paths = [p for p in sorted(self.files) if p.startswith("content/") and
                 p.endswith(".yaml")]
        old = self.rng.choice(sorted({i for p in self.articles() for i in actor_ids(self.files, p)}))
        new = f"{old.split('-renamed-')[0]}-renamed-{self.mark()}"
        token = re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")
        names = re.compile(r"\s*(- )?(id|by|actor|about|actors|affiliation):")
        saves = []
        for path in paths:
            lines = self._lines(path)
            changed = [token.sub(new, line) if names.match(line) else line for line in lines]
            if changed != lines:
                saves.append(Save(path, "\n".join(changed)))
        return Edit(f"actor {old} renamed to {new} in {len(saves)} files", saves)

    def title(self) -> Edit | None:
        path = self._pick_article()
        lines = self._lines(path)
        found = section(lines, "title")
        if found is None:
            return None
        lines[found[0] - 1:found[1]] = [f"title: A retitled story ({self.mark()})"]
        return self._replaced(path, lines, f"title of {path}")

    def published(self) -> Edit | None:
        """The publication date: the order of the home page and feed, and which events are
        after it."""
        path = self._pick_article()
        lines = self._lines(path)
        found = section(lines, "published")
        if found is None:
            return None
        day = f"2024-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        lines[found[0] - 1:found[1]] = [f"published: {day}"]
        return self._replaced(path, lines, f"published date of {path} -> {day}")

    def delete_text(self) -> Edit | None:
        """An article's text deleted, its YAML left."""
        path = self._pick_article()[:-5] + ".md"
        if path not in self.files:
            return None
        return Edit(f"text {path} deleted, its YAML left", [Save(path)])

    def delete_article(self) -> Edit | None:
        if len(self.articles()) < 2:
            return None
        path = self._pick_article()
        saves = [Save(path), Save(path[:-5] + ".md")]
        self.rng.shuffle(saves)
        return Edit(f"article {path} deleted (YAML and text)", saves)

    def add_article(self) -> Edit | None:
        if len(self.articles()) >= MAX_ARTICLES + self.story:
            return None
        mark = self.mark()
        slug = f"2024-0{self.rng.randint(1, 9)}-1{self.rng.randint(0, 9)}-added-{mark}"
        speaker = self.rng.choice(actor_ids(self.files))
        text = (f"Officials met on Monday to discuss story {mark}.\n\n"
                "\"We have agreed on the next steps for the harbour,\" said one official.\n")
        yaml = "\n".join([
            f"title: Added story {mark}", "source: The Example Times",
            f"published: {slug[:10]}", f"summary: An added story, {mark}.",
            "tags: [ports]", "actors:", f"  - id: {speaker}", "    role: speaks",
            "claims:", "  - id: next-steps", "    claim: The next steps are agreed.",
            f"    by: {speaker}", "    quote: We have agreed on the next steps",
            "    evidence: '\"We have agreed on the next steps for the harbour,\" said one "
            "official.'",
            "timeline:", "  - id: meeting", f"    date: {slug[:10]}",
            "    event: Officials meet.", "    evidence: Officials met on Monday to discuss "
            f"story {mark}.", ""])
        base = f"content/articles/{slug}"
        return Edit(f"article {slug} added", [Save(base + ".md", text), Save(base + ".yaml", yaml)])

    def rename_article(self) -> Edit | None:
        path = self._pick_article()
        old = Path(path).stem
        new = f"{old[:10]}-renamed-{self.mark()}"
        saves = [Save(path, rename_to=f"content/articles/{new}.yaml"),
                 Save(path[:-5] + ".md", rename_to=f"content/articles/{new}.md")]
        self.rng.shuffle(saves)
        return Edit(f"article {old} renamed to {new}", saves)

    def yaml_error(self) -> Edit | None:
        path = self.rng.choice([*self.articles(), "content/actors.yaml"])
        lines = self._lines(path)
        heads = [i for i, line in enumerate(lines) if line.startswith("  - id: ")]
        if not heads:
            return None
        at = self.rng.choice(heads)
        lines[at] += self.rng.choice([": oops", " [", " {"])
        return self._replaced(path, lines, f"YAML mistake at {path}:{at + 1}")

    def touch(self) -> Edit | None:
        path = self.rng.choice(sorted(p for p in self.files if not p.endswith("~")))
        return Edit(f"{path} touched, unchanged", [Save(path, self.files[path], touch=True)])

    def restore(self, good: dict[str, str]) -> Edit:
        """The content as it was at the last good build: the person fixes the mistake."""
        # an editor's backups (name~) stay as they are: no edit writes them but `write`
        saves = [Save(path) for path in sorted(set(self.files) - set(good))
                 if not path.endswith("~")]
        saves += [Save(path, text) for path, text in sorted(good.items())
                  if self.files.get(path) != text and not path.endswith("~")]
        return Edit(f"fixed: {', '.join(s.path for s in saves)} as at the last good build",
                    saves)

    KINDS: tuple[tuple[str, int], ...] = (
        ("summary", 3), ("speaker", 4), ("quote", 3), ("event_date", 3), ("delete_claim", 2),
        ("add_claim", 3), ("tags", 2), ("article_actor", 2), ("shared_actor", 2),
        ("delete_article", 1), ("add_article", 2), ("rename_article", 2), ("yaml_error", 2),
        ("touch", 2), ("actor_record", 2), ("article_text", 2),
        ("status", 2), ("template", 1), ("site_name", 1),
        ("rename_actor", 2), ("title", 1), ("published", 1), ("delete_text", 1),
        ("docs_page", 1))

    def draw(self) -> Edit:
        names = [n for n, _ in self.KINDS]
        weights = [w for _, w in self.KINDS]
        while True:
            edit: Edit | None = getattr(self, self.rng.choices(names, weights)[0])()
            if edit is not None:
                return edit

    def apply(self, edit: Edit) -> None:
        """Update the content held in memory."""
        for save in edit.saves:
            save.previous = self.files.get(save.path)
            if save.rename_to is not None:
                self.files[save.rename_to] = self.files.pop(save.path)
            elif save.text is None:
                self.files.pop(save.path, None)
            else:
                self.files[save.path] = save.text


EMACS = "backup, lock, write"
PATTERNS = ("in place", "temporary then rename", "delete then create", EMACS)


def write(project: Path, save: Save, pattern: str) -> None:
    """Save as an editor does."""
    path = project / save.path
    if save.rename_to is not None:
        os.replace(path, project / save.rename_to)
    elif save.text is None:
        path.unlink()
    elif save.touch and pattern == "in place":  # the same bytes saved: a touch
        os.utime(path)
    elif pattern == "temporary then rename":
        temporary = path.with_name(f".{path.name}.swp")
        temporary.write_text(save.text, encoding="utf-8")
        os.replace(temporary, path)
    elif pattern == EMACS:  # a lock link to nowhere, the old file kept as name~
        lock = path.with_name(f".#{path.name}")
        os.symlink("editor@host.4242:1700000000", lock)
        if path.exists():
            os.replace(path, path.with_name(f"{path.name}~"))
        path.write_text(save.text, encoding="utf-8")
        lock.unlink()
    else:
        if pattern == "delete then create" and path.exists():
            path.unlink()
        path.write_text(save.text, encoding="utf-8")


def backups(save: Save, pattern: str) -> dict[str, str]:
    """The files a save leaves beside the one it writes (an Emacs backup)."""
    if (pattern == EMACS and save.rename_to is None and save.text is not None
            and save.previous is not None):
        return {f"{save.path}~": save.previous}
    return {}


# --- the server ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """`mkdocs serve` on the project; its log with the time of each line."""

    project: Path
    process: subprocess.Popen[str] | None = None
    lines: list[tuple[float, str]] = field(default_factory=list)
    url: str = ""
    site: Path | None = None
    args: list[str] = field(default_factory=list)  # more arguments of mkdocs serve
    deadline: float = DEADLINE  # seconds for a build to finish

    def start(self, during_first: Callable[[], None] | None = None, after: float = 0.0) -> None:
        """Start the server; with `during_first`, call it `after` seconds into the first
        build (the person saves while the server starts)."""
        temporary = self.project.parent / "serve-tmp"
        temporary.mkdir()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}",
             *self.args],
            cwd=self.project, env={**env(), "TMPDIR": str(temporary)},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        if during_first is not None:
            self.wait("the first build", lambda: "Building documentation" in self.log(),
                      self.deadline)
            time.sleep(after)
            during_first()
        self.wait("the server to start", lambda: "Serving on http" in self.log(), self.deadline)
        found = re.search(r"Serving on (http://\S+)", self.log())
        assert found
        self.url = found.group(1).rstrip("/") + "/"
        sites = list(temporary.glob("mkdocs_*"))
        assert len(sites) == 1, sites
        self.site = sites[0]

    def _read(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        with open(self.project.parent / "serve.log", "w", encoding="utf-8") as log:
            for line in self.process.stdout:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                log.write(line)
                log.flush()

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log(self, since: int = 0) -> str:
        return "\n".join(line for _, line in self.lines[since:])

    def wait(self, what: str, check: Callable[[], bool], timeout: float = DEADLINE) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the server stopped:\n{self.log()}")
            if check():
                return
            time.sleep(0.05)
        raise RuntimeError(f"after {timeout:.0f} s still waiting for {what}:\n{self.log()}")

    def _count(self, text: str) -> int:
        return sum(text in line for _, line in list(self.lines))

    def detected(self) -> int:
        return self._count("Detected file changes")

    def finished(self) -> int:
        return self._count("Reloading browsers") + self._count("An error happened during the")

    def settle(self, detected_before: int, written: float) -> None:
        """Wait for the rebuilds the saves caused: at least one file event seen (or none in
        two seconds, for a save MkDocs may ignore), every build finished, and nothing logged
        for QUIET seconds after the last line and the last save (`written`, a monotonic
        time): watchdog holds each event about half a second before MkDocs hears of it, so
        a save made after a build's last line is heard only later."""
        end = time.monotonic() + 2.0
        while self.detected() == detected_before and time.monotonic() < end:
            time.sleep(0.02)
        self.wait("the rebuild to finish", lambda: self.finished() >= self.detected(),
                  self.deadline)
        while True:
            last = self.lines[-1][0]
            time.sleep(max(0.0, max(last, written) + QUIET - time.monotonic()))
            if self.finished() >= self.detected() and self.lines[-1][0] == last:
                return
            self.wait("the rebuild to finish", lambda: self.finished() >= self.detected(),
                  self.deadline)

    def last_build(self, since: int) -> str:
        """What the server logged from its last build that started after line `since`."""
        lines = [line for _, line in self.lines[since:]]
        starts = [i for i, line in enumerate(lines) if "Building documentation" in line]
        return "\n".join(lines[starts[-1]:]) if starts else ""

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=20) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


# --- comparing -------------------------------------------------------------------------------

LIVERELOAD = re.compile(rb"<script>[^<]*livereload[^<]*</script>(?=</body>)")


def normalised(served: bytes, relative: str, project: Path) -> bytes:
    if relative.endswith(".html"):
        served = LIVERELOAD.sub(b"", served)
        local = f"vscode://file/{project.resolve().as_posix().lstrip('/')}/".encode()
        served = re.sub(re.escape(local) + rb"([^\":]+):\d+", rb"%s\1" % REPOSITORY_EDIT.encode(),
                        served)
    if relative.endswith(".gz"):
        served = gzip.decompress(served)
    return served


EDIT_ENTRY = re.compile(rb'<a class="edit-entry" href="vscode://file/[^"]*?:(\d+)"[^>]*? '
                        rb'title="[^"]*, line (\d+)">edit \(line (\d+)\)</a>')


def wrong_edit_lines(served: bytes) -> list[str]:
    """Entry edit links whose line (which normalising takes out of the address) is not the
    one their title and text give."""
    return [m.group(0).decode() for m in EDIT_ENTRY.finditer(served)
            if not m.group(1) == m.group(2) == m.group(3)]


def first_difference(a: bytes, b: bytes) -> str:
    same = len(os.path.commonprefix([a, b]))
    at = same
    return (f"at byte {at}: served ...{a[max(0, at - 120):at + 120]!r}... fresh "
            f"...{b[max(0, at - 120):at + 120]!r}...")


def files_of(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def page_address(relative: str) -> str:
    return relative[:-len("index.html")] if relative.endswith("index.html") else relative


@dataclass
class Checker:
    """Runs the steps and counts the comparisons and mismatches."""

    workdir: Path
    seed: int
    steps: int
    story: int = 0  # copies of the seed briefing added to the project
    say: Callable[[str], None] = print
    compared_files: int = 0
    edit_links: int = 0  # entry edit links whose line was checked
    good_steps: int = 0
    broken_steps: int = 0
    mismatches: list[str] = field(default_factory=list)
    ever_served: set[str] = field(default_factory=set)
    last_good: set[str] = field(default_factory=set)
    good_files: dict[str, str] = field(default_factory=dict)  # the content of the last good
    broken: bool = False  # the content as it is now fails a fresh build
    saves_in_step: int = 1  # files written, deleted or renamed by the last step
    last_good_exact: bool = True  # the server's last good build is the checker's last good
    drafts_shown: bool = True  # by the server (not under `mkdocs serve --clean`)
    first_build_save: bool | None = None  # a save during the first build (None: 1 seed in 4)

    rng: random.Random = field(default_factory=random.Random)
    server: Server | None = None
    editor: Editor | None = None

    def run(self) -> None:
        """Start the server, make every step, stop the server."""
        try:
            self.start()
            for step in range(1, self.steps + 1):
                self.step(step)
        finally:
            self.stop()

    @property
    def project(self) -> Path:
        return self.workdir / "project"

    @property
    def fresh(self) -> Path:
        return self.workdir / "fresh"

    def start(self) -> None:
        """The project served, its first build compared."""
        self.rng = random.Random(self.seed)
        for folder in (self.project, self.fresh):
            folder.mkdir(parents=True)
        files = {**site_files(), **initial_content(self.story)}
        self.editor = Editor(self.rng, files, self.story)
        self.good_files = dict(files)
        first = "the first build"
        if self.rng.random() < 0.25:  # the server started on content with a mistake in it
            mistake = self.editor.yaml_error()
            assert mistake is not None
            self.editor.apply(mistake)
            first += f", with a {mistake.what}"
        write_content(self.project, self.editor.files)
        self.server = Server(self.project)
        # a save during the first build (the person goes on editing as the server starts),
        # drawn apart so that each seed's later steps stay what they were
        during = random.Random(f"first build {self.seed}")
        if self.first_build_save if self.first_build_save is not None else (
                during.random() < 0.25):
            edit = Editor(during, self.editor.files, self.story).draw()
            self.editor.apply(edit)
            after = during.choice((0.0, 0.3, 1.0, 2.0))
            pattern = during.choice(PATTERNS)
            first += f", and {edit.what} saved {after} s into it [{pattern}]"

            def save() -> None:
                assert self.editor is not None
                for one in edit.saves:
                    write(self.project, one, pattern)
                    self.editor.files.update(backups(one, pattern))
            self.server.start(save, after)
            self.saves_in_step = len(edit.saves)
        else:
            self.server.start()
        self.server.settle(0, time.monotonic())
        self.compare(first, 0, 0)

    def step(self, step: int) -> None:
        """One step: one save, or two in quick succession, or the fix of a broken save."""
        assert self.editor is not None and self.server is not None
        editor, rng = self.editor, self.rng
        if self.broken and rng.random() < 0.8:
            edits = [editor.restore(self.good_files)]
        else:
            edits = [editor.draw()]
            if rng.random() < 0.2:  # two or three saves in quick succession
                for _ in range(rng.choice((1, 1, 2))):
                    editor.apply(edits[-1])
                    edits.append(editor.draw())
        editor.apply(edits[-1])
        before, since = self.server.detected(), len(self.server.lines)
        saved = []
        # the second of two saves comes at once, within MkDocs' wait for more changes, or
        # while the first one's rebuild runs
        for n, edit in enumerate(edits):
            if n:
                pause = rng.choice((0.0, 0.05, 0.5, 1.2))
                time.sleep(pause)
                saved.append(f"{pause} s later")
            pattern = rng.choice(PATTERNS)
            for save in edit.saves:
                write(self.project, save, pattern)
                editor.files.update(backups(save, pattern))
            saved.append(f"{edit.what} [{pattern}]")
        what = " + ".join(saved)
        self.saves_in_step = sum(len(edit.saves) for edit in edits)
        self.server.settle(before, time.monotonic())
        self.compare(what if len(edits) == 1 else f"quick succession: {what}", since, step)

    def stop(self) -> None:
        """Stop the server; then check that the files the fresh builds were made of are the
        project's (read only now, so that reading them caused no rebuild)."""
        if self.server is None:
            return
        self.server.stop()
        assert self.editor is not None
        held = self.editor.files
        on_disk = {path: (self.project / path).read_text("utf-8")
                   for path in files_of(self.project)}
        if on_disk != held:
            wrong = sorted(p for p in set(on_disk) | set(held) if on_disk.get(p) != held.get(p))
            self._mismatch(self.steps, "the end", f"the checker's copy is not the project: {wrong}")

    def compare(self, what: str, since: int, step: int) -> bool:
        """Compare the served site with a fresh build; True when the fresh build succeeded."""
        assert self.server is not None and self.editor is not None
        server, fresh, files = self.server, self.fresh, self.editor.files
        write_content(fresh, files, server.url, self.drafts_shown)
        site = fresh / "site"
        shutil.rmtree(site, ignore_errors=True)
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
                                cwd=fresh, env=env(), capture_output=True, text=True,
                                timeout=600)
        before = len(self.mismatches)
        if result.returncode == 0:
            self._compare_built(server, site, step, what)
            self.good_steps += 1
            self.good_files = dict(files)
        else:
            self._compare_broken(server, result.stderr, since, step, what, files)
            self.broken_steps += 1
        self.broken = result.returncode != 0
        state = "built" if result.returncode == 0 else "broken"
        found = len(self.mismatches) - before
        self.say(f"step {step} (log line {since}): {what} -> {state}, "
                 f"{'ok' if not found else f'{found} MISMATCHES'}")
        return result.returncode == 0

    def _mismatch(self, step: int, what: str, message: str) -> None:
        self.mismatches.append(f"step {step} ({what}): {message}")
        self.say(f"  MISMATCH {message}")

    def _compare_built(self, server: Server, site: Path, step: int, what: str) -> None:
        assert server.site is not None
        built = files_of(site)
        # the plugin's mark of its build's start (generator/site_folder.py) stays, empty
        served_folder = files_of(server.site) - {".briefing-build"}
        for extra in sorted(served_folder - built):
            self._mismatch(step, what, f"left in the served site, not in a fresh build: {extra}")
        for relative in sorted(built):
            status, served = server.get(relative)
            if status != 200:
                self._mismatch(step, what, f"{relative}: served {status}, fresh build has it")
                continue
            fresh = site.joinpath(relative).read_bytes()
            if relative.endswith(".gz"):
                fresh = gzip.decompress(fresh)
            if relative.endswith(".html"):
                self.edit_links += len(EDIT_ENTRY.findall(served))
                for link in wrong_edit_lines(served):
                    self._mismatch(step, what, f"{relative}: an edit link's line is wrong: {link}")
            served = normalised(served, relative, server.project)
            if served != fresh:
                self._mismatch(step, what, f"{relative} differs {first_difference(served, fresh)}")
            self.compared_files += 1
        for gone in sorted(self.ever_served - built):
            status, _ = server.get(gone)
            if status != 404:
                self._mismatch(step, what, f"{gone}: served {status}, gone from a fresh build")
        complaints = [line for line in server.last_build(0).split("\n")
                      if re.match(r"(ERROR|WARNING)\b", line) and '"GET /' not in line]
        if complaints:
            self._mismatch(step, what, f"the server's last build logged {complaints}")
        self.ever_served |= built
        self.last_good = built
        self.last_good_exact = True

    def _compare_broken(self, server: Server, stderr: str, since: int, step: int, what: str,
                        files: dict[str, str]) -> None:
        problems = PROBLEM.findall(stderr)
        if not problems:
            self._mismatch(step, what, f"the fresh build failed without a problem:\n{stderr}")
            return
        logged = PROBLEM.findall(re.sub(r"(?m)^\S+\s+-\s+", "", server.last_build(since)))
        if logged != problems:
            self._mismatch(step, what, f"the server logged {logged}, a fresh build {problems}")
        # the pages of the server's last good build: the checker's last good site, unless
        # the server may have built a good state the checker never saw (a step of several
        # saves: a rename, a delete, two edits) since then
        self.last_good_exact = self.last_good_exact and self.saves_in_step == 1
        pages = {page_address(p) for p in self.last_good if p.endswith(".html")
                 and p != "404.html"} if self.last_good_exact else set()
        pages |= {""} | {f"briefings/{Path(p).stem}/" for p in files
                         if p.startswith("content/articles/") and p.endswith(".yaml")}
        assert server.site is not None  # and every page the served folder holds
        pages |= {page_address(p) for p in files_of(server.site)
                  if p.endswith(".html") and p != "404.html"}
        for page in sorted(pages):
            status, body = server.get(page)
            shown = re.search(rb'<pre class="content-problems">(.*?)</pre>', body, re.DOTALL)
            listed = html.unescape(shown.group(1).decode()).strip().split("\n") if shown else []
            if status != 200 or listed != problems[:PROBLEMS_SHOWN]:  # the first 100
                self._mismatch(step, what, f"{page}: served {status} showing {listed}, "
                               f"a fresh build fails with {problems}")
            self.compared_files += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--story", type=int, default=0,
                        help="copies of the seed briefing to add (14: claims in two parts)")
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="edit-loop-"))
    checker = Checker(workdir, args.seed, args.steps, args.story)
    started = time.monotonic()
    try:
        checker.run()
    finally:
        print(f"seed {args.seed}, {args.steps} steps: {checker.good_steps} built, "
              f"{checker.broken_steps} broken, {checker.compared_files} files compared, "
              f"{checker.edit_links} edit links' lines checked, "
              f"{len(checker.mismatches)} mismatches, {time.monotonic() - started:.0f} s")
        for mismatch in checker.mismatches:
            print(mismatch)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return 1 if checker.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
