"""Admin fixtures: an app whose public URL is plain http (so the test client keeps the
Secure-less session cookie), staff accounts, and a signed-in client helper."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from chitext.admin import accounts
from chitext.keys import SESSIONMAKER
from chitext.settings import Settings
from tests.conftest import AppFactory

LOCAL_URL = "http://127.0.0.1:8311"
PASSWORD = "a long enough passphrase"
EDITOR = "editor@cityofchicago.org"
ADMIN = "admin@cityofchicago.org"

Client = TestClient[Any, Any]
SignIn = Callable[[str], Awaitable[Client]]


@pytest.fixture
def admin_settings(settings: Settings) -> Settings:
    return dataclasses.replace(settings, public_url=LOCAL_URL)


@pytest.fixture
async def admin_client(
    aiohttp_client: Callable[..., Awaitable[Client]],
    make_app: AppFactory,
    admin_settings: Settings,
) -> Client:
    client = await aiohttp_client(make_app(settings=admin_settings))
    async with client.app[SESSIONMAKER].begin() as session:
        await accounts.add_user(session, EDITOR, PASSWORD, "editor")
        await accounts.add_user(session, ADMIN, PASSWORD, "admin")
    return client


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


async def sign_in(client: Client, email: str, password: str = PASSWORD) -> Any:
    page = await client.get("/admin/sign-in")
    token = csrf_from(await page.text())
    return await client.post(
        "/admin/sign-in",
        data={"csrf_token": token, "email": email, "password": password, "next": "/admin/"},
        allow_redirects=False,
    )


async def page_token(client: Client, path: str = "/admin/") -> str:
    response = await client.get(path)
    assert response.status == 200, await response.text()
    return csrf_from(await response.text())
