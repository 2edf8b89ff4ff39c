"""The front matter of a page written by hand in docs/, before MkDocs reads it.

MkDocs reads a page's front matter with PyYAML, aliases and all, and the theme prints values
such as `title` and `description` as text. An alias stands for its anchor's whole value, so
ten lines that each repeat the one before nine times are 9^10 values once printed: a 513-byte
`docs/notes.md` (`title: *a9`) took `mkdocs build` 25 s of CPU and 2.2 GB before it ended in
a `MemoryError` (attack18). Content files refuse aliases outright (`content/yamlfile.py`); a
person's page may keep a few, so only what they add up to is limited here, read from the
YAML's events (linear in the text: no value is built).
"""

from __future__ import annotations

import yaml
from mkdocs.utils.meta import YAML_RE

# values that aliases may add to a page's front matter once they are expanded: a front matter
# holds a few dozen values; 10,000 printed are a few hundred KB
MAX_ALIASED = 10_000


def alias_problem(text: str) -> str | None:
    """'LINE:COLUMN: what is wrong' for a front matter whose aliases stand for more than
    MAX_ALIASED values, at the alias that passes the limit; None for any other text (one that
    is no YAML is MkDocs' to read: it leaves such a front matter out)."""
    found = YAML_RE.match(text)
    if found is None:
        return None
    sizes: dict[str, int] = {}  # values in each anchor's node, its aliases expanded
    opened: list[tuple[str | None, int]] = []  # collections open: anchor, count at the start
    count = aliased = 0
    try:
        for event in yaml.parse(found.group(1), Loader=yaml.SafeLoader):
            if isinstance(event, yaml.ScalarEvent):
                count += 1
                if event.anchor:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.CollectionStartEvent):
                opened.append((event.anchor, count))
                count += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, start = opened.pop()
                if anchor:
                    sizes[anchor] = count - start
            elif isinstance(event, yaml.AliasEvent):
                added = sizes.get(event.anchor or "", 0)
                count += added
                aliased += added
                if aliased > MAX_ALIASED:
                    mark = event.start_mark  # the parser's events always carry one
                    line, column = (mark.line + 2, mark.column + 1) if mark else (1, 1)
                    return (f"{line}:{column}: the aliases of the front matter "
                            f"stand for more than {MAX_ALIASED:,} values once expanded (this "
                            f"one, *{event.anchor}, for {added:,}): the theme writes out a "
                            "value such as the title in full, and a page of a few lines can "
                            "take every byte of memory; write the values out instead of "
                            "aliasing them")
    except yaml.YAMLError:
        return None
    return None
