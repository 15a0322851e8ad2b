"""Talking to the engine of a running test app at a fixed time, for the information scenarios."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select

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
        engine = client.app[ENGINE]
        engine.services = dataclasses.replace(engine.services, clock=lambda: now)
        self.now = now

    async def turn(self, text: str) -> TurnResult:
        return await self.client.app[ENGINE].handle(
            InboundMessage(channel="sms", sender=self.sender, text=text, received_at=self.now)
        )

    async def send(self, text: str) -> list[str]:
        return [reply.text for reply in (await self.turn(text)).replies]

    async def resident(self) -> Resident:
        async with self.client.app[SESSIONMAKER]() as session:
            statement = select(Resident).where(Resident.address == self.sender)
            return (await session.execute(statement)).scalar_one()
