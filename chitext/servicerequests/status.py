"""`STATUS <number>`, any message with a tracking number, and "my requests"."""

from __future__ import annotations

import asyncio
import re
from typing import Any, Final

from sqlalchemy import select

from chitext.engine.context import HandlerResult, TurnContext
from chitext.engine.types import Reply
from chitext.servicerequests.csr import CSR_CLIENT, INTERACTIVE_TIMEOUT_SECONDS
from chitext.servicerequests.jobs import latest_note
from chitext.servicerequests.kinds import KIND_BY_CODE, kind_name
from chitext.servicerequests.models import ResidentRequest
from chitext.servicerequests.texts import local_date
from csr_client import Open311NotFound, Open311RequestRejected, Open311Unavailable, ServiceRequest
from intents.entities import find_tracking_numbers

RECENT_LIMIT: Final = 3
# At most this many numbers are looked up from one message.
NUMBERS_PER_MESSAGE: Final = 3
_BARE_DIGITS: Final = re.compile(r"^\d{8}$")


async def check_status(ctx: TurnContext) -> HandlerResult:
    numbers = ctx.understanding.entities.tracking_numbers or find_tracking_numbers(ctx.message.text)
    if not numbers:
        return HandlerResult([await _recent(ctx)])
    replies = [await _one(ctx, number) for number in numbers[:NUMBERS_PER_MESSAGE]]
    return HandlerResult(replies)


async def _one(ctx: TurnContext, number: str) -> Reply:
    service_request_id = await _full_number(ctx, number)
    client = ctx.services.get(CSR_CLIENT)
    try:
        request = await asyncio.wait_for(
            client.get_request(service_request_id), INTERACTIVE_TIMEOUT_SECONDS
        )
    except Open311NotFound:
        return Reply("requests/status_unknown", {"number": service_request_id})
    except Open311RequestRejected:
        # Some servers answer 400 for an id that is not theirs; it is unknown all the same.
        return Reply("requests/status_unknown", {"number": service_request_id})
    except (Open311Unavailable, TimeoutError):
        return Reply("requests/status_unavailable", {"number": service_request_id})
    return Reply("requests/status", status_context(request, ctx.language))


def status_context(request: ServiceRequest, language: str) -> dict[str, Any]:
    kind = KIND_BY_CODE.get(request.service_code)
    return {
        "number": request.service_request_id,
        "kind": kind_name(kind.name, language) if kind else (request.service_name or ""),
        "closed": request.is_closed,
        "date": local_date(request.requested_datetime),
        "updated": local_date(request.updated_datetime),
        "note": latest_note(request),
    }


async def _full_number(ctx: TurnContext, number: str) -> str:
    """A bare "01234567" is matched against the resident's own requests first."""
    if not _BARE_DIGITS.match(number):
        return number
    async with ctx.services.sessionmaker() as session:
        statement = select(ResidentRequest.tracking_number).where(
            ResidentRequest.resident_id == ctx.resident.id,
            ResidentRequest.tracking_number.like(f"%-{number}"),
        )
        own = (await session.execute(statement)).scalars().first()
    if own:
        return own
    return f"SR{ctx.services.clock():%y}-{number}"


async def _recent(ctx: TurnContext) -> Reply:
    async with ctx.services.sessionmaker() as session:
        statement = (
            select(ResidentRequest)
            .where(ResidentRequest.resident_id == ctx.resident.id)
            .order_by(ResidentRequest.created_at.desc(), ResidentRequest.id.desc())
            .limit(RECENT_LIMIT)
        )
        rows = list((await session.execute(statement)).scalars())
    if not rows:
        return Reply("requests/none")
    items = [
        {
            "number": row.tracking_number or "",
            "kind": kind_name(row.service_kind, ctx.language),
            "address": row.address,
            "state": row.csr_status if row.csr_status else row.status,
            "date": local_date(row.created_at),
        }
        for row in rows
    ]
    return Reply("requests/recent", {"items": items})
