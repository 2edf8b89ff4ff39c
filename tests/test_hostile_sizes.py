"""What one small file can make a build write (attack15).

Every entry is listed on the page of each actor it names (at most `schema.MAX_NAMED`, 100):
a line that itself names all of them is written k times over k pages. Each case builds a
project whose YAML is a few kilobytes beside an `actors.yaml` of 100 actors, runs `briefing
build --out` as a process and counts how often one value is written in the whole output.
"""

from __future__ import annotations

from pathlib import Path

from generator.content.schema import MAX_NAME, MAX_NAMED, MAX_TEXT
from generator.pages.lines import MAX_HEADINGS

from .test_hostile_patterns import briefing

SENTENCE = "Actor zero said so on Monday."


def _project(root: Path, *, claims: str = "", timeline: str = "", names: int = MAX_NAMED,
             name_length: int = MAX_NAME) -> list[str]:
    """A site of `names` actors a0, a1, ... whose names are `name_length` characters, each
    ending in a word of its own ("a7end"); the article's claims and timeline as given."""
    (root / "content/articles").mkdir(parents=True)
    ids = [f"a{i}" for i in range(names)]
    lines = ["actors:"]
    for ident in ids:
        tail = f" {ident}end"
        lines += [f"  - id: {ident}", f"    name: {'N' * (name_length - len(tail))}{tail}",
                  "    kind: person"]
    (root / "content/actors.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "content/articles/2024-01-01-x.md").write_text(
        f"The article starts here.\n\n{SENTENCE}\n", encoding="utf-8")
    (root / "content/articles/2024-01-01-x.yaml").write_text(
        "title: X\nsource: The Source\npublished: 2024-01-01\nactors:\n"
        + "".join(f"  - id: {i}\n" for i in ids) + claims + timeline, encoding="utf-8")
    return ids


def _written(root: Path, word: str) -> int:
    """How many times `word` is written in the whole build, every file counted."""
    done = briefing(root, "build", "--out", "out", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return sum(p.read_text(encoding="utf-8", errors="replace").count(word)
               for p in (root / "out").rglob("*") if p.is_file())


def test_a_claim_denied_by_every_actor_does_not_repeat_every_name_on_every_page(
        tmp_path: Path) -> None:
    """A claim's compact line says who denies it; it is on the page of each actor it names.
    99 deniers with names of 1,000 characters made each of the 100 lines 100 KB: one claim
    of 4 KB wrote 20 MB (ten, beside the 110 KB actors.yaml: 208 MB). Each stance now names
    its first few actors and counts the others."""
    ids = _project(tmp_path)
    parties = "".join(f"      - actor: {i}\n        stance: denies\n" for i in ids[1:])
    claims = (f"claims:\n  - id: c1\n    claim: A claim.\n    by: a0\n    evidence: {SENTENCE}\n"
              f"    parties:\n{parties}")
    (tmp_path / "content/articles/2024-01-01-x.yaml").write_text(
        (tmp_path / "content/articles/2024-01-01-x.yaml").read_text(encoding="utf-8") + claims,
        encoding="utf-8")
    # a99's whole name is on its own page, the lists of all actors, the claims filter's menu,
    # the briefing's list of actors and the downloads (15 times): before, also on each of
    # the 100 claim lines (117)
    assert _written(tmp_path, "a99end") <= 20


def test_an_event_of_every_actor_does_not_repeat_every_name_on_every_chart(
        tmp_path: Path) -> None:
    """An event's mark in a timeline chart has a tooltip naming its actors; the event is in
    the chart of each actor's page and in a lane of each on the timeline page. 100 actors
    with names of 1,000 characters made each tooltip 100 KB, written 217 times: ten events
    of 450 bytes wrote 222 MB. A tooltip now names the first few actors and counts the
    others, and the timeline's tables cut each long name."""
    ids = _project(tmp_path)
    events = "".join(f"  - id: e{n}\n    date: 2020-01-{n + 1:02}\n    event: Event {n}.\n"
                     f"    actors: [{', '.join(ids)}]\n    evidence: {SENTENCE}\n"
                     for n in range(2))
    path = tmp_path / "content/articles/2024-01-01-x.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "timeline:\n" + events, encoding="utf-8")
    # 14 times, as above (a name among others is cut at 100 characters): before, also in
    # each tooltip of both events in both charts of all 100 actor pages (454)
    assert _written(tmp_path, "a99end") <= 20


def test_a_long_event_is_written_in_full_once_a_page_not_on_every_line(tmp_path: Path) -> None:
    """An event's text has no length limit (an event may be the sentence it rests on), and
    actor pages list it as a compact line and twice in the chart's tooltips: one event of
    300 KB naming 100 actors wrote 99 MB (attack14: 365 KB, 113 MB). Compact lines and
    tooltips now cut it as they cut a claim; the timeline and the briefing show it in full."""
    ids = _project(tmp_path, name_length=20)
    event = "word " * 2_000 + "lastword."
    path = tmp_path / "content/articles/2024-01-01-x.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        f"timeline:\n  - id: e1\n    date: 2020-01-01\n    event: {event}\n"
        f"    actors: [{', '.join(ids)}]\n    evidence: {SENTENCE}\n"), encoding="utf-8")
    # in full on the briefing and the timeline page, and in the downloads (two JSON, one
    # CSV): before, also on each actor page's compact line and in every tooltip (317)
    assert _written(tmp_path, "lastword") <= 8


