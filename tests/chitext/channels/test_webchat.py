from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from chitext.keys import WEB_PUSH

Client = TestClient[Any, Any]


async def test_page_sets_a_visitor_cookie_and_names_911(client: Client) -> None:
    response = await client.get("/")
    assert response.status == 200
    assert "chitext_chat" in response.cookies
    page = await response.text()
    assert "Call 911" in page and "/chat/ws" in page


async def test_page_cookie_is_secure_behind_https(client: Client) -> None:
    response = await client.get("/")
    cookie = response.cookies["chitext_chat"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"


async def test_conversation_over_websocket_keeps_history(client: Client) -> None:
    # The cookie identifies the resident across connections. It is Secure (the public URL
    # is https) so the plain-http test client is handed it explicitly.
    visitor = (await client.get("/")).cookies["chitext_chat"].value
    cookie = {"Cookie": f"chitext_chat={visitor}"}
    async with client.ws_connect("/chat/ws", headers=cookie) as socket:
        assert (await socket.receive_json()) == {"type": "history", "messages": []}
        await socket.send_json({"type": "message", "text": "hola", "id": "m1"})
        reply = await socket.receive_json()
        assert reply["type"] == "reply" and reply["language"] == "es"
        assert "311" in reply["text"]
    async with client.ws_connect("/chat/ws", headers=cookie) as socket:
        history = await socket.receive_json()
        assert [m["direction"] for m in history["messages"]] == ["in", "out"]


async def test_bad_frames_get_errors_not_disconnects(client: Client) -> None:
    async with client.ws_connect("/chat/ws") as socket:
        await socket.receive_json()
        await socket.send_str("not json")
        assert (await socket.receive_json())["type"] == "error"
        await socket.send_json({"type": "message", "text": ""})
        assert (await socket.receive_json())["type"] == "error"
        await socket.send_json({"type": "message", "text": "hello"})
        assert (await socket.receive_json())["type"] == "reply"


async def test_cross_site_origin_is_refused(client: Client) -> None:
    response = await client.get(
        "/chat/ws",
        headers={
            "Origin": "https://evil.example",
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
    )
    assert response.status == 403


async def test_push_reaches_a_connected_resident(client: Client) -> None:
    visitor = (await client.get("/")).cookies["chitext_chat"].value
    cookie = {"Cookie": f"chitext_chat={visitor}"}
    async with client.ws_connect("/chat/ws", headers=cookie) as socket:
        await socket.receive_json()
        delivered = await client.app[WEB_PUSH](f"web:{visitor}", "Your number is SR26-00000001")
        assert delivered
        frame = await socket.receive_json()
        assert frame["text"] == "Your number is SR26-00000001"
    assert not await client.app[WEB_PUSH]("web:nobody-connected-here", "x")
