"""Background jobs: send stored reports to the CSR, trade tokens for ids, follow updates.

`csr_submit`  one queued report → the CSR. Unreachable: raise, the outbox retries with
              backoff. Refused: the report is marked failed and the resident told. Success:
              the tracking number is texted (or, with a token only, `csr_token` follows).
`csr_token`   asks `tokens/{token}` until the CSR has assigned the id.
`csr_follow`  reads what changed in the CSR since its cursor (`updated_after`), texts
              opted-in residents whose request changed state, then enqueues its successor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.outbox.jobs import enqueue
from chitext.outbox.worker import JobContext, PermanentJobError
from chitext.servicerequests.intake import CSR_SUBMIT, SUBMIT_MAX_ATTEMPTS
from chitext.servicerequests.kinds import KIND_BY_CODE, kind_name
from chitext.servicerequests.models import (
    AWAITING_ID,
    FAILED,
    QUEUED,
    SUBMITTED,
    ResidentRequest,
)
from chitext.servicerequests.texts import ResidentTexts
from chitext.store.models import OutboxJob
from csr_client import (
    NewServiceRequest,
    Open311Error,
    Open311RequestRejected,
    Open311TokenPending,
    Open311Unavailable,
    RequestQuery,
    ServiceRequest,
    ServiceRequestClient,
)

log = logging.getLogger(__name__)

CSR_TOKEN: Final = "csr_token"
CSR_FOLLOW: Final = "csr_follow"
FOLLOW_INTERVAL: Final = timedelta(seconds=60)
FOLLOW_PAGE_SIZE: Final = 200
FOLLOW_MAX_PAGES: Final = 10
# The follower must not stop for good because the CSR was down for a while.
FOLLOW_MAX_ATTEMPTS: Final = 1_000_000


class RequestJobs:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        client: ServiceRequestClient,
        texts: ResidentTexts,
        clock: Callable[[], datetime],
    ) -> None:
        self.sessionmaker = sessionmaker
        self.client = client
        self.texts = texts
        self.clock = clock

    # --- csr_submit ---------------------------------------------------------------------

    async def submit(self, job: JobContext) -> None:
        request_id = _request_id(job)
        async with self.sessionmaker() as session:
            row = await session.get(ResidentRequest, request_id)
            if row is None:
                raise PermanentJobError(f"resident request {request_id} does not exist")
            if row.status != QUEUED:
                return  # an earlier run of this job got through
            new_request = NewServiceRequest(
                service_code=row.service_code,
                lat=row.lat,
                long=row.long,
                address_string=row.address,
                description=row.description,
                media_url=row.media_urls[0] if row.media_urls else None,
                attributes=dict(row.attributes),
            )
        try:
            result = await self.client.submit(new_request)
        except Open311RequestRejected as exc:
            await self._fail(request_id, str(exc))
            raise PermanentJobError(f"CSR refused resident request {request_id}: {exc}") from None
        except Open311Unavailable as exc:
            if job.attempt >= SUBMIT_MAX_ATTEMPTS:
                await self._fail(request_id, f"CSR unreachable after {job.attempt} tries: {exc}")
                raise PermanentJobError(f"gave up on resident request {request_id}") from None
            raise
        async with self.sessionmaker.begin() as session:
            row = await session.get(ResidentRequest, request_id)
            assert row is not None
            row.token = result.token
            if result.service_request_id is not None:
                await self._submitted(session, row, result.service_request_id)
            else:
                row.status = AWAITING_ID
                enqueue(session, CSR_TOKEN, {"request_id": request_id}, max_attempts=40)

    # --- csr_token ----------------------------------------------------------------------

    async def trade_token(self, job: JobContext) -> None:
        request_id = _request_id(job)
        async with self.sessionmaker() as session:
            row = await session.get(ResidentRequest, request_id)
            if row is None or row.status != AWAITING_ID or row.token is None:
                return
            token = row.token
        service_request_id = await self.client.request_id_for_token(token)
        if service_request_id is None:
            raise Open311TokenPending(token)  # retried with backoff by the outbox
        async with self.sessionmaker.begin() as session:
            row = await session.get(ResidentRequest, request_id)
            if row is not None and row.status == AWAITING_ID:
                await self._submitted(session, row, service_request_id)

    async def _submitted(
        self, session: AsyncSession, row: ResidentRequest, service_request_id: str
    ) -> None:
        row.status = SUBMITTED
        row.tracking_number = service_request_id
        row.csr_status = "open"
        row.last_error = None
        await self.texts.queue(
            session,
            row.resident_id,
            "requests/submitted",
            {"number": service_request_id, "kind": kind_name(row.service_kind, row.language)},
            fallback_language=row.language,
        )

    async def _fail(self, request_id: int, error: str) -> None:
        async with self.sessionmaker.begin() as session:
            row = await session.get(ResidentRequest, request_id)
            assert row is not None
            row.status = FAILED
            row.last_error = error[:2000]
            await self.texts.queue(
                session,
                row.resident_id,
                "requests/rejected",
                {"kind": kind_name(row.service_kind, row.language), "address": row.address},
                fallback_language=row.language,
            )

    # --- csr_follow ---------------------------------------------------------------------

    async def follow(self, job: JobContext) -> None:
        cursor = _cursor(job) or self.clock()
        try:
            changed = await self._changes_since(cursor)
        except Open311Error as exc:
            log.warning("following the CSR failed, trying again later: %s", exc)
            changed = []
        async with self.sessionmaker.begin() as session:
            for request in changed:
                await self._apply_change(session, request)
                if request.updated_datetime is not None:
                    cursor = max(cursor, request.updated_datetime)
            enqueue(
                session,
                CSR_FOLLOW,
                {"after": cursor.isoformat()},
                run_after=self.clock() + FOLLOW_INTERVAL,
                max_attempts=FOLLOW_MAX_ATTEMPTS,
            )

    async def _changes_since(self, cursor: datetime) -> list[ServiceRequest]:
        changed: list[ServiceRequest] = []
        for page in range(1, FOLLOW_MAX_PAGES + 1):
            batch = await self.client.get_requests(
                RequestQuery(updated_after=cursor, page=page, page_size=FOLLOW_PAGE_SIZE)
            )
            changed.extend(batch)
            if len(batch) < FOLLOW_PAGE_SIZE:
                break
        return changed

    async def _apply_change(self, session: AsyncSession, request: ServiceRequest) -> None:
        statement = select(ResidentRequest).where(
            ResidentRequest.tracking_number == request.service_request_id
        )
        row = (await session.execute(statement)).scalar_one_or_none()
        if row is None or row.csr_status == request.status.value:
            return
        row.csr_status = request.status.value
        if not row.notify:
            return
        kind = KIND_BY_CODE.get(request.service_code)
        await self.texts.queue(
            session,
            row.resident_id,
            "requests/status_changed",
            {
                "number": request.service_request_id,
                "kind": kind_name(kind.name if kind else row.service_kind, row.language),
                "closed": request.is_closed,
                "note": latest_note(request),
            },
            fallback_language=row.language,
        )


def latest_note(request: ServiceRequest) -> str:
    """What the city last said about a request: its status notes, or its newest note."""
    if request.status_notes:
        return request.status_notes
    for note in reversed(request.notes):
        text = note.description or note.summary
        if text:
            return text
    return ""


def _request_id(job: JobContext) -> int:
    request_id = job.payload.get("request_id")
    if not isinstance(request_id, int):
        raise PermanentJobError(f"{job.kind} needs an integer request_id")
    return request_id


def _cursor(job: JobContext) -> datetime | None:
    after = job.payload.get("after")
    return datetime.fromisoformat(after) if isinstance(after, str) else None


async def ensure_follower(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Callable[[], datetime]
) -> None:
    """Start the `csr_follow` chain unless one is already waiting (restarts keep theirs)."""
    async with sessionmaker.begin() as session:
        existing = await session.execute(
            select(OutboxJob.id)
            .where(OutboxJob.kind == CSR_FOLLOW, OutboxJob.status.in_(("pending", "running")))
            .limit(1)
        )
        if existing.first() is None:
            enqueue(
                session,
                CSR_FOLLOW,
                {"after": clock().isoformat()},
                run_after=clock() + FOLLOW_INTERVAL,
                max_attempts=FOLLOW_MAX_ATTEMPTS,
            )


__all__ = ["CSR_FOLLOW", "CSR_SUBMIT", "CSR_TOKEN", "RequestJobs", "ensure_follower"]
