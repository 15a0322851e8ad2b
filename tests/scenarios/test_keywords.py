"""Carrier keywords behave as residents rely on, in English and Spanish, in any state."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from chitext.engine.context import DialogOutcome, DialogSnapshot, HandlerResult, TurnContext
from chitext.engine.engine import RoutingTable
from chitext.engine.types import Reply
from chitext.handlers import build_routing_table
from chitext.keys import ENGINE, SESSIONMAKER
from chitext.store.models import DialogState
from tests.scenarios.conversation import SmsConversation

Client = TestClient[Any, Any]


@pytest.mark.parametrize(
    "word",
    [
        "STOP",
        "stop",
        " Stop! ",
        "STOPALL",
        "unsubscribe",
        "Cancel",
        "END",
        "quit",
        "REVOKE",
        "opt-out",
        "OPTOUT",
    ],
)
async def test_every_opt_out_word_confirms_once_then_silence(client: Client, word: str) -> None:
    sms = SmsConversation(client)
    replies = await sms.send(word)
    assert len(replies) == 1 and "unsubscribed" in replies[0] and "START" in replies[0]
    assert await sms.send("hello") == []
    assert await sms.send(word) == []  # no second confirmation


@pytest.mark.parametrize("word", ["ALTO", "parar", "Cancelar", "BAJA"])
async def test_spanish_opt_out_words_answer_in_spanish(client: Client, word: str) -> None:
    sms = SmsConversation(client)
    replies = await sms.send(word)
    assert len(replies) == 1 and "cancelaste" in replies[0].lower()
    assert await sms.send("hola") == []


@pytest.mark.parametrize("word", ["START", "yes", "UNSTOP"])
async def test_opt_in_words_resubscribe_with_one_confirmation(client: Client, word: str) -> None:
    sms = SmsConversation(client)
    await sms.send("STOP")
    replies = await sms.send(word)
    assert len(replies) == 1 and "subscribed again" in replies[0]
    assert len(await sms.send("hello")) == 1


async def test_help_answers_who_we_are_and_how_to_stop_even_when_opted_out(client: Client) -> None:
    sms = SmsConversation(client)
    for word in ("HELP", "info"):
        (reply,) = await sms.send(word)
        assert "Chicago 311" in reply and "STOP" in reply and "911" in reply
    await sms.send("STOP")
    (reply,) = await sms.send("HELP")
    assert "STOP" in reply
    (reply,) = await sms.send("ayuda")
    assert "ALTO" in reply


async def test_language_switch_is_remembered(client: Client) -> None:
    sms = SmsConversation(client)
    (reply,) = await sms.send("ESPAÑOL")
    assert "español" in reply
    (reply,) = await sms.send("hello")  # English text, but the resident chose Spanish
    assert "Hola" in reply
    (reply,) = await sms.send("english")
    assert "English" in reply
    (reply,) = await sms.send("hello")
    assert reply.startswith("Hi")


async def test_model_phrased_opt_out_acts_like_stop(client: Client) -> None:
    sms = SmsConversation(client)
    (reply,) = await sms.send("please stop texting me")
    assert "unsubscribed" in reply
    assert await sms.send("hello") == []


async def _open_dialog(context: TurnContext) -> HandlerResult:
    return HandlerResult([Reply("menu/main")], dialog=DialogSnapshot("echo", "waiting"))


async def _echo_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    return DialogOutcome([Reply("menu/thanks")], state=None)


@pytest.fixture
async def dialog_client(aiohttp_client: Any, make_app: Any, understander: Any) -> Client:
    """An app where 'report something' opens a one-step dialog, to test precedence."""
    understander.intents["report something"] = "report_pothole"
    client: Client = await aiohttp_client(make_app())
    engine = client.app[ENGINE]
    routes = build_routing_table()
    engine.routes = RoutingTable({**routes.routes, "report_pothole": _open_dialog}, routes.fallback)
    engine.dialogs = {"echo": _echo_step}
    return client


async def _dialog_count(client: Client) -> int:
    async with client.app[SESSIONMAKER]() as session:
        return len((await session.execute(select(DialogState))).all())


async def test_stop_wins_over_an_open_dialog(dialog_client: Client) -> None:
    sms = SmsConversation(dialog_client)
    await sms.send("report something")
    assert await _dialog_count(dialog_client) == 1
    (reply,) = await sms.send("STOP")
    assert "unsubscribed" in reply
    assert await _dialog_count(dialog_client) == 0
    assert await sms.send("anything") == []


async def test_emergency_beats_an_open_dialog_and_keeps_it(dialog_client: Client) -> None:
    sms = SmsConversation(dialog_client)
    await sms.send("report something")
    (reply,) = await sms.send("someone is breaking in right now")
    assert reply.startswith("If this is happening now") and "911" in reply
    assert await _dialog_count(dialog_client) == 1
    # NEVERMIND leaves the dialog without sending anything.
    replies = await sms.send("nevermind")
    assert "Nothing was sent" in replies[0]
    assert await _dialog_count(dialog_client) == 0
