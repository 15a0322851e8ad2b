"""A pothole report understood by the real trained pipeline, not a script."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from chitext.settings import Settings
from intents.pipeline import Pipeline
from tests.scenarios.conversation import SmsConversation
from tests.scenarios.requests_support import (
    TWILIO_BASIC_AUTH_WARNINGS,
    AppMaker,
    FakeTwilio,
    fake_twilio,
    resident_requests,
    run_jobs,
    twilio_settings,
)

__all__ = ["fake_twilio", "twilio_settings"]  # fixtures used by name
pytestmark = [pytest.mark.filterwarnings(w) for w in TWILIO_BASIC_AUTH_WARNINGS]

RESIDENT = "+13125550123"


async def test_pothole_report_through_the_trained_model(
    aiohttp_client: Any,
    make_app: AppMaker,
    twilio_settings: Settings,
    fake_twilio: tuple[FakeTwilio, str],
    pipeline: Pipeline,
) -> None:
    client: TestClient[Any, Any] = await aiohttp_client(
        make_app(settings=twilio_settings, understander=pipeline)
    )
    sms = SmsConversation(client, sender=RESIDENT)

    [reply] = await sms.send("huge pothole at belmont and central")
    assert "Where on the street" in reply
    await sms.send("4")
    [summary] = await sms.send("skip")
    assert "pothole at BELMONT AVE & CENTRAL AVE (Intersection)" in summary
    [saved] = await sms.send("yes")
    assert "Saved" in saved
    await sms.send("no")

    await run_jobs(client)
    [row] = await resident_requests(client)
    number = row.tracking_number
    assert number is not None
    fake, _ = fake_twilio
    assert f"Tracking number: {number}" in fake.bodies_to(RESIDENT)[0]

    [status] = await sms.send(f"status {number}")
    assert status.startswith(f"{number}: pothole, open.")
