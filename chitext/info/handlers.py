"""Answers to what residents ask 311 for: ward, police district and beat meeting, events,
shelter, homelessness prevention, airports, departments, non-emergency police reports, and
an interpreter for languages we do not answer in.

Handlers return template keys with their context; dialogs here are one question long
("what address?", "which airport?", "is the person still there?", "want a person?").
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from chitext.engine.context import (
    DialogOutcome,
    DialogSnapshot,
    DialogStep,
    HandlerResult,
    TurnContext,
)
from chitext.engine.types import Reply
from chitext.geo import GeocodedLocation, LocationFailure, locate
from chitext.info import beat_meetings, events
from chitext.info.beat_meetings import NextMeeting
from chitext.info.directory import match_departments, service_centers
from chitext.info.events import CHICAGO, EventQuery
from chitext.info.location import failure_key, geocode, location_text
from chitext.info.words import mentions, yes_or_no

ASK_ADDRESS = "ask_address"
ASK_AIRPORT = "ask_airport"
AIRPORT_TOPIC = "airport_topic"
POLICE_REPORT = "police_report"
OFFER_PERSON = "offer_person"

# Questions answered once an address is known (the `question` of an ask_address dialog).
FIND_WARD = "find_ward"
POLICE_DISTRICT = "police_district"
EVENTS_NEAR = "events_near"

# Wrong addresses in a row before the dialog gives up and points at 311.
MAX_ADDRESS_TRIES = 2


@asynccontextmanager
async def _reading(context: TurnContext) -> AsyncIterator[AsyncSession]:
    """The turn's own session when the engine gives one, else a short-lived one."""
    if context.session is not None:
        yield context.session
        return
    async with context.services.sessionmaker() as session:
        yield session


# --- addresses: ward and police -----------------------------------------------------------


async def find_ward(context: TurnContext) -> HandlerResult:
    return await _answer_or_ask(context, FIND_WARD)


async def police_district(context: TurnContext) -> HandlerResult:
    return await _answer_or_ask(context, POLICE_DISTRICT)


async def _answer_or_ask(context: TurnContext, question: str) -> HandlerResult:
    text = location_text(context)
    if text is None:
        return HandlerResult(
            [Reply("location/ask", {"question": question})],
            dialog=DialogSnapshot(ASK_ADDRESS, "address", {"question": question}),
        )
    result = await geocode(context, text)
    if isinstance(result, LocationFailure):
        return HandlerResult(
            [Reply(failure_key(result), {"text": text})],
            dialog=DialogSnapshot(ASK_ADDRESS, "address", {"question": question}, retries=1),
        )
    return HandlerResult(await answer_at(context, question, result))


async def answer_at(context: TurnContext, question: str, location: GeocodedLocation) -> list[Reply]:
    if question == EVENTS_NEAR:
        return await _events_near(context, location)
    place = locate(location.lat, location.lon)
    if question == FIND_WARD:
        if place.ward is None or place.alderperson is None:
            return [Reply("location/outside_chicago", {"text": location.label})]
        person = place.alderperson
        office = person.offices[0]
        return [
            Reply(
                "ward/answer",
                {
                    "address": location.label,
                    "ward": place.ward,
                    "alderperson": person.name,
                    "office_address": office.address,
                    "phone": person.phone.number if person.phone else "311",
                    "email": person.email,
                },
            )
        ]
    if place.police_district is None or place.police_station is None or place.beat is None:
        return [Reply("location/outside_chicago", {"text": location.label})]
    station = place.police_station
    now_local = context.services.clock().astimezone(CHICAGO).replace(tzinfo=None)
    async with _reading(context) as session:
        meeting = await beat_meetings.next_meeting(session, place.beat, now_local)
    caps_phones = beat_meetings.caps_office_phones()
    return [
        Reply(
            "police/answer",
            {
                "address": location.label,
                "district": place.police_district,
                "district_name": station.name,
                "station_address": station.address,
                "station_phone": station.phone or "311",
                "beat": place.beat.lstrip("0"),
                **_meeting_context(meeting, context.language),
                "caps_phone": caps_phones.get(place.police_district, station.phone or "311"),
            },
        )
    ]


