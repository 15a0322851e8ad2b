"""With the city CSR stopped, a finished report is queued, the resident told, and it is
submitted later with the tracking number texted; closing it texts the opted-in resident."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from chitext.settings import Settings
from chitext.store import db
from csr_client.server import create_open311_app, operations
from tests.scenarios.conversation import SmsConversation
from tests.scenarios.requests_support import (
    TWILIO_BASIC_AUTH_WARNINGS,
    AppMaker,
    FakeTwilio,
    fake_twilio,
    let_time_pass,
    report_understander,
    resident_requests,
    run_jobs,
    twilio_settings,
)

__all__ = ["fake_twilio", "twilio_settings"]  # fixtures used by name
pytestmark = [pytest.mark.filterwarnings(w) for w in TWILIO_BASIC_AUTH_WARNINGS]

RESIDENT = "+13125550177"


class CityCsr:
    """A GeoReport server on its own port, standing in for the city's: can be stopped."""

    def __init__(self, database_url: str) -> None:
        self.engine = db.create_engine(database_url)
        self.sessionmaker = db.create_sessionmaker(self.engine)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.server: TestServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/open311/v2"

    async def start(self) -> None:
        app = create_open311_app(self.sessionmaker, public_base_url="http://127.0.0.1")
        root = web.Application()
        root.add_subapp("/open311/v2", app)
        self.server = TestServer(root, host="127.0.0.1", port=self.port)
        await self.server.start_server()

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.close()
            self.server = None


@pytest.fixture
async def city_csr(database_url: str) -> AsyncIterator[CityCsr]:
    csr = CityCsr(database_url)
    yield csr
    await csr.stop()
    await csr.engine.dispose()


async def test_report_made_while_the_csr_is_down_is_delivered_later(
    aiohttp_client: Any,
    make_app: AppMaker,
    twilio_settings: Settings,
    fake_twilio: tuple[FakeTwilio, str],
    city_csr: CityCsr,
) -> None:
    settings = replace(twilio_settings, open311_url=city_csr.url)
    client: TestClient[Any, Any] = await aiohttp_client(
        make_app(settings=settings, understander=report_understander())
    )
    assert (await client.get("/open311/v2/services.json")).status == 404  # not bundled here
    sms = SmsConversation(client, sender=RESIDENT)

    # The CSR is down from the first message: the definition comes from the shipped catalogue
    # and the duplicate check is skipped, so the resident is never held up.
    [reply] = await sms.send("abandoned car")
    assert "where is it?" in reply
    await sms.send("4400 W Lawrence Ave")
    await sms.send("Chevy")
    await sms.send("2")
    [reply] = await sms.send("about 12 days")
    assert "Anything else" in reply
    await sms.send("skip")
    [reply] = await sms.send("YES")
    assert "Saved" in reply
    [reply] = await sms.send("YES")
    assert "we'll text you" in reply

    await run_jobs(client)
    [row] = await resident_requests(client)
    assert (row.status, row.tracking_number) == ("queued", None)
    fake, _ = fake_twilio
    assert fake.bodies_to(RESIDENT) == []

    [reply] = await sms.send("STATUS")
    assert "saved, not sent yet" in reply

    await city_csr.start()
    await let_time_pass(client, "csr_submit")
    await run_jobs(client)
    [row] = await resident_requests(client)
    assert row.status == "submitted" and row.tracking_number is not None
    assert row.attributes == {"FQSKA1": "Chevy", "FQSKA3": "BLU", "HOWMANYD": "12"}
    [texted] = fake.bodies_to(RESIDENT)
    assert f"Tracking number: {row.tracking_number}" in texted

    # A department closes it in the CSR; the follower texts the resident who opted in.
    async with city_csr.sessionmaker.begin() as session:
        await operations.close_request(
            session, row.tracking_number, "Vehicle towed to the pound.", author="dss"
        )
    await let_time_pass(client, "csr_follow")
    await run_jobs(client)
    update = fake.bodies_to(RESIDENT)[-1]
    assert update.startswith(f"Update on {row.tracking_number} (abandoned vehicle): closed.")
    assert "Vehicle towed to the pound." in update

    # The next round sees no new change and texts nothing more.
    await let_time_pass(client, "csr_follow")
    await run_jobs(client)
    assert len(fake.bodies_to(RESIDENT)) == 2
