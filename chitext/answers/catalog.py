"""Answer templates: shipped defaults per language, editor overrides, sandboxed rendering.

A template's key is its path below the language folder without `.j2`
(`responses/es/keywords/help.j2` is `keywords/help` in `es`). Editors' overrides come from
the database as a mapping and win over the shipped files; rendering is sandboxed with
StrictUndefined so a template can neither reach Python internals nor silently print nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final, Protocol

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment

from chitext.answers.segments import SegmentInfo, segment_info
from chitext.paths import responses_dir

# Languages in which every template must exist. Others ship a few templates (interpreter
# offer, opt-out confirmation) and fall back to English for the rest.
FULL_LANGUAGES: Final = ("en", "es")
FALLBACK_LANGUAGE: Final = "en"

OverrideKey = tuple[str, str]  # (template key, language)


class TemplateOverrides(Protocol):
    """Where editors' saved versions come from (the admin store implements it)."""

    async def current(self) -> Mapping[OverrideKey, str]: ...


class NoOverrides:
    async def current(self) -> Mapping[OverrideKey, str]:
        return {}


class TemplateError(ValueError):
    """A template cannot be used; `line` is 1-based where known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.reason = message
        self.line = line


@dataclass(frozen=True, slots=True)
class RenderedText:
    key: str
    language: str
    text: str
    segments: SegmentInfo


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


class TemplateCatalog:
    """The shipped templates on disk, and rendering with or without overrides."""

    def __init__(self, root: Path | None = None) -> None:
        root = root or responses_dir()
        self.root = root
        self._env = _environment()
        self._compiled: dict[str, Template] = {}
        self._shipped: dict[OverrideKey, str] = {}
        for path in sorted(root.glob("*/**/*.j2")):
            language = path.relative_to(root).parts[0]
            key = path.relative_to(root / language).with_suffix("").as_posix()
            self._shipped[(key, language)] = path.read_text(encoding="utf-8").rstrip("\n")
        self.samples: dict[str, dict[str, Any]] = _load_samples(root)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({language for _, language in self._shipped}))

    def keys(self) -> list[str]:
        return sorted({key for key, _ in self._shipped})

    def shipped(self, key: str, language: str) -> str | None:
        return self._shipped.get((key, language))

    def source(
        self, key: str, language: str, overrides: Mapping[OverrideKey, str] | None = None
    ) -> tuple[str, str]:
        """The body used for (key, language) and the language it is actually in."""
        for candidate in (language, FALLBACK_LANGUAGE):
            if overrides and (key, candidate) in overrides:
                return overrides[(key, candidate)], candidate
            if (key, candidate) in self._shipped:
                return self._shipped[(key, candidate)], candidate
        raise KeyError(f"no template {key!r}")

    def compile(self, body: str) -> Template:
        digest = hashlib.sha256(body.encode()).hexdigest()
        template = self._compiled.get(digest)
        if template is None:
            try:
                template = self._env.from_string(body)
            except TemplateSyntaxError as exc:
                raise TemplateError(exc.message or "syntax error", exc.lineno) from None
            self._compiled[digest] = template
        return template

    def render(
        self,
        key: str,
        language: str,
        context: Mapping[str, Any],
        overrides: Mapping[OverrideKey, str] | None = None,
    ) -> RenderedText:
        body, actual_language = self.source(key, language, overrides)
        text = _tidy(self.compile(body).render(**context))
        return RenderedText(key, actual_language, text, segment_info(text))

    def validate(self, key: str, body: str) -> SegmentInfo:
        """Check an editor's body before it is saved: syntax, variables, sandbox, render."""
        try:
            parsed = self._env.parse(body)
        except TemplateSyntaxError as exc:
            raise TemplateError(exc.message or "syntax error", exc.lineno) from None
        sample = self.samples.get(key, {})
        unknown = sorted(meta.find_undeclared_variables(parsed) - set(sample))
        if unknown:
            allowed = ", ".join(sorted(sample)) or "none"
            raise TemplateError(f"unknown variable(s) {', '.join(unknown)}; allowed: {allowed}")
        try:
            text = _tidy(self.compile(body).render(**sample))
        except TemplateError:
            raise
        except Exception as exc:  # sandbox violations, undefined attributes, type errors
            raise TemplateError(f"{type(exc).__name__}: {exc}") from None
        if not text:
            raise TemplateError("the template renders to an empty message")
        return segment_info(text)


def _tidy(text: str) -> str:
    # Templates are written for readability; residents get no trailing blanks.
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return "\n".join(lines)


def _load_samples(root: Path) -> dict[str, dict[str, Any]]:
    """Sample contexts by template key, from `samples/<topic>.json` (one file per topic).

    A template's sample names every variable it may use: the editor validates against it,
    previews with it, and the tests render every template in every language with it.
    """
    samples: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "samples").glob("*.json")):
        data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        duplicated = samples.keys() & data.keys()
        if duplicated:
            raise ValueError(f"{path.name}: samples given twice for {sorted(duplicated)}")
        samples.update(data)
    return samples


@cache
def default_catalog() -> TemplateCatalog:
    return TemplateCatalog()
