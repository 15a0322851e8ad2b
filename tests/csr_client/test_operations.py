from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from chitext.store.base import Base
from csr_client.catalogue import load_catalogue
from csr_client.cli import csr_group
from csr_client.server import operations, store
from csr_client.server.render import request_payload

RODENTS = "4fd3b9bce750846c5300004a"


async def create_rodent_request(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
    entry = load_catalogue().get(RODENTS)
    assert entry is not None
    submission = store.Submission(
        entry=entry,
        lat=None,
        long=None,
        address_string="4800 S Damen Ave",
        address_id=None,
        description="Rats in the alley behind the house",
        media_url=None,
        attributes={"RATSSEEN": "ALLEY"},
    )
    async with sessionmaker() as session, session.begin():
        row = await store.create_request(session, submission, datetime(2026, 3, 2, tzinfo=UTC))
        assert row.service_request_id is not None
        return row.service_request_id


async def test_work_order_steps_and_status_changes(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    request_id = await create_rodent_request(sessionmaker)
    moments = [datetime(2026, 3, day, 9, tzinfo=UTC) for day in (3, 4, 5, 6)]
    async with sessionmaker() as session, session.begin():
        row = await operations.complete_step(
            session,
            request_id,
            1,
            author="inspector",
            note="Burrows along the fence",
            now=moments[0],
        )
        payload = request_payload(row, extensions=True)
    assert payload["extended_attributes"]["work_order"]["status"] == "in_progress"
    assert payload["updated_datetime"] == "2026-03-03T09:00:00Z"
    assert payload["notes"][-1]["summary"] == "Inspect the block for rat burrows"
    assert payload["extended_attributes"]["department"] == "Department of Streets and Sanitation"

    async with sessionmaker() as session, session.begin():
        for position in (2, 3):
            row = await operations.complete_step(
                session, request_id, position, author="crew", now=moments[1]
            )
        with pytest.raises(operations.StaffActionConflict):
            await operations.complete_step(session, request_id, 3, author="crew")
        with pytest.raises(operations.StaffActionError, match="has no work-order step 4"):
            await operations.complete_step(session, request_id, 4, author="crew")
        assert (
            request_payload(row, extensions=True)["extended_attributes"]["work_order"]["status"]
            == "completed"
        )
        await operations.close_request(
            session, request_id, "Block baited", author="crew", now=moments[2]
        )
        row = await operations.reopen_request(
            session, request_id, "Rats are back", author="311", now=moments[3]
        )
        payload = request_payload(row, extensions=True)
    assert (payload["status"], payload["status_notes"]) == ("open", "Rats are back")
    assert payload["updated_datetime"] == "2026-03-06T09:00:00Z"
    assert [note["type"] for note in payload["notes"]][-2:] == ["closed", "opened"]

    async with sessionmaker() as session, session.begin():
        with pytest.raises(operations.UnknownServiceRequest):
            await operations.add_note(session, "SR26-00000404", "hello", author="x")
        with pytest.raises(operations.StaffActionError):
            await operations.close_request(session, request_id, "  ", author="x")


async def database_with_one_request(database_url: str) -> str:
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
        return await create_rodent_request(async_sessionmaker(engine, expire_on_commit=False))
    finally:
        await engine.dispose()


def test_cli_list_show_note_close(tmp_path: Path) -> None:
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}"
    request_id = asyncio.run(database_with_one_request(database_url))
    runner = CliRunner()

    def invoke(*args: str) -> str:
        result = runner.invoke(csr_group, list(args), env={"CHITEXT_DATABASE_URL": database_url})
        assert result.exit_code == 0, result.output
        return result.output

    assert request_id in invoke("list", "--status", "open")
    assert invoke("note", request_id, "Called the resident") == f"Noted on {request_id}.\n"
    assert invoke("step", request_id, "1") == f"Step 1 of {request_id} done (in_progress).\n"
    assert invoke("close", request_id, "--note", "Block baited", "--author", "crew 3").startswith(
        "Closed"
    )
    shown = invoke("show", request_id)
    assert f"{request_id}  CLOSED  Rodent Baiting/Rat Complaint" in shown
    assert "Called the resident" in shown and "closed    Request closed: Block baited" in shown
    assert "[x] 1. Inspect the block for rat burrows" in shown
    assert invoke("list", "--status", "open") == "No service requests.\n"

    again = runner.invoke(
        csr_group,
        ["close", request_id, "--note", "again"],
        env={"CHITEXT_DATABASE_URL": database_url},
    )
    assert again.exit_code == 1 and "already closed" in again.output
    missing = runner.invoke(
        csr_group, ["show", "SR26-00000404"], env={"CHITEXT_DATABASE_URL": database_url}
    )
    assert missing.exit_code == 1 and "no service request SR26-00000404" in missing.output
