from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

import csr_client.server.tables  # noqa: F401  (registers the csr_ tables on Base.metadata)
from chitext.store.base import Base
from chitext.store.db import upgrade_sync
from csr_client import (
    InMemoryServiceRequestClient,
    NewServiceRequest,
    Open311NotFound,
    Open311RequestRejected,
    Open311TokenPending,
    Open311Unavailable,
    RequestQuery,
    RequestStatus,
)

GRAFFITI = "4fd3b167e750846744000005"


async def test_in_memory_client_token_flow_and_status() -> None:
    client = InMemoryServiceRequestClient(polls_before_id=3)
    result = await client.submit(
        NewServiceRequest(service_code=GRAFFITI, address_string="2400 N Milwaukee Ave")
    )
    assert result.service_request_id is None and result.token is not None
    assert await client.request_id_for_token(result.token) is None
    request_id = await client.wait_for_request_id(result.token, max_wait=1)
    assert (await client.get_request(request_id)).status is RequestStatus.OPEN

    closed = client.set_status(request_id, RequestStatus.CLOSED, "Graffiti removed")
    assert closed.notes[-1].type == "closed"
    found = await client.get_requests(RequestQuery(statuses=(RequestStatus.CLOSED,)))
    assert [r.service_request_id for r in found] == [request_id]
    assert client.submitted[0].address_string == "2400 N Milwaukee Ave"


async def test_in_memory_client_validates_and_goes_down() -> None:
    client = InMemoryServiceRequestClient(polls_before_id=1000)
    with pytest.raises(Open311RequestRejected):
        await client.submit(NewServiceRequest(service_code=GRAFFITI))
    with pytest.raises(Open311NotFound):
        await client.get_service_definition("nope")
    result = await client.submit(NewServiceRequest(GRAFFITI, lat=41.88, long=-87.63))
    assert result.token is not None
    with pytest.raises(Open311TokenPending):
        await client.wait_for_request_id(result.token, max_wait=0)
    client.down = True
    with pytest.raises(Open311Unavailable):
        await client.list_services()


def test_migration_creates_the_tables_the_models_describe(tmp_path: Path) -> None:
    database = tmp_path / "migrated.db"
    upgrade_sync(f"sqlite+aiosqlite:///{database}")
    engine = sa.create_engine(f"sqlite:///{database}")
    try:
        check_csr_tables(sa.inspect(engine))
    finally:
        engine.dispose()


def check_csr_tables(inspector: sa.Inspector) -> None:
    for table in Base.metadata.sorted_tables:
        if not table.name.startswith("csr_"):
            continue
        migrated = {column["name"]: column for column in inspector.get_columns(table.name)}
        assert set(migrated) == set(table.columns.keys()), table.name
        for column in table.columns:
            assert migrated[column.name]["nullable"] == column.nullable, (table.name, column.name)
        indexes = {index["name"] for index in inspector.get_indexes(table.name)}
        assert {index.name for index in table.indexes} <= indexes, table.name
