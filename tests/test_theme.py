"""The theme's templates that this project overrides (templates/theme/) against Material's."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import jinja2
import material
from mkdocs.utils.templates import script_tag_filter, url_filter

from generator.kept_nav import (
    PARTIALS,
    KeptNav,
    kept_theme,
    use_kept_blocks,
    use_kept_partials,
    wrapped,
)
from generator.plugin import Translations

THEME = Path(material.__file__).parent / "templates"
OURS = Path(__file__).resolve().parent.parent / "templates" / "theme"

# Material's partials/language.html as templates/theme/partials/language.html was written from
MATERIAL_LANGUAGE = """{#-
  This file was automatically generated - do not edit
-#}
{% import "partials/languages/" ~ config.theme.language ~ ".html" as lang %}
{% import "partials/languages/en.html" as fallback %}
{% macro t(key) %}{{ lang.t(key) or fallback.t(key) or key }}{% endmacro %}
"""


def test_materials_language_partial_is_the_one_ours_was_written_from() -> None:
    assert (THEME / "partials" / "language.html").read_text(encoding="utf-8") == MATERIAL_LANGUAGE


def _translate(loader: jinja2.BaseLoader, language: str, keys: list[str],
               kept: Translations | None) -> list[str]:
    env = jinja2.Environment(loader=loader)
    if kept is not None:
        env.globals["briefing_t"] = kept
    page = env.from_string('{% import "partials/language.html" as lang with context %}'
                           + "".join(f"[{{{{ lang.t({key!r}) }}}}]" for key in keys))
    config = SimpleNamespace(theme={"language": language})
    return [page.render(config=config) for _ in range(2)]


def test_translations_are_the_themes_own() -> None:
    """Every key of the English table, a key only English has, and a key none has, in
    English and in German: the same text through our partial (with the plugin's
    `briefing_t`, twice, and without it) as through Material's."""
    english = (THEME / "partials" / "languages" / "en.html").read_text(encoding="utf-8")
    keys = [*re.findall(r'^  "([^"]+)":', english, re.M), "no.such.key"]
    assert len(keys) > 50
    material_only = jinja2.FileSystemLoader([str(THEME)])
    ours = jinja2.FileSystemLoader([str(OURS), str(THEME)])
    for language in ("en", "de"):
        expected = _translate(material_only, language, keys, None)
        assert _translate(ours, language, keys, Translations()) == expected
        assert _translate(ours, language, keys, None) == expected


def test_materials_navigation_partials_are_the_ones_ours_wrap() -> None:
    for name in PARTIALS:
        ours = (kept_theme() / "partials" / name).read_text(encoding="utf-8")
        assert wrapped(ours) == (THEME / "partials" / name).read_text(encoding="utf-8"), name


def test_kept_partials_are_used_only_where_they_wrap_the_themes_own(tmp_path: Path) -> None:
    """The theme's path as MkDocs makes it (a site's own overrides first): the kept partials
    go first where each wraps the file the path gives for its name; not where the site
    overrides one, nor for a theme whose file is another (Zensical's header, which the same
    `templates/theme/` serves without the plugin)."""
    def env(*dirs: Path) -> jinja2.Environment:
        return jinja2.Environment(loader=jinja2.FileSystemLoader([str(d) for d in dirs]))

    material = env(OURS, THEME)
    assert use_kept_partials(material)
    assert material.loader.searchpath[:2] == [str(kept_theme()), str(OURS)]  # type: ignore[union-attr]
    own = tmp_path / "theme"
    (own / "partials").mkdir(parents=True)
    (own / "partials" / "tabs.html").write_text("<nav>my tabs</nav>", encoding="utf-8")
    overridden = env(own, THEME)
    assert not use_kept_partials(overridden)
    assert overridden.loader.searchpath == [str(own), str(THEME)]  # type: ignore[union-attr]
    zensical = Path(__import__("zensical").__file__).parent / "templates"
    assert not use_kept_partials(env(OURS, zensical))


def test_kept_navigation_builds_the_site_that_materials_partials_build(tmp_path: Path) -> None:
    """The seed site, built with the kept nav.html, tabs.html, header.html and kept-blocks.html
    (each page not in the navigation gets the HTML kept for the addresses it links to) and
    with Material's own:
    every file the same, byte for byte."""
    parts, blocks = _same_as_materials(tmp_path)[1]
    assert parts > 0 and blocks > 0  # the kept partials and blocks are used


# as mkdocs-static-i18n does (reconfigure_material): the language selector of each page links
# to that page in each language, set in config.extra.alternate as the page is rendered
PER_PAGE_ALTERNATES = """
def on_page_context(context, page, config, nav):
    config.extra["alternate"] = [
        {"name": "English", "link": "/" + page.url, "lang": "en"},
        {"name": "Deutsch", "link": "/de/" + page.url, "lang": "de"}]
    return context
"""


def test_a_language_selector_set_for_each_page_links_to_that_page(tmp_path: Path) -> None:
    def per_page_alternates(project: Path) -> None:
        (project / "alternates.py").write_text(PER_PAGE_ALTERNATES, encoding="utf-8")
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + (
            "\nhooks:\n  - alternates.py\nextra:\n  alternate:\n"
            "    - {name: English, link: /, lang: en}\n    - {name: Deutsch, link: /de/, lang: de}\n"),
            encoding="utf-8")

    site = _same_as_materials(tmp_path, per_page_alternates)[0]
    assert 'href="/de/briefings/2024-06-19-putin-kim-pyongyang/"' in (
        site / "briefings" / "2024-06-19-putin-kim-pyongyang" / "index.html").read_text("utf-8")


