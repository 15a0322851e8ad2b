"""`chitext data ...` and `chitext events ...`: editors' imports for the information answers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.info import beat_meetings, events

T = TypeVar("T")


def _in_transaction(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` in one transaction on the configured (migrated) database."""
    from chitext.cli import load_settings
    from chitext.store import db

    settings = load_settings()

    async def run() -> T:
        await db.upgrade(settings.database_url)
        engine = db.create_engine(settings.database_url)
        try:
            async with db.create_sessionmaker(engine).begin() as session:
                return await work(session)
        finally:
            await engine.dispose()

    return asyncio.run(run())


@click.group("data")
def data_group() -> None:
    """Reference data behind the answers (CAPS beat meetings)."""


@data_group.command("import-beat-meetings")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", default="import", show_default=True, help="Label stored with rows.")
def import_beat_meetings(file: Path, source: str) -> None:
    """Import a beat-meeting schedule (CSV or JSON); it replaces the beats it names.

    Columns: beat, time (HH:MM), place, address, and either date (YYYY-MM-DD) or weekday,
    week_of_month (1-4 or last) and months (all, odd, even). All-or-nothing.
    """
    try:
        rules = beat_meetings.parse_schedule(file.read_text(encoding="utf-8"), file.name)
    except (beat_meetings.ScheduleError, ValueError, KeyError) as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None

    async def work(session: AsyncSession) -> int:
        return await beat_meetings.import_schedule(session, rules, source)

    beats = _in_transaction(work)
    click.echo(f"imported {len(rules)} meeting rule(s) for {beats} beat(s) from {file.name}")


@data_group.command("derive-beat-meetings")
@click.argument("calendar", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the schedule (default: the shipped file).",
)
def derive_beat_meetings(calendar: Path, out: Path | None) -> None:
    """Derive one recurring pattern per beat from CPD's CAPS calendar JSON (2016-2017)."""
    records = json.loads(calendar.read_text(encoding="utf-8"))
    rules, phones = beat_meetings.derive_patterns(records)
    target = out or beat_meetings.shipped_schedule_path()
    document = beat_meetings.derived_schedule_document(rules, phones)
    target.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    click.echo(f"wrote {len(rules)} beat patterns and {len(phones)} CAPS phones to {target}")


@click.group("events")
def events_group() -> None:
    """City and neighbourhood events."""


@events_group.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_events(file: Path) -> None:
    """Import an iCalendar (.ics) or JSON feed; it replaces what the same feed imported before."""
    try:
        source, feed = events.parse_feed(file.read_text(encoding="utf-8"), file.name)
    except (events.FeedError, ValueError) as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None

    async def work(session: AsyncSession) -> int:
        return await events.import_feed(session, source, feed)

    try:
        count = _in_transaction(work)
    except events.FeedError as exc:
        raise click.ClickException(f"{file.name}: {exc}") from None
    click.echo(f"imported {count} event occurrence(s) from {file.name} (source {source})")
