"""Does the first `briefing redraft` of an unchanged text propose what `briefing import` did?

    python tools/redraft_agrees.py GOLD_DIR ARTICLE_DIR [--show]

For each `*.gold.yaml` of GOLD_DIR: its article drafted as `import` drafts it (the raw text,
the gold's `published`), then drafted again as `redraft` does from what import wrote (the
`.md`, the YAML's title, published and told). The two YAML texts are compared without the
metadata redraft never writes (`dateline`, `authors`: it keeps the file's). No known actors:
on a site, articles imported after this one may add aliases to its drafted actors, which is
the site changing, not the text. Prints the articles that differ and a count.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from pathlib import Path

import yaml

from generator import draft

_KEPT = re.compile(r"(?m)^(?:dateline|authors): .*\n")


def main(gold_dir: Path, article_dir: Path, show: bool) -> int:
    differ = total = 0
    for gold in sorted(gold_dir.glob("*.gold.yaml")):
        meta = yaml.safe_load(gold.read_text(encoding="utf-8"))
        raw = (article_dir / meta["article"]).read_text(encoding="utf-8")
        published = meta.get("published")
        if published is not None and not isinstance(published, dt.date):
            published = dt.date.fromisoformat(str(published))
        first = draft.draft_text(raw, published=published, source="S")
        wrote = yaml.safe_load(first.to_yaml())
        told = wrote.get("told")
        again = draft.redraft_text(first.markdown, wrote.get("title"),
                                   published=wrote["published"],
                                   told=dt.date.fromisoformat(str(told)) if told else None,
                                   source=wrote.get("source"), url=wrote.get("url"))
        total += 1
        before, after = _KEPT.sub("", first.to_yaml()), _KEPT.sub("", again.to_yaml())
        if before != after:
            differ += 1
            lines = [line for line in difflib.unified_diff(
                before.splitlines(), after.splitlines(), lineterm="", n=0)
                if line[:1] in "+-" and not line.startswith(("+++", "---"))]
            print(f"{gold.name}: {len(lines)} lines differ")
            for line in lines[:30] if show else []:
                print("   ", line[:200])
    print(f"{differ} of {total} articles draft differently at the first redraft")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), "--show" in sys.argv[3:]))
