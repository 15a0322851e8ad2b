"""The JSON channel for other front ends: `POST /api/v1/messages` with a bearer key."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any, get_args

from aiohttp import web

from chitext.channels.common import normalise_address, now_utc
from chitext.engine.types import Channel, InboundMessage
from chitext.keys import ENGINE, SETTINGS

MAX_TEXT = 1600  # Twilio's limit for one message body; no front end needs more
API_CHANNELS = tuple(c for c in get_args(Channel) if c != "simulator")


def _problem(status: int, field: str | None, message: str) -> web.Response:
    body: dict[str, Any] = {"error": message}
    if field is not None:
        body["field"] = field
    return web.json_response(body, status=status)


def authorised_key_id(request: web.Request) -> str | None:
    """The matching key's fingerprint, comparing every key in constant time."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    matched: str | None = None
    for key in request.config_dict[SETTINGS].api_keys:
        if hmac.compare_digest(token.encode(), key.encode()):
            matched = key
    if matched is None:
        return None
    return hashlib.sha256(matched.encode()).hexdigest()[:12]


async def handle_message(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if not settings.api_keys:
        return _problem(503, None, "the JSON API is disabled: set CHITEXT_API_KEYS to enable it")
    key_id = authorised_key_id(request)
    if key_id is None:
        return web.json_response(
            {"error": "a valid 'Authorization: Bearer <key>' header is required"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="chitext"'},
        )
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _problem(400, None, "the body must be a JSON object")
    if not isinstance(body, dict):
        return _problem(400, None, "the body must be a JSON object")
    sender = body.get("from")
    if not isinstance(sender, str) or not sender.strip():
        return _problem(422, "from", "'from' is required: the resident's phone number or id")
    text = body.get("text")
    if not isinstance(text, str):
        return _problem(422, "text", "'text' is required and must be a string")
    if len(text) > MAX_TEXT:
        return _problem(422, "text", f"'text' is longer than {MAX_TEXT} characters")
    channel = body.get("channel", "api")
    if channel not in API_CHANNELS:
        return _problem(422, "channel", f"'channel' must be one of {', '.join(API_CHANNELS)}")
    client_id = body.get("id")
    if client_id is not None and (not isinstance(client_id, str) or not 0 < len(client_id) <= 100):
        return _problem(422, "id", "'id' must be a string of 1 to 100 characters")
    address = sender.strip()
    if address.lstrip("+").replace("-", "").replace(" ", "").isdigit():
        try:
            address = normalise_address(address)
        except ValueError:
            return _problem(422, "from", "'from' is not a valid phone number")
    elif len(address) > 60:
        return _problem(422, "from", "'from' is longer than 60 characters")
    else:
        address = f"api:{address}"
    inbound = InboundMessage(
        channel=channel,
        sender=address,
        text=text,
        received_at=now_utc(),
        dedupe_key=f"api:{key_id}:{client_id}" if client_id else None,
    )
    result = await request.app[ENGINE].handle(inbound)
    return web.json_response(
        {
            "replies": [reply.text for reply in result.replies],
            "intent": result.intent,
            "language": result.language,
        }
    )


async def has_api_key(request: web.Request) -> bool:
    """Machine clients holding a CHITEXT_API_KEYS key (e.g. a department's work-order system)."""
    return authorised_key_id(request) is not None


def setup_api(app: web.Application) -> None:
    app.router.add_post("/api/v1/messages", handle_message, name="api_messages")
