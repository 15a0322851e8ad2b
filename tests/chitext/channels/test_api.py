from __future__ import annotations

from dataclasses import replace
from typing import Any

from aiohttp.test_utils import TestClient

from tests.support import API_KEY

Client = TestClient[Any, Any]
AUTH = {"Authorization": f"Bearer {API_KEY}"}


async def test_message_gets_replies_intent_and_language(client: Client) -> None:
    response = await client.post(
        "/api/v1/messages", json={"from": "+1 (312) 555-0100", "text": "hello"}, headers=AUTH
    )
    assert response.status == 200
    body = await response.json()
    assert body["intent"] == "greeting"
    assert body["language"] == "en"
    assert len(body["replies"]) == 1 and "Chicago 311" in body["replies"][0]


async def test_wrong_or_missing_key_is_401(client: Client) -> None:
    payload = {"from": "+13125550100", "text": "hello"}
    assert (await client.post("/api/v1/messages", json=payload)).status == 401
    bad = {"Authorization": "Bearer not-the-key-at-all-000"}
    assert (await client.post("/api/v1/messages", json=payload, headers=bad)).status == 401


async def test_no_keys_configured_is_503(aiohttp_client: Any, make_app: Any, settings: Any) -> None:
    client = await aiohttp_client(make_app(settings=replace(settings, api_keys=())))
    response = await client.post(
        "/api/v1/messages", json={"from": "+13125550100", "text": "hi"}, headers=AUTH
    )
    assert response.status == 503


async def test_validation_names_the_field(client: Client) -> None:
    cases = [
        ({"text": "hi"}, 422, "from"),
        ({"from": "+13125550100"}, 422, "text"),
        ({"from": "+13125550100", "text": "hi", "channel": "fax"}, 422, "channel"),
        ({"from": "+13125550100", "text": "x" * 1601}, 422, "text"),
        ({"from": "+13125550100", "text": "hi", "id": 7}, 422, "id"),
    ]
    for payload, status, field in cases:
        response = await client.post("/api/v1/messages", json=payload, headers=AUTH)
        assert response.status == status, payload
        assert (await response.json())["field"] == field


async def test_malformed_json_is_400(client: Client) -> None:
    response = await client.post(
        "/api/v1/messages", data=b"{not json", headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status == 400
    response = await client.post("/api/v1/messages", json=["a", "list"], headers=AUTH)
    assert response.status == 400


async def test_id_makes_a_retry_idempotent(client: Client) -> None:
    payload = {"from": "+13125550100", "text": "STOP", "id": "abc-1"}
    first = await (await client.post("/api/v1/messages", json=payload, headers=AUTH)).json()
    second = await (await client.post("/api/v1/messages", json=payload, headers=AUTH)).json()
    assert first == second
    assert len(first["replies"]) == 1  # one opt-out confirmation, not a second "already out"