def _meeting_context(meeting: NextMeeting | None, language: str) -> dict[str, Any]:
    if meeting is None:
        return {
            "has_meeting": False,
            "meeting_when": "",
            "meeting_place": "",
            "meeting_pattern": "",
            "meeting_confirm": True,
        }
    place = meeting.place if not meeting.address else f"{meeting.place}, {meeting.address}"
    return {
        "has_meeting": True,
        "meeting_when": events.date_label(meeting.when, language, with_time=True),
        "meeting_place": place,
        "meeting_pattern": pattern_label(meeting, language),
        # An imported (current) schedule is stated plainly; one derived from 2016-2017 data
        # always asks the resident to confirm.
        "meeting_confirm": meeting.derived or not meeting.confident,
    }


_ORDINALS = {
    "en": {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"},
    "es": {1: "1er", 2: "2º", 3: "3er", 4: "4º", -1: "último"},
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": {"all": "of every month", "odd": "of odd months", "even": "of even months"},
    "es": {"all": "de cada mes", "odd": "de los meses impares", "even": "de los meses pares"},
}


def pattern_label(meeting: NextMeeting, language: str) -> str:
    """ "2nd Tuesday of even months" / "2º martes de los meses pares"; "" for a dated row."""
    rule = meeting.pattern
    if rule is None or rule.weekday is None or rule.week_of_month is None:
        return ""
    lang = "es" if language == "es" else "en"
    return (
        f"{_ORDINALS[lang][rule.week_of_month]} {_WEEKDAYS[lang][rule.weekday]} "
        f"{_MONTHS[lang][rule.months or 'all']}"
    )


async def ask_address_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    question = str(state.data.get("question", FIND_WARD))
    found = location_text(context)
    text = found if found is not None else context.message.text
    result = await geocode(context, text)
    if isinstance(result, GeocodedLocation):
        return DialogOutcome(await answer_at(context, question, result), state=None)
    retries = state.retries + 1
    # No place in the message at all: perhaps a new question rather than a bad address.
    unanswered = found is None
    own_intents = frozenset({question, FIND_WARD, POLICE_DISTRICT})
    if retries >= MAX_ADDRESS_TRIES:
        return DialogOutcome(
            [Reply("location/give_up")], None, unanswered=unanswered, own_intents=own_intents
        )
    return DialogOutcome(
        [Reply(failure_key(result), {"text": text.strip()})],
        state=DialogSnapshot(state.kind, state.step, dict(state.data), retries),
        unanswered=unanswered,
        own_intents=own_intents,
    )


# --- events --------------------------------------------------------------------------------

_PARADE = ("parade", "parades", "desfile", "desfiles")
_LIBRARY = ("library", "libraries", "biblioteca", "bibliotecas")
_VENUES = {
    "millennium park": ("millennium park", "parque millennium"),
    "grant park": ("grant park", "parque grant"),
    "navy pier": ("navy pier",),
}
_WEEKEND = ("weekend", "this weekend", "saturday", "sunday", "fin de semana", "sabado", "domingo")
_TODAY = ("today", "tonight", "hoy", "esta noche")
_NEAR = (
    "near me",
    "nearby",
    "close to me",
    "around me",
    "my neighborhood",
    "my neighbourhood",
    "my area",
    "my ward",
    "cerca",
    "cerca de mi",
    "mi barrio",
    "mi vecindario",
    "mi zona",
)
# How far ahead to look when the message names no time.
_GENERAL_DAYS = 14
_TOPIC_DAYS = 365


def _event_query(context: TurnContext) -> tuple[str, EventQuery]:
    text = context.message.text
    now = context.services.clock()
    category = None
    kind = "upcoming"
    venue_terms: tuple[str, ...] = ()
    if mentions(text, _PARADE):
        category, kind = "parade", "parade"
    elif mentions(text, _LIBRARY):
        category, kind = "library", "library"
    for venue, phrases in _VENUES.items():
        if mentions(text, phrases):
            venue_terms, kind = (venue,), "venue"
    if mentions(text, _WEEKEND):
        start, end = events.weekend_window(now)
        kind = "weekend" if kind == "upcoming" else kind
    elif mentions(text, _TODAY):
        start, end = events.today_window(now)
        kind = "today" if kind == "upcoming" else kind
    else:
        days = _TOPIC_DAYS if category or venue_terms else _GENERAL_DAYS
        start, end = now, now + timedelta(days=days)
    return kind, EventQuery(start=start, end=end, category=category, venue_terms=venue_terms)


async def events_handler(context: TurnContext) -> HandlerResult:
    if mentions(context.message.text, _NEAR) or location_text(context) is not None:
        return await _answer_or_ask(context, EVENTS_NEAR)
    kind, query = _event_query(context)
    return HandlerResult([await _event_reply(context, kind, query)])


async def _events_near(context: TurnContext, location: GeocodedLocation) -> list[Reply]:
    _, query = _event_query(context)
    near_query = EventQuery(
        start=query.start,
        end=max(query.end, query.start + timedelta(days=60)),
        category=query.category,
        venue_terms=query.venue_terms,
        near=(location.lat, location.lon),
    )
    return [await _event_reply(context, "near", near_query, place=location.label)]


async def _event_reply(
    context: TurnContext, kind: str, query: EventQuery, place: str = ""
) -> Reply:
    now = context.services.clock()
    async with _reading(context) as session:
        found = await events.find_events(session, query)
    if not found:
        return Reply(
            "events/none",
            {"kind": kind, "venue": ", ".join(query.venue_terms).title(), "place": place},
        )
    items = [events.describe(event, context.language, now) for event in found]
    return Reply(
        "events/list",
        {
            "kind": kind,
            "venue": ", ".join(query.venue_terms).title(),
            "place": place,
            "events": items,
            "sample_dates": any(event.source == events.SHIPPED_SOURCE for event in found),
        },
    )


# --- shelter and homelessness prevention -------------------------------------------------


def _season(now: datetime) -> str:
    month = now.astimezone(CHICAGO).month
    if month in (11, 12, 1, 2, 3):
        return "cold"
    if month in (6, 7, 8, 9):
        return "heat"
    return "mild"


def _centers_context() -> list[dict[str, str]]:
    return [
        {"name": center.name, "address": center.address, "phone": center.phone}
        for center in service_centers()
        if not center.always_open
    ]


async def shelter(context: TurnContext) -> HandlerResult:
    always_open = next(center for center in service_centers() if center.always_open)
    return HandlerResult(
        [
            Reply(
                "shelter/tonight",
                {
                    "season": _season(context.services.clock()),
                    "open_center": always_open.name,
                    "open_address": always_open.address,
                    "centers": _centers_context(),
                },
            )
        ],
        dialog=DialogSnapshot(OFFER_PERSON, "offer", {"reason": "shelter"}),
    )


async def homelessness_prevention(context: TurnContext) -> HandlerResult:
    return HandlerResult(
        [Reply("shelter/prevention")],
        dialog=DialogSnapshot(OFFER_PERSON, "offer", {"reason": "homelessness_prevention"}),
    )


async def offer_person_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    answer = yes_or_no(context.message.text)
    if answer is True:
        return DialogOutcome(
            [Reply("agent/requested")],
            state=None,
            handoff="requested",
            handoff_reason=str(state.data.get("reason", "shelter")),
        )
    if answer is False:
        return DialogOutcome([Reply("shelter/no_person")], state=None)
    # Neither yes nor no: the resident moved on; the engine answers the message as such.
    return DialogOutcome([], state=None, unanswered=True)


# --- airports -------------------------------------------------------------------------------

AIRPORT_INTENT = frozenset({"airport"})
AIRPORTS = {"ohare": ("ohare", "o hare", "ord", "oh hare"), "midway": ("midway", "mdw")}
AIRPORT_TOPICS = {
    "lost_found": (
        "lost",
        "found",
        "left",
        "forgot",
        "lost and found",
        "perdi",
        "perdido",
        "perdida",
        "perdidos",
        "olvide",
        "objetos perdidos",
    ),
    "transport": (
        "train",
        "blue line",
        "orange line",
        "cta",
        "taxi",
        "cab",
        "uber",
        "lyft",
        "rideshare",
        "ride",
        "get to",
        "get from",
        "getting there",
        "bus",
        "metra",
        "pick up",
        "pickup",
        "tren",
        "linea azul",
        "linea naranja",
        "transporte",
        "llegar",
        "autobus",
    ),
    "parking": ("park", "parking", "garage", "lot", "estacionar", "estacionamiento"),
    "terminals": (
        "terminal",
        "terminals",
        "airline",
        "airlines",
        "gate",
        "concourse",
        "terminales",
        "aerolinea",
        "aerolineas",
        "puerta",
    ),
}


def _which(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    return next((name for name, phrases in table.items() if mentions(text, phrases)), None)


def _airport_answer(airport: str, topic: str | None) -> tuple[list[Reply], DialogSnapshot | None]:
    if topic is None:
        return (
            [Reply("airport/overview", {"airport": airport})],
            DialogSnapshot(AIRPORT_TOPIC, "topic", {"airport": airport}),
        )
    return [Reply(f"airport/{airport}_{topic}")], None


async def airport(context: TurnContext) -> HandlerResult:
    text = context.message.text
    which = _which(text, AIRPORTS)
    topic = _which(text, AIRPORT_TOPICS)
    if which is None:
        return HandlerResult(
            [Reply("airport/ask_which")],
            dialog=DialogSnapshot(ASK_AIRPORT, "airport", {"topic": topic}),
        )
    replies, dialog = _airport_answer(which, topic)
    return HandlerResult(replies, dialog=dialog)


async def ask_airport_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    which = _which(context.message.text, AIRPORTS)
    if which is None:
        if state.retries >= 1:
            return DialogOutcome(
                [Reply("airport/give_up")], None, unanswered=True, own_intents=AIRPORT_INTENT
            )
        return DialogOutcome(
            [Reply("airport/ask_which")],
            state=DialogSnapshot(state.kind, state.step, dict(state.data), state.retries + 1),
            unanswered=True,
            own_intents=AIRPORT_INTENT,
        )
    topic = state.data.get("topic") or _which(context.message.text, AIRPORT_TOPICS)
    replies, dialog = _airport_answer(which, topic)
    return DialogOutcome(replies, state=dialog)


async def airport_topic_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    topic = _which(context.message.text, AIRPORT_TOPICS)
    airport_name = _which(context.message.text, AIRPORTS) or str(state.data["airport"])
    if topic is None:
        return DialogOutcome(
            [Reply("airport/overview", {"airport": airport_name})], state=None, unanswered=True
        )
    return DialogOutcome([Reply(f"airport/{airport_name}_{topic}")], state=None)


# --- departments ----------------------------------------------------------------------------


async def find_department(context: TurnContext) -> HandlerResult:
    matches = match_departments(context.message.text)
    if not matches:
        return HandlerResult([Reply("departments/not_found")])
    return HandlerResult(
        [
            Reply(
                "departments/answer",
                {"departments": [department.context(context.language) for department in matches]},
            )
        ]
    )


# --- non-emergency police reports -------------------------------------------------------------


async def police_report(context: TurnContext) -> HandlerResult:
    return HandlerResult(
        [Reply("police/report_ask")],
        dialog=DialogSnapshot(POLICE_REPORT, "offender_present"),
    )


async def police_report_step(context: TurnContext, state: DialogSnapshot) -> DialogOutcome:
    answer = yes_or_no(context.message.text)
    if answer is True:
        return DialogOutcome([Reply("emergency/call_911")], state=None)
    if answer is False:
        return DialogOutcome([Reply("police/report_how")], state=None)
    if state.retries >= 1:
        # Still unclear: give the way to report, led by the 911 reminder in the template.
        return DialogOutcome([Reply("police/report_how")], state=None)
    return DialogOutcome(
        [Reply("police/report_ask")],
        state=DialogSnapshot(state.kind, state.step, dict(state.data), state.retries + 1),
    )


def dialog_steps() -> dict[str, DialogStep]:
    """Dialog kind -> step, for the engine's dialogs mapping."""
    return {
        ASK_ADDRESS: ask_address_step,
        ASK_AIRPORT: ask_airport_step,
        AIRPORT_TOPIC: airport_topic_step,
        POLICE_REPORT: police_report_step,
        OFFER_PERSON: offer_person_step,
    }
