"""The JSON Schema editors read agrees with `briefing check` on every schema-level problem."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.content.yamlfile import load
from generator.exports.json_schema import content_schema, schema_comment, schema_files

from .conftest import FIXTURE, ROOT
from .test_check import ARTICLE, CASES, edit, run_check

# Which of test_check's broken cases a schema can see (one file, one field at a time), and
# which need the whole content: the article text, other records, other files, or the YAML
# parser's own refusals.
SCHEMA_LEVEL = {"misspelt field", "wrong type", "impossible date", "missing field", "bad stance"}
NEEDS_CHECK = {"yaml syntax", "duplicate id", "undefined actor", "evidence not in the text",
               "dated after the article", "duplicate key", "self affiliation",
               "reviewed claim without speaker", "actor named by its alias",
               "deleted actor still listed"}


def instance(path: Path) -> Any:
    doc, problems = load(path, path.name)
    assert doc is not None, problems
    return doc.data


def errors(path: Path) -> list[str]:
    which = "actors" if path.name == "actors.yaml" else "article"
    validator = jsonschema.Draft202012Validator(content_schema(which))
    return [e.message for e in validator.iter_errors(instance(path))]


def test_the_schemas_are_valid_json_schemas() -> None:
    for which in ("article", "actors"):
        jsonschema.Draft202012Validator.check_schema(content_schema(which))


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.yaml"))
                         + sorted((FIXTURE / "content").rglob("*.yaml")),
                         ids=lambda p: p.name)
def test_clean_content_is_valid(path: Path) -> None:
    assert errors(path) == []


def test_every_broken_case_of_the_check_tests_is_classified() -> None:
    names = {c[0] for c in CASES}
    assert names == SCHEMA_LEVEL | NEEDS_CHECK, (
        "classify the new cases of tests/test_check.py in SCHEMA_LEVEL or NEEDS_CHECK")


@pytest.mark.parametrize(("name", "relative", "old", "new", "message"),
                         [c for c in CASES if c[0] in SCHEMA_LEVEL], ids=lambda c: str(c))
def test_schema_rejects_what_check_rejects(project: Path, name: str, relative: str, old: str,
                                           new: str, message: str) -> None:
    edit(project, relative, old, new)
    assert errors(project / relative), f"the schema accepts the case '{name}'"


MORE = [  # schema-level mistakes beyond those of test_check, each refused by both
    ("bad id", ARTICLE, "  - id: opens-harbour", "  - id: Opens Harbour"),
    ("bad date", ARTICLE, "date: 2023-09", "date: September 2023"),
    ("open at both ends", ARTICLE, "date: 2023-09", "date: ../.."),
    ("bad day", ARTICLE, "published: 2024-03-02", "published: 2024-03"),
    ("bad url", ARTICLE, "url: https://example.org/port-deal", "url: example.org/port-deal"),
    ("bad kind", "content/actors.yaml", "kind: country\n    aliases", "kind: nation\n    aliases"),
    ("bad wikidata", "content/actors.yaml", "wikidata: Q1", "wikidata: 1"),
    ("unknown link", "content/actors.yaml", "wikidata: Q1", "twitter: https://x.test/a"),
    ("empty text", ARTICLE, "source: The Example Times", "source: '  '"),
    ("number as text", ARTICLE, "dateline: East City", "dateline: 42"),
    ("id too long", ARTICLE, "  - id: opens-harbour", "  - id: o" + "p" * 200),
    ("tag too long", ARTICLE, "tags: [ports, trade]", "tags: [ports, t" + "r" * 250 + "]"),
    ("entry not a mapping", ARTICLE, "claims:\n  - id: opens-harbour",
     "claims:\n  - opens-harbour\n  - id: opens-harbour"),
]


@pytest.mark.parametrize(("name", "relative", "old", "new"), MORE, ids=[m[0] for m in MORE])
def test_schema_and_check_both_refuse(project: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, name: str, relative: str,
                                      old: str, new: str) -> None:
    edit(project, relative, old, new)
    status, lines, _ = run_check(project, capsys, monkeypatch)
    assert status == 1 and lines
    assert errors(project / relative), f"the schema accepts the case '{name}'"


def test_published_schema_files_match_the_committed_ones() -> None:
    """Regenerate them with `UPDATE_GOLDEN=1 python -m pytest tests/test_json_schema.py`."""
    for relative, text in schema_files().items():
        if os.environ.get("UPDATE_GOLDEN"):
            (ROOT / relative).write_text(text, encoding="utf-8")
        assert (ROOT / relative).read_text(encoding="utf-8") == text, (
            f"{relative} is stale; rewrite it from generator.exports.json_schema.schema_files()")
        assert json.loads(text)["$defs"]


def test_every_content_file_names_its_schema_on_its_first_line() -> None:
    for path in [*(ROOT / "content").rglob("*.yaml"), *(FIXTURE / "content").rglob("*.yaml")]:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        target = (path.parent / first.split("=", 1)[1]).resolve()
        kind = "actors" if path.name == "actors.yaml" else "article"
        assert target == (ROOT / "schema" / f"{kind}.schema.json").resolve(), path


def test_schema_comment_for_a_drafted_article() -> None:
    assert schema_comment("article") == (
        "# yaml-language-server: $schema=../../schema/article.schema.json\n")
    assert schema_comment("actors") == (
        "# yaml-language-server: $schema=../schema/actors.schema.json\n")


@pytest.mark.parametrize(("name", "relative", "old", "new", "message"),
                         [c for c in CASES if c[0] in NEEDS_CHECK - {"yaml syntax",
                                                                     "duplicate key"}],
                         ids=lambda c: str(c))
def test_what_needs_the_whole_content_is_left_to_check(project: Path, name: str, relative: str,
                                                       old: str, new: str, message: str) -> None:
    edit(project, relative, old, new)
    assert errors(project / relative) == []
