"""Events, shelter, homelessness prevention, airports, departments and non-emergency police
reports, as a new resident would ask, in English and Spanish."""

from __future__ import annotations

from typing import Any

from intents.types import Entities
from tests.scenarios.information_support import EngineConversation
from tests.support import ScriptedUnderstander

INTENTS = {
    "what's happening this weekend": "events",
    "qué hay este fin de semana": "events",
    "when is the next parade": "events",
    "anything going on at millennium park": "events",
    "events near me": "events",
    "where can i sleep tonight": "shelter",
    "necesito un refugio esta noche": "shelter",
    "i'm about to be evicted, can i get help with rent": "homelessness_prevention",
    "i lost my phone at the airport": "airport",
    "how do i get from o'hare to downtown": "airport",
    "midway": "airport",
    "perdí mi cartera en el aeropuerto midway": "airport",
    "which dept fixes a busted hydrant": "find_department",
    "qué departamento se encarga de perros sueltos": "find_department",
    "someone stole my bike from the porch": "police_report",
    "me robaron el carro anoche": "police_report",
    "someone is breaking in right now": "emergency",
    "talk to a person": "talk_to_agent",
}
SPANISH = {
    "qué hay este fin de semana",
    "necesito un refugio esta noche",
    "perdí mi cartera en el aeropuerto midway",
    "qué departamento se encarga de perros sueltos",
    "me robaron el carro anoche",
}


def understander() -> ScriptedUnderstander:
    return ScriptedUnderstander(
        intents=INTENTS,
        languages=dict.fromkeys(SPANISH, "es"),
        entities={"how do i get from o'hare to downtown": Entities()},
    )


async def chat_for(aiohttp_client: Any, make_app: Any) -> EngineConversation:
    return EngineConversation(await aiohttp_client(make_app(understander=understander())))


# --- events (clock: Tue 24 Nov 2026, 9 AM Chicago) ------------------------------------------


