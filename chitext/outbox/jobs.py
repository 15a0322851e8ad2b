"""Enqueueing slow work in the caller's transaction (a transactional outbox)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.store.base import utcnow
from chitext.store.models import Message, OutboxJob

SEND_MESSAGE = "send_message"


def enqueue(
    session: AsyncSession,
    kind: str,
    payload: dict[str, Any],
    *,
    run_after: datetime | None = None,
    max_attempts: int = 12,
) -> OutboxJob:
    """Add a job; it exists exactly when the caller's transaction commits."""
    job = OutboxJob(
        kind=kind,
        payload=payload,
        status="pending",
        attempts=0,
        max_attempts=max_attempts,
        run_after=run_after or utcnow(),
    )
    session.add(job)
    return job


def channel_for_address(address: str) -> str:
    """The channel a proactive message to this resident goes out on."""
    if address.startswith("whatsapp:"):
        return "whatsapp"
    if address.startswith("web:"):
        return "web"
    if address.startswith("api:"):
        return "api"
    return "sms"


async def queue_outbound(
    session: AsyncSession,
    *,
    resident_id: int,
    address: str,
    text: str,
    template_key: str | None = None,
    language: str | None = None,
    segments: int | None = None,
    sent_by: str | None = None,
    media_urls: tuple[str, ...] = (),
) -> Message:
    """Store a proactive message (status "pending") and the job that will send it."""
    message = Message(
        resident_id=resident_id,
        direction="out",
        channel=channel_for_address(address),
        body=text,
        media=[{"url": url, "content_type": ""} for url in media_urls],
        template_key=template_key,
        language=language,
        segments=segments,
        status="pending",
        sent_by=sent_by,
    )
    session.add(message)
    await session.flush()
    enqueue(session, SEND_MESSAGE, {"message_id": message.id})
    return message
