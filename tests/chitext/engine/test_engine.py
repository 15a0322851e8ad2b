"""The engine's own rules: expiry without side effects, failures answered, language memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from chitext.channels.common import now_utc
from chitext.engine.context import DialogOutcome, DialogSnapshot, HandlerResult, TurnContext
from chitext.engine.engine import ConversationEngine, RoutingTable
from chitext.engine.types import InboundMessage, Reply
from chitext.keys import ENGINE, SESSIONMAKER
from chitext.store.models import DialogState, Message, Resident


def inbound(text: str, sender: str = "+13125550150") -> InboundMessage:
    return InboundMessage(channel="api", sender=sender, text=text, received_at=now_utc())


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


async def _engine(aiohttp_client: Any, make_app: Any) -> tuple[Any, ConversationEngine]:
    client = await aiohttp_client(make_app())
    return client, client.app[ENGINE]


async def test_an_idle_dialog_expires_without_running_its_step(
    aiohttp_client: Any, make_app: Any, understander: Any
) -> None:
    client, engine = await _engine(aiohttp_client, make_app)
    steps: list[str] = []

    async def start(context: TurnContext) -> HandlerResult:
        return HandlerResult([Reply("menu/main")], dialog=DialogSnapshot("probe", "asked"))

    async def step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
        steps.append(context.message.text)
        return DialogOutcome([Reply("menu/thanks")], state=None)

    understander.intents["start probe"] = "report_pothole"
    routes = engine.routes
    engine.routes = RoutingTable({**routes.routes, "report_pothole": start}, routes.fallback)
    engine.dialogs = {**engine.dialogs, "probe": step}
    clock = Clock()
    object.__setattr__(engine.services, "clock", clock)

    await engine.handle(inbound("start probe"))
    clock.now += timedelta(seconds=engine.services.settings.dialog_ttl_seconds + 1)
    result = await engine.handle(inbound("hello"))
    assert steps == []  # the expired dialog never saw the answer
    assert result.intent == "greeting"
    async with client.app[SESSIONMAKER]() as session:
        assert (await session.execute(select(DialogState))).all() == []


async def test_a_failing_handler_gets_an_apology_and_the_message_is_kept(
    aiohttp_client: Any, make_app: Any, understander: Any
) -> None:
    client, engine = await _engine(aiohttp_client, make_app)

    async def broken(context: TurnContext) -> HandlerResult:
        raise RuntimeError("boom")

    understander.intents["break please"] = "find_department"
    engine.routes = RoutingTable(
        {**engine.routes.routes, "find_department": broken}, engine.routes.fallback
    )
    result = await engine.handle(inbound("break please"))
    assert len(result.replies) == 1 and "saved" in result.replies[0].text
    async with client.app[SESSIONMAKER]() as session:
        stored = (
            await session.execute(select(Message).where(Message.direction == "in"))
        ).scalar_one()
    assert (stored.body, stored.status) == ("break please", "failed")


async def test_detected_language_is_remembered_until_a_choice(
    aiohttp_client: Any, make_app: Any, understander: Any
) -> None:
    client, engine = await _engine(aiohttp_client, make_app)
    assert (await engine.handle(inbound("hola"))).language == "es"
    # Text whose language the understander cannot tell keeps the remembered one.
    assert (await engine.handle(inbound("311"))).language == "es"
    assert (await engine.handle(inbound("ENGLISH"))).language == "en"
    assert (await engine.handle(inbound("hola"))).language == "en"  # the choice now wins
    async with client.app[SESSIONMAKER]() as session:
        resident = (await session.execute(select(Resident))).scalar_one()
    assert (resident.language, resident.language_chosen) == ("en", True)


async def _probe_dialog(engine: ConversationEngine, understander: Any) -> None:
    """'start probe' opens a dialog that understands no answer (it always asks again)."""

    async def start(context: TurnContext) -> HandlerResult:
        return HandlerResult([Reply("menu/main")], dialog=DialogSnapshot("probe", "asked"))

    async def step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
        return DialogOutcome(
            [Reply("menu/unknown")],
            state=state,
            unanswered=True,
            own_intents=frozenset({"report_pothole"}),
        )

    understander.intents["start probe"] = "report_pothole"
    understander.intents["what about the other pothole"] = "report_pothole"
    engine.routes = RoutingTable(
        {**engine.routes.routes, "report_pothole": start}, engine.routes.fallback
    )
    engine.dialogs = {**engine.dialogs, "probe": step}


async def test_a_confident_new_question_inside_a_dialog_is_answered_instead(
    aiohttp_client: Any, make_app: Any, understander: Any
) -> None:
    client, engine = await _engine(aiohttp_client, make_app)
    await _probe_dialog(engine, understander)
    await engine.handle(inbound("start probe"))
    result = await engine.handle(inbound("i want a person"))
    assert result.intent == "talk_to_agent"
    assert "operator" in result.replies[0].text
    async with client.app[SESSIONMAKER]() as session:
        assert (await session.execute(select(DialogState))).all() == []


async def test_small_talk_or_the_dialogs_own_intent_keeps_the_question(
    aiohttp_client: Any, make_app: Any, understander: Any
) -> None:
    client, engine = await _engine(aiohttp_client, make_app)
    await _probe_dialog(engine, understander)
    await engine.handle(inbound("start probe"))
    for text in ("thanks", "what about the other pothole", "no idea what you mean"):
        result = await engine.handle(inbound(text))
        assert result.intent == "dialog:probe", text
    async with client.app[SESSIONMAKER]() as session:
        assert len((await session.execute(select(DialogState))).all()) == 1


async def test_a_transaction_sqlite_refused_as_locked_is_run_again() -> None:
    from sqlalchemy.exc import OperationalError

    from chitext.engine.engine import _retry_if_locked

    calls: list[int] = []

    async def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return "done"

    assert await _retry_if_locked(flaky) == "done"
    assert len(calls) == 3

    async def broken() -> str:
        raise OperationalError("INSERT", {}, Exception("no such table: residents"))

    with pytest.raises(OperationalError):
        await _retry_if_locked(broken)