def test_the_events_of_one_mark_are_each_cut_in_its_tooltip(tmp_path: Path) -> None:
    """Events of one day in one lane are one mark ("+n more"), whose tooltip names each event,
    up to five (reader16): each is cut as a single event's is, its text and its names. Five
    long events of one day, each naming 100 actors, wrote every name and text in full into
    each mark's tooltip on the timeline and on every actor page."""
    ids = _project(tmp_path)
    event = "word " * 400 + "lastword."
    events = "".join(f"  - id: e{n}\n    date: 2020-01-01\n    event: {n} {event}\n"
                     f"    actors: [{', '.join(ids)}]\n    evidence: {SENTENCE}\n"
                     for n in range(5))
    path = tmp_path / "content/articles/2024-01-01-x.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "timeline:\n" + events, encoding="utf-8")
    # as a single event's: the briefing, the timeline page and the downloads, each event
    # once (5 × 8); never in a tooltip
    assert _written(tmp_path, "lastword") <= 40
    assert _written(tmp_path, "a99end") <= 20


def test_an_actor_page_does_not_list_the_ids_of_every_actor_of_each_of_its_entries(
        tmp_path: Path) -> None:
    """Only the timeline page and the claims page filter by actor (assets/timeline-filter.js,
    claims-filter.js), yet every actor page wrote the ids of all the actors of each of its
    entries, on its compact line and on both charts' marks: an entry naming k actors wrote
    k ids on each of k pages, so 800 events naming 100 actors (587 KB) made `briefing build`
    write 184 MB (round nine's leftover). The ids are written where a filter reads them: the
    timeline page's marks and the claims page's lines (and a claim's block on its briefing,
    once); an actor page's lines keep their standing, which the style sheet shows."""
    ids = _project(tmp_path, name_length=20)
    events = "".join(f"  - id: e{n}\n    date: 2020-01-{n + 1:02}\n    event: Event {n}.\n"
                     f"    actors: [{', '.join(ids)}]\n    evidence: {SENTENCE}\n"
                     for n in range(2))
    parties = "".join(f"      - actor: {i}\n        stance: denies\n" for i in ids[1:])
    claims = (f"claims:\n  - id: c1\n    claim: A claim.\n    by: a0\n    evidence: {SENTENCE}\n"
              f"    parties:\n{parties}")
    path = tmp_path / "content/articles/2024-01-01-x.yaml"
    path.write_text(path.read_text(encoding="utf-8") + claims + "timeline:\n" + events,
                    encoding="utf-8")
    # a list of ids, as data-actors writes it: the timeline page's chart (both events in
    # the lanes of the actors it shows, twice: the wide and the narrow drawing), the claims
    # page's line and the briefing's block; before, also on every actor page: 3 times an
    # event (its line, two marks) and once the claim, on each of the 100 (1,024 in all)
    assert _written(tmp_path, "a98 a99") <= 40


