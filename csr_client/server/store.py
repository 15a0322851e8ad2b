"""Creating and finding service requests in the bundled CSR's tables."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from csr_client.catalogue import CatalogueEntry
from csr_client.models import AttributeValueInput, RequestQuery, RequestStatus
from csr_client.server.tables import CsrRequestNote, CsrServiceRequest, CsrWorkOrderStep

CHANNEL = "open311"
"""How requests reach this CSR (Chicago's `extended_attributes.channel`)."""

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
"""Chicago's paging limits for `GET requests`."""


def tracking_number(row_id: int, created: datetime) -> str:
    """Chicago-style `SR26-00012345`: the year of creation and an 8-digit sequence.

    The sequence is the row's primary key, which both SQLite and PostgreSQL allocate safely
    under concurrent inserts, so no two requests can share a number.
    """
    return f"SR{created:%y}-{row_id:08d}"


@dataclass(frozen=True, slots=True)
class Submission:
    """A POST that passed validation."""

    entry: CatalogueEntry
    lat: float | None
    long: float | None
    address_string: str | None
    address_id: str | None
    description: str | None
    media_url: str | None
    attributes: Mapping[str, AttributeValueInput] = field(default_factory=dict)
    email: str | None = None
    phone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    device_id: str | None = None
    account_id: str | None = None


async def create_request(
    session: AsyncSession, submission: Submission, now: datetime
) -> CsrServiceRequest:
    """Store the request, open its work order, and assign its tracking number."""
    entry = submission.entry
    row = CsrServiceRequest(
        token=secrets.token_hex(16),
        service_code=entry.service_code,
        service_name=entry.service.service_name,
        department=entry.department.name,
        agency_responsible=entry.agency_responsible,
        service_notice=entry.service_notice,
        status=RequestStatus.OPEN.value,
        address=submission.address_string,
        address_id=submission.address_id,
        lat=submission.lat,
        long=submission.long,
        description=submission.description,
        media_url=submission.media_url,
        attributes={
            code: value if isinstance(value, str) else list(value)
            for code, value in submission.attributes.items()
        },
        channel=CHANNEL,
        email=submission.email,
        phone=submission.phone,
        first_name=submission.first_name,
        last_name=submission.last_name,
        device_id=submission.device_id,
        account_id=submission.account_id,
        requested_at=now,
        updated_at=now,
        notes=[
            CsrRequestNote(
                created_at=now, type="submitted", summary="Request submitted via Open311"
            ),
            CsrRequestNote(
                created_at=now,
                type="opened",
                summary="Request opened",
                description=f"Routed to {entry.department.name}",
            ),
        ],
        steps=[
            CsrWorkOrderStep(position=position, description=step)
            for position, step in enumerate(entry.work_order_steps, start=1)
        ],
    )
    session.add(row)
    await session.flush()
    row.service_request_id = tracking_number(row.id, now)
    await session.flush()
    return row


async def find_by_id(session: AsyncSession, service_request_id: str) -> CsrServiceRequest | None:
    statement = select(CsrServiceRequest).where(
        CsrServiceRequest.service_request_id == service_request_id
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def find_by_token(session: AsyncSession, token: str) -> CsrServiceRequest | None:
    statement = select(CsrServiceRequest).where(CsrServiceRequest.token == token)
    return (await session.execute(statement)).scalar_one_or_none()


def search_statement(query: RequestQuery) -> Select[CsrServiceRequest]:
    """`GET requests` as SQL. Ids, when given, override every other filter (GeoReport rule).

    Followers of `updated_after` get the oldest change first so they can page forward;
    everyone else gets the newest requests first.
    """
    statement = select(CsrServiceRequest).where(CsrServiceRequest.service_request_id.is_not(None))
    if query.service_request_ids:
        return statement.where(
            CsrServiceRequest.service_request_id.in_(query.service_request_ids)
        ).order_by(CsrServiceRequest.id)
    if query.service_codes:
        statement = statement.where(CsrServiceRequest.service_code.in_(query.service_codes))
    if query.statuses:
        statement = statement.where(
            CsrServiceRequest.status.in_([status.value for status in query.statuses])
        )
    if query.start_date is not None:
        statement = statement.where(CsrServiceRequest.requested_at >= query.start_date)
    if query.end_date is not None:
        statement = statement.where(CsrServiceRequest.requested_at <= query.end_date)
    if query.updated_after is not None:
        statement = statement.where(CsrServiceRequest.updated_at > query.updated_after)
    if query.updated_before is not None:
        statement = statement.where(CsrServiceRequest.updated_at < query.updated_before)
    if query.updated_after is not None or query.updated_before is not None:
        statement = statement.order_by(CsrServiceRequest.updated_at, CsrServiceRequest.id)
    else:
        statement = statement.order_by(
            CsrServiceRequest.requested_at.desc(), CsrServiceRequest.id.desc()
        )
    page_size = query.page_size or DEFAULT_PAGE_SIZE
    return statement.limit(page_size).offset(((query.page or 1) - 1) * page_size)


async def search(session: AsyncSession, query: RequestQuery) -> list[CsrServiceRequest]:
    return list((await session.execute(search_statement(query))).scalars())
