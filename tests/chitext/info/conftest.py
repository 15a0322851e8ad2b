"""A session on the test database, and a TurnContext for calling handlers directly."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.engine.context import ResidentView, Services, TurnContext
from chitext.engine.types import InboundMessage
from chitext.settings import Settings
from chitext.store import db
from intents.types import Entities, Understanding

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
async def sessionmaker(settings: Settings) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = db.create_engine(settings.database_url)
    yield db.create_sessionmaker(engine)
    await engine.dispose()


def turn_context(
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    text: str,
    *,
    intent: str = "unknown",
    language: str = "en",
    entities: Entities | None = None,
) -> TurnContext:
    return TurnContext(
        message=InboundMessage(channel="api", sender="+13125550101", text=text, received_at=NOW),
        resident=ResidentView(1, "+13125550101", language, False, False, None),
        understanding=Understanding(
            text=text, intent=intent, confidence=1.0, language="en", entities=entities or Entities()
        ),
        language=language,
        services=Services(settings=settings, sessionmaker=sessionmaker, clock=lambda: NOW),
    )
