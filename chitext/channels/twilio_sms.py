"""Twilio Messaging webhooks: SMS and WhatsApp inbound, and delivery status callbacks.

Every request is verified against `X-Twilio-Signature` before it is read for anything
else (fail closed); the engine only ever sees a neutral InboundMessage.
"""

from __future__ import annotations

import logging

from aiohttp import web
from multidict import MultiDict
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from chitext.answers.segments import split_message
from chitext.channels.common import normalise_address, now_utc
from chitext.engine.types import Channel, InboundMessage, Media, TurnResult
from chitext.keys import ENGINE, SESSIONMAKER, SETTINGS
from chitext.logging import mask_address
from chitext.store.models import Resident
from chitext.store.repositories import update_delivery_status

log = logging.getLogger(__name__)

# Twilio error for a message to a number that replied STOP at the carrier.
ERROR_RECIPIENT_UNSUBSCRIBED = "21610"
MAX_MEDIA = 10


async def _verified_form(request: web.Request) -> MultiDict[str]:
    settings = request.app[SETTINGS]
    if not settings.twilio_auth_token:
        raise web.HTTPServiceUnavailable(
            text="Twilio webhooks are disabled: set CHITEXT_TWILIO_AUTH_TOKEN to accept them.\n"
        )
    signature = request.headers.get("X-Twilio-Signature")
    if not signature:
        raise web.HTTPForbidden(text="missing X-Twilio-Signature\n")
    if request.content_type != "application/x-www-form-urlencoded":
        raise web.HTTPForbidden(text="Twilio posts form-encoded bodies\n")
    try:
        form = await request.post()
    except ValueError:
        raise web.HTTPBadRequest(text="malformed form body\n") from None
    fields: MultiDict[str] = MultiDict()
    for name, value in form.items():
        if not isinstance(value, str):
            raise web.HTTPBadRequest(text="unexpected file upload\n")
        fields.add(name, value)
    # The validator signs one value per name, as Twilio posts them.
    params = {name: fields[name] for name in fields}
    # The configured public URL, never the Host header, is what Twilio signed.
    url = settings.effective_public_url + request.rel_url.path_qs
    validator = RequestValidator(settings.twilio_auth_token)
    if not validator.validate(url, params, signature):
        log.warning("rejected a Twilio request with a bad signature on %s", request.path)
        raise web.HTTPForbidden(text="invalid X-Twilio-Signature\n")
    return fields


def _inbound_from_form(form: MultiDict[str]) -> InboundMessage:
    sid = form.get("MessageSid") or form.get("SmsMessageSid")
    raw_from = form.get("From")
    if not sid or not raw_from:
        raise web.HTTPBadRequest(text="MessageSid and From are required\n")
    channel: Channel = "whatsapp" if raw_from.startswith("whatsapp:") else "sms"
    try:
        sender = normalise_address(raw_from)
    except ValueError as exc:
        raise web.HTTPBadRequest(text=f"From: {exc}\n") from None
    try:
        media_count = min(int(form.get("NumMedia", "0") or 0), MAX_MEDIA)
    except ValueError:
        raise web.HTTPBadRequest(text="NumMedia must be a number\n") from None
    media = tuple(
        Media(url=form[f"MediaUrl{i}"], content_type=form.get(f"MediaContentType{i}", ""))
        for i in range(media_count)
        if form.get(f"MediaUrl{i}")
    )
    return InboundMessage(
        channel=channel,
        sender=sender,
        text=form.get("Body", ""),
        received_at=now_utc(),
        media=media,
        provider_id=sid,
        dedupe_key=f"twilio:{sid}",
    )


def render_twiml(result: TurnResult) -> web.Response:
    """TwiML for a turn; long answers become several messages cut between sentences/words."""
    response = MessagingResponse()
    for reply in result.replies:
        parts = split_message(reply.text)
        for index, part in enumerate(parts):
            message = response.message(part)
            if index == 0:
                for url in reply.media_urls:
                    message.media(url)
    return web.Response(body=str(response), content_type="application/xml", charset="utf-8")


async def handle_sms(request: web.Request) -> web.Response:
    form = await _verified_form(request)
    inbound = _inbound_from_form(form)
    result = await request.app[ENGINE].handle(inbound)
    return render_twiml(result)


async def handle_status(request: web.Request) -> web.Response:
    form = await _verified_form(request)
    sid = form.get("MessageSid") or form.get("SmsSid")
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").lower()
    if not sid or not status:
        raise web.HTTPBadRequest(text="MessageSid and MessageStatus are required\n")
    error_code = form.get("ErrorCode") or None
    async with request.app[SESSIONMAKER].begin() as session:
        message = await update_delivery_status(session, sid, status, error_code)
        if message is not None and error_code == ERROR_RECIPIENT_UNSUBSCRIBED:
            resident = await session.get(Resident, message.resident_id)
            if resident is not None and not resident.opted_out:
                resident.opted_out = True
                resident.opted_out_at = now_utc()
                resident.opt_out_source = "carrier"
                log.info("%s opted out at the carrier", mask_address(resident.address))
    return web.Response(status=204)


def setup_twilio(app: web.Application) -> None:
    app.router.add_post("/twilio/sms", handle_sms, name="twilio_sms")
    app.router.add_post("/twilio/status", handle_status, name="twilio_status")
