"""`chitext csr ...`: staff commands for the bundled CSR, where no city work-order system is."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.settings import Settings
from chitext.store.db import create_engine, create_sessionmaker
from csr_client.models import RequestQuery, RequestStatus
from csr_client.server import operations, store
from csr_client.server.render import work_order_status
from csr_client.server.tables import CsrServiceRequest

Result = TypeVar("Result")

database_url_option = click.option(
    "--database-url",
    envvar="CHITEXT_DATABASE_URL",
    default=None,
    help="Gateway database (default: CHITEXT_DATABASE_URL, else the one `chitext serve` uses).",
)
author_option = click.option(
    "--author", default="staff", show_default=True, help="Who is acting, for the history."
)


def run(
    database_url: str | None,
    action: Callable[[AsyncSession], Awaitable[Result]],
) -> Result:
    """Run `action` in one transaction on the gateway database; staff errors exit 1."""

    async def main() -> Result:
        engine = create_engine(database_url or Settings.from_env().database_url)
        try:
            async with create_sessionmaker(engine)() as session, session.begin():
                return await action(session)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(main())
    except operations.StaffActionError as error:
        raise click.ClickException(str(error)) from error


def describe(row: CsrServiceRequest) -> str:
    """The full record: what a staff member needs to act on a request."""
    lines = [
        f"{row.service_request_id}  {row.status.upper()}  {row.service_name}",
        f"  department: {row.department} ({row.agency_responsible})",
        f"  where: {row.address or ''} {format_point(row)}".rstrip(),
        f"  requested: {row.requested_at:%Y-%m-%d %H:%M} UTC   "
        f"updated: {row.updated_at:%Y-%m-%d %H:%M} UTC",
    ]
    if row.description:
        lines.append(f"  description: {row.description}")
    lines.extend(f"  {code}: {value}" for code, value in row.attributes.items())
    if row.status_notes:
        lines.append(f"  status notes: {row.status_notes}")
    lines.append(f"  work order ({work_order_status(row.steps)}):")
    lines.extend(
        f"    [{'x' if step.completed_at else ' '}] {step.position}. {step.description}"
        for step in row.steps
    )
    lines.append("  history:")
    lines.extend(
        f"    {note.created_at:%Y-%m-%d %H:%M}  {note.type:<9} {note.summary}"
        + (f": {note.description}" if note.description else "")
        for note in row.notes
    )
    return "\n".join(lines)


def format_point(row: CsrServiceRequest) -> str:
    return (
        f"({row.lat:.6f}, {row.long:.6f})" if row.lat is not None and row.long is not None else ""
    )


@click.group(name="csr")
def csr_group() -> None:
    """Staff actions on the bundled CSR's service requests."""


@csr_group.command(name="list")
@database_url_option
@click.option("--status", type=click.Choice(["open", "closed"]), help="Only this status.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, store.MAX_PAGE_SIZE))
def list_requests(database_url: str | None, status: str | None, limit: int) -> None:
    """The newest requests, one per line."""
    query = RequestQuery(statuses=(RequestStatus(status),) if status else (), page_size=limit)
    rows = run(database_url, lambda session: store.search(session, query))
    if not rows:
        click.echo("No service requests.")
    for row in rows:
        click.echo(
            f"{row.service_request_id}  {row.status:<6}  {row.requested_at:%Y-%m-%d}  "
            f"{row.service_name}  {row.address or format_point(row)}"
        )


@csr_group.command(name="show")
@database_url_option
@click.argument("service_request_id")
def show_request(database_url: str | None, service_request_id: str) -> None:
    """Everything about one request."""
    row = run(database_url, lambda session: operations.load(session, service_request_id))
    click.echo(describe(row))


@csr_group.command(name="close")
@database_url_option
@author_option
@click.argument("service_request_id")
@click.option("--note", required=True, help="What was done; residents see it as the outcome.")
def close_request(
    database_url: str | None, author: str, service_request_id: str, note: str
) -> None:
    """Close a request with a note for the resident."""
    row = run(
        database_url,
        lambda session: operations.close_request(session, service_request_id, note, author=author),
    )
    click.echo(f"Closed {row.service_request_id}.")


@csr_group.command(name="note")
@database_url_option
@author_option
@click.argument("service_request_id")
@click.argument("text")
def add_note(database_url: str | None, author: str, service_request_id: str, text: str) -> None:
    """Add a note to a request's history."""
    row = run(
        database_url,
        lambda session: operations.add_note(session, service_request_id, text, author=author),
    )
    click.echo(f"Noted on {row.service_request_id}.")


@csr_group.command(name="step")
@database_url_option
@author_option
@click.argument("service_request_id")
@click.argument("step", type=click.IntRange(min=1))
@click.option("--note", default=None, help="Optional detail about the work done.")
def complete_step(
    database_url: str | None, author: str, service_request_id: str, step: int, note: str | None
) -> None:
    """Mark step STEP of a request's work order as done."""
    row = run(
        database_url,
        lambda session: operations.complete_step(
            session, service_request_id, step, author=author, note=note
        ),
    )
    click.echo(f"Step {step} of {row.service_request_id} done ({work_order_status(row.steps)}).")


@csr_group.command(name="reopen")
@database_url_option
@author_option
@click.argument("service_request_id")
@click.option("--note", default="", help="Why it is reopened.")
def reopen_request(
    database_url: str | None, author: str, service_request_id: str, note: str
) -> None:
    """Open a closed request again."""
    row = run(
        database_url,
        lambda session: operations.reopen_request(session, service_request_id, note, author=author),
    )
    click.echo(f"Reopened {row.service_request_id}.")
