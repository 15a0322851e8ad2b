"""Event feeds (JSON and iCalendar), import by source, windows and answers."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.info import events as ev
from chitext.info.models import Event

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
X-WR-CALNAME:cpl_branches
BEGIN:VEVENT
UID:teen-tech-lab
SUMMARY:Teen Tech Lab
DTSTART;TZID=America/Chicago:20261201T160000
DTEND;TZID=America/Chicago:20261201T180000
RRULE:FREQ=WEEKLY;COUNT=3
LOCATION:Albany Park Branch, 3401 W Foster Ave
GEO:41.9757;-87.7134
CATEGORIES:library
URL:https://www.chipublib.org/
END:VEVENT
END:VCALENDAR
"""


def test_ical_feed_is_parsed_and_expanded() -> None:
    source, feed = ev.parse_feed(ICS, "branches.ics")
    assert source == "cpl_branches" and len(feed) == 3
    first = feed[0]
    assert (first.title, first.category, first.venue) == (
        "Teen Tech Lab",
        "library",
        "Albany Park Branch",
    )
    assert first.address == "3401 W Foster Ave" and first.lat == 41.9757
    assert first.starts_at.astimezone(UTC) == datetime(2026, 12, 1, 22, 0, tzinfo=UTC)
    assert feed[2].uid == "teen-tech-lab@20261215T1600"


def test_weekly_json_event_keeps_wall_clock_time_across_dst() -> None:
    text = (
        '{"source": "t", "events": [{"uid": "m", "title": "Market", "category": "market",'
        ' "start": "2027-03-07T09:00:00", "end": "2027-03-07T15:00:00",'
        ' "rrule": "FREQ=WEEKLY;COUNT=2"}]}'
    )
    _, feed = ev.parse_feed(text, "t.json")
    assert [event.starts_at.astimezone(ev.CHICAGO).hour for event in feed] == [9, 9]
    assert feed[0].starts_at.utcoffset() != feed[1].starts_at.utcoffset()


def test_bad_category_is_refused_with_the_event_number() -> None:
    text = '{"events": [{"uid": "x", "title": "X", "category": "rave", "start": "2027-01-01"}]}'
    try:
        ev.parse_feed(text, "bad.json")
    except ev.FeedError as exc:
        assert "event 1" in str(exc) and "category" in str(exc)
    else:
        raise AssertionError("a bad category was accepted")


def test_weekend_window_from_a_weekday_and_from_saturday() -> None:
    tuesday = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    start, end = ev.weekend_window(tuesday)
    assert (start.day, start.hour, end.day, end.hour) == (27, 17, 30, 0)
    saturday = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
    start, end = ev.weekend_window(saturday)
    assert start == saturday and (end.month, end.day) == (11, 30)


async def test_reimporting_a_feed_replaces_its_events(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    source, feed = ev.parse_feed(ICS, "branches.ics")
    async with sessionmaker.begin() as session:
        await ev.import_feed(session, source, feed)
        await ev.import_feed(session, source, feed[:1])
    async with sessionmaker() as session:
        count = (await session.execute(select(func.count()).select_from(Event))).scalar_one()
        [row] = (await session.execute(select(Event))).scalars()
    assert count == 1 and row.ward is not None  # ward from the point on the 2023 map


async def test_shipped_sample_answers_parades_and_library_programs(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with sessionmaker.begin() as session:
        assert await ev.seed_if_empty(session)
        assert not await ev.seed_if_empty(session)
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    year = datetime(2027, 11, 24, tzinfo=UTC)
    async with sessionmaker() as session:
        parades = await ev.find_events(session, ev.EventQuery(now, year, category="parade"))
        library = await ev.find_events(session, ev.EventQuery(now, year, category="library"))
    assert parades[0].title == "Chicago Thanksgiving Parade"
    assert all(event.category == "library" for event in library) and library
    described = ev.describe(parades[0], "es", now)
    assert described["title"] == "Desfile de Acción de Gracias de Chicago"
    assert described["when"] == "jue 26 nov, 8:00"