async def test_this_weekend_lists_what_runs_fri_to_sun(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("what's happening this weekend")
    lines = reply.splitlines()
    assert lines[0] == "This weekend:"
    # What starts this weekend comes first, in order; then one of the long-running events.
    assert lines[1:4] == [
        "- Green City Market (indoor winter market), Sat Nov 28, 8 AM, "
        "Peggy Notebaert Nature Museum, 2430 N Cannon Dr",
        "- Family Storytime, Thomas Hughes Children's Library, Sat Nov 28, 11 AM, "
        "Harold Washington Library Center, 400 S State St",
        "- Christkindlmarket Chicago, through Thu Dec 24, Daley Plaza, 50 W Washington St",
    ]
    assert "(Dates from our sample calendar; check before you go.)" in reply


async def test_this_weekend_in_spanish(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("qué hay este fin de semana")
    assert reply.startswith("Este fin de semana:")
    assert "hasta el jue 24 dic" in reply and "calendario de muestra" in reply


async def test_next_parade(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("when is the next parade")
    lines = reply.splitlines()
    assert lines[0] == "Next parades:"
    assert lines[1].startswith("- Chicago Thanksgiving Parade, Thu Nov 26, 8 AM, State St")
    assert "Chinatown Lunar New Year Parade" in lines[2]
    assert "St. Patrick's Day Parade, Sat Mar 13, 12 PM" in lines[3]


async def test_millennium_park_in_winter_is_the_ice_rink(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("anything going on at millennium park")
    assert reply.startswith("At Millennium Park:")
    assert "McCormick Tribune Ice Rink" in reply and "through Sun Mar 7" in reply
    assert "Chicago Blues Festival" in reply


async def test_events_near_me_asks_where_then_answers_by_distance(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [ask] = await chat.send("events near me")
    assert "address" in ask
    [reply] = await chat.send("1600 W Chicago Ave")
    lines = reply.splitlines()
    assert lines[0] == "Near 1600 W CHICAGO AVE:"
    # Within 5 km: the Loop's parade and market; nothing from the far South Side.
    assert lines[1].startswith("- Chicago Thanksgiving Parade, Thu Nov 26, 8 AM")
    assert lines[3].startswith("- Christkindlmarket Chicago, through Thu Dec 24")
    assert "Beverly" not in reply and "Bronzeville" not in reply


# --- shelter and homelessness prevention -------------------------------------------------


async def test_shelter_tonight_in_winter_then_a_person(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("where can i sleep tonight")
    assert reply.startswith("Shelter tonight: call 311 any time")
    assert "Garfield Community Service Center, 10 S Kedzie Ave, is open 24/7" in reply
    assert "Warming centers, Mon-Fri 9-5: 1140 W 79th St;" in reply
    assert "Reply YES" in reply
    turn = await chat.turn("yes")
    assert turn.replies[0].key == "agent/requested"
    resident = await chat.resident()
    assert resident.handoff_state == "requested" and resident.handoff_reason == "shelter"


async def test_shelter_in_spanish_declining_a_person(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("necesito un refugio esta noche")
    assert reply.startswith("Albergue esta noche: llame al 311") and "Centros de calor" in reply
    [closing] = await chat.send("no gracias")
    assert "Llame o escriba al 311" in closing
    assert (await chat.resident()).handoff_state is None


async def test_homelessness_prevention_says_who_qualifies_and_how(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("i'm about to be evicted, can i get help with rent")
    assert 'Call 311 and ask for "short-term help"' in reply
    assert "income limits apply" in reply
    await chat.send("yes please")
    resident = await chat.resident()
    assert resident.handoff_state == "requested"
    assert resident.handoff_reason == "homelessness_prevention"


# --- airports -------------------------------------------------------------------------------


async def test_airport_unclear_asks_which_then_answers_the_topic(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [ask] = await chat.send("i lost my phone at the airport")
    assert ask == "Which airport: O'Hare or Midway?"
    [reply] = await chat.send("ohare")
    assert reply.startswith("O'Hare lost and found") and "(773) 686-2385" in reply


async def test_ohare_ground_transport(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("how do i get from o'hare to downtown")
    assert "Blue Line runs 24/7" in reply and "Terminal 2 upper level" in reply


async def test_midway_alone_offers_topics_then_parking(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [menu] = await chat.send("midway")
    assert menu.startswith("Midway (MDW): what do you need?")
    [reply] = await chat.send("parking")
    assert reply.startswith("Midway parking:") and "Cicero Ave" in reply


async def test_midway_lost_and_found_in_spanish(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("perdí mi cartera en el aeropuerto midway")
    assert reply.startswith("Objetos perdidos en Midway") and "(773) 838-0656" in reply


# --- departments ----------------------------------------------------------------------------


async def test_busted_hydrant_is_water_management(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("which dept fixes a busted hydrant")
    assert reply.startswith("Water Management handles fire hydrants")


async def test_stray_dogs_in_spanish_is_animal_care(aiohttp_client: Any, make_app: Any) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [reply] = await chat.send("qué departamento se encarga de perros sueltos")
    assert reply.startswith("Control y Cuidado de Animales (CACC) atiende: perros sueltos")
    assert "2741 S Western Ave" in reply


# --- non-emergency police reports -------------------------------------------------------------


async def test_police_report_offender_gone_gets_how_to_file(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [ask] = await chat.send("someone stole my bike from the porch")
    assert "still there?" in ask
    [how] = await chat.send("no, they left hours ago")
    assert "call 311 to file a police report" in how and "chicagopolice.org" in how


async def test_police_report_offender_still_there_gets_911(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    [ask] = await chat.send("me robaron el carro anoche")
    assert "¿la persona que lo hizo sigue ahí?" in ask
    turn = await chat.turn("sí, todavía está aquí")
    assert [reply.key for reply in turn.replies] == ["emergency/call_911"]
    assert "911" in turn.replies[0].text and turn.replies[0].language == "es"


async def test_happening_now_inside_the_report_dialog_is_911_first(
    aiohttp_client: Any, make_app: Any
) -> None:
    chat = await chat_for(aiohttp_client, make_app)
    await chat.send("someone stole my bike from the porch")
    turn = await chat.turn("someone is breaking in right now")
    assert turn.intent == "emergency"
    assert turn.replies[0].key == "emergency/call_911"
