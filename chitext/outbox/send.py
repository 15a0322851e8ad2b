"""The `send_message` job: deliver one stored outbound message, never to an opted-out number."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.logging import mask_address
from chitext.outbox.sender import MessageSender, SendError
from chitext.outbox.worker import JobContext, PermanentJobError
from chitext.store.models import Message, Resident

# Pushes a message to a connected web-chat page; False when the resident is not connected.
WebPush = Callable[[str, str], Awaitable[bool]]


class RateLimiter:
    """At most `rate` sends per second per sending number (carriers throttle long codes)."""

    def __init__(self, rate_per_second: float) -> None:
        self.interval = 1.0 / rate_per_second
        self._next_slot: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def wait(self, key: str) -> None:
        async with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(key, now))
            self._next_slot[key] = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


class SendMessageJob:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        sender: MessageSender | None,
        from_number: str | None,
        limiter: RateLimiter,
        web_push: WebPush | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.sender = sender
        self.from_number = from_number or "unconfigured"
        self.limiter = limiter
        self.web_push = web_push

    async def __call__(self, job: JobContext) -> None:
        message_id = job.payload.get("message_id")
        if not isinstance(message_id, int):
            raise PermanentJobError("send_message needs an integer message_id")
        async with self.sessionmaker() as session:
            message = await session.get(Message, message_id)
            if message is None:
                raise PermanentJobError(f"message {message_id} does not exist")
            if message.status != "pending":
                return  # already handled by an earlier run of this job
            resident = await session.get(Resident, message.resident_id)
            assert resident is not None
            address, opted_out = resident.address, resident.opted_out
            body, channel = message.body, message.channel
            media = tuple(item["url"] for item in message.media)
        if opted_out:
            await self._update(message_id, status="suppressed")
            return
        if channel in {"sms", "whatsapp"}:
            await self._send_twilio(message_id, address, body, media)
        elif channel == "web" and self.web_push is not None and await self.web_push(address, body):
            await self._update(message_id, status="delivered")
        else:
            # API and disconnected web-chat residents read it from their history.
            await self._update(message_id, status="stored")

    async def _send_twilio(
        self, message_id: int, address: str, body: str, media: tuple[str, ...]
    ) -> None:
        if self.sender is None:
            await self._update(message_id, status="failed", error_code="not_configured")
            raise PermanentJobError("Twilio REST is not configured (CHITEXT_TWILIO_* settings)")
        await self.limiter.wait(self.from_number)
        try:
            receipt = await self.sender.send(address, body, media)
        except SendError as exc:
            if not exc.retryable:
                await self._update(message_id, status="failed", error_code=exc.code)
                raise PermanentJobError(f"send to {mask_address(address)} refused: {exc}") from None
            raise
        await self._update(message_id, status=receipt.status, provider_id=receipt.provider_id)

    async def _update(
        self,
        message_id: int,
        *,
        status: str,
        provider_id: str | None = None,
        error_code: str | None = None,
    ) -> None:
        async with self.sessionmaker.begin() as session:
            message = await session.get(Message, message_id)
            assert message is not None
            message.status = status
            if provider_id is not None:
                message.provider_id = provider_id
            if error_code is not None:
                message.error_code = error_code
