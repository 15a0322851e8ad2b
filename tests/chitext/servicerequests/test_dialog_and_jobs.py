"""The report dialog's edges, the submit/token jobs and STATUS answers, on the in-memory CSR."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from chitext.keys import OUTBOX_WORKER, SESSIONMAKER
from chitext.servicerequests.models import ResidentRequest
from chitext.store.models import DialogState, Message, OutboxJob
from csr_client import NewServiceRequest, RequestStatus
from tests.chitext.servicerequests.conftest import sms
from tests.scenarios.requests_support import add_status_text, let_time_pass

CHICAGO_AVE = (41.89607, -87.66768)
POTHOLE = "4fd3b656e750846c53000004"


async def rows(client: Any) -> list[ResidentRequest]:
    async with client.app[SESSIONMAKER]() as session:
        return list((await session.execute(select(ResidentRequest))).scalars())


async def open_dialogs(client: Any) -> int:
    async with client.app[SESSIONMAKER]() as session:
        return len(list((await session.execute(select(DialogState))).scalars()))


async def test_unusable_answers_are_asked_twice_then_a_way_out(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("pothole")
    [first] = await chat.send("my house")
    [second] = await chat.send("over there")
    assert "couldn't find that address" in first and "Belmont & Central" in second
    [gave_up] = await chat.send("somewhere")
    assert "MENU" in gave_up and "AGENT" in gave_up
    assert await open_dialogs(client) == 0 and await rows(client) == []


async def test_an_address_outside_chicago_is_refused_with_a_hint(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("pothole")
    [reply] = await chat.send("100 Main St, Evanston")
    assert "outside Chicago" in reply and "1600 W Chicago Ave" in reply


async def test_an_open_request_nearby_is_offered_instead_of_a_duplicate(memory_app: Any) -> None:
    client, csr, _ = await memory_app()
    existing = await csr.submit(
        NewServiceRequest(
            POTHOLE, lat=CHICAGO_AVE[0], long=CHICAGO_AVE[1], attributes={"WHEREIST": "CURB"}
        )
    )
    chat = sms(client)
    [reply] = await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    assert f"already reported: {existing.service_request_id}" in reply
    [reply] = await chat.send("no")
    assert f"STATUS {existing.service_request_id}" in reply
    assert await open_dialogs(client) == 0 and await rows(client) == []

    # NEW files it anyway.
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    [reply] = await chat.send("NEW")
    assert "Where on the street" in reply


async def test_change_and_cancel_at_the_confirmation(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    await chat.send("1")
    [summary] = await chat.send("skip")
    assert "(Bike lane)" in summary
    [fields] = await chat.send("change")
    assert "1 Place, 2 Where on the street, 3 Details/photo" in fields
    [question] = await chat.send("2")
    assert "Where on the street" in question
    [summary] = await chat.send("crosswalk")
    assert "(Crosswalk)" in summary
    [cancelled] = await chat.send("no")
    assert "nothing was sent" in cancelled
    assert await rows(client) == [] and await open_dialogs(client) == 0


async def test_an_idle_dialog_expires_without_a_report(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    await chat.send("5")
    await chat.send("skip")
    async with client.app[SESSIONMAKER].begin() as session:
        state = (await session.execute(select(DialogState))).scalar_one()
        state.expires_at = state.expires_at - timedelta(days=1)
    [reply] = await chat.send("yes")
    assert "Saved" not in reply
    assert await rows(client) == []


async def test_notify_question_lets_other_messages_through(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    await chat.send("5")
    await chat.send("skip")
    await chat.send("yes")
    [reply] = await chat.send("STATUS")
    assert "saved, not sent yet" in reply
    assert await open_dialogs(client) == 0
    [row] = await rows(client)
    assert row.notify is False


async def test_token_only_answers_are_traded_for_the_id(memory_app: Any) -> None:
    client, csr, _ = await memory_app(polls_before_id=2)
    chat = sms(client)
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    await chat.send("5")
    await chat.send("skip")
    await chat.send("yes")
    await client.app[OUTBOX_WORKER].run_until_idle()
    [row] = await rows(client)
    assert row.status == "awaiting_id" and row.token
    for _ in range(3):
        await let_time_pass(client, "csr_token")
        await client.app[OUTBOX_WORKER].run_until_idle()
    [row] = await rows(client)
    assert row.status == "submitted" and row.tracking_number is not None
    assert (await csr.get_request(row.tracking_number)).service_code == POTHOLE
    async with client.app[SESSIONMAKER]() as session:
        texts = (
            (
                await session.execute(
                    select(Message.body).where(Message.template_key.like("requests/submitted"))
                )
            )
            .scalars()
            .all()
        )
    assert texts == [
        f"Your pothole report is in. Tracking number: {row.tracking_number}. "
        f"Text STATUS {row.tracking_number} anytime to check on it."
    ]


async def test_a_refused_report_is_marked_failed_and_the_resident_told(memory_app: Any) -> None:
    client, _, _ = await memory_app()
    chat = sms(client)
    await chat.send("There's a huge pothole at 1600 W Chicago Ave")
    await chat.send("5")
    await chat.send("skip")
    await chat.send("yes")
    # The CSR will refuse what it is sent: an answer its definition does not allow.
    async with client.app[SESSIONMAKER].begin() as session:
        await session.execute(update(ResidentRequest).values(attributes={"WHEREIST": "MOON"}))
    await client.app[OUTBOX_WORKER].run_until_idle()
    [row] = await rows(client)
    assert row.status == "failed" and "WHEREIST" in (row.last_error or "")
    async with client.app[SESSIONMAKER]() as session:
        job = (
            await session.execute(select(OutboxJob).where(OutboxJob.kind == "csr_submit"))
        ).scalar_one()
        told = (
            await session.execute(
                select(Message).where(Message.template_key == "requests/rejected")
            )
        ).scalar_one()
    assert job.status == "dead" and "could not accept" in told.body


async def test_status_answers_unknown_and_unreachable(memory_app: Any) -> None:
    client, csr, understander = await memory_app()
    chat = sms(client)
    [none] = await chat.send("STATUS")
    assert "don't see any reports" in none
    add_status_text(understander, "status SR26-99999999", "SR26-99999999")
    [unknown] = await chat.send("status SR26-99999999")
    assert "couldn't find request SR26-99999999" in unknown
    csr.down = True
    [down] = await chat.send("status SR26-99999999")
    assert "try again" in down


async def test_status_shows_the_closing_note(memory_app: Any) -> None:
    client, csr, understander = await memory_app()
    result = await csr.submit(
        NewServiceRequest(POTHOLE, lat=41.9, long=-87.7, attributes={"WHEREIST": "CURB"})
    )
    number = result.service_request_id
    assert number is not None
    csr.set_status(number, RequestStatus.CLOSED, "Patched by CDOT crew 4.")
    add_status_text(understander, f"what about {number}", number)
    [reply] = await sms(client).send(f"what about {number}")
    assert reply.startswith(f"{number}: pothole, closed.")
    assert "Patched by CDOT crew 4." in reply
