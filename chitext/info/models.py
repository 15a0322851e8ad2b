"""Tables behind the information answers: CAPS beat meetings and city events.

Both are editable data, replaced by `chitext data import-beat-meetings` and
`chitext events import`; the shipped samples seed them on first start (see `seed.py`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chitext.store.base import Base, UTCDateTime, utcnow


class BeatMeeting(Base):
    """One CAPS beat meeting rule: a recurring pattern, or a single dated meeting.

    A pattern row has `weekday`/`week_of_month`/`months` and no `meeting_date`; a dated row
    (what a current CPD schedule usually lists) has `meeting_date`. The next meeting of a beat
    is the earliest upcoming date over all its rows.
    """

    __tablename__ = "beat_meetings"
    __table_args__ = (Index("ix_beat_meetings_beat", "beat"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    beat: Mapped[str] = mapped_column(String(4))  # as published, zero-padded: "0111"
    district: Mapped[int] = mapped_column(Integer)
    meeting_date: Mapped[date | None] = mapped_column(Date)
    weekday: Mapped[int | None] = mapped_column(Integer)  # Monday 0 .. Sunday 6
    week_of_month: Mapped[int | None] = mapped_column(Integer)  # 1-4, or -1 for "last"
    months: Mapped[str | None] = mapped_column(String(8))  # "all", "odd", "even"
    start_time: Mapped[str] = mapped_column(String(5))  # local "18:30"
    place: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    # Share of the source's meetings that fit the pattern; 1.0 for an imported schedule.
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    source: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Event(Base):
    """One occurrence of a city or neighbourhood event (recurring feeds are expanded)."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_starts_at", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Feed UID plus the occurrence's start, so re-importing a feed updates instead of doubling.
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(Text)
    title_es: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32))  # parade, festival, music, library, ...
    venue: Mapped[str] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text, default="")
    neighbourhood: Mapped[str] = mapped_column(Text, default="")
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    ward: Mapped[int | None] = mapped_column(Integer)  # from lat/lon on the 2023 ward map
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    url: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
