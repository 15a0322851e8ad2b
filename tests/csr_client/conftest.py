from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from multidict import MultiDict
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

import csr_client.server.tables  # noqa: F401  (registers the csr_ tables on Base.metadata)
from chitext.store.base import Base
from csr_client.server import OPEN311_MOUNT_PATH, create_open311_app
from tests.conftest import USE_POSTGRES

AiohttpClient = Callable[[web.Application], Awaitable[TestClient[web.Request, web.Application]]]

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMAS = Path(__file__).parent / "schemas"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def http_fixture(name: str) -> tuple[int, str]:
    """A fixture published as a raw HTTP response: the status line, a blank line, the body."""
    status_line, _, body = fixture_text(name).partition("\n\n")
    return int(status_line.split()[1]), body


@dataclass
class CannedResponse:
    body: str
    status: int = 200
    content_type: str = "application/json"
    delay: float = 0.0


@dataclass
class SeenRequest:
    method: str
    path: str
    query: MultiDict[str]
    form: MultiDict[str]


@dataclass
class FakeOpen311:
    """A scripted GeoReport server: each (method, path) answers its responses in turn, the
    last one repeating; every request it receives is recorded."""

    routes: dict[tuple[str, str], list[CannedResponse]] = field(default_factory=dict)
    seen: list[SeenRequest] = field(default_factory=list)

    def add(self, method: str, path: str, *responses: CannedResponse) -> None:
        self.routes[(method, path)] = list(responses)

    async def handle(self, request: web.Request) -> web.Response:
        form = MultiDict(await request.post()) if request.method == "POST" else MultiDict()
        self.seen.append(
            SeenRequest(request.method, request.path, MultiDict(request.query), MultiDict(form))
        )
        responses = self.routes.get((request.method, request.path))
        if not responses:
            return web.Response(status=599, text=f"fake has no route {request.path}")
        response = responses.pop(0) if len(responses) > 1 else responses[0]
        if response.delay:
            await asyncio.sleep(response.delay)
        return web.Response(
            status=response.status, text=response.body, content_type=response.content_type
        )


@pytest.fixture
async def fake_open311(
    aiohttp_client: Callable[
        [web.Application], Awaitable[TestClient[web.Request, web.Application]]
    ],
) -> tuple[FakeOpen311, str]:
    fake = FakeOpen311()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", fake.handle)
    client = await aiohttp_client(app)
    return fake, str(client.make_url("/open311/v2/"))


STAFF_TOKEN = "Bearer staff-secret"
RESIDENT_APP_KEY = "resident-app-key"


class SteppingClock:
    """A clock that moves one second per reading, so every change has its own timestamp."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def csr_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """SQLite in tmp_path (schema built from the models by `sessionmaker`); with
    CHITEXT_TEST_DATABASE=postgres, the suite's migrated PostgreSQL database instead."""
    if USE_POSTGRES:
        return str(request.getfixturevalue("database_url"))
    return f"sqlite+aiosqlite:///{tmp_path / 'csr.db'}"


@pytest.fixture
async def sessionmaker(csr_database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_async_engine(csr_database_url)
    if not USE_POSTGRES:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
    yield async_sessionmaker(engine, expire_on_commit=False)
    await engine.dispose()


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(datetime(2026, 3, 2, 15, 0, tzinfo=UTC))


async def staff_auth(request: web.Request) -> bool:
    return request.headers.get("Authorization") == STAFF_TOKEN


@pytest.fixture
async def csr_http(
    aiohttp_client: AiohttpClient,
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: SteppingClock,
) -> TestClient[web.Request, web.Application]:
    """The bundled CSR mounted the way the gateway mounts it, behind a test HTTP client."""
    gateway = web.Application()
    open311 = create_open311_app(
        sessionmaker,
        public_base_url="http://chitext.test",
        api_keys=[RESIDENT_APP_KEY],
        staff_auth=staff_auth,
        clock=clock,
    )
    gateway.add_subapp(OPEN311_MOUNT_PATH, open311)
    return await aiohttp_client(gateway)
