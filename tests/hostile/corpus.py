"""A hostile corpus: every text field of every record carries markup, script and template
payloads, each tagged with the field it sits in. It passes `briefing check` (ids, dates and
web addresses must still be valid), so every payload reaches the pages.

`write_corpus(project, hostile=False)` writes the same corpus with each payload replaced by
plain words of the same shape: the site built from it is what the templates alone make.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

SLUG = "2024-04-01-hostile"


def payloads(tag: str) -> list[str]:
    """Tricks that would run, load or render as markup if a value were not escaped."""
    return [
        f"<script>alert('{tag}')</script>",
        f"<img src=x onerror=alert('{tag}')>",
        f"<svg/onload=console.log('pwned-{tag}')>",
        f"\" onmouseover=\"alert('{tag}')\" data-x=\"",
        f"' onfocus='alert(\"{tag}\")' autofocus='",
        f"[link](javascript:alert('{tag}'))",
        f"![image](http://127.0.0.1:9/{tag}.png)",
        f"<a href=\"javascript:alert('{tag}')\">a</a>",
        f"{{: onclick=\"alert('{tag}')\" }}",
        "{{ 7*7 }} {% if true %}jinja{% endif %} {# c #}",
        f"&lt;script&gt;alert('{tag}')&lt;/script&gt; &amp; &#60;b&#62;",
        f"<iframe src=\"javascript:alert('{tag}')\"></iframe>",
        f"</title><script>alert('{tag}')</script>",
        f"<style>body{{display:none}}</style> <!-- {tag} --> `code` **bold** _em_",
        f"~~del~~ ==mark== ^sup^ H~2~O [^{tag}] *[HTML]: x <http://127.0.0.1:9/{tag}>",
        f"\x02wzxhzdk:0\x03 \u202e{tag}",
        "\ufffe\uffff",  # no YAML file may hold them raw: they broke the front matter
    ]


def value(tag: str, hostile: bool) -> str:
    """One field's value: its payloads, or as many plain words for the benign twin."""
    if hostile:
        return f"{tag}: " + " ".join(payloads(tag))
    # the same length and spaces, so that the page lays out alike (Material gives a link a
    # title when its text overflows)
    return f"{tag}: " + " ".join(re.sub(r"\S", "x", p) for p in payloads(tag))


def url(tag: str, hostile: bool) -> str:
    """A web address that passes the check but would break out of a Markdown link."""
    if hostile:
        return f"https://example.org/{tag})[x](javascript:alert(1))![i](http://127.0.0.1:9/i.png)"
    return f"https://example.org/{tag}/plain"


def article_text(hostile: bool) -> list[str]:
    """The article's blocks: paragraphs, a heading, a caption and block-level tricks."""
    v = lambda tag: value(tag, hostile)  # noqa: E731
    blocks = [f"{v('para-1')} The first sentence.", f"{v('para-2')} The second sentence."]
    if hostile:
        blocks += [
            "## <img src=x onerror=alert('heading')> heading {: onclick=alert(1) }",
            "Caption: <svg/onload=alert('caption')> caption\n"
            "Credit: [c](javascript:alert('credit'))",
            "!!! danger \"<script>alert('admonition')</script>\"\n    inside",
            "{: onclick=\"alert('attr-list')\" }",
            "| a | b |\n|---|---|\n| <script>alert('table')</script> | x |",
            "<div onclick=\"alert('div')\" markdown>raw html block</div>",
            "    <script>alert('indented')</script>",
            "[ref]: javascript:alert('ref')\n[ref]",
            "1. <b>one</b>\n- two\n> three\n---\n***",
            "---\ntitle: front matter\n---",
        ]
    else:
        blocks += [
            "## plain heading words here",
            "Caption: plain caption\nCredit: plain credit",
        ] + [f"plain block {i} words" for i in range(8)]
    return blocks


def write_corpus(project: Path, hostile: bool = True) -> None:
    """Write content/ (actors.yaml and one article) into the project folder."""
    v = lambda tag: value(tag, hostile)  # noqa: E731
    articles = project / "content" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    blocks = article_text(hostile)
    (articles / f"{SLUG}.md").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    para1, para2 = blocks[0], blocks[1]
    actors = {"actors": [
        {"id": "mallory", "name": v("actor-name"), "kind": "person",
         "aliases": [v("actor-alias")], "description": v("actor-description"),
         "affiliation": "evil-corp",
         "links": {"wikidata": "Q42", "wikipedia": url("wikipedia", hostile),
                   "home": url("home", hostile)}},
        {"id": "evil-corp", "name": v("org-name"), "kind": "organization"},
    ]}
    briefing = {
        "title": v("title"), "source": v("source"), "url": url("url", hostile),
        "published": "2024-04-01", "dateline": v("dateline"), "authors": [v("author")],
        "summary": v("summary"), "tags": ["hostile"],
        "actors": [
            {"id": "mallory", "role": v("role"), "aliases": [v("article-alias")]},
            {"id": "evil-corp", "role": v("org-role")},
            {"id": "trudy", "name": v("new-actor-name"), "kind": "group",
             "description": v("new-actor-description"), "role": v("new-actor-role"),
             "links": {"home": url("new-actor-home", hostile)}, "status": "drafted"},
        ],
        "claims": [{
            "id": "payload-claim", "claim": v("claim"), "by": "mallory",
            "quote": value("para-1", hostile), "evidence": para1, "about": ["evil-corp"],
            "date": "2024-03", "status": "drafted",
            "parties": [{"actor": "trudy", "stance": "denies", "evidence": para2}],
        }],
        "timeline": [{
            "id": "payload-event", "date": "2024-03-15/2024-03-16", "event": v("event"),
            "actors": ["mallory", "trudy"], "evidence": para2, "status": "drafted",
        }],
    }
    config = project / "mkdocs.yml"
    if config.exists():  # the repository's address and name, printed by partials/source.html
        text = config.read_text(encoding="utf-8")
        assert "\nrepo_url: " in text
        repo = "https://github.com/example/x\"><img src=x onerror=alert('repo')>"
        name = "<img src=x onerror=alert('repo-name')>"
        if not hostile:
            # the same shape, still a web address (the plugin refuses any other scheme)
            scheme, rest = repo.split("://", 1)
            repo = f"{scheme}://" + re.sub(r"[^/:.]", "x", rest)
            name = re.sub(r"\S", "x", name)
        config.write_text(text.replace("\nrepo_url: ", "\nrepo_name: " + json.dumps(name)
                                       + "\nrepo_url: " + json.dumps(repo) + "\n# was: "),
                          encoding="utf-8")
    dump = {"allow_unicode": True, "sort_keys": False, "width": 10_000}
    (project / "content" / "actors.yaml").write_text(yaml.safe_dump(actors, **dump),
                                                     encoding="utf-8")
    (articles / f"{SLUG}.yaml").write_text(yaml.safe_dump(briefing, **dump), encoding="utf-8")
