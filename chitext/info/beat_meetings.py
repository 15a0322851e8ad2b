"""CAPS beat meetings: a shipped schedule derived from CPD's calendar, an importer, next dates.

The only machine-readable schedule available is CPD's CAPS community calendar of 2016-2017
(`derive_patterns` turns it into one recurring pattern per beat: "2nd Tuesday of even months,
6:30 PM, St. Ferdinand's"). That is history, not a current schedule, so every answer built on it
says so and points at the district's CAPS office; importing the current schedule
(`chitext data import-beat-meetings FILE`) replaces it beat by beat.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.geo.reference import district_of_beat
from chitext.info.models import BeatMeeting
from chitext.paths import config_dir

SHIPPED_SCHEDULE_FILE = "beat_meetings_cpd_2016-2017_derived.json"
DERIVED_SOURCE = "cpd_caps_calendar_2016_2017"
MONTH_SETS = ("all", "odd", "even")
# Below this share of meetings fitting one pattern, a derived beat is answered with a caution.
CONFIDENT_SHARE = 0.75

_BEAT_NUMBER = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_HOUSE_NUMBER_ADDRESS = re.compile(r"(\d{1,5}\s+[NSEW]\.?\s+.*)$", re.IGNORECASE)
_PHONE = re.compile(r"\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]*(\d{4})")


class ScheduleError(ValueError):
    """A schedule file cannot be imported; `row` is 1-based where known."""

    def __init__(self, message: str, row: int | None = None) -> None:
        super().__init__(message if row is None else f"row {row}: {message}")


@dataclass(frozen=True)
class MeetingRule:
    """One row of a schedule, as files carry it and the table stores it."""

    beat: str
    district: int
    start_time: str
    place: str
    address: str = ""
    meeting_date: date | None = None
    weekday: int | None = None
    week_of_month: int | None = None
    months: str | None = None
    confidence: float = 1.0

    def occurrences_from(self, today: date, horizon_months: int = 14) -> Iterable[date]:
        """Dates of this rule on or after `today`, in order."""
        if self.meeting_date is not None:
            if self.meeting_date >= today:
                yield self.meeting_date
            return
        assert self.weekday is not None and self.week_of_month is not None
        year, month = today.year, today.month
        for _ in range(horizon_months):
            if _month_matches(month, self.months or "all"):
                day = nth_weekday(year, month, self.weekday, self.week_of_month)
                if day is not None and day >= today:
                    yield day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _month_matches(month: int, months: str) -> bool:
    return months == "all" or (months == "odd") == (month % 2 == 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-5, or -1 for last) given weekday of a month, or None if there is none."""
    days = [
        day
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, day).weekday() == weekday
    ]
    if nth == -1:
        return date(year, month, days[-1])
    return date(year, month, days[nth - 1]) if nth <= len(days) else None


@dataclass(frozen=True)
class NextMeeting:
    beat: str
    district: int
    when: datetime  # local, naive (Chicago wall-clock time)
    place: str
    address: str
    derived: bool  # from the 2016-2017 calendar rather than an imported current schedule
    confident: bool
    pattern: MeetingRule | None  # the recurring rule it came from, if any


async def next_meeting(session: AsyncSession, beat: str, now_local: datetime) -> NextMeeting | None:
    rows = (await session.execute(select(BeatMeeting).where(BeatMeeting.beat == beat))).scalars()
    best: NextMeeting | None = None
    for row in rows:
        rule = _rule_of(row)
        hour, minute = (int(part) for part in rule.start_time.split(":"))
        for day in rule.occurrences_from(now_local.date()):
            when = datetime.combine(day, time(hour, minute))
            if when < now_local:
                continue
            if best is None or when < best.when:
                best = NextMeeting(
                    beat=beat,
                    district=row.district,
                    when=when,
                    place=row.place,
                    address=row.address,
                    derived=row.source == DERIVED_SOURCE,
                    confident=row.confidence >= CONFIDENT_SHARE,
                    pattern=rule if rule.meeting_date is None else None,
                )
            break
    return best


def _rule_of(row: BeatMeeting) -> MeetingRule:
    return MeetingRule(
        beat=row.beat,
        district=row.district,
        start_time=row.start_time,
        place=row.place,
        address=row.address,
        meeting_date=row.meeting_date,
        weekday=row.weekday,
        week_of_month=row.week_of_month,
        months=row.months,
        confidence=row.confidence,
    )


# --- import --------------------------------------------------------------------------------


