import datetime as dt

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.draft import DraftError, draft_text, redraft_yaml
from generator.draft.emit import fingerprint

ACTIONS = [
    "none",
    "none",
    "review",
    "drop-status",
    "edit-id",
    "edit-add-field",
    "comment-inside",
    "comment-above",
    "comment-inline",
]


@pytest.fixture(scope="module")
def yamls(seed_raw):
    short = seed_raw[
        : seed_raw.index("What do Russia and North Korea want")
    ]  # keeps the suite fast
    short += seed_raw[seed_raw.index("Putin on Friday laid out") :]
    old = draft_text(short, published=dt.date(2024, 6, 19)).to_yaml()
    changed = short.replace("observers warn it will", "observers say it will") + (
        "\n\nPutin said on Thursday that the treaty with Pyongyang was “a breakthrough document.”\n"
    )
    new = draft_text(changed, published=dt.date(2024, 6, 19)).to_yaml()
    return old, new


def split_items(text: str) -> list[tuple[str, list[list[str]]]]:
    """The emitter's layout: 'section:' lines, entries starting with '  - '."""
    sections: list[tuple[str, list[list[str]]]] = []
    for line in text.splitlines(keepends=True):
        if not line.startswith(" "):
            sections.append((line, []))
        elif line.startswith("  - "):
            sections[-1][1].append([line])
        elif sections[-1][1]:
            sections[-1][1][-1].append(line)
        else:  # the lines of a mapping such as `status:`
            sections[-1] = (sections[-1][0] + line, [])
    return sections


def apply(item: list[str], action: str) -> list[str]:
    item = list(item)
    if action == "review":
        item = [line.replace("status: drafted", "status: reviewed") for line in item]
    elif action == "drop-status":
        item = [line for line in item if "status: drafted" not in line]
    elif action == "edit-id":
        line = item[0].rstrip("\n")
        item[0] = (line[:-1] + '-edited"' if line.endswith('"') else line + "-edited") + "\n"
    elif action == "edit-add-field":
        item.insert(1, "    note: checked against the video\n")
    elif action == "comment-inside":
        item.insert(1, "    # a person looked at this\n")
    elif action == "comment-above":
        item.insert(0, "  # about the entry below\n")
    elif action == "comment-inline":
        item[0] = item[0].rstrip("\n") + "  # ok\n"
    return item


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_redraft_keeps_every_human_change(yamls, data):
    old, new = yamls
    out_lines: list[str] = []
    kept: list[str] = []
    sections = split_items(old)
    count = sum(len(items) for _, items in sections)
    actions = iter(data.draw(st.lists(st.sampled_from(ACTIONS), min_size=count, max_size=count)))
    additions = iter(
        data.draw(st.lists(st.integers(0, 2), min_size=len(sections), max_size=len(sections)))
    )
    for header, items in sections:
        out_lines.append(header)
        added_here = next(additions)
        for item in items:
            action = next(actions)
            edited = apply(item, action)
            out_lines += edited
            if action != "none":
                kept.append("".join(edited))
        if header.rstrip(":\n") in ("actors", "claims", "timeline"):
            for k in range(added_here):
                added = f"  - id: human-{header.strip(':' + chr(10))}-{k}\n    name: Added by hand\n    kind: person\n"
                out_lines.append(added)
                kept.append(added)
    edited_text = "".join(out_lines)
    result = redraft_yaml(edited_text, new)
    for block in kept:
        assert block in result, block
    loaded = yaml.safe_load(result)
    for section in ("actors", "claims", "timeline"):
        ids = [e["id"] for e in loaded[section]]
        assert len(ids) == len(set(ids)), section
    assert redraft_yaml(result, new) == result


def test_untouched_drafted_entries_are_replaced(yamls):
    old, new = yamls
    result = redraft_yaml(old, new)
    assert result == new
    assert "a breakthrough document" in result
    assert "observers warn" not in yaml.safe_load(result)["claims"].__repr__()


def test_edit_without_status_change_is_kept(yamls):
    old, new = yamls
    edited = old.replace("name: Edward Howell", "name: Edward Howell (Oxford)")
    result = redraft_yaml(edited, new)
    assert "name: Edward Howell (Oxford)" in result
    assert result.count("id: edward-howell\n") == 1


def test_metadata_edited_by_a_person_stays(yamls):
    old, new = yamls
    edited = old.replace("dateline: Hong Kong", "dateline: Hong Kong  # filed from the bureau")
    edited = edited.replace("source: CNN", "source: CNN International")
    result = redraft_yaml(edited, new)
    assert "dateline: Hong Kong  # filed from the bureau\n" in result
    assert "source: CNN International\n" in result


