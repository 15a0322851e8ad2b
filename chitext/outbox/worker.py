"""The outbox worker: claims due jobs, runs them, retries with backoff, never loses one.

A job is claimed by moving it to "running" with a lease. On PostgreSQL the claim uses
`FOR UPDATE SKIP LOCKED`, so several workers on several instances share the queue; on SQLite
a compare-and-set update does the same for the one database file. A worker that dies
mid-job leaves a lease that runs out, and the job is taken again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.store.models import OutboxJob

log = logging.getLogger(__name__)


class PermanentJobError(Exception):
    """The job can never succeed (bad payload, unknown number): it goes to "dead" at once."""


@dataclass(frozen=True, slots=True)
class JobContext:
    id: int
    kind: str
    payload: dict[str, Any]
    attempt: int  # 1 for the first run


JobHandler = Callable[[JobContext], Awaitable[None]]


def backoff_delay(attempt: int, *, base: float = 2.0, cap: float = 3600.0) -> float:
    """Seconds before retry `attempt` (1-based): exponential with full jitter, capped."""
    ceiling = min(cap, base * (2 ** (attempt - 1)))
    return random.uniform(ceiling / 2, ceiling)


class OutboxWorker:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        handlers: Mapping[str, JobHandler],
        *,
        clock: Callable[[], datetime],
        lease_seconds: float = 120.0,
        poll_seconds: float = 0.5,
        backoff: Callable[[int], float] = backoff_delay,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.handlers = handlers
        self.clock = clock
        self.lease = timedelta(seconds=lease_seconds)
        self.poll_seconds = poll_seconds
        self.backoff = backoff

    async def run_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                worked = await self.run_once()
            except Exception:  # the loop must survive a database hiccup
                log.exception("outbox worker iteration failed")
                worked = False
            if not worked:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=self.poll_seconds)

    async def run_until_idle(self, max_jobs: int = 1000) -> int:
        """Run due jobs until none is left (tests, and `chitext worker --once`)."""
        done = 0
        while done < max_jobs and await self.run_once():
            done += 1
        return done

    async def run_once(self) -> bool:
        job = await self._claim()
        if job is None:
            return False
        handler = self.handlers.get(job.kind)
        try:
            if handler is None:
                raise PermanentJobError(f"no handler for job kind {job.kind!r}")
            await handler(job)
        except PermanentJobError as exc:
            await self._finish(job, "dead", str(exc))
            log.error("outbox job %s (%s) failed permanently: %s", job.id, job.kind, exc)
        except Exception as exc:
            await self._retry_or_bury(job, exc)
        else:
            await self._finish(job, "done", None)
        return True

    async def _claim(self) -> JobContext | None:
        now = self.clock()
        due = or_(
            (OutboxJob.status == "pending") & (OutboxJob.run_after <= now),
            (OutboxJob.status == "running") & (OutboxJob.lease_expires_at <= now),
        )
        async with self.sessionmaker.begin() as session:
            query = (
                select(OutboxJob).where(due).order_by(OutboxJob.run_after, OutboxJob.id).limit(1)
            )
            if session.bind is not None and session.bind.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            job = (await session.execute(query)).scalar_one_or_none()
            if job is None:
                return None
            # Read before the update: the ORM refreshes `job` from the UPDATE below.
            claimed_job = JobContext(job.id, job.kind, dict(job.payload), job.attempts + 1)
            # Compare-and-set: another worker that read the same row loses here.
            claimed = await session.execute(
                update(OutboxJob)
                .where(
                    OutboxJob.id == job.id,
                    OutboxJob.status == job.status,
                    OutboxJob.attempts == job.attempts,
                )
                .values(
                    status="running",
                    attempts=claimed_job.attempt,
                    lease_expires_at=now + self.lease,
                    updated_at=now,
                )
                .execution_options(synchronize_session=False)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            return claimed_job

    async def _finish(self, job: JobContext, status: str, error: str | None) -> None:
        async with self.sessionmaker.begin() as session:
            await session.execute(
                update(OutboxJob)
                .where(OutboxJob.id == job.id)
                .values(
                    status=status, last_error=error, lease_expires_at=None, updated_at=self.clock()
                )
            )

    async def _retry_or_bury(self, job: JobContext, exc: Exception) -> None:
        async with self.sessionmaker.begin() as session:
            row = await session.get(OutboxJob, job.id)
            if row is None:
                return
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            row.lease_expires_at = None
            if job.attempt >= row.max_attempts:
                row.status = "dead"
                log.error(
                    "outbox job %s (%s) gave up after %s attempts: %s",
                    job.id,
                    job.kind,
                    job.attempt,
                    exc,
                )
            else:
                row.status = "pending"
                row.run_after = self.clock() + timedelta(seconds=self.backoff(job.attempt))
                log.warning(
                    "outbox job %s (%s) attempt %s failed, will retry: %s",
                    job.id,
                    job.kind,
                    job.attempt,
                    exc,
                )
