"""Talking to the engine of a running test app at a fixed time, for the information scenarios."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.engine.engine import ConversationEngine
from chitext.engine.types import InboundMessage, TurnResult
from chitext.keys import ENGINE, SESSIONMAKER
from chitext.store.models import Resident

# Tuesday 24 Nov 2026, 9 AM in Chicago: the shipped sample feed and schedule are in force.
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


class EngineConversation:
    """One resident texting the engine of `client.app`, with the clock fixed at `now`."""

    def __init__(
        self, client: TestClient[Any, Any], sender: str = "+13125550177", now: datetime = NOW
    ) -> None:
        self.client = client
        self.sender = sender
        self.engine: ConversationEngine = client.app[ENGINE]
        self.engine.services = dataclasses.replace(self.engine.services, clock=lambda: now)
        self.sessionmaker: async_sessionmaker[AsyncSession] = client.app[SESSIONMAKER]
        self.now = now

    async def turn(self, text: str) -> TurnResult:
        return await self.engine.handle(
            InboundMessage(channel="sms", sender=self.sender, text=text, received_at=self.now)
        )

    async def send(self, text: str) -> list[str]:
        return [reply.text for reply in (await self.turn(text)).replies]

    async def resident(self) -> Resident:
        async with self.sessionmaker() as session:
            statement = select(Resident).where(Resident.address == self.sender)
            resident: Resident = (await session.execute(statement)).scalar_one()
            return resident
