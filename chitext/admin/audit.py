"""The audit log of staff actions, and the sign-in rate limit that reads it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.admin.models import AuditEntry
from chitext.store.base import utcnow

SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_OUT = "sign_out"
TEMPLATE_SAVE = "template_save"
TEMPLATE_ROLLBACK = "template_rollback"
TEMPLATE_RESET = "template_reset"
TEMPLATE_IMPORT = "template_import"
USER_ADD = "user_add"
USER_CHANGE = "user_change"
HANDOFF_TAKE = "handoff_take"
HANDOFF_REPLY = "handoff_reply"
HANDOFF_RELEASE = "handoff_release"

# Failed sign-ins allowed per window. Counted from the audit log, so the limit holds across
# restarts and across every instance sharing the database.
SIGN_IN_WINDOW: Final = timedelta(minutes=15)
MAX_FAILURES_PER_EMAIL: Final = 5
MAX_FAILURES_PER_IP: Final = 20


def record(
    session: AsyncSession,
    action: str,
    *,
    actor: str | None,
    subject: str | None = None,
    ip: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor_email=actor,
        action=action,
        subject=subject,
        ip=ip,
        details=details or {},
        created_at=utcnow(),
    )
    session.add(entry)
    return entry


async def sign_in_blocked(
    session: AsyncSession, email: str, ip: str | None, now: datetime | None = None
) -> bool:
    """True when this email or this address failed too often within the window."""
    since = (now or utcnow()) - SIGN_IN_WINDOW

    async def failures(*condition: ColumnElement[bool]) -> int:
        query = (
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == SIGN_IN_FAILED, AuditEntry.created_at >= since, *condition)
        )
        return int((await session.execute(query)).scalar_one())

    if await failures(AuditEntry.subject == email) >= MAX_FAILURES_PER_EMAIL:
        return True
    return ip is not None and await failures(AuditEntry.ip == ip) >= MAX_FAILURES_PER_IP


async def recent_entries(
    session: AsyncSession, *, limit: int = 200, action: str | None = None
) -> Sequence[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    return (await session.execute(query)).scalars().all()