# a site's own partials/alternate.html that keeps the reader on the same page when the
# language changes (a common override): it reads the page, which the kept header must not hide
STAY_ON_PAGE = """<div class="md-header__option">
  <ul class="md-select__list">
    {% for alt in config.extra.alternate %}
      <li><a href="{{ alt.link | url }}{{ page.url }}" hreflang="{{ alt.lang }}">{{ alt.name }}</a></li>
    {% endfor %}
  </ul>
</div>
"""


def test_a_sites_own_partial_that_reads_the_page_is_rendered_on_each_page(
        tmp_path: Path) -> None:
    def stay_on_page(project: Path) -> None:
        (project / "templates" / "theme" / "partials" / "alternate.html").write_text(
            STAY_ON_PAGE, encoding="utf-8")
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + (
            "\nextra:\n  alternate:\n    - {name: English, link: /, lang: en}\n"
            "    - {name: Deutsch, link: /de/, lang: de}\n"), encoding="utf-8")

    site, (parts, _) = _same_as_materials(tmp_path, stay_on_page)
    assert parts == 0  # the site's own partial goes unkept: the theme renders it on each page
    assert 'href="/de/briefings/2024-06-19-putin-kim-pyongyang/"' in (
        site / "briefings" / "2024-06-19-putin-kim-pyongyang" / "index.html").read_text("utf-8")

def test_a_sites_own_icons_partial_that_reads_the_page_is_rendered_on_each_page(
        tmp_path: Path) -> None:
    """The `styles` block includes partials/icons.html: a site's own that reads the page
    keeps the blocks from being kept (their HTML would be another page's)."""
    def own_icons(project: Path) -> None:
        (project / "templates" / "theme" / "partials" / "icons.html").write_text(
            "<style>/* {{ page.url }} */</style>\n", encoding="utf-8")

    site, (_, blocks) = _same_as_materials(tmp_path, own_icons)
    assert blocks == 0
    for page in ("briefings/2024-06-19-putin-kim-pyongyang", "actors/putin"):
        assert f"<style>/* {page}/ */</style>" in (site / page / "index.html").read_text("utf-8")


def test_kept_blocks_are_used_only_under_the_themes_own_base_and_icons(tmp_path: Path) -> None:
    def env(*dirs: Path) -> jinja2.Environment:
        return jinja2.Environment(loader=jinja2.FileSystemLoader([str(d) for d in dirs]))

    assert use_kept_blocks(env(OURS, THEME))
    for name, text in (("base.html", "{# my base #}"), ("partials/icons.html", "")):
        own = tmp_path / name.replace("/", "-")
        (own / name).parent.mkdir(parents=True)
        (own / name).write_text(text, encoding="utf-8")
        assert not use_kept_blocks(env(own, OURS, THEME)), name
    assert not use_kept_blocks(env(OURS))  # no theme of ours: nothing known to keep


