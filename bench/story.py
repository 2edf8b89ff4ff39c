"""A "one story" corpus, for benchmarks only: N briefings that all follow the same story.

    python bench/story.py --articles 100 --out /tmp/story     # writes /tmp/story/content/

A real briefing site follows one story: every article names the same few core actors and
holds an analysis-sized set of claims and events. This corpus is the seed briefing (28
claims, 20 events, 38 actors, a 9.6 KB article) written N times under new slugs and titles,
each copy published a day later than the one before; the actors of `content/actors.yaml`
are shared by all of them, so Putin, Kim Jong Un and Russia are named in every article.
The same N article texts, with nothing else, make the plain-site floor (`plain_site`):
what MkDocs and Material cost for the text alone.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "articles" / "2024-06-19-putin-kim-pyongyang"
SEED_DAY = date(2024, 6, 19)


def _slug(n: int) -> tuple[str, date]:
    day = SEED_DAY + timedelta(days=n)
    return f"{day.isoformat()}-story-{n:04d}", day


def generate_story(out: Path, articles: int) -> int:
    """Write `articles` briefings of the one story under out/content/; return the count."""
    folder = out / "content" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "content" / "actors.yaml", out / "content" / "actors.yaml")
    yaml = SEED.with_suffix(".yaml").read_text(encoding="utf-8")
    text = SEED.with_suffix(".md").read_bytes()
    for n in range(articles):
        slug, day = _slug(n)
        copy = re.sub(r"^published: .*$", f"published: {day.isoformat()}", yaml, count=1,
                      flags=re.MULTILINE)
        copy = re.sub(r'^title: "(.*)"$', rf'title: "\1 (day {n + 1})"', copy, count=1,
                      flags=re.MULTILINE)
        (folder / f"{slug}.yaml").write_text(copy, encoding="utf-8")
        (folder / f"{slug}.md").write_bytes(text)
    return articles


def plain_site(out: Path, articles: int) -> Path:
    """A plain Material site of the same N article texts (title and paragraphs, nothing
    generated), with the briefing site's theme, search and Markdown extensions; the floor
    that the briefing site's build time is measured against."""
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    docs.mkdir(parents=True)
    text = SEED.with_suffix(".md").read_text(encoding="utf-8")
    title = re.search(r'^title: "(.*)"$', SEED.with_suffix(".yaml").read_text(encoding="utf-8"),
                      re.MULTILINE)
    assert title is not None
    for n in range(articles):
        slug, _ = _slug(n)
        (docs / f"{slug}.md").write_text(f"# {title.group(1)} (day {n + 1})\n\n{text}",
                                         encoding="utf-8")
    (docs / "index.md").write_text("# Plain site\n\nThe article texts, and nothing else.\n",
                                   encoding="utf-8")
    (out / "mkdocs.yml").write_text(
        "site_name: Plain\nsite_url: https://example.github.io/plain/\nstrict: true\n"
        "theme:\n  name: material\n  font: false\n"
        "plugins:\n  - search\n"
        # like the briefing site, whose briefings are not in its navigation: Material's
        # automatic navigation would list every page on every page, a floor growing with N²
        "nav:\n  - index.md\nvalidation:\n  omitted_files: ignore\n"
        "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - admonition\n  - tables\n"
        "  - toc:\n      permalink: true\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the corpus (and, with --plain, the plain site beside it)."""
    parser = argparse.ArgumentParser(description="Write a one-story synthetic corpus.")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--plain", type=Path, help="also write the plain site here")
    args = parser.parse_args(argv)
    generate_story(args.out, args.articles)
    if args.plain:
        plain_site(args.plain, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
