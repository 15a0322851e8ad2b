"""Every template renders in every full language with its sample, within SMS limits."""

from __future__ import annotations

import pytest

from chitext.answers.catalog import FULL_LANGUAGES, TemplateCatalog, TemplateError, default_catalog

CATALOG = default_catalog()
# Longer answers are split across messages; none should need more than this many segments.
MAX_SEGMENTS = 6


@pytest.mark.parametrize("key", CATALOG.keys())
@pytest.mark.parametrize("language", FULL_LANGUAGES)
def test_every_template_renders_in_every_language(key: str, language: str) -> None:
    assert CATALOG.shipped(key, language) is not None, f"{key} is missing in {language}"
    assert key in CATALOG.samples, f"{key} has no sample context in responses/samples/"
    rendered = CATALOG.render(key, language, CATALOG.samples[key])
    assert rendered.language == language
    assert rendered.text.strip()
    assert "{{" not in rendered.text and "{%" not in rendered.text
    assert 1 <= rendered.segments.segments <= MAX_SEGMENTS, (key, language, rendered.segments)


def test_sandbox_refuses_python_internals() -> None:
    with pytest.raises(TemplateError):
        CATALOG.validate("menu/thanks", "{{ ''.__class__.__mro__[1].__subclasses__() }}")


def test_unknown_variables_are_refused_with_the_allowed_ones() -> None:
    with pytest.raises(TemplateError, match="unknown variable"):
        CATALOG.validate("menu/thanks", "Thanks {{ resident_name }}")


def test_syntax_errors_carry_the_line() -> None:
    with pytest.raises(TemplateError) as info:
        CATALOG.validate("menu/thanks", "line one\n{% if %}")
    assert info.value.line == 2


def test_overrides_win_over_shipped_text() -> None:
    catalog = TemplateCatalog()
    rendered = catalog.render("menu/thanks", "en", {}, {("menu/thanks", "en"): "Thank YOU."})
    assert rendered.text == "Thank YOU."


def test_missing_language_falls_back_to_english() -> None:
    rendered = CATALOG.render("menu/thanks", "pl-not-shipped", {})
    assert rendered.language == "en"