def parse_schedule(text: str, file_name: str) -> list[MeetingRule]:
    """Rules from a JSON list (or {"meetings": [...]}) or a CSV with a header row.

    Fields: beat, time ("18:30"), place, address; then either date (YYYY-MM-DD) or weekday
    (monday..sunday or 0-6), week_of_month (1-4, last), months (all, odd, even).
    """
    records: list[Mapping[str, Any]]
    if file_name.lower().endswith(".json"):
        loaded = json.loads(text)
        records = loaded["meetings"] if isinstance(loaded, dict) else loaded
    else:
        records = list(csv.DictReader(io.StringIO(text)))
    if not records:
        raise ScheduleError("the file holds no meetings")
    return [_rule_from_record(record, number) for number, record in enumerate(records, 1)]


_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}


def _rule_from_record(record: Mapping[str, Any], row: int) -> MeetingRule:
    def field(name: str) -> str:
        value = record.get(name)
        return "" if value is None else str(value).strip()

    beat = field("beat").zfill(4)
    district = district_of_beat(beat)
    if district is None:
        raise ScheduleError(f"unknown beat {field('beat')!r}", row)
    start = field("time") or field("start_time")
    if not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", start):
        raise ScheduleError(f"time must be HH:MM, got {start!r}", row)
    place = field("place")
    if not place:
        raise ScheduleError("place is required", row)
    confidence = float(field("confidence") or 1.0)
    common = {
        "beat": beat,
        "district": district,
        "start_time": start.zfill(5),
        "place": place,
        "address": field("address"),
        "confidence": confidence,
    }
    if field("date"):
        try:
            meeting_date = date.fromisoformat(field("date"))
        except ValueError:
            raise ScheduleError(f"date must be YYYY-MM-DD, got {field('date')!r}", row) from None
        return MeetingRule(meeting_date=meeting_date, **common)  # type: ignore[arg-type]
    weekday_text = field("weekday").lower()
    weekday = int(weekday_text) if weekday_text.isdigit() else _WEEKDAYS.get(weekday_text)
    if weekday is None or not 0 <= weekday <= 6:
        raise ScheduleError(f"give a date or a weekday, got {field('weekday')!r}", row)
    week_text = field("week_of_month").lower()
    week = -1 if week_text in {"last", "-1"} else int(week_text) if week_text.isdigit() else 0
    if week not in {1, 2, 3, 4, -1}:
        raise ScheduleError(f"week_of_month must be 1-4 or last, got {week_text!r}", row)
    months = field("months").lower() or "all"
    if months not in MONTH_SETS:
        raise ScheduleError(f"months must be all, odd or even, got {months!r}", row)
    return MeetingRule(
        weekday=weekday,
        week_of_month=week,
        months=months,
        **common,  # type: ignore[arg-type]
    )


async def import_schedule(session: AsyncSession, rules: Sequence[MeetingRule], source: str) -> int:
    """Replace every beat named in `rules` with the rules given; other beats keep theirs."""
    beats = sorted({rule.beat for rule in rules})
    await session.execute(delete(BeatMeeting).where(BeatMeeting.beat.in_(beats)))
    for rule in rules:
        session.add(BeatMeeting(source=source, **asdict(rule)))
    return len(beats)


def shipped_schedule_path() -> Path:
    return config_dir() / "chicago" / SHIPPED_SCHEDULE_FILE


@cache
def caps_office_phones() -> Mapping[int, str]:
    """District -> its CAPS office phone, the most frequent contact in CPD's calendar."""
    return load_shipped_schedule()[1]


def load_shipped_schedule() -> tuple[list[MeetingRule], dict[int, str]]:
    """The derived schedule and each district's CAPS office phone, as shipped."""
    data = json.loads(shipped_schedule_path().read_text(encoding="utf-8"))
    rules = [_rule_from_record(record, n) for n, record in enumerate(data["meetings"], 1)]
    phones = {int(district): phone for district, phone in data["caps_office_phones"].items()}
    return rules, phones


async def seed_if_empty(session: AsyncSession) -> bool:
    """Load the shipped derived schedule into an empty table (first start)."""
    count = (await session.execute(select(func.count()).select_from(BeatMeeting))).scalar_one()
    if count:
        return False
    rules, _ = load_shipped_schedule()
    await import_schedule(session, rules, DERIVED_SOURCE)
    return True


# --- derivation from the 2016-2017 CPD calendar ---------------------------------------------


@dataclass(frozen=True)
class _Sighting:
    when: datetime
    place: str
    address: str


