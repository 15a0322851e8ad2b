"""A graffiti report in Spanish, with a photo, ends in a tracking number and keeps the photo."""

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
    report_understander,
    resident_requests,
    run_jobs,
    twilio_settings,
)

__all__ = ["fake_twilio", "twilio_settings"]  # fixtures used by name
pytestmark = [pytest.mark.filterwarnings(w) for w in TWILIO_BASIC_AUTH_WARNINGS]

GRAFFITI_CODE = "4fd3b167e750846744000005"
RESIDENT = "+17735550188"
PHOTO = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1"


async def test_graffiti_in_spanish_with_a_photo(
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

    [reply] = await sms.send("Hay grafiti en la pared")
    assert "¿donde es?" in reply
    [reply] = await sms.send("no se")
    assert "no encontre esa direccion" in reply and "26th y Kedzie" in reply
    # Graffiti needs no attribute answers: from the place straight to details and photo.
    [reply] = await sms.send("2500 W 26th St")
    assert "Mande detalles o una foto" in reply
    [reply] = await sms.send(
        "En la puerta del garaje",
        NumMedia="2",
        MediaUrl0=PHOTO,
        MediaContentType0="image/jpeg",
        MediaUrl1="https://example.org/clip.mp4",
        MediaContentType1="video/mp4",
    )
    assert "grafiti en 2500 W 26TH ST" in reply and "1 foto." in reply and "SI" in reply
    [reply] = await sms.send("SI")
    assert reply.startswith("¡Guardado!")
    [reply] = await sms.send("no")
    assert "sin avisos" in reply

    await run_jobs(client)
    [row] = await resident_requests(client)
    assert row.media_urls == [PHOTO] and row.notify is False
    number = row.tracking_number
    assert number is not None
    fake, _ = fake_twilio
    [texted] = fake.bodies_to(RESIDENT)
    assert f"Numero de seguimiento: {number}" in texted

    add_status_text(understander, f"estado {number}", number)
    [reply] = await sms.send(f"estado {number}")
    assert reply.startswith(f"{number}: grafiti, abierto.")

    response = await client.get(f"/open311/v2/requests/{number}.json")
    [published] = await response.json()
    assert published["service_code"] == GRAFFITI_CODE
    assert published["media_url"] == PHOTO
    assert CHICAGO_BOUNDS.contains(float(published["lat"]), float(published["long"]))
