"""The actor and tag pages that the content names, read leniently from content that has
problems, so that `mkdocs serve` started on a mistake shows it at those addresses too."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..files import read_limited
from .validate import _ID
from .yamlfile import MAX_YAML_BYTES

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


def named_pages(content: Path, articles: list[Path]) -> list[str]:
    """`actors/<id>.md` for every actor id and `tags/<tag>.md` for every tag
    that `content/actors.yaml` and the article files give; a file that cannot be read as
    YAML (or is no regular file: a FIFO would wait forever), and a value that is not an id,
    give nothing (the check names them)."""
    paths: dict[str, None] = {}
    for path in [content / "actors.yaml", *articles]:
        try:
            text = read_limited(path, MAX_YAML_BYTES).decode("utf-8")
            data = yaml.load(text, Loader=_Loader)  # noqa: S506
        except (OSError, ValueError, yaml.YAMLError, RecursionError):
            continue  # ValueError: too big, not UTF-8, a number of 5000 digits
        if not isinstance(data, dict):
            continue
        actors = data.get("actors")
        for actor in actors if isinstance(actors, list) else []:
            ident = actor.get("id") if isinstance(actor, dict) else None
            if isinstance(ident, str) and _ID.match(ident):
                paths[f"actors/{ident}.md"] = None
        tags = data.get("tags")
        for tag in tags if isinstance(tags, list) else []:
            if isinstance(tag, str) and _ID.match(tag):
                paths[f"tags/{tag}.md"] = None
    return list(paths)
