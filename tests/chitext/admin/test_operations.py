"""Try-it simulator, the operators' inbox for human handoff, and the managers' reports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from chitext.admin.reports import CHICAGO, Period, build_report
from chitext.engine.types import InboundMessage
from chitext.keys import ENGINE, SESSIONMAKER
from chitext.store.models import Message, Resident
from tests.chitext.admin.conftest import ADMIN, EDITOR, Client, page_token, sign_in

RESIDENT = "+13125550123"


async def _text(client: Client, text: str, sender: str = RESIDENT) -> list[str]:
    result = await client.app[ENGINE].handle(
        InboundMessage(channel="sms", sender=sender, text=text, received_at=datetime.now(UTC))
    )
    return [reply.text for reply in result.replies]


async def test_simulator_answers_like_sms(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    token = await page_token(admin_client, "/admin/simulator")
    response = await admin_client.post(
        "/admin/simulator", data={"csrf_token": token, "text": "AYUDA", "language": "es"}
    )
    page = await response.text()
    help_en = (await _text(admin_client, "HELP", sender="+13125550999"))[0]
    assert "AYUDA" in page and "keywords/help" in page
    async with admin_client.app[SESSIONMAKER]() as session:
        simulated = (
            (await session.execute(select(Message).where(Message.channel == "simulator")))
            .scalars()
            .all()
        )
    assert [m.direction for m in simulated] == ["in", "out"]
    assert simulated[1].language == "es" and simulated[1].body != help_en
    # The simulator's pretend resident never shows up among real residents.
    inbox = await (await admin_client.get("/admin/inbox")).text()
    assert "sim:" not in inbox
    await admin_client.post("/admin/simulator/restart", data={"csrf_token": token})
    assert "Say hello" in await (await admin_client.get("/admin/simulator")).text()


async def test_operator_takes_over_replies_and_hands_back(admin_client: Client) -> None:
    await _text(admin_client, "hello", sender="+13125550100")
    await _text(admin_client, "i want a person")
    await sign_in(admin_client, EDITOR)
    inbox = await (await admin_client.get("/admin/inbox")).text()
    assert inbox.index("wants a person") < inbox.index("+1312***0100")  # waiting first
    async with admin_client.app[SESSIONMAKER]() as session:
        resident = (
            await session.execute(select(Resident).where(Resident.address == RESIDENT))
        ).scalar_one()
    base = f"/admin/inbox/{resident.id}"
    token = await page_token(admin_client, base)

    early = await admin_client.post(f"{base}/reply", data={"csrf_token": token, "text": "Hi"})
    assert "Take over the conversation before replying" in await early.text()
    await admin_client.post(f"{base}/take", data={"csrf_token": token})
    assert await _text(admin_client, "is anyone there?") == []  # the engine stays quiet
    await admin_client.post(
        f"{base}/reply", data={"csrf_token": token, "text": "This is Maria at 311. How can I help?"}
    )
    async with admin_client.app[SESSIONMAKER]() as session:
        reply = (
            await session.execute(select(Message).where(Message.sent_by == EDITOR))
        ).scalar_one()
    assert reply.direction == "out" and reply.status == "pending"
    page = await (await admin_client.get(base)).text()
    assert "is anyone there?" in page and "This is Maria at 311" in page

    await admin_client.post(f"{base}/release", data={"csrf_token": token})
    assert await _text(admin_client, "hello") != []  # ChiTEXT answers again
    await sign_in(admin_client, ADMIN)
    audit_page = await (await admin_client.get("/admin/audit")).text()
    assert "handoff take" in audit_page and "handoff reply" in audit_page


async def test_reports_aggregate_the_period(admin_client: Client) -> None:
    await _text(admin_client, "hello")
    await _text(admin_client, "what is the meaning of life")
    await _text(admin_client, "STOP")
    today = datetime.now(CHICAGO).date()
    async with admin_client.app[SESSIONMAKER]() as session:
        report = await build_report(session, Period(today - timedelta(days=6), today))
        empty = await build_report(
            session, Period(today - timedelta(days=30), today - timedelta(days=20))
        )
    assert report.per_day[today] == {"sms": 3}
    assert report.inbound_total == 3
    assert report.opt_outs == 1
    assert dict(report.top_intents)["unknown"] == 1
    assert report.unknown_rate is not None and 0 < report.unknown_rate < 1
    assert empty.inbound_total == 0 and empty.unknown_rate is None
    await sign_in(admin_client, EDITOR)
    page = await (await admin_client.get("/admin/reports")).text()
    assert "messages from residents" in page and "unknown" in page
    assert (await admin_client.get("/admin/reports?from=nonsense")).status == 200
