"""Try it: talk to ChiTEXT as a resident, through the same engine as SMS."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import delete, select

from chitext.admin.pages import catalog, field, redirect, staff
from chitext.channels.common import now_utc
from chitext.engine.types import InboundMessage
from chitext.keys import ENGINE, SESSIONMAKER
from chitext.store.models import DialogState, Message, Resident

HISTORY_LIMIT = 40


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/simulator", simulator_page, name="simulator")
    router.add_post("/simulator", send, name="simulator_send")
    router.add_post("/simulator/restart", restart, name="simulator_restart")


def simulator_address(request: web.Request) -> str:
    """Each staff member talks as their own pretend resident, apart from real ones."""
    return f"sim:{staff(request).id}"


@aiohttp_jinja2.template("simulator.html")
async def simulator_page(request: web.Request) -> dict[str, Any]:
    address = simulator_address(request)
    async with request.config_dict[SESSIONMAKER]() as db:
        resident = (
            await db.execute(select(Resident).where(Resident.address == address))
        ).scalar_one_or_none()
        messages: list[Message] = []
        if resident is not None:
            newest = (
                await db.execute(
                    select(Message)
                    .where(Message.resident_id == resident.id)
                    .order_by(Message.id.desc())
                    .limit(HISTORY_LIMIT)
                )
            ).scalars()
            messages = list(reversed(list(newest)))
    return {
        "messages": messages,
        "resident": resident,
        "languages": catalog(request).languages,
        "language": request.query.get("language", resident.language if resident else "en"),
    }


async def send(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    text = field(form, "text").strip()
    language = field(form, "language")
    if language not in catalog(request).languages:
        language = "en"
    if text:
        await request.config_dict[ENGINE].handle(
            InboundMessage(
                channel="simulator",
                sender=simulator_address(request),
                text=text,
                received_at=now_utc(),
                language_hint=language,
            )
        )
    location = request.app.router["simulator"].url_for().with_query(language=language)
    raise web.HTTPSeeOther(location.with_fragment("latest"))


async def restart(request: web.Request) -> web.StreamResponse:
    """Forget the pretend resident (messages, dialog, language, opt-out) to start afresh."""
    address = simulator_address(request)
    async with request.config_dict[SESSIONMAKER].begin() as db:
        resident = (
            await db.execute(select(Resident).where(Resident.address == address))
        ).scalar_one_or_none()
        if resident is not None:
            await db.execute(delete(DialogState).where(DialogState.resident_id == resident.id))
            await db.execute(delete(Message).where(Message.resident_id == resident.id))
            await db.delete(resident)
    raise redirect(request, "simulator")
