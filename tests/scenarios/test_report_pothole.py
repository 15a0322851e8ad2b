"""A pothole reported in English ends in a tracking number that STATUS and /open311/v2 find."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from chitext.settings import Settings
from csr_client.validation import CHICAGO_BOUNDS
from tests.scenarios.conversation import SmsConversation
from tests.scenarios.requests_support import (
    TWILIO_BASIC_AUTH_WARNINGS,
    AppMaker,
    FakeTwilio,
    add_status_text,
    fake_twilio,
    let_time_pass,
    report_understander,
    resident_requests,
    run_jobs,
    twilio_settings,
)
from tests.support import API_KEY

__all__ = ["fake_twilio", "twilio_settings"]  # fixtures used by name
pytestmark = [pytest.mark.filterwarnings(w) for w in TWILIO_BASIC_AUTH_WARNINGS]

POTHOLE_CODE = "4fd3b656e750846c53000004"
RESIDENT = "+13125550142"


async def test_pothole_in_english_ends_in_a_tracking_number(
    aiohttp_client: Any,
    make_app: AppMaker,
    twilio_settings: Settings,
    fake_twilio: tuple[FakeTwilio, str],
) -> None:
    understander = report_understander()
    client: TestClient[Any, Any] = await aiohttp_client(
        make_app(settings=twilio_settings, understander=understander)
    )
    sms = SmsConversation(client, sender=RESIDENT)

    # The address is in the first message, so the dialog goes straight to the definition's
    # one required question (where on the street).
    [reply] = await sms.send("There's a huge pothole at 1600 W Chicago Ave")
    assert "Where on the street" in reply and "5 Traffic lane" in reply
    [reply] = await sms.send("traffic lane")
    assert "Anything else" in reply
    [reply] = await sms.send("about 2 feet wide, cars swerve around it")
    assert "pothole at 1600 W CHICAGO AVE (Traffic lane)" in reply and "YES" in reply
    [reply] = await sms.send("yes")
    assert "Saved" in reply and "tracking number" in reply
    [reply] = await sms.send("yes")
    assert "we'll text you" in reply

    [row] = await resident_requests(client)
    assert (row.status, row.notify, row.tracking_number) == ("queued", True, None)

    await run_jobs(client)
    [row] = await resident_requests(client)
    assert row.status == "submitted" and row.tracking_number
    number = row.tracking_number
    fake, _ = fake_twilio
    [texted] = fake.bodies_to(RESIDENT)
    assert f"Tracking number: {number}" in texted

    add_status_text(understander, f"STATUS {number}", number)
    [reply] = await sms.send(f"STATUS {number}")
    assert reply.startswith(f"{number}: pothole, open.")

    response = await client.get(f"/open311/v2/requests/{number}.json")
    assert response.status == 200
    [published] = await response.json()
    assert published["service_code"] == POTHOLE_CODE
    assert CHICAGO_BOUNDS.contains(float(published["lat"]), float(published["long"]))
    assert abs(float(published["lat"]) - 41.896) < 0.002
    assert abs(float(published["long"]) - (-87.668)) < 0.002
    assert published["description"] == "about 2 feet wide, cars swerve around it"

    # The department's work-order system closes it through the bundled CSR's staff route
    # (a JSON-API key is required), which texts the resident, who opted in, the closing note.
    close = {"action": "close", "text": "Pothole patched.", "author": "cdot"}
    refused = await client.post(f"/open311/v2/staff/requests/{number}", json=close)
    assert refused.status == 403
    closed = await client.post(
        f"/open311/v2/staff/requests/{number}",
        json=close,
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert closed.status == 200
    assert (await closed.json())[0]["status"] == "closed"
    await let_time_pass(client, "csr_follow")
    await run_jobs(client)
    assert fake.bodies_to(RESIDENT)[-1] == (
        f"Update on {number} (pothole): closed. Pothole patched."
    )


async def test_a_status_question_mid_report_is_answered_not_taken_as_an_answer(
    aiohttp_client: Any,
    make_app: AppMaker,
    twilio_settings: Settings,
    fake_twilio: tuple[FakeTwilio, str],
) -> None:
    understander = report_understander()
    add_status_text(understander, "STATUS SR26-00000999", "SR26-00000999")
    client: TestClient[Any, Any] = await aiohttp_client(
        make_app(settings=twilio_settings, understander=understander)
    )
    sms = SmsConversation(client, sender=RESIDENT)
    [reply] = await sms.send("There's a huge pothole at 1600 W Chicago Ave")
    assert "Where on the street" in reply
    [reply] = await sms.send("STATUS SR26-00000999")
    assert "SR26-00000999" in reply and "Where on the street" not in reply
    # The report was dropped, not half-submitted; nothing was queued for the CSR.
    assert await resident_requests(client) == []
