"""Staff actions on bundled-CSR requests: what a department's work-order system would do.

Each function changes one request inside the caller's transaction, appends a note to its
history, and moves `updated_at` so that clients following `updated_after` see the change.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.store.base import utcnow
from csr_client.models import RequestStatus
from csr_client.server.store import find_by_id
from csr_client.server.tables import CsrRequestNote, CsrServiceRequest


class StaffActionError(ValueError):
    """The action cannot be applied; the message says why, in words staff can act on."""


class StaffActionConflict(StaffActionError):
    """The request is not in a state the action applies to (already closed, step done...)."""


class UnknownServiceRequest(StaffActionError):
    def __init__(self, service_request_id: str) -> None:
        super().__init__(f"no service request {service_request_id}")
        self.service_request_id = service_request_id


async def load(session: AsyncSession, service_request_id: str) -> CsrServiceRequest:
    row = await find_by_id(session, service_request_id)
    if row is None:
        raise UnknownServiceRequest(service_request_id)
    return row


def record(
    row: CsrServiceRequest,
    *,
    type: str,
    summary: str,
    description: str | None,
    author: str,
    now: datetime,
) -> None:
    row.notes.append(
        CsrRequestNote(
            created_at=now, type=type, summary=summary, description=description, author=author
        )
    )
    row.updated_at = now


async def add_note(
    session: AsyncSession,
    service_request_id: str,
    text: str,
    *,
    author: str,
    now: datetime | None = None,
) -> CsrServiceRequest:
    """A free-text activity note, shown to residents as the request's latest news."""
    if not text.strip():
        raise StaffActionError("a note needs some text")
    row = await load(session, service_request_id)
    record(
        row,
        type="activity",
        summary="Note added",
        description=text.strip(),
        author=author,
        now=now or utcnow(),
    )
    return row


async def complete_step(
    session: AsyncSession,
    service_request_id: str,
    position: int,
    *,
    author: str,
    note: str | None = None,
    now: datetime | None = None,
) -> CsrServiceRequest:
    """Tick off step `position` (1-based) of the request's work order."""
    row = await load(session, service_request_id)
    step = next((step for step in row.steps if step.position == position), None)
    if step is None:
        raise StaffActionError(
            f"{service_request_id} has no work-order step {position} (it has {len(row.steps)})"
        )
    if step.completed_at is not None:
        raise StaffActionConflict(f"step {position} of {service_request_id} is already complete")
    if row.status == RequestStatus.CLOSED.value:
        raise StaffActionConflict(f"{service_request_id} is closed; reopen it first")
    when = now or utcnow()
    step.completed_at = when
    step.completed_by = author
    record(
        row, type="activity", summary=step.description, description=note, author=author, now=when
    )
    return row


async def close_request(
    session: AsyncSession,
    service_request_id: str,
    note: str,
    *,
    author: str,
    now: datetime | None = None,
) -> CsrServiceRequest:
    """Close the request; `note` becomes its `status_notes` (what the resident is told)."""
    if not note.strip():
        raise StaffActionError("closing a request needs a note for the resident")
    row = await load(session, service_request_id)
    if row.status == RequestStatus.CLOSED.value:
        raise StaffActionConflict(f"{service_request_id} is already closed")
    row.status = RequestStatus.CLOSED.value
    row.status_notes = note.strip()
    record(
        row,
        type="closed",
        summary="Request closed",
        description=note.strip(),
        author=author,
        now=now or utcnow(),
    )
    return row


async def reopen_request(
    session: AsyncSession,
    service_request_id: str,
    note: str,
    *,
    author: str,
    now: datetime | None = None,
) -> CsrServiceRequest:
    """Open a closed request again, e.g. when the resident says the problem is back."""
    row = await load(session, service_request_id)
    if row.status == RequestStatus.OPEN.value:
        raise StaffActionConflict(f"{service_request_id} is already open")
    row.status = RequestStatus.OPEN.value
    row.status_notes = note.strip() or None
    record(
        row,
        type="opened",
        summary="Request reopened",
        description=note.strip() or None,
        author=author,
        now=now or utcnow(),
    )
    return row
