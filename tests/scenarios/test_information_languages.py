"""Residents writing in a language we do not answer in get an interpreter offer and a person."""

from __future__ import annotations

from typing import Any

import pytest

from chitext.answers.catalog import default_catalog
from intents.types import Entities
from tests.scenarios.information_support import EngineConversation
from tests.support import ScriptedUnderstander

POLISH = "Dzień dobry, potrzebuję pomocy z wywozem śmieci"
ARABIC = "مرحبا أحتاج مساعدة"


def understander() -> ScriptedUnderstander:
    return ScriptedUnderstander(
        intents={"can you answer in polish": "set_language", "hello": "greeting"},
        languages={POLISH: "other", ARABIC: "other"},
        entities={
            POLISH: Entities(detected_language_name="polish"),
            ARABIC: Entities(detected_language_name="arabic"),
            "can you answer in polish": Entities(requested_language="pl"),
        },
    )


async def test_polish_gets_an_offer_in_polish_and_an_operator(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = EngineConversation(await aiohttp_client(make_app(understander=understander())))
    turn = await chat.turn(POLISH)
    [offer] = turn.replies
    assert offer.key == "languages/interpreter_offer" and offer.language == "pl"
    assert "zadzwoń pod 311" in offer.text
    resident = await chat.resident()
    assert resident.handoff_state == "requested" and resident.handoff_reason == "interpreter"
    assert resident.language == "pl" and resident.language_chosen


async def test_remembered_language_falls_back_to_english_then_english_switches_back(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = EngineConversation(await aiohttp_client(make_app(understander=understander())))
    await chat.send("can you answer in polish")
    assert (await chat.resident()).language == "pl"
    greeting = await chat.turn("hello")
    assert greeting.replies[0].language == "en"  # no Polish greeting ships
    await chat.send("ENGLISH")
    assert (await chat.resident()).language == "en"


async def test_arabic_offer_is_in_arabic(aiohttp_client: Any, make_app: Any) -> None:
    chat = EngineConversation(await aiohttp_client(make_app(understander=understander())))
    [offer] = (await chat.turn(ARABIC)).replies
    assert offer.language == "ar" and "311" in offer.text


async def test_espanol_switches_the_conversation(aiohttp_client: Any, make_app: Any) -> None:
    chat = EngineConversation(await aiohttp_client(make_app(understander=understander())))
    await chat.send("ESPAÑOL")
    [greeting] = (await chat.turn("hello")).replies
    assert greeting.language == "es"


@pytest.mark.parametrize("language", ["pl", "zh", "ar", "tl", "ko", "vi", "ru", "uk"])
def test_partial_language_offer_renders_in_its_own_language(language: str) -> None:
    catalog = default_catalog()
    sample = catalog.samples["languages/interpreter_offer"]
    rendered = catalog.render("languages/interpreter_offer", language, sample)
    assert rendered.language == language
    assert "311" in rendered.text and 1 <= rendered.segments.segments <= 6