def test_new_entry_duplicating_a_kept_one_is_not_added(yamls):
    old, new = yamls
    edited = old.replace("  - id: michael-mcfaul-back-then-working\n", "  - id: mcfaul-back-then\n")
    assert edited != old
    result = redraft_yaml(edited, new)
    assert "id: mcfaul-back-then\n" in result
    assert "michael-mcfaul-back-then-working" not in result


def test_new_entries_name_the_kept_actor_that_repeats_their_drafted_actor():
    """A person renamed a drafted actor's id (or reviewed an entry of the same name): the new
    draft's actor of that name is left out, and its entries name the person's id, never the
    left-out one (`check` refused the file: "names actor 'officials-…', which is not defined")."""
    text = ("Eastland and Westmark sign a port deal\n\n"
            "Eastland and Westmark signed a port deal on Friday, officials said.\n")
    draft = draft_text(text, published=dt.date(2024, 3, 2)).to_yaml()
    drafted = yaml.safe_load(draft)
    officials = next(a for a in drafted["actors"] if a["name"] == "officials")
    claim = next(c for c in drafted["claims"] if c["by"] == officials["id"])
    assert officials["id"] != "harbour-officials"
    current = ("title: Eastland and Westmark sign a port deal\npublished: 2024-03-02\n"
               "actors:\n  - id: harbour-officials\n    name: officials\n    kind: group\n")
    result = yaml.safe_load(redraft_yaml(current, draft))
    assert [a["id"] for a in result["actors"] if a["name"] == "officials"] == ["harbour-officials"]
    assert [c["by"] for c in result["claims"] if c["evidence"] == claim["evidence"]] == [
        "harbour-officials"]
    named = {i for c in result["claims"] for i in [c["by"], *c.get("about", [])]}
    named |= {i for e in result["timeline"] for i in e.get("actors", [])}
    assert named <= {a["id"] for a in result["actors"]}


def test_fingerprint_changes_with_content():
    entry = {"id": "a", "date": "2023", "event": "x", "status": "drafted"}
    assert fingerprint(entry) == fingerprint({**entry, "status": "reviewed"})
    assert fingerprint(entry) != fingerprint({**entry, "event": "y"})


def test_invalid_current_yaml():
    with pytest.raises(DraftError, match="^the current briefing is not valid YAML"):
        redraft_yaml("title: [unclosed\n", "title: x\n")


def _entry_block(text: str, needle: str) -> str:
    """The lines of the one list entry whose text holds `needle`."""
    blocks = [b for _, items in split_items(text) for b in items if needle in "".join(b)]
    assert len(blocks) == 1, needle
    return "".join(blocks[0])


def test_a_draft_left_out_for_a_kept_entry_comes_once_that_entry_is_deleted(yamls):
    # An analyst reviews a claim, then corrects the article's text ("warn" -> "say") and
    # redrafts: the reviewed claim stays, and the drafter's claim on the corrected sentence
    # is left out, since its id is taken. The analyst then deletes the stale claim to have
    # the corrected one drafted: the next redraft proposes it (it was never shown, so it is
    # not one the person deleted).
    old, new = yamls
    stale = _entry_block(old, "observers warn it will")
    reviewed = old.replace(stale, stale.replace("status: drafted", "status: reviewed"))
    once = redraft_yaml(reviewed, new)
    assert "observers say it will" not in once.split("\nproposed:")[0]
    deleted = once.replace(_entry_block(once, "observers warn it will"), "")
    again = redraft_yaml(deleted, new)
    assert "observers warn it will" not in again
    assert "observers say it will" in _entry_block(again, "observers say it will")
    assert "status: drafted" in _entry_block(again, "observers say it will")


def test_only_a_sentence_the_drafter_reads_anew_is_named_as_held(yamls):
    old, new = yamls
    stale = _entry_block(old, "observers warn it will")
    held: list[tuple[str, str]] = []
    redraft_yaml(old.replace(stale, stale.replace("status: drafted", "status: reviewed")), new,
                 held)
    assert [key for key, _ in held] == ["claims"]  # the sentence changed in the text
    # a quote or evidence the person corrected is theirs: the same draft names nothing
    edited = old.replace(stale, stale.replace("observers warn it will", "observers warn it would"))
    held = []
    redraft_yaml(edited, old, held)
    assert held == []
