"""The theme's templates that this project overrides (templates/theme/) against Material's."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import material

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
