"""Beat-meeting patterns: derivation from CPD's calendar, projection, import, next meeting."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.info import beat_meetings as bm


def test_nth_weekday_and_last() -> None:
    assert bm.nth_weekday(2026, 12, 1, 2) == date(2026, 12, 8)  # 2nd Tuesday
    assert bm.nth_weekday(2026, 12, 3, -1) == date(2026, 12, 31)  # last Thursday
    assert bm.nth_weekday(2027, 2, 0, 5) is None  # Feb 2027 has four Mondays


def test_even_month_pattern_skips_odd_months() -> None:
    rule = bm.MeetingRule(
        "2514", 25, "18:30", "St. Ferdinand's", weekday=3, week_of_month=4, months="even"
    )
    dates = list(rule.occurrences_from(date(2027, 1, 1)))[:3]
    assert dates == [date(2027, 2, 25), date(2027, 4, 22), date(2027, 6, 24)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("St. Ferdinand's3115 N. Mason", ("St. Ferdinand's", "3115 N. Mason")),
        ("Our Lady of Grace\n2446 N. Ridgeway", ("Our Lady of Grace", "2446 N. Ridgeway")),
        (
            "The meeting is at Harrison Park 1824 S. Wood Street on the 3rd Wednesday.",
            ("Harrison Park", "1824 S. Wood Street"),
        ),
        ("7040 S. Cottage Grove Chicago, IL. 60637", ("7040 S. Cottage Grove", "")),
        ("003rd District", ("3rd District", "")),
    ],
)
def test_split_location_cleans_the_calendars_free_text(raw: str, expected: tuple[str, str]) -> None:
    assert bm.split_location(raw) == expected


def test_beats_in_title_keeps_real_beats_only() -> None:
    assert bm.beats_in_title("813/833 Beat Meeting") == ["0813", "0833"]
    assert bm.beats_in_title("Beat Meeting 2514") == ["2514"]
    assert bm.beats_in_title("DAC Meeting 2017") == []
    assert bm.beats_in_title("Beat 9999 Meeting") == []


def test_derive_patterns_from_calendar_records() -> None:
    records = [
        {
            "calendarId": 25,
            "title": "2514 Beat Meeting",
            "start": start,
            "location": "St. Ferdinand's3115 N. Mason",
            "contactDetails": "312-746-5090",
        }
        for start in (
            "2017-02-23T18:30:00",
            "2017-04-27T18:30:00",
            "2017-06-22T18:30:00",
            "2017-08-24T18:30:00",
            "2016-01-05T19:00:00",
        )
    ]
    rules, phones = bm.derive_patterns(records)
    [rule] = rules
    assert (rule.beat, rule.weekday, rule.week_of_month, rule.months) == ("2514", 3, 4, "even")
    assert (rule.start_time, rule.place, rule.confidence) == ("18:30", "St. Ferdinand's", 1.0)
    assert phones == {25: "(312) 746-5090"}


def test_shipped_schedule_covers_every_district_and_says_where_it_comes_from() -> None:
    rules, phones = bm.load_shipped_schedule()
    assert {rule.district for rule in rules} == set(phones) and len(phones) == 22
    assert len(rules) > 200
    note = bm.derived_schedule_document(rules, phones)["note"]
    assert "2016-2017" in note and "import-beat-meetings" in note


def test_parse_schedule_csv_and_errors_name_the_row() -> None:
    text = (
        "beat,date,weekday,week_of_month,months,time,place,address\n"
        "1712,2026-12-02,,,,19:00,Mayfair Church,5020 N Pulaski Rd\n"
        "111,,tuesday,last,odd,18:30,1st District,1718 S State St\n"
    )
    dated, pattern = bm.parse_schedule(text, "schedule.csv")
    assert dated.meeting_date == date(2026, 12, 2) and dated.district == 17
    assert (pattern.beat, pattern.weekday, pattern.week_of_month) == ("0111", 1, -1)
    with pytest.raises(bm.ScheduleError, match="row 1: unknown beat"):
        bm.parse_schedule('[{"beat": "9999", "time": "19:00", "place": "x"}]', "s.json")
    with pytest.raises(bm.ScheduleError, match="row 1: time must be HH:MM"):
        bm.parse_schedule('[{"beat": "1712", "time": "7pm", "place": "x"}]', "s.json")


async def test_import_replaces_a_beat_and_a_dated_meeting_wins_when_sooner(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with sessionmaker.begin() as session:
        await bm.seed_if_empty(session)
    now = datetime(2026, 11, 24, 9, 0)
    async with sessionmaker() as session:
        derived = await bm.next_meeting(session, "1712", now)
    assert (
        derived is not None and derived.derived and derived.when == datetime(2026, 11, 25, 19, 30)
    )

    rules = bm.parse_schedule(
        '[{"beat": "1712", "date": "2026-12-02", "time": "18:00", "place": "Albany Park Library",'
        ' "address": "3401 W Foster Ave"}]',
        "current.json",
    )
    async with sessionmaker.begin() as session:
        assert await bm.import_schedule(session, rules, "cpd_2026") == 1
    async with sessionmaker() as session:
        current = await bm.next_meeting(session, "1712", now)
        other = await bm.next_meeting(session, "2514", now)
    assert current is not None and not current.derived and current.confident
    assert current.when == datetime(2026, 12, 2, 18, 0) and current.place == "Albany Park Library"
    assert other is not None and other.derived  # beats not in the file keep their rows
