"""Fixtures: a fresh database per test (SQLite by default, PostgreSQL with
CHITEXT_TEST_DATABASE=postgres), settings pointing at it, and a running test app."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from chitext.app import create_app
from chitext.settings import Settings
from chitext.store.db import upgrade_sync
from tests.support import API_KEY, PUBLIC_URL, TWILIO_TOKEN, ScriptedUnderstander

if TYPE_CHECKING:
    from intents.pipeline import Pipeline

# Where the session's intent model is trained and cached. `scripts/test` points both pytest
# runs (SQLite, PostgreSQL) at one folder, so the model is trained once per CI run; the cache
# key is the data and recipe hash, so a folder reused across runs never serves a stale model.
TEST_MODEL_DIR = os.environ.get("CHITEXT_TEST_MODEL_DIR")
POSTGRES_ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
USE_POSTGRES = os.environ.get("CHITEXT_TEST_DATABASE") == "postgres"


def _pg_execute(statement: str) -> None:
    import asyncio

    import asyncpg

    async def run() -> None:
        connection = await asyncpg.connect(POSTGRES_ADMIN_DSN)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(run())


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated once per session; each test gets a copy of it."""
    if USE_POSTGRES:
        name = f"chitext_tmpl_{uuid.uuid4().hex[:8]}"
        _pg_execute(f'CREATE DATABASE "{name}"')
        upgrade_sync(f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}")
        yield name
        _pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        upgrade_sync(f"sqlite+aiosqlite:///{path}")
        yield str(path)


@pytest.fixture
def database_url(migrated_template: str, tmp_path: Path) -> Iterator[str]:
    if USE_POSTGRES:
        name = f"chitext_test_{uuid.uuid4().hex[:10]}"
        _pg_execute(f'CREATE DATABASE "{name}" TEMPLATE "{migrated_template}"')
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
        _pg_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp_path / "chitext.db"
        shutil.copy(migrated_template, path)
        yield f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        public_url=PUBLIC_URL,
        twilio_auth_token=TWILIO_TOKEN,
        api_keys=(API_KEY,),
        run_worker_in_process=False,
    )


@pytest.fixture
def understander() -> ScriptedUnderstander:
    return ScriptedUnderstander(
        intents={
            "hello": "greeting",
            "hola": "greeting",
            "thanks": "thanks",
            "someone is breaking in right now": "emergency",
            "i want a person": "talk_to_agent",
            "please stop texting me": "opt_out",
        },
        languages={"hola": "es"},
    )


AppFactory = Callable[..., web.Application]


@pytest.fixture
def make_app(settings: Settings, understander: ScriptedUnderstander) -> AppFactory:
    def factory(**overrides: Any) -> web.Application:
        chosen = overrides.pop("settings", settings)
        return create_app(
            chosen, understander=overrides.pop("understander", understander), **overrides
        )

    return factory


@pytest.fixture
async def client(
    aiohttp_client: Callable[..., Any], make_app: AppFactory
) -> AsyncIterator[TestClient[Any, Any]]:
    yield await aiohttp_client(make_app())


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if TEST_MODEL_DIR:
        return Path(TEST_MODEL_DIR)
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def pipeline(model_dir: Path) -> Pipeline:
    """The real trained pipeline, shared by every test that needs it (training takes minutes)."""
    from intents.pipeline import Pipeline

    return Pipeline.load(model_dir)
