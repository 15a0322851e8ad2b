from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.outbox.jobs import enqueue, queue_outbound
from chitext.outbox.send import RateLimiter, SendMessageJob
from chitext.outbox.sender import InMemorySender, SendError
from chitext.outbox.worker import JobContext, OutboxWorker, PermanentJobError, backoff_delay
from chitext.store.db import create_engine, create_sessionmaker
from chitext.store.models import Message, OutboxJob, Resident


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def sessionmaker(database_url: str) -> Any:
    engine = create_engine(database_url)
    yield create_sessionmaker(engine)
    await engine.dispose()


async def _add_job(sessionmaker: async_sessionmaker[AsyncSession], kind: str, clock: Clock) -> int:
    async with sessionmaker.begin() as session:
        job = enqueue(session, kind, {"n": 1}, run_after=clock(), max_attempts=3)
        await session.flush()
        return job.id


async def _job(sessionmaker: async_sessionmaker[AsyncSession], job_id: int) -> OutboxJob:
    async with sessionmaker() as session:
        job = await session.get(OutboxJob, job_id)
        assert job is not None
        return job


async def test_failures_retry_with_backoff_then_go_dead(sessionmaker: Any) -> None:
    clock = Clock()
    calls: list[int] = []

    async def flaky(job: JobContext) -> None:
        calls.append(job.attempt)
        raise ConnectionError("CSR down")

    worker = OutboxWorker(sessionmaker, {"flaky": flaky}, clock=clock, backoff=lambda n: 60.0 * n)
    job_id = await _add_job(sessionmaker, "flaky", clock)
    assert await worker.run_once()
    job = await _job(sessionmaker, job_id)
    assert (job.status, job.attempts) == ("pending", 1)
    assert job.run_after == clock.now + timedelta(seconds=60)
    assert not await worker.run_once()  # not due yet
    clock.now += timedelta(seconds=61)
    assert await worker.run_once()
    clock.now += timedelta(seconds=121)
    assert await worker.run_once()
    job = await _job(sessionmaker, job_id)
    assert (job.status, job.attempts, calls) == ("dead", 3, [1, 2, 3])
    assert job.last_error is not None and "CSR down" in job.last_error


async def test_permanent_errors_and_unknown_kinds_go_dead_at_once(sessionmaker: Any) -> None:
    clock = Clock()

    async def hopeless(job: JobContext) -> None:
        raise PermanentJobError("bad payload")

    worker = OutboxWorker(sessionmaker, {"hopeless": hopeless}, clock=clock)
    first = await _add_job(sessionmaker, "hopeless", clock)
    second = await _add_job(sessionmaker, "no-such-kind", clock)
    assert await worker.run_until_idle() == 2
    assert (await _job(sessionmaker, first)).status == "dead"
    assert (await _job(sessionmaker, second)).status == "dead"


async def test_a_job_whose_worker_died_is_taken_again_after_its_lease(sessionmaker: Any) -> None:
    clock = Clock()
    done: list[int] = []

    async def work(job: JobContext) -> None:
        done.append(job.attempt)

    job_id = await _add_job(sessionmaker, "work", clock)
    dying = OutboxWorker(sessionmaker, {"work": work}, clock=clock, lease_seconds=30)
    assert await dying._claim() is not None  # claimed, then the process "dies"
    survivor = OutboxWorker(sessionmaker, {"work": work}, clock=clock, lease_seconds=30)
    assert not await survivor.run_once()  # lease still held
    clock.now += timedelta(seconds=31)
    assert await survivor.run_once()
    assert done == [2]
    assert (await _job(sessionmaker, job_id)).status == "done"


def test_backoff_grows_and_is_capped() -> None:
    assert 1.0 <= backoff_delay(1) <= 2.0
    assert 32.0 <= backoff_delay(6) <= 64.0
    assert backoff_delay(40) <= 3600.0


async def _resident(sessionmaker: Any, address: str, opted_out: bool = False) -> Resident:
    async with sessionmaker.begin() as session:
        resident = Resident(address=address, language_chosen=False, opted_out=opted_out)
        session.add(resident)
    return resident


async def test_send_message_job_sends_and_never_after_stop(sessionmaker: Any) -> None:
    clock = Clock()
    sender = InMemorySender()
    job = SendMessageJob(
        sessionmaker, sender=sender, from_number="+13125550311", limiter=RateLimiter(1000)
    )
    worker = OutboxWorker(sessionmaker, {"send_message": job}, clock=clock)
    subscribed = await _resident(sessionmaker, "+13125550101")
    stopped = await _resident(sessionmaker, "+13125550102", opted_out=True)
    async with sessionmaker.begin() as session:
        for resident in (subscribed, stopped):
            await queue_outbound(
                session,
                resident_id=resident.id,
                address=resident.address,
                text="Your request SR26-00000001 is closed.",
            )
    clock.now = datetime.now(UTC)
    assert await worker.run_until_idle() == 2
    assert sender.sent == [("+13125550101", "Your request SR26-00000001 is closed.", ())]
    async with sessionmaker() as session:
        statuses = {
            m.resident_id: (m.status, m.provider_id)
            for m in (await session.execute(select(Message))).scalars()
        }
    assert statuses[subscribed.id] == ("queued", "SMfake000001")
    assert statuses[stopped.id] == ("suppressed", None)


async def test_send_message_retries_transient_and_fails_permanent(sessionmaker: Any) -> None:
    sender = InMemorySender(failures=[SendError("timeout", retryable=True)])
    job = SendMessageJob(
        sessionmaker, sender=sender, from_number="+13125550311", limiter=RateLimiter(1000)
    )
    worker = OutboxWorker(
        sessionmaker, {"send_message": job}, clock=lambda: datetime.now(UTC), backoff=lambda n: 0.0
    )
    resident = await _resident(sessionmaker, "+13125550103")
    async with sessionmaker.begin() as session:
        await queue_outbound(session, resident_id=resident.id, address=resident.address, text="hi")
    assert await worker.run_until_idle() == 2  # one failure, one success
    assert len(sender.sent) == 1

    sender.failures.append(SendError("unsubscribed", retryable=False, code="21610"))
    async with sessionmaker.begin() as session:
        message = await queue_outbound(
            session, resident_id=resident.id, address=resident.address, text="again"
        )
    assert await worker.run_until_idle() == 1
    async with sessionmaker() as session:
        failed = await session.get(Message, message.id)
        assert failed is not None and (failed.status, failed.error_code) == ("failed", "21610")


async def test_rate_limiter_spaces_sends_per_number() -> None:
    import time

    limiter = RateLimiter(20.0)  # one send each 50 ms
    started = time.monotonic()
    for _ in range(3):
        await limiter.wait("+13125550311")
    await limiter.wait("+13125550999")  # another number is not held back
    elapsed = time.monotonic() - started
    assert elapsed >= 0.1  # two waits of 50 ms for the first number
