"""Proactive texts about a request (its tracking number, a status change), rendered from the
same templates as replies, in the resident's current language, and queued in the outbox."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.answers.catalog import FULL_LANGUAGES, TemplateCatalog, TemplateOverrides
from chitext.outbox.jobs import queue_outbound
from chitext.store.models import Resident

CHICAGO: ZoneInfo = ZoneInfo("America/Chicago")


def local_date(value: datetime | None) -> str:
    """A date as residents read it: Chicago's calendar day, ISO order (no month names)."""
    return value.astimezone(CHICAGO).strftime("%Y-%m-%d") if value else ""


class ResidentTexts:
    def __init__(self, catalog: TemplateCatalog, overrides: TemplateOverrides) -> None:
        self.catalog = catalog
        self.overrides = overrides

    async def queue(
        self,
        session: AsyncSession,
        resident_id: int,
        key: str,
        context: Mapping[str, Any],
        *,
        fallback_language: str,
    ) -> None:
        resident = await session.get(Resident, resident_id)
        if resident is None:
            return
        language = resident.language if resident.language in FULL_LANGUAGES else None
        rendered = self.catalog.render(
            key, language or fallback_language, context, await self.overrides.current()
        )
        await queue_outbound(
            session,
            resident_id=resident_id,
            address=resident.address,
            text=rendered.text,
            template_key=key,
            language=rendered.language,
            segments=rendered.segments.segments,
            sent_by="csr",
        )