# Wording around the place in the calendar's free text, not part of it.
_PLACE_PREAMBLE = re.compile(r"^the meeting is (?:at|a)\s+(?:the\s+)?", re.IGNORECASE)
_ADDRESS_TAIL = re.compile(
    r"(?:,?\s+on the\s.*|,?\s+Chicago,?\s+IL\b.*|\s+Courtesy\s.*)$", re.IGNORECASE
)
_PADDED_ORDINAL = re.compile(r"\b0+(\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def split_location(raw: str) -> tuple[str, str]:
    """ "St. Ferdinand's3115 N. Mason" -> ("St. Ferdinand's", "3115 N. Mason")."""
    text = " ".join(raw.replace("\n", " ").split())
    text = _PADDED_ORDINAL.sub(r"\1", _PLACE_PREAMBLE.sub("", text))
    match = _HOUSE_NUMBER_ADDRESS.search(text)
    if match is None:
        return text.strip(" ,-"), ""
    place = text[: match.start()].strip(" ,-:")
    address = _ADDRESS_TAIL.sub("", match.group(1)).strip(" ,.")
    # A location that is only an address is kept as the place, so it is not printed twice.
    return (place, address) if place else (address, "")


def beats_in_title(title: str) -> list[str]:
    """Real beats named by a calendar title ("813/833 Beat Meeting" -> ["0813", "0833"])."""
    if not re.search(r"\bbeat\b", title, re.IGNORECASE):
        return []
    found = [number.zfill(4) for number in _BEAT_NUMBER.findall(title)]
    return [beat for beat in dict.fromkeys(found) if district_of_beat(beat) is not None]


def derive_patterns(
    calendar_records: Sequence[Mapping[str, Any]],
) -> tuple[list[MeetingRule], dict[int, str]]:
    """One recurring rule per beat from CPD calendar records, and CAPS office phones."""
    sightings: defaultdict[str, list[_Sighting]] = defaultdict(list)
    phones: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for record in calendar_records:
        contact = str(record.get("contactDetails") or "")
        phone = _PHONE.search(contact)
        district = record.get("calendarId")
        if phone is not None and isinstance(district, int):
            phones[district][f"({phone.group(1)}) {phone.group(2)}-{phone.group(3)}"] += 1
        beats = beats_in_title(str(record.get("title") or ""))
        if not beats or not record.get("start"):
            continue
        place, address = split_location(str(record.get("location") or ""))
        when = datetime.fromisoformat(str(record["start"]))
        for beat in beats:
            sightings[beat].append(_Sighting(when, place, address))
    rules = [
        rule
        for beat, seen in sorted(sightings.items())
        if (rule := _pattern_of(beat, seen)) is not None
    ]
    office_phones = {
        district: counter.most_common(1)[0][0] for district, counter in sorted(phones.items())
    }
    return rules, office_phones


def _pattern_of(beat: str, sightings: list[_Sighting]) -> MeetingRule | None:
    # The latest year says most about how the beat meets now; dates seen twice count once.
    latest_year = max(s.when.year for s in sightings)
    recent = {s.when: s for s in sightings if s.when.year == latest_year}
    if len(recent) < 2:
        return None
    shapes: Counter[tuple[int, int, str]] = Counter()
    for when in recent:
        nth = (when.day - 1) // 7 + 1
        is_last = when.day + 7 > calendar.monthrange(when.year, when.month)[1]
        clock = when.strftime("%H:%M")
        shapes[(when.weekday(), nth, clock)] += 1
        if is_last:
            shapes[(when.weekday(), -1, clock)] += 1
    # Prefer "3rd Tuesday" over "last Tuesday" when both explain the same meetings.
    (weekday, week, clock), fitting = max(shapes.items(), key=lambda item: (item[1], item[0][1]))
    months_seen = {when.month for when in recent}
    odd = sum(1 for month in months_seen if month % 2)
    even = len(months_seen) - odd
    months = "all" if min(odd, even) >= 2 else ("odd" if odd > even else "even")
    place, address = Counter((s.place, s.address) for s in recent.values()).most_common(1)[0][0]
    if place.upper() in {"", "TBA", "TBD"}:
        return None  # no place to send anyone to
    district = district_of_beat(beat)
    assert district is not None
    return MeetingRule(
        beat=beat,
        district=district,
        start_time=clock,
        place=place,
        address=address,
        weekday=weekday,
        week_of_month=week,
        months=months,
        confidence=round(fitting / len(recent), 2),
    )


def derived_schedule_document(
    rules: Sequence[MeetingRule], phones: Mapping[int, str]
) -> dict[str, Any]:
    """The shipped JSON: meetings in the importer's own format, plus a provenance note."""
    return {
        "note": (
            "Derived from the Chicago Police Department's CAPS community calendar of 2016-2017 "
            "(City-Bureau/city-scrapers fixture chi_police.json): one recurring pattern per beat "
            "from its 2017 meetings. Historical, not a current schedule: replace it with "
            "`chitext data import-beat-meetings FILE` from CPD's current schedule."
        ),
        "caps_office_phones": {str(district): phone for district, phone in phones.items()},
        "meetings": [
            {
                "beat": rule.beat,
                "weekday": calendar.day_name[rule.weekday or 0].lower(),
                "week_of_month": "last" if rule.week_of_month == -1 else rule.week_of_month,
                "months": rule.months,
                "time": rule.start_time,
                "place": rule.place,
                "address": rule.address,
                "confidence": rule.confidence,
            }
            for rule in rules
        ],
    }