def test_an_article_of_thousands_of_sub_headings_makes_a_few_hundred_headings(
        tmp_path: Path) -> None:
    """Each sub-heading of an article's text ("## ...") was a heading of its page, and MkDocs'
    search looks each heading up in the page's table of contents from its start (Python-
    Markdown's `toc` also counts up "_1", "_2" ... for each repeated one): 20,000 "## Same"
    (800 KB of text) took `mkdocs build` 22 s of CPU, five times as long as 10,000. The first
    `MAX_HEADINGS` stay headings; later ones are bold paragraphs, every word still there."""
    _project(tmp_path, names=1, name_length=20)
    (tmp_path / "content/articles/2024-01-01-x.md").write_text(
        "The article starts here.\n\n" + "".join(f"## Same {n}\n\n{SENTENCE}\n\n"
                                                 for n in range(1_000)), encoding="utf-8")
    done = briefing(tmp_path, "build", "--out", "out", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "out/briefings/2024-01-01-x.md").read_text(encoding="utf-8")
    headings = [line for line in page.splitlines() if line.startswith("### Same")]
    assert headings == [f"### Same {n}" for n in range(MAX_HEADINGS)]
    assert page.count('<p class="para-heading"><strong>Same ') == 1_000 - MAX_HEADINGS
    assert '<p class="para-heading"><strong>Same 999</strong></p>' in page


def test_a_paragraph_of_markup_characters_is_refused_or_kept_out_of_markdown(
        tmp_path: Path) -> None:
    """Python-Markdown reads a paragraph or a heading in a time that grows as the square of
    the characters it escapes: a description of 160 KB of "*_[`<&!(" (with a 50 KB alias)
    took `mkdocs build` 12 s of CPU, an article's sub-heading of 480 KB 185 s (three such
    headings, 980 KB). A description and a summary are refused past `MAX_TEXT` characters;
    a sub-heading longer than a name may be is a bold paragraph, which skips Markdown."""
    _project(tmp_path, names=1, name_length=20)
    marks = "*_[`<&!(" * 700
    actors = tmp_path / "content/actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + f"    description: '{marks}'\n",
                      encoding="utf-8")
    article = tmp_path / "content/articles/2024-01-01-x.yaml"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "published:", f"summary: '{marks}'\npublished:"), encoding="utf-8")
    done = briefing(tmp_path, "check")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "content/actors.yaml:5:18: 'description' of actor 'a0' is 5600 characters long, more "
        "than the 5000 a description may have (its page shows it as one paragraph; a longer "
        "text belongs in an article); shorten it",
        "content/articles/2024-01-01-x.yaml:3:10: 'summary' of the article is 5600 characters "
        "long, more than the 5000 a summary may have (its page shows it as one paragraph; a "
        "longer text belongs in an article); shorten it"]
    assert MAX_TEXT == 5000


def test_a_sub_heading_longer_than_a_name_is_a_bold_paragraph(tmp_path: Path) -> None:
    _project(tmp_path, names=1, name_length=20)
    long = "*" * MAX_NAME + "end"
    (tmp_path / "content/articles/2024-01-01-x.md").write_text(
        f"The article starts here.\n\n## {'*' * MAX_NAME}\n\n{SENTENCE}\n\n## {long}\n\nx\n",
        encoding="utf-8")
    done = briefing(tmp_path, "build", "--out", "out")
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "out/briefings/2024-01-01-x.md").read_text(encoding="utf-8")
    assert [line[:6] for line in page.splitlines() if line.startswith("### ")] == ["### \\*"]
    assert f'<p class="para-heading"><strong>{long}</strong></p>' in page


def test_the_aliases_of_an_actor_skip_markdown(tmp_path: Path) -> None:
    """An actor's page listed its aliases as one Markdown paragraph ("**Also called:** ..."),
    each of any length and as many as 500 KB hold: a paragraph whose escaped characters
    Python-Markdown reads in the square of their number (a 50 KB alias of "*_[`<&!(" beside
    the description above). The line is raw HTML now, which skips Markdown."""
    _project(tmp_path, names=1, name_length=20)
    marks = "*_[`<&!(" * 100
    actors = tmp_path / "content/actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + f"    aliases: ['{marks}', b]\n",
                      encoding="utf-8")
    done = briefing(tmp_path, "build", "--out", "out")
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "out/actors/a0.md").read_text(encoding="utf-8")
    shown = marks.replace("&", "&amp;").replace("<", "&lt;")
    assert f"<!-- briefing:html -->\n<p><strong>Also called:</strong> {shown}, b</p>\n" in page
