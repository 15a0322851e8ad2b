"""The operators' inbox for human handoff: who is waiting, the conversation, take over,
reply (sent by the outbox worker), hand back to ChiTEXT."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import case, func, select

from chitext.admin import audit
from chitext.admin.pages import field, flash_to, ip, redirect, staff
from chitext.answers.segments import segment_info
from chitext.keys import SESSIONMAKER
from chitext.logging import mask_address
from chitext.outbox.jobs import queue_outbound
from chitext.store.base import utcnow
from chitext.store.models import Message, Resident

RECENT_LIMIT = 50
HISTORY_LIMIT = 200
MAX_REPLY_SEGMENTS = 6
# The admin's own simulator conversations are not residents an operator should answer.
SIMULATOR_PREFIX = "sim:"


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/inbox", inbox_page, name="inbox")
    router.add_get("/inbox/{id:\\d+}", conversation_page, name="conversation")
    router.add_post("/inbox/{id:\\d+}/take", take_over, name="take_over")
    router.add_post("/inbox/{id:\\d+}/reply", reply, name="reply")
    router.add_post("/inbox/{id:\\d+}/release", hand_back, name="hand_back")


@aiohttp_jinja2.template("inbox.html")
async def inbox_page(request: web.Request) -> dict[str, Any]:
    last_message = (
        select(Message.resident_id, func.max(Message.id).label("last_id"))
        .group_by(Message.resident_id)
        .subquery()
    )
    waiting_first = case(
        (Resident.handoff_state == "requested", 0),
        (Resident.handoff_state == "active", 1),
        else_=2,
    )
    query = (
        select(Resident, Message)
        .join(last_message, last_message.c.resident_id == Resident.id)
        .join(Message, Message.id == last_message.c.last_id)
        .where(~Resident.address.startswith(SIMULATOR_PREFIX))
        .order_by(waiting_first, Message.id.desc())
        .limit(RECENT_LIMIT)
    )
    async with request.config_dict[SESSIONMAKER]() as db:
        rows = (await db.execute(query)).all()
    return {
        "rows": [(resident, message, mask_address(resident.address)) for resident, message in rows]
    }


async def _resident(request: web.Request, db: Any) -> Resident:
    resident = await db.get(Resident, int(request.match_info["id"]))
    if resident is None or resident.address.startswith(SIMULATOR_PREFIX):
        raise web.HTTPNotFound(text="There is no such conversation.")
    assert isinstance(resident, Resident)
    return resident


@aiohttp_jinja2.template("conversation.html")
async def conversation_page(request: web.Request) -> dict[str, Any]:
    async with request.config_dict[SESSIONMAKER]() as db:
        resident = await _resident(request, db)
        newest = (
            await db.execute(
                select(Message)
                .where(Message.resident_id == resident.id)
                .order_by(Message.id.desc())
                .limit(HISTORY_LIMIT)
            )
        ).scalars()
        messages = list(reversed(list(newest)))
    return {"resident": resident, "messages": messages, "masked": mask_address(resident.address)}


def _set_handoff(resident: Resident, state: str | None, now: datetime) -> None:
    resident.handoff_state = state
    resident.handoff_updated_at = now
    if state is None:
        resident.handoff_reason = None


async def take_over(request: web.Request) -> web.StreamResponse:
    user = staff(request)
    async with request.config_dict[SESSIONMAKER].begin() as db:
        resident = await _resident(request, db)
        _set_handoff(resident, "active", utcnow())
        audit.record(
            db,
            audit.HANDOFF_TAKE,
            actor=user.email,
            subject=f"resident {resident.id}",
            ip=ip(request),
        )
    await flash_to(
        request, "You have the conversation: ChiTEXT stays quiet until you hand it back."
    )
    raise redirect(request, "conversation", id=str(resident.id))


async def reply(request: web.Request) -> web.StreamResponse:
    user = staff(request)
    text = field(await request.post(), "text").strip()
    info = segment_info(text)
    async with request.config_dict[SESSIONMAKER].begin() as db:
        resident = await _resident(request, db)
        problem = None
        if not text:
            problem = "Write a reply first."
        elif resident.opted_out:
            problem = "This resident opted out (STOP); nothing can be sent until they text START."
        elif resident.handoff_state != "active":
            problem = "Take over the conversation before replying."
        elif info.segments > MAX_REPLY_SEGMENTS:
            problem = f"That reply is {info.segments} SMS segments; keep it to "
            problem += f"{MAX_REPLY_SEGMENTS} or fewer."
        if problem is None:
            await queue_outbound(
                db,
                resident_id=resident.id,
                address=resident.address,
                text=text,
                language=resident.language,
                segments=info.segments,
                sent_by=user.email,
            )
            audit.record(
                db,
                audit.HANDOFF_REPLY,
                actor=user.email,
                subject=f"resident {resident.id}",
                ip=ip(request),
                details={"segments": info.segments},
            )
    if problem is None:
        await flash_to(request, "Reply queued; it is sent in a moment.")
    else:
        await flash_to(request, problem, "error")
    raise redirect(request, "conversation", id=str(resident.id))


async def hand_back(request: web.Request) -> web.StreamResponse:
    user = staff(request)
    async with request.config_dict[SESSIONMAKER].begin() as db:
        resident = await _resident(request, db)
        _set_handoff(resident, None, utcnow())
        audit.record(
            db,
            audit.HANDOFF_RELEASE,
            actor=user.email,
            subject=f"resident {resident.id}",
            ip=ip(request),
        )
    await flash_to(request, "Handed back: ChiTEXT answers this resident again.")
    raise redirect(request, "conversation", id=str(resident.id))
