"""City and neighbourhood events: JSON and iCalendar feeds in, "what's on" answers out.

Feeds are imported with `chitext events import FILE`; a feed replaces the events it imported
before (same `source`), so re-importing an updated feed neither doubles nor keeps dropped
events. Recurring entries (an RRULE in either format) are expanded into occurrences, and each
event's ward comes from its coordinates on the 2023 ward map.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar

# python-dateutil comes with icalendar; it ships no type stubs.
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.geo.boundaries import ward_at
from chitext.info.models import Event
from chitext.paths import config_dir

CHICAGO = ZoneInfo("America/Chicago")
SHIPPED_FEED_FILE = "events_sample_2026-2027.json"
# The `source` of the shipped sample feed: answers built on it say its dates are a sample.
SHIPPED_SOURCE = "chitext_sample_2026_2027"
# A feed's recurring entry yields at most this many occurrences (a weekly market for years).
MAX_OCCURRENCES = 120
NEAR_KILOMETRES = 5.0
CATEGORIES = ("parade", "festival", "music", "library", "market", "sports", "seasonal", "event")


class FeedError(ValueError):
    """A feed cannot be imported; nothing from it is stored."""


@dataclass(frozen=True)
class FeedEvent:
    uid: str
    title: str
    starts_at: datetime  # aware
    category: str = "event"
    venue: str = ""
    address: str = ""
    neighbourhood: str = ""
    lat: float | None = None
    lon: float | None = None
    ends_at: datetime | None = None
    all_day: bool = False
    url: str = ""
    title_es: str | None = None
    rrule: str | None = None


# --- parsing -------------------------------------------------------------------------------


def parse_feed(text: str, file_name: str) -> tuple[str, list[FeedEvent]]:
    """(source name, events) from an .ics or .json feed; recurring entries are expanded."""
    if file_name.lower().endswith((".ics", ".ical", ".ifb")):
        source, events = _parse_ical(text, Path(file_name).stem)
    else:
        source, events = _parse_json(text, Path(file_name).stem)
    if not events:
        raise FeedError("the feed holds no events")
    return source, [occurrence for event in events for occurrence in expand(event)]


def _local(value: str, zone: ZoneInfo) -> tuple[datetime, bool]:
    """An ISO date or datetime; naive values are Chicago wall-clock time."""
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time(0), zone), True
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)), False


def _parse_json(text: str, default_source: str) -> tuple[str, list[FeedEvent]]:
    try:
        document: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedError(f"not JSON: {exc}") from None
    records = document.get("events", []) if isinstance(document, dict) else document
    source = (
        str(document.get("source", default_source))
        if isinstance(document, dict)
        else (default_source)
    )
    zone = (
        ZoneInfo(str(document.get("timezone", "America/Chicago")))
        if isinstance(document, dict)
        else CHICAGO
    )
    events = []
    for number, record in enumerate(records, 1):
        try:
            events.append(_event_from_record(record, zone))
        except (KeyError, TypeError, ValueError) as exc:
            raise FeedError(f"event {number}: {exc}") from None
    return source, events


def _event_from_record(record: Mapping[str, Any], zone: ZoneInfo) -> FeedEvent:
    starts_at, all_day = _local(str(record["start"]), zone)
    ends_at = _local(str(record["end"]), zone)[0] if record.get("end") else None
    if ends_at is not None and all_day and len(str(record["end"])) == 10:
        ends_at += timedelta(days=1)  # an all-day end date is inclusive in the JSON feed
    category = str(record.get("category", "event")).lower()
    if category not in CATEGORIES:
        raise ValueError(f"category must be one of {', '.join(CATEGORIES)}, got {category!r}")
    return FeedEvent(
        uid=str(record["uid"]),
        title=str(record["title"]).strip(),
        title_es=record.get("title_es"),
        category=category,
        venue=str(record.get("venue", "")),
        address=str(record.get("address", "")),
        neighbourhood=str(record.get("neighbourhood", "")),
        lat=float(record["lat"]) if record.get("lat") is not None else None,
        lon=float(record["lon"]) if record.get("lon") is not None else None,
        starts_at=starts_at,
        ends_at=ends_at,
        all_day=bool(record.get("all_day", all_day)),
        url=str(record.get("url", "")),
        rrule=record.get("rrule"),
    )


def _ical_moment(value: date | datetime) -> tuple[datetime, bool]:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=CHICAGO)), False
    return datetime.combine(value, time(0), CHICAGO), True


def _parse_ical(text: str, default_source: str) -> tuple[str, list[FeedEvent]]:
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        raise FeedError(f"not iCalendar: {exc}") from None
    source = str(calendar.get("X-WR-CALNAME") or default_source)
    events: list[FeedEvent] = []
    for component in calendar.walk("VEVENT"):
        if "DTSTART" not in component or "SUMMARY" not in component:
            raise FeedError(f"event {component.get('UID', '?')} lacks DTSTART or SUMMARY")
        starts_at, all_day = _ical_moment(component.decoded("DTSTART"))
        ends_at = _ical_moment(component.decoded("DTEND"))[0] if "DTEND" in component else None
        location = str(component.get("LOCATION", ""))
        venue, _, address = location.partition(",")
        geo = component.get("GEO")
        categories = component.get("CATEGORIES")
        category = "event"
        if categories is not None:
            listed = categories if isinstance(categories, list) else [categories]
            names = [str(name).lower() for entry in listed for name in entry.cats]
            category = next((name for name in names if name in CATEGORIES), "event")
        rule = component.get("RRULE")
        events.append(
            FeedEvent(
                uid=str(component.get("UID") or f"{source}-{len(events)}"),
                title=str(component["SUMMARY"]).strip(),
                category=category,
                venue=venue.strip(),
                address=address.strip(),
                lat=geo.latitude if geo is not None else None,
                lon=geo.longitude if geo is not None else None,
                starts_at=starts_at,
                ends_at=ends_at,
                all_day=all_day,
                url=str(component.get("URL", "")),
                rrule=rule.to_ical().decode() if rule is not None else None,
            )
        )
    return source, events


def expand(event: FeedEvent) -> Iterable[FeedEvent]:
    """The event itself, or one event per occurrence of its RRULE (uid gets the date)."""
    if not event.rrule:
        yield event
        return
    duration = event.ends_at - event.starts_at if event.ends_at else None
    # rrule works on wall-clock time so a weekly 6:30 PM stays 6:30 PM across DST changes.
    local_start = event.starts_at.astimezone(CHICAGO).replace(tzinfo=None)
    rule = rrulestr(event.rrule, dtstart=local_start)
    for index, occurrence in enumerate(rule):
        if index >= MAX_OCCURRENCES:
            break
        starts_at = occurrence.replace(tzinfo=CHICAGO)
        yield replace(
            event,
            uid=f"{event.uid}@{occurrence:%Y%m%dT%H%M}",
            starts_at=starts_at,
            ends_at=starts_at + duration if duration is not None else None,
            rrule=None,
        )


# --- storing -------------------------------------------------------------------------------


async def import_feed(session: AsyncSession, source: str, events: Sequence[FeedEvent]) -> int:
    """Replace what `source` imported before with `events`."""
    uids = [event.uid for event in events]
    if len(set(uids)) != len(uids):
        raise FeedError("the feed repeats an event uid")
    await session.execute(delete(Event).where(or_(Event.source == source, Event.uid.in_(uids))))
    for event in events:
        ward = ward_at(event.lat, event.lon) if event.lat is not None and event.lon else None
        session.add(
            Event(
                uid=event.uid,
                title=event.title,
                title_es=event.title_es,
                category=event.category,
                venue=event.venue,
                address=event.address,
                neighbourhood=event.neighbourhood,
                lat=event.lat,
                lon=event.lon,
                ward=ward,
                starts_at=event.starts_at.astimezone(UTC),
                ends_at=event.ends_at.astimezone(UTC) if event.ends_at else None,
                all_day=event.all_day,
                url=event.url,
                source=source,
            )
        )
    return len(events)


def shipped_feed_path() -> Path:
    return config_dir() / "chicago" / SHIPPED_FEED_FILE


async def seed_if_empty(session: AsyncSession) -> bool:
    count = (await session.execute(select(func.count()).select_from(Event))).scalar_one()
    if count:
        return False
    path = shipped_feed_path()
    source, events = parse_feed(path.read_text(encoding="utf-8"), path.name)
    await import_feed(session, source, events)
    return True


# --- answering -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EventQuery:
    start: datetime  # aware
    end: datetime
    category: str | None = None
    venue_terms: tuple[str, ...] = ()
    near: tuple[float, float] | None = None
    limit: int = 3


def weekend_window(now: datetime) -> tuple[datetime, datetime]:
    """From Friday 5 PM (or now, once the weekend has begun) to the end of Sunday, Chicago time."""
    local = now.astimezone(CHICAGO)
    weekday = local.weekday()
    if weekday >= 5 or (weekday == 4 and local.hour >= 17):
        start = local
        sunday = local.date() + timedelta(days=6 - weekday)
    else:
        friday = local.date() + timedelta(days=4 - weekday)
        start = datetime.combine(friday, time(17), CHICAGO)
        sunday = friday + timedelta(days=2)
    return start, datetime.combine(sunday + timedelta(days=1), time(0), CHICAGO)


def today_window(now: datetime) -> tuple[datetime, datetime]:
    local = now.astimezone(CHICAGO)
    return local, datetime.combine(local.date() + timedelta(days=1), time(0), CHICAGO)


def _kilometres(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    north = (lat_b - lat_a) * 111.132
    east = (lon_b - lon_a) * 111.320 * math.cos(math.radians((lat_a + lat_b) / 2))
    return math.hypot(north, east)


async def find_events(session: AsyncSession, query: EventQuery) -> list[Event]:
    """Events in the window that fit the query: those starting in it first, soonest first, then
    at most one already running (a market or rink open for months); one per title."""
    ends = func.coalesce(Event.ends_at, Event.starts_at)
    statement = (
        select(Event)
        .where(Event.starts_at < query.end, ends >= query.start)
        .order_by(Event.starts_at, Event.id)
    )
    if query.category is not None:
        statement = statement.where(Event.category == query.category)
    for term in query.venue_terms:
        statement = statement.where(func.lower(Event.venue).contains(term.lower()))
    starting: list[Event] = []
    running: list[Event] = []
    titles: set[str] = set()
    for event in (await session.execute(statement)).scalars():
        if query.near is not None and (
            event.lat is None
            or event.lon is None
            or _kilometres(query.near[0], query.near[1], event.lat, event.lon) > NEAR_KILOMETRES
        ):
            continue
        # A weekly series shows once (its next date), leaving room for other events.
        if event.title in titles:
            continue
        titles.add(event.title)
        (starting if event.starts_at >= query.start else running).append(event)
    chosen = starting[: query.limit - 1] if running else starting[: query.limit]
    return chosen + running[: query.limit - len(chosen)][:1]


def describe(event: Event, language: str, now: datetime) -> dict[str, str]:
    """Template context for one event: title, when (localised), where."""
    start = event.starts_at.astimezone(CHICAGO)
    running = event.starts_at <= now and event.ends_at is not None
    end = event.ends_at.astimezone(CHICAGO) if event.ends_at else None
    if running and end is not None:
        when = until_label(end - timedelta(seconds=1), language)
    else:
        when = date_label(start, language, with_time=not event.all_day)
    title = event.title_es if language == "es" and event.title_es else event.title
    where = event.venue if not event.address else f"{event.venue}, {event.address}"
    return {"title": title, "when": when, "where": where}


_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}


def clock_label(moment: datetime | time, language: str) -> str:
    if language == "es":
        return f"{moment.hour}:{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    suffix = "AM" if moment.hour < 12 else "PM"
    return f"{hour}:{moment.minute:02d} {suffix}" if moment.minute else f"{hour} {suffix}"


def date_label(moment: datetime | date, language: str, *, with_time: bool) -> str:
    """ "Sat Mar 13, 12 PM" / "sáb 13 mar, 12:00"."""
    lang = "es" if language == "es" else "en"
    day = _DAYS[lang][moment.weekday()]
    month = _MONTHS[lang][moment.month - 1]
    text = f"{day} {moment.day} {month}" if lang == "es" else f"{day} {month} {moment.day}"
    if with_time and isinstance(moment, datetime):
        text += f", {clock_label(moment, lang)}"
    return text


def until_label(end: datetime, language: str) -> str:
    lang = "es" if language == "es" else "en"
    prefix = "hasta el" if lang == "es" else "through"
    return f"{prefix} {date_label(end, lang, with_time=False)}"
