"""An app whose CSR is the in-memory twin, and an SMS conversation with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from chitext.servicerequests.setup import use_csr_client
from csr_client import InMemoryServiceRequestClient
from tests.scenarios.conversation import SmsConversation
from tests.scenarios.requests_support import report_understander
from tests.support import ScriptedUnderstander

MemoryApp = tuple[TestClient[Any, Any], InMemoryServiceRequestClient, ScriptedUnderstander]


@pytest.fixture
def memory_app(
    aiohttp_client: Callable[..., Any], make_app: Callable[..., Any]
) -> Callable[..., Any]:
    async def build(**client_options: Any) -> MemoryApp:
        understander = report_understander()
        client: TestClient[Any, Any] = await aiohttp_client(make_app(understander=understander))
        csr = InMemoryServiceRequestClient(**client_options)
        use_csr_client(client.app, csr)
        return client, csr, understander

    return build


def sms(client: TestClient[Any, Any], sender: str = "+13125550199") -> SmsConversation:
    return SmsConversation(client, sender=sender)
