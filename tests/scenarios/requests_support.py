"""Shared pieces of the service-request scenarios: a fake Twilio REST API on 127.0.0.1, an app
wired to it, and helpers to run the outbox as time passes."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select, update

from chitext.keys import OUTBOX_WORKER, SESSIONMAKER
from chitext.servicerequests.models import ResidentRequest
from chitext.settings import Settings
from chitext.store.models import OutboxJob
from intents.types import Entities
from tests.support import ScriptedUnderstander

ACCOUNT_SID = "AC" + "1" * 32
# twilio-python's async client still passes aiohttp.BasicAuth; the real sender is exercised
# against the fake API all the same.
TWILIO_BASIC_AUTH_WARNINGS = (
    "ignore:BasicAuth is deprecated:DeprecationWarning",
    "ignore:The 'auth' parameter is deprecated:DeprecationWarning",
)
FROM_NUMBER = "+13125550311"


@dataclass
class FakeTwilio:
    """Records every Messages.create the gateway makes."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    _sids: Any = field(default_factory=lambda: itertools.count(1))

    async def create_message(self, request: web.Request) -> web.Response:
        form = await request.post()
        sid = f"SM{next(self._sids):032d}"
        self.sent.append(
            {"to": form.get("To"), "body": form.get("Body"), "media": form.getall("MediaUrl", [])}
        )
        return web.json_response(
            {"sid": sid, "status": "queued", "to": form.get("To"), "body": form.get("Body")},
            status=201,
        )

    def bodies_to(self, number: str) -> list[str]:
        return [str(message["body"]) for message in self.sent if message["to"] == number]


@pytest.fixture
async def fake_twilio() -> AsyncIterator[tuple[FakeTwilio, str]]:
    fake = FakeTwilio()
    app = web.Application()
    app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", fake.create_message)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield fake, str(server.make_url("")).rstrip("/")
    await server.close()


@pytest.fixture
def twilio_settings(settings: Settings, fake_twilio: tuple[FakeTwilio, str]) -> Settings:
    return replace(
        settings,
        twilio_account_sid=ACCOUNT_SID,
        twilio_from=FROM_NUMBER,
        twilio_api_base=fake_twilio[1],
        # Scenario tests send many texts; the carrier throttle is tested on its own.
        outbound_rate_per_second=1000.0,
    )


def report_understander() -> ScriptedUnderstander:
    """What the trained model says about the scenario texts (intents, languages, entities)."""
    return ScriptedUnderstander(
        intents={
            "There's a huge pothole at 1600 W Chicago Ave": "report_pothole",
            "pothole": "report_pothole",
            "Hay grafiti en la pared": "report_graffiti",
            "graffiti": "report_graffiti",
            "abandoned car": "report_abandoned_vehicle",
            "STATUS": "check_status",
            "hello": "greeting",
        },
        languages={"Hay grafiti en la pared": "es", "2500 W 26th St": "es", "SI": "es"},
        entities={
            "There's a huge pothole at 1600 W Chicago Ave": Entities(address="1600 W CHICAGO AVE"),
        },
    )


def add_status_text(understander: ScriptedUnderstander, text: str, number: str) -> None:
    understander.intents[text] = "check_status"
    understander.entities[text] = Entities(tracking_numbers=(number,))


async def run_jobs(client: TestClient[Any, Any]) -> int:
    done: int = await client.app[OUTBOX_WORKER].run_until_idle()
    return done


async def let_time_pass(client: TestClient[Any, Any], kind: str | None = None) -> None:
    """Make waiting jobs due now, as if their backoff or interval had run out."""
    async with client.app[SESSIONMAKER].begin() as session:
        statement = update(OutboxJob).where(OutboxJob.status == "pending")
        if kind is not None:
            statement = statement.where(OutboxJob.kind == kind)
        await session.execute(statement.values(run_after=datetime.now(UTC)))


async def resident_requests(client: TestClient[Any, Any]) -> list[ResidentRequest]:
    async with client.app[SESSIONMAKER]() as session:
        rows = await session.execute(select(ResidentRequest).order_by(ResidentRequest.id))
        return list(rows.scalars())


AppMaker = Callable[..., web.Application]
