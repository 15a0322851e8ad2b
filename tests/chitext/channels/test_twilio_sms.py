from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from chitext.keys import SESSIONMAKER
from chitext.store.models import Message, Resident
from tests.support import PUBLIC_URL, TWILIO_TOKEN, encoded, sign, twilio_form

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
Client = TestClient[Any, Any]


async def post_sms(client: Client, form: dict[str, str], signature: str | None = None) -> Any:
    headers = dict(FORM)
    headers["X-Twilio-Signature"] = (
        signature if signature is not None else sign("/twilio/sms", form)
    )
    return await client.post("/twilio/sms", data=encoded(form), headers=headers)


async def count_messages(client: Client) -> int:
    async with client.app[SESSIONMAKER]() as session:
        return int((await session.execute(select(func.count(Message.id)))).scalar_one())


async def test_signed_hello_gets_twiml_reply(client: Client) -> None:
    response = await post_sms(client, twilio_form("hello", "SM0001"))
    assert response.status == 200
    assert response.content_type == "application/xml"
    body = await response.text()
    assert "<Response><Message>" in body
    assert "Chicago 311" in body


async def test_forged_signature_is_refused_and_nothing_stored(client: Client) -> None:
    form = twilio_form("hello", "SM0002")
    forged = RequestValidator("some-other-token").compute_signature(
        PUBLIC_URL + "/twilio/sms", form
    )
    response = await post_sms(client, form, signature=forged)
    assert response.status == 403
    assert await count_messages(client) == 0


async def test_missing_signature_is_refused(client: Client) -> None:
    response = await client.post(
        "/twilio/sms", data=encoded(twilio_form("hello", "SM0003")), headers=FORM
    )
    assert response.status == 403
    assert await count_messages(client) == 0


async def test_signature_is_checked_against_public_url_not_host_header(client: Client) -> None:
    form = twilio_form("hello", "SM0004")
    # An attacker who makes a valid signature for their own host gains nothing.
    evil = RequestValidator(TWILIO_TOKEN).compute_signature("https://evil.example/twilio/sms", form)
    headers = {**FORM, "X-Twilio-Signature": evil, "Host": "evil.example"}
    response = await client.post("/twilio/sms", data=encoded(form), headers=headers)
    assert response.status == 403


async def test_retried_message_sid_is_processed_once(client: Client) -> None:
    form = twilio_form("hello", "SM0005")
    first = await post_sms(client, form)
    second = await post_sms(client, form)
    assert first.status == second.status == 200
    assert await first.text() == await second.text()
    async with client.app[SESSIONMAKER]() as session:
        inbound = (
            await session.execute(select(func.count()).where(Message.direction == "in"))
        ).scalar_one()
        outbound = (
            await session.execute(select(func.count()).where(Message.direction == "out"))
        ).scalar_one()
    assert (inbound, outbound) == (1, 1)


async def test_no_reply_is_an_empty_response_element(client: Client) -> None:
    await post_sms(client, twilio_form("STOP", "SM0006"))
    response = await post_sms(client, twilio_form("hello", "SM0007"))
    body = await response.text()
    assert response.status == 200
    assert body.endswith("<Response />") or body.endswith("<Response/>")


async def test_whatsapp_goes_through_the_same_adapter(client: Client) -> None:
    form = twilio_form("hello", "SM0008", sender="whatsapp:+13125550123")
    response = await post_sms(client, form)
    assert response.status == 200
    async with client.app[SESSIONMAKER]() as session:
        message = (
            await session.execute(select(Message).where(Message.direction == "in"))
        ).scalar_one()
        resident = await session.get(Resident, message.resident_id)
    assert message.channel == "whatsapp"
    assert resident is not None and resident.address == "whatsapp:+13125550123"


async def test_missing_auth_token_answers_503(
    aiohttp_client: Any, make_app: Any, settings: Any
) -> None:
    from dataclasses import replace

    client = await aiohttp_client(make_app(settings=replace(settings, twilio_auth_token=None)))
    response = await post_sms(client, twilio_form("hello", "SM0009"))
    assert response.status == 503
    assert "CHITEXT_TWILIO_AUTH_TOKEN" in await response.text()


async def test_oversized_body_is_413_without_reading(client: Client) -> None:
    import io

    form = twilio_form("x" * (1024 * 1024), "SM0010")
    headers = {**FORM, "X-Twilio-Signature": "irrelevant"}
    body = io.BytesIO(encoded(form).encode())
    response = await client.post("/twilio/sms", data=body, headers=headers)
    assert response.status == 413
    assert await count_messages(client) == 0


async def test_malformed_form_is_400(client: Client) -> None:
    form = {"Body": "hello"}  # signed, but no MessageSid / From
    response = await post_sms(client, form)
    assert response.status == 400


async def test_media_is_kept_with_the_message(client: Client) -> None:
    form = twilio_form(
        "pothole photo",
        "SM0011",
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME1",
        MediaContentType0="image/jpeg",
    )
    response = await post_sms(client, form)
    assert response.status == 200
    async with client.app[SESSIONMAKER]() as session:
        message = (
            await session.execute(select(Message).where(Message.direction == "in"))
        ).scalar_one()
    assert message.media == [{"url": form["MediaUrl0"], "content_type": "image/jpeg"}]


async def test_status_callback_moves_forward_only_and_21610_opts_out(client: Client) -> None:
    async with client.app[SESSIONMAKER].begin() as session:
        resident = Resident(address="+13125550177", language_chosen=False, opted_out=False)
        session.add(resident)
        await session.flush()
        session.add(
            Message(
                resident_id=resident.id,
                direction="out",
                channel="sms",
                body="hi",
                media=[],
                provider_id="SMout1",
                status="queued",
            )
        )

    async def callback(status: str, **extra: str) -> int:
        form = {"MessageSid": "SMout1", "MessageStatus": status, **extra}
        headers = {**FORM, "X-Twilio-Signature": sign("/twilio/status", form)}
        response = await client.post("/twilio/status", data=encoded(form), headers=headers)
        return response.status

    assert await callback("delivered") == 204
    assert await callback("sent") == 204  # late, out-of-order callback
    async with client.app[SESSIONMAKER]() as session:
        message = (
            await session.execute(select(Message).where(Message.provider_id == "SMout1"))
        ).scalar_one()
    assert message.status == "delivered"

    async with client.app[SESSIONMAKER].begin() as session:
        session.add(
            Message(
                resident_id=message.resident_id,
                direction="out",
                channel="sms",
                body="hi",
                media=[],
                provider_id="SMout2",
                status="queued",
            )
        )
    form = {"MessageSid": "SMout2", "MessageStatus": "failed", "ErrorCode": "21610"}
    headers = {**FORM, "X-Twilio-Signature": sign("/twilio/status", form)}
    assert (await client.post("/twilio/status", data=encoded(form), headers=headers)).status == 204
    async with client.app[SESSIONMAKER]() as session:
        resident_after = await session.get(Resident, message.resident_id)
    assert resident_after is not None
    assert resident_after.opted_out and resident_after.opt_out_source == "carrier"
