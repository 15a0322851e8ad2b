"""A scripted SMS conversation through the real Twilio webhook, for scenario tests."""

from __future__ import annotations

import itertools
import re
from html import unescape
from typing import Any

from aiohttp.test_utils import TestClient

from tests.support import encoded, sign, twilio_form

_sids = itertools.count(1)


class SmsConversation:
    def __init__(self, client: TestClient[Any, Any], sender: str = "+13125550100") -> None:
        self.client = client
        self.sender = sender

    async def send(self, text: str, **extra: str) -> list[str]:
        """Text ChiTEXT; returns the messages of the TwiML reply."""
        form = twilio_form(text, f"SM{next(_sids):032d}", sender=self.sender, **extra)
        response = await self.client.post(
            "/twilio/sms",
            data=encoded(form),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": sign("/twilio/sms", form),
            },
        )
        assert response.status == 200, await response.text()
        body = await response.text()
        return [unescape(m) for m in re.findall(r"<Message>(.*?)</Message>", body, re.S)]