def _same_as_materials(tmp_path: Path, prepare: Callable[[Path], None] | None = None
                       ) -> tuple[Path, tuple[int, int]]:
    """The seed site (`prepare`d) built with the kept partials and with Material's own: every
    file the same, byte for byte; the first's site folder, and how many times its build used
    kept HTML of the navigation and header, and of the blocks."""
    from tests.test_site import copy_project, mkdocs_build

    sites = []
    for name, ours in (("ours", True), ("material", False)):
        (tmp_path / name).mkdir()
        project = copy_project(tmp_path / name)
        if prepare is not None:
            prepare(project)
        if not ours:  # the site's own copies of Material's partials (a comment makes them
            # its own), which the kept ones do not replace
            for name in PARTIALS:
                (project / "templates" / "theme" / "partials" / name).write_text(
                    (THEME / "partials" / name).read_text(encoding="utf-8").removesuffix("\n")
                    + "{# as is #}\n", encoding="utf-8")
            (project / "templates" / "theme" / "kept-blocks.html").write_text(
                '{% extends "base.html" %}', encoding="utf-8")
        result = mkdocs_build(project, "--verbose")
        assert result.returncode == 0, result.stderr
        found = re.search(r"theme parts kept .*\((\d+) navigation and header, (\d+) blocks\)",
                          result.stderr)
        assert found is not None
        hits = (int(found.group(1)), int(found.group(2)))
        if ours:
            kept = hits
        else:
            assert hits == (0, 0)  # Material's own partials and blocks: nothing kept
        sites.append(project / "site")
    files = [sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
             for site in sites]
    assert files[0] == files[1]
    assert len(files[0]) > 50
    for path in files[0]:
        assert (sites[0] / path).read_bytes() == (sites[1] / path).read_bytes(), path
    return sites[0], kept


# The blocks of Material's base.html that templates/theme/kept-blocks.html keeps for pages
# alike: each reads nothing of the page but `base_url` and the addresses it writes through
# the `url` and `script_tag` filters. A Material version that changes one fails here: read
# the new block again before updating its digest.
KEPT_BLOCKS = {
    "styles": "3e2f8b00a4426913f9c3c0e0b122f5d6222eecbdcdd8afb2c0d6ec2413a85dcb",
    "scripts": "66cc07f62fe03dd2b41d9d1f94be4f466246e551c41240f6a10f438cc53c3e90",
    "config": "b84001acaa9dc3791d04b24d2533025797fbe59d71702bd25693fe05aac34ddf",
}


def test_materials_kept_blocks_are_the_ones_read() -> None:
    base = (THEME / "base.html").read_text(encoding="utf-8")
    for name, digest in KEPT_BLOCKS.items():
        block = re.search(r"\{% block " + name + r" %\}.*?\{% endblock %\}", base, re.S)
        assert block is not None, name
        assert hashlib.sha256(block.group(0).encode("utf-8")).hexdigest() == digest, name


def test_a_kept_block_is_reused_only_where_it_writes_each_address_the_same() -> None:
    """Pages with the same `base_url` share a block's HTML while each address it wrote
    through `url` or `script_tag` comes out the same on them; a page inside the folder the
    address points into writes it otherwise and gets its own."""
    env = jinja2.Environment()
    kept = KeptNav()
    env.filters["url"] = kept.recording(url_filter)
    env.filters["script_tag"] = kept.recording(script_tag_filter)
    env.globals["block"] = kept.block
    template = env.from_string(
        "{% macro b() %}{{ base_url }} {{ 'assets/a.css' | url }} "
        "{{ 'assets/b.js' | script_tag }} {{ page.url }}{% endmacro %}{{ block('b', b) }}")

    def render(url: str, base: str) -> str:
        return template.render(page=SimpleNamespace(url=url), base_url=base)

    first = render("briefings/one/", "../..")
    assert first == '../.. ../../assets/a.css <script src="../../assets/b.js"></script> briefings/one/'
    assert render("actors/two/", "../..") == first  # kept: `page.url` is not read by such a block
    assert render("assets/two/", "../..") == (
        '../.. ../a.css <script src="../b.js"></script> assets/two/')
    assert render("claims/", "..") == '.. ../assets/a.css <script src="../assets/b.js"></script> claims/'
    assert kept.hits == 1 and kept.renders == 3
