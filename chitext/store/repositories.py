"""Queries the engine and channels share; each takes the session it runs in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.store.base import utcnow
from chitext.store.models import DialogState, Message, Resident

# Outbound delivery states in the order Twilio reports them; a callback may arrive late or
# twice, so a status is only ever replaced by a later one.
DELIVERY_ORDER: dict[str, int] = {
    "accepted": 0,
    "scheduled": 0,
    "queued": 1,
    "sending": 2,
    "sent": 3,
    "failed": 4,
    "undelivered": 4,
    "delivered": 5,
    "read": 6,
}


async def get_or_create_resident(session: AsyncSession, address: str) -> Resident:
    """The resident for an address, created race-free (two instances may see a first text)."""
    query = select(Resident).where(Resident.address == address)
    resident = (await session.execute(query)).scalar_one_or_none()
    if resident is not None:
        return resident
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    statement = (
        insert(Resident)
        .values(
            address=address,
            language_chosen=False,
            opted_out=False,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["address"])
    )
    await session.execute(statement)
    return (await session.execute(query)).scalar_one()


async def find_by_dedupe_key(session: AsyncSession, dedupe_key: str) -> Message | None:
    return (
        await session.execute(select(Message).where(Message.dedupe_key == dedupe_key))
    ).scalar_one_or_none()


async def replies_to(session: AsyncSession, inbound_id: int) -> Sequence[Message]:
    return (
        (
            await session.execute(
                select(Message).where(Message.in_reply_to_id == inbound_id).order_by(Message.id)
            )
        )
        .scalars()
        .all()
    )


async def load_dialog(session: AsyncSession, resident_id: int) -> DialogState | None:
    return await session.get(DialogState, resident_id)


async def update_delivery_status(
    session: AsyncSession, provider_id: str, status: str, error_code: str | None
) -> Message | None:
    """Move an outbound message's status forward; older or unknown statuses are ignored."""
    message = (
        await session.execute(
            select(Message).where(Message.provider_id == provider_id, Message.direction == "out")
        )
    ).scalar_one_or_none()
    if message is None:
        return None
    new_rank = DELIVERY_ORDER.get(status)
    old_rank = DELIVERY_ORDER.get(message.status, -1)
    if new_rank is None or new_rank <= old_rank:
        return message
    values: dict[str, Any] = {"status": status}
    if error_code:
        values["error_code"] = error_code
    # Compare-and-set on the old status so two concurrent callbacks cannot move it backwards.
    await session.execute(
        update(Message)
        .where(Message.id == message.id, Message.status == message.status)
        .values(**values)
    )
    await session.refresh(message)
    return message
