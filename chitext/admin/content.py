"""Editors' template versions: what is in effect, history, and the overrides the engine reads."""

from __future__ import annotations

import asyncio
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.admin.models import StaffUser, TemplateVersion
from chitext.answers.catalog import (
    FALLBACK_LANGUAGE,
    FULL_LANGUAGES,
    OverrideKey,
    TemplateCatalog,
    TemplateError,
)
from chitext.answers.segments import SegmentInfo
from chitext.store.base import utcnow

VersionAction = Literal["save", "rollback", "reset", "import"]
LanguageStatus = Literal["ok", "edited", "missing", "outdated", "invalid"]


class DatabaseOverrides:
    """`TemplateOverrides` over template_versions, shared by every instance on the database.

    Each call asks the database one cheap question (the newest version id); only when it moved
    does this instance reload the bodies. So a save is live for the next message everywhere.
    """

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker
        self._seen_version: int | None = None
        self._bodies: dict[OverrideKey, str] = {}
        self._lock = asyncio.Lock()

    async def current(self) -> Mapping[OverrideKey, str]:
        async with self._sessionmaker() as session:
            newest = (await session.execute(select(func.max(TemplateVersion.id)))).scalar_one()
            if newest == self._seen_version:
                return self._bodies
            async with self._lock:
                if newest != self._seen_version:
                    latest = await latest_versions(session)
                    self._bodies = {
                        pair: version.body
                        for pair, version in latest.items()
                        if version.body is not None
                    }
                    self._seen_version = newest
        return self._bodies


async def latest_versions(session: AsyncSession) -> dict[OverrideKey, TemplateVersion]:
    newest_ids = (
        select(func.max(TemplateVersion.id))
        .group_by(TemplateVersion.key, TemplateVersion.language)
        .scalar_subquery()
    )
    rows = await session.execute(select(TemplateVersion).where(TemplateVersion.id.in_(newest_ids)))
    return {(v.key, v.language): v for v in rows.scalars()}


async def history(session: AsyncSession, key: str, language: str) -> Sequence[TemplateVersion]:
    query = (
        select(TemplateVersion)
        .where(TemplateVersion.key == key, TemplateVersion.language == language)
        .order_by(TemplateVersion.id.desc())
    )
    return (await session.execute(query)).scalars().all()


async def get_version(session: AsyncSession, version_id: int) -> TemplateVersion | None:
    return await session.get(TemplateVersion, version_id)


def add_version(
    session: AsyncSession,
    *,
    key: str,
    language: str,
    body: str | None,
    action: VersionAction,
    author: StaffUser | None,
    comment: str | None = None,
    author_label: str = "command line",
) -> TemplateVersion:
    version = TemplateVersion(
        key=key,
        language=language,
        body=body,
        action=action,
        comment=(comment or "").strip()[:500] or None,
        author_id=author.id if author else None,
        author_email=author.email if author else author_label,
        created_at=utcnow(),
    )
    session.add(version)
    return version


def effective_body(
    catalog: TemplateCatalog, latest: Mapping[OverrideKey, TemplateVersion], key: str, language: str
) -> str | None:
    """This language's own body (override or shipped), None when it has none (falls back)."""
    version = latest.get((key, language))
    if version is not None and version.body is not None:
        return version.body
    return catalog.shipped(key, language)


def normalise_body(body: str) -> str:
    # Browsers post CRLF; spreadsheets add trailing blanks. Neither belongs in a template.
    return "\n".join(line.rstrip() for line in body.replace("\r\n", "\n").split("\n")).strip("\n")


@dataclass(frozen=True, slots=True)
class LanguageCell:
    language: str
    status: LanguageStatus
    segments: SegmentInfo | None
    changed_at: datetime | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class TemplateRow:
    key: str
    topic: str
    name: str
    cells: tuple[LanguageCell, ...]


def ordered_languages(catalog: TemplateCatalog) -> list[str]:
    """Complete languages first (the ones editors work in), then the partial ones."""
    return sorted(catalog.languages, key=lambda lang: (lang not in FULL_LANGUAGES, lang))


def template_overview(
    catalog: TemplateCatalog, latest: Mapping[OverrideKey, TemplateVersion]
) -> list[TemplateRow]:
    """Every template with each language's state, segments rendered from its sample."""
    rows: list[TemplateRow] = []
    for key in catalog.keys():  # noqa: SIM118 (a TemplateCatalog, not a dict)
        source_version = latest.get((key, FALLBACK_LANGUAGE))
        source_changed = source_version.created_at if source_version else None
        cells: list[LanguageCell] = []
        for language in ordered_languages(catalog):
            version = latest.get((key, language))
            body = effective_body(catalog, latest, key, language)
            status: LanguageStatus
            info: SegmentInfo | None = None
            if body is None:
                status = "missing"
            else:
                try:
                    info = catalog.validate(key, body)
                    status = "edited" if version is not None and version.body is not None else "ok"
                except TemplateError:
                    status = "invalid"
                translated_at = version.created_at if version else None
                if (
                    language != FALLBACK_LANGUAGE
                    and source_changed is not None
                    and (translated_at is None or translated_at < source_changed)
                ):
                    status = "outdated"
            cells.append(
                LanguageCell(
                    language=language,
                    status=status,
                    segments=info,
                    changed_at=version.created_at if version else None,
                    changed_by=version.author_email if version else None,
                )
            )
        topic, _, name = key.partition("/")
        rows.append(TemplateRow(key=key, topic=topic, name=name or key, cells=tuple(cells)))
    return rows


def html_diff(old: str, new: str, old_label: str, new_label: str) -> Markup:
    """A side-by-side diff table. difflib escapes the lines itself but not the labels."""
    table = difflib.HtmlDiff(wrapcolumn=60).make_table(
        old.splitlines(), new.splitlines(), str(escape(old_label)), str(escape(new_label))
    )
    return Markup(table)
