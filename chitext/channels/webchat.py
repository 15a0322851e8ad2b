"""Web chat for residents: `GET /` serves the page, `/chat/ws` carries the conversation.

Frames are JSON. Client → server: {"type": "message", "text": "...", "id": "<client id>",
"language": "en"|"es"|null}. Server → client: {"type": "history", "messages": [...]} on
connect, {"type": "reply", "text": ..., "intent": ..., "language": ...} per answer, and
{"type": "error", "error": ...}. A resident is identified by a random cookie, so a reload
keeps the conversation; pushes from the outbox reach every open tab of that resident.
"""

from __future__ import annotations

import json
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web
from sqlalchemy import select

from chitext.channels.common import now_utc
from chitext.engine.types import InboundMessage
from chitext.keys import ENGINE, SESSIONMAKER, SETTINGS, WEB_PUSH
from chitext.store.models import Message, Resident

COOKIE = "chitext_chat"
COOKIE_MAX_AGE = 60 * 60 * 24 * 90
MAX_FRAME_BYTES = 8 * 1024
MAX_TEXT = 1600
# A person types far slower than this; scripts that flood the engine are cut off.
MESSAGES_PER_MINUTE = 30
HISTORY_LIMIT = 30
PAGE = Path(__file__).resolve().parent / "webchat_static" / "index.html"


class ChatHub:
    """Open sockets by resident address, so the outbox can push to a connected resident."""

    def __init__(self) -> None:
        self._sockets: dict[str, set[web.WebSocketResponse]] = defaultdict(set)

    def add(self, address: str, socket: web.WebSocketResponse) -> None:
        self._sockets[address].add(socket)

    def remove(self, address: str, socket: web.WebSocketResponse) -> None:
        sockets = self._sockets.get(address)
        if sockets is not None:
            sockets.discard(socket)
            if not sockets:
                del self._sockets[address]

    async def push(self, address: str, text: str) -> bool:
        sockets = [s for s in self._sockets.get(address, ()) if not s.closed]
        for socket in sockets:
            await socket.send_json({"type": "reply", "text": text, "intent": None})
        return bool(sockets)

    async def close_all(self) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close(code=1001, message=b"server shutdown")


CHAT_HUB = web.AppKey("chat_hub", ChatHub)


def _visitor_id(request: web.Request) -> tuple[str, bool]:
    existing = request.cookies.get(COOKIE, "")
    if 16 <= len(existing) <= 64 and existing.replace("-", "").replace("_", "").isalnum():
        return existing, False
    return secrets.token_urlsafe(18), True


def _set_cookie(request: web.Request, response: web.StreamResponse, visitor: str) -> None:
    secure = request.app[SETTINGS].effective_public_url.startswith("https://")
    response.set_cookie(
        COOKIE, visitor, max_age=COOKIE_MAX_AGE, httponly=True, samesite="Lax", secure=secure
    )


async def page(request: web.Request) -> web.StreamResponse:
    response = web.FileResponse(PAGE, headers={"Cache-Control": "no-cache"})
    visitor, fresh = _visitor_id(request)
    if fresh:
        _set_cookie(request, response, visitor)
    return response


def _same_origin(request: web.Request) -> bool:
    """Browsers send Origin on WebSocket upgrades; refuse pages from other sites."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser (curl, tests): nothing to hijack
    allowed = {urlsplit(request.app[SETTINGS].effective_public_url).netloc, request.host}
    return urlsplit(origin).netloc in allowed


async def _history(request: web.Request, address: str) -> list[dict[str, Any]]:
    async with request.app[SESSIONMAKER]() as session:
        rows = (
            await session.execute(
                select(Message.direction, Message.body)
                .join(Resident, Resident.id == Message.resident_id)
                .where(Resident.address == address)
                .order_by(Message.id.desc())
                .limit(HISTORY_LIMIT)
            )
        ).all()
    return [{"direction": d, "text": body} for d, body in reversed(rows)]


async def websocket(request: web.Request) -> web.StreamResponse:
    if not _same_origin(request):
        raise web.HTTPForbidden(text="cross-site chat connections are not allowed\n")
    visitor, fresh = _visitor_id(request)
    address = f"web:{visitor}"
    socket = web.WebSocketResponse(heartbeat=30, max_msg_size=MAX_FRAME_BYTES)
    if fresh:
        _set_cookie(request, socket, visitor)
    await socket.prepare(request)
    hub = request.app[CHAT_HUB]
    hub.add(address, socket)
    recent: deque[float] = deque()
    try:
        await socket.send_json({"type": "history", "messages": await _history(request, address)})
        async for frame in socket:
            if frame.type != WSMsgType.TEXT:
                continue
            error = await _handle_frame(request, socket, address, frame.data, recent)
            if error is not None:
                await socket.send_json({"type": "error", "error": error})
    finally:
        hub.remove(address, socket)
    return socket


async def _handle_frame(
    request: web.Request,
    socket: web.WebSocketResponse,
    address: str,
    raw: str,
    recent: deque[float],
) -> str | None:
    try:
        frame = json.loads(raw)
    except json.JSONDecodeError:
        return "frames must be JSON"
    if not isinstance(frame, dict) or frame.get("type") != "message":
        return 'expected {"type": "message", "text": ...}'
    text = frame.get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return f"'text' must be 1 to {MAX_TEXT} characters"
    language = frame.get("language")
    if language not in (None, "en", "es"):
        return "'language' must be en, es or null"
    client_id = frame.get("id")
    if client_id is not None and (not isinstance(client_id, str) or len(client_id) > 64):
        return "'id' must be a string of at most 64 characters"
    now = time.monotonic()
    while recent and now - recent[0] > 60:
        recent.popleft()
    if len(recent) >= MESSAGES_PER_MINUTE:
        return "too many messages; please wait a minute"
    recent.append(now)
    result = await request.app[ENGINE].handle(
        InboundMessage(
            channel="web",
            sender=address,
            text=text,
            received_at=now_utc(),
            dedupe_key=f"{address}:{client_id}" if client_id else None,
            language_hint=language,
        )
    )
    for reply in result.replies:
        await socket.send_json(
            {
                "type": "reply",
                "text": reply.text,
                "intent": result.intent,
                "language": result.language,
            }
        )
    return None


def setup_webchat(app: web.Application) -> None:
    hub = ChatHub()
    app[CHAT_HUB] = hub
    app[WEB_PUSH] = hub.push

    async def close_sockets(app: web.Application) -> None:
        await hub.close_all()

    app.on_shutdown.append(close_sockets)
    app.router.add_get("/", page, name="webchat_page")
    app.router.add_get("/chat/ws", websocket, name="webchat_ws")
