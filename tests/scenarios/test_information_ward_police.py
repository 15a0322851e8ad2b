"""Ward, alderperson, police district, beat and next beat meeting, in English and Spanish."""

from __future__ import annotations

from typing import Any

from chitext.info.handlers import OFFER_PERSON
from chitext.keys import SESSIONMAKER
from chitext.store.models import DialogState
from intents.types import Entities
from tests.scenarios.information_support import EngineConversation
from tests.support import ScriptedUnderstander


def understander() -> ScriptedUnderstander:
    return ScriptedUnderstander(
        intents={
            "what ward is 4400 W Lawrence": "find_ward",
            "what ward am i in": "find_ward",
            "en qué distrito estoy": "find_ward",
            "what police district is 121 N LaSalle St": "police_district",
            "cual es mi distrito policial": "police_district",
            "when is my beat meeting": "police_district",
            "someone is breaking in right now": "emergency",
            "where can i sleep tonight": "shelter",
        },
        languages={"en qué distrito estoy": "es", "cual es mi distrito policial": "es"},
        entities={"what ward is 4400 W Lawrence": Entities(address="4400 W LAWRENCE AVE")},
    )


async def test_ward_with_address_in_the_question(aiohttp_client: Any, make_app: Any) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    [reply] = await chat.send("what ward is 4400 W Lawrence")
    assert reply.startswith("4400 W LAWRENCE AVE is in Ward 39.")
    assert "Samantha Nugent" in reply and "4200 West Lawrence Avenue" in reply


async def test_ward_question_without_address_asks_and_remembers(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    [ask] = await chat.send("what ward am i in")
    assert "What's the address?" in ask
    [reply] = await chat.send("1600 W Chicago Ave")
    assert "Ward 1." in reply and "Daniel La Spata" in reply
    # The dialog is over: the same address now is just an unknown message.
    [menu] = await chat.send("1600 W Chicago Ave")
    assert "Ward" not in menu


async def test_ward_in_spanish_after_a_misspelt_address(aiohttp_client: Any, make_app: Any) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    [ask] = await chat.send("en qué distrito estoy")
    assert "¿Cuál es la dirección?" in ask
    [retry] = await chat.send("Lawrence Ave")
    assert "¿Qué cuadra" in retry
    [reply] = await chat.send("Belmont y Central")
    assert "Distrito (Ward) 30" in reply and "Ruth Cruz" in reply


async def test_two_bad_addresses_end_the_dialog_with_311(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    await chat.send("what ward am i in")
    [first] = await chat.send("100 Main St, Evanston")
    assert "outside the City of Chicago" in first
    [last] = await chat.send("somewhere nice")
    assert "Call 311" in last


async def test_police_district_and_station_where_no_meeting_is_on_file(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    [reply] = await chat.send("what police district is 121 N LaSalle St")
    assert "Police District 1 (Central)" in reply and "beat 122" in reply
    assert "1718 S State St" in reply  # the 1st District station
    # CPD's calendar had no meetings for beat 122: the resident gets the CAPS office instead.
    assert "call CAPS at (312) 745-4381" in reply


async def test_next_beat_meeting_projected_from_the_beats_pattern(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    [ask] = await chat.send("when is my beat meeting")
    assert "address" in ask
    [reply] = await chat.send("4400 W Lawrence Ave")
    assert "Police District 17 (Albany Park), beat 1712" in reply
    # Beat 1712 met on the 4th Wednesday of every month at 7:30 PM in 2017; from Tue 24 Nov
    # 2026 the next one is the next day.
    assert (
        "Next beat meeting: Wed Nov 25, 7:30 PM at Mayfair Church, 5020 N. Pulaski Rd "
        "(4th Wednesday of every month)." in reply
    )
    assert "From CPD's past schedule; please confirm with CAPS at (312) 742-4588." in reply


async def test_police_district_in_spanish_through_the_address_dialog(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    await chat.send("cual es mi distrito policial")
    [reply] = await chat.send("4400 W Lawrence Ave")
    assert "Distrito Policial 17 (Albany Park)" in reply and "beat 1712" in reply
    assert "Próxima reunión del beat: mié 25 nov, 19:30 en Mayfair Church" in reply
    assert "(4º miércoles de cada mes)" in reply and "confirme con CAPS" in reply


async def test_emergency_inside_the_address_dialog_gets_911_first(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    await chat.send("when is my beat meeting")
    [reply] = await chat.send("someone is breaking in right now")
    assert reply.startswith("If this is happening now") and "CALL 911 NOW" in reply


async def test_another_question_leaves_the_address_dialog(
    aiohttp_client: Any, make_app: Any
) -> None:
    client = await aiohttp_client(make_app(understander=understander()))
    chat = EngineConversation(client)
    first = await chat.turn("what ward am i in")
    assert first.replies[0].key == "location/ask"
    moved_on = await chat.turn("where can i sleep tonight")
    assert moved_on.replies[0].key == "shelter/tonight"
    async with client.app[SESSIONMAKER]() as session:
        resident = await chat.resident()
        state = await session.get(DialogState, resident.id)
    assert state is not None and state.kind == OFFER_PERSON
