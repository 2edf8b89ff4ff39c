"""Where a setting of a site's `mkdocs.yml` is written, for the messages about it.

A refusal of a setting named the file only ("mkdocs.yml: site_dir is ../victim, ..."), also
when the folder came from `mkdocs build -d`, which mkdocs.yml does not hold (review22's
leftover). `where(config, "site_dir")` gives `mkdocs.yml:LINE:COLUMN` of the value, as the
content's messages do; `site_dir(config)` says when the folder came from the command line.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig

COMMAND_LINE = "the command line"


def where(config: MkDocsConfig, *keys: str) -> str:
    """`mkdocs.yml:LINE:COLUMN` of the value the keys lead to (a plugin's option: "plugins",
    "briefing", "local_editor"), or the file's name alone when it does not hold it (MkDocs'
    default, or a file it INHERITs from)."""
    config_file = Path(config.config_file_path or "mkdocs.yml")
    node = _value(config_file, keys)
    if node is None:
        return config_file.name
    return f"{config_file.name}:{node.start_mark.line + 1}:{node.start_mark.column + 1}"


def site_dir(config: MkDocsConfig) -> tuple[str, str]:
    """Where the site folder was named and what it is called there: `(mkdocs.yml:4:11,
    "site_dir")`, or `("the command line", "--site-dir (-d)")` when `mkdocs build -d` (or
    `gh-deploy -d`) chose a folder that mkdocs.yml does not name."""
    config_file = Path(config.config_file_path or "mkdocs.yml")
    node = _value(config_file, ("site_dir",))
    folder = os.path.realpath(config.site_dir)
    if node is None:
        written = os.path.join(config_file.parent, "site")  # MkDocs' default
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        written = os.path.join(config_file.parent, str(node.value))
    else:  # !ENV and such: mkdocs.yml names it, through what this does not read
        written = folder
    if os.path.realpath(written) != folder:
        return COMMAND_LINE, "--site-dir (-d)"
    return where(config, "site_dir"), "site_dir"


def watched(config: MkDocsConfig, folder: Path) -> tuple[str, str]:
    """Where a folder `mkdocs serve` watches was named and how: `(mkdocs.yml:LINE:COLUMN of
    its entry, "watch lists")`, or `("the command line", "--watch (-w) names")` when no entry
    of `watch:` leads to it (`mkdocs serve -w FOLDER` adds it to the list: review25, both were
    `mkdocs.yml:` and the list's first line)."""
    config_file = Path(config.config_file_path or "mkdocs.yml")
    node = _value(config_file, ("watch",))
    entries = node.value if isinstance(node, yaml.SequenceNode) else []
    for entry in entries:
        if (isinstance(entry, yaml.ScalarNode) and os.path.realpath(
                os.path.join(config_file.parent, str(entry.value))) == os.path.realpath(folder)):
            mark = entry.start_mark
            return f"{config_file.name}:{mark.line + 1}:{mark.column + 1}", "watch lists"
    if isinstance(node, yaml.SequenceNode) or (
            node is None and _value(config_file, ("INHERIT",)) is None):
        return COMMAND_LINE, "--watch (-w) names"
    # through what this does not read: !ENV, or the file INHERIT names
    return where(config, "watch"), "watch lists"


def _value(config_file: Path, keys: tuple[str, ...]) -> yaml.Node | None:
    """The node of mkdocs.yml that the keys lead to (through a list of one-key mappings, as
    `plugins:` is written), or None."""
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8-sig"),
                            Loader=yaml.SafeLoader)  # composed only: any tag is read
    except (OSError, ValueError, yaml.YAMLError):
        return None
    for key in keys:
        if isinstance(node, yaml.SequenceNode):
            node = next((item for item in node.value if isinstance(item, yaml.MappingNode)
                         and any(k.value == key for k, _ in item.value)), None)
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((value for k, value in node.value if k.value == key), None)
    return node
