"""Managers' figures over a period, computed with SQL aggregates.

Days are Chicago days. The database groups by UTC hour (cheap, portable between SQLite and
PostgreSQL) and the hours are folded into local days here: Chicago's offset is whole hours.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from chitext.admin.audit import HANDOFF_TAKE
from chitext.admin.models import AuditEntry
from chitext.store.models import Message, Resident

CHICAGO: Final = ZoneInfo("America/Chicago")
# Staff trying answers in the admin are not resident traffic.
EXCLUDED_CHANNELS: Final = ("simulator",)
FAILED_STATUSES: Final = ("failed", "undelivered")


@dataclass(frozen=True, slots=True)
class Period:
    first_day: date
    last_day: date  # inclusive

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first_day, time(), CHICAGO)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last_day + timedelta(days=1), time(), CHICAGO)

    @property
    def days(self) -> list[date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=n) for n in range(count)]


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    channels: list[str]
    per_day: dict[date, dict[str, int]]  # day → channel → inbound messages
    inbound_total: int
    top_intents: list[tuple[str, int]]
    unknown_rate: float | None  # share of understood-or-not inbound messages that were unknown
    opt_outs: int
    handoff_requests: int
    handoffs_taken: int
    delivery_failures: list[tuple[str, int]]  # error code (or status) → count
    outbound_total: int


def _utc_hour(session: AsyncSession, column: InstrumentedAttribute[datetime]) -> ColumnElement[str]:
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", column)


async def build_report(session: AsyncSession, period: Period) -> Report:
    in_period = (
        Message.created_at >= period.start,
        Message.created_at < period.end,
        Message.channel.not_in(EXCLUDED_CHANNELS),
    )
    hour = _utc_hour(session, Message.created_at)
    per_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    channels: set[str] = set()
    rows = await session.execute(
        select(hour, Message.channel, func.count())
        .where(Message.direction == "in", *in_period)
        .group_by(hour, Message.channel)
    )
    for bucket, channel, count in rows:
        utc = datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=ZoneInfo("UTC"))
        per_day[utc.astimezone(CHICAGO).date()][channel] += count
        channels.add(channel)
    inbound_total = sum(sum(c.values()) for c in per_day.values())

    intents = (
        await session.execute(
            select(Message.intent, func.count())
            .where(Message.direction == "in", Message.intent.is_not(None), *in_period)
            .group_by(Message.intent)
            .order_by(func.count().desc(), Message.intent)
        )
    ).all()
    classified = sum(count for _, count in intents)
    unknown = sum(count for intent, count in intents if intent == "unknown")

    opt_outs = await _count(
        session,
        select(func.count())
        .select_from(Resident)
        .where(Resident.opted_out_at >= period.start, Resident.opted_out_at < period.end),
    )
    handoffs_taken = await _count(
        session,
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.action == HANDOFF_TAKE,
            AuditEntry.created_at >= period.start,
            AuditEntry.created_at < period.end,
        ),
    )
    failure_code = func.coalesce(Message.error_code, Message.status)
    failures = (
        await session.execute(
            select(failure_code, func.count())
            .where(Message.direction == "out", Message.status.in_(FAILED_STATUSES), *in_period)
            .group_by(failure_code)
            .order_by(func.count().desc())
        )
    ).all()
    outbound_total = await _count(
        session,
        select(func.count()).select_from(Message).where(Message.direction == "out", *in_period),
    )
    return Report(
        period=period,
        channels=sorted(channels),
        per_day={day: dict(per_day.get(day, {})) for day in period.days},
        inbound_total=inbound_total,
        top_intents=[(str(intent), int(count)) for intent, count in intents[:12]],
        unknown_rate=unknown / classified if classified else None,
        opt_outs=opt_outs,
        handoff_requests=sum(count for intent, count in intents if intent == "talk_to_agent"),
        handoffs_taken=handoffs_taken,
        delivery_failures=[(str(code), int(count)) for code, count in failures],
        outbound_total=outbound_total,
    )


async def _count(session: AsyncSession, query: object) -> int:
    return int((await session.execute(query)).scalar_one())  # type: ignore[call-overload]
