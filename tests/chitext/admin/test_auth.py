"""Sign-in, sessions, CSRF, rate limiting, roles, and the session key."""

from __future__ import annotations

import dataclasses

from chitext.admin import accounts
from chitext.admin.audit import MAX_FAILURES_PER_EMAIL
from chitext.admin.security import SESSION_COOKIE, SESSION_KEY_FILE, cookie_storage, session_key
from chitext.keys import SESSIONMAKER
from chitext.settings import Settings
from tests.chitext.admin.conftest import (
    ADMIN,
    EDITOR,
    PASSWORD,
    Client,
    csrf_from,
    page_token,
    sign_in,
)


async def test_pages_need_a_session(admin_client: Client) -> None:
    response = await admin_client.get("/admin/templates", allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"].startswith("/admin/sign-in?next=/admin/templates")


async def test_sign_in_then_pages_open(admin_client: Client) -> None:
    response = await sign_in(admin_client, EDITOR)
    assert response.status == 303
    assert response.headers["Location"] == "/admin/"
    home = await admin_client.get("/admin/")
    assert home.status == 200
    body = await home.text()
    assert f"Signed in as {EDITOR}" in body
    assert home.headers["X-Frame-Options"] == "DENY"
    assert "default-src 'self'" in home.headers["Content-Security-Policy"]


async def test_wrong_password_is_refused_and_audited(admin_client: Client) -> None:
    response = await sign_in(admin_client, EDITOR, "not the password at all")
    assert response.status == 401
    assert "do not match" in await response.text()
    assert (await admin_client.get("/admin/", allow_redirects=False)).status == 303
    await sign_in(admin_client, ADMIN)
    audit_page = await (await admin_client.get("/admin/audit")).text()
    assert "sign in failed" in audit_page and EDITOR in audit_page


async def test_post_without_csrf_token_is_refused(admin_client: Client) -> None:
    # No session at all: refused before anything else.
    response = await admin_client.post(
        "/admin/templates/en/keywords/help", data={"body": "hijacked"}
    )
    assert response.status == 403
    # Signed in, but the form lacks the token (a cross-site form post).
    await sign_in(admin_client, EDITOR)
    response = await admin_client.post(
        "/admin/templates/en/keywords/help", data={"body": "hijacked"}
    )
    assert response.status == 403
    response = await admin_client.post(
        "/admin/templates/en/keywords/help", data={"body": "hijacked", "csrf_token": "forged"}
    )
    assert response.status == 403
    page = await (await admin_client.get("/admin/templates/en/keywords/help")).text()
    assert "hijacked" not in page


async def test_sign_in_form_itself_needs_its_token(admin_client: Client) -> None:
    response = await admin_client.post(
        "/admin/sign-in", data={"email": EDITOR, "password": PASSWORD}
    )
    assert response.status == 403


async def test_repeated_failures_block_the_email(admin_client: Client) -> None:
    for _ in range(MAX_FAILURES_PER_EMAIL):
        assert (await sign_in(admin_client, EDITOR, "wrong password guess")).status == 401
    blocked = await sign_in(admin_client, EDITOR)  # even the right password, for a while
    assert blocked.status == 429
    assert "Too many failed sign-ins" in await blocked.text()
    assert (await sign_in(admin_client, ADMIN)).status == 303  # other accounts unaffected


async def test_sign_out_ends_the_session(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    token = await page_token(admin_client)
    response = await admin_client.post(
        "/admin/sign-out", data={"csrf_token": token}, allow_redirects=False
    )
    assert response.status == 303
    assert (await admin_client.get("/admin/", allow_redirects=False)).status == 303


async def test_deactivated_account_loses_access(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    async with admin_client.app[SESSIONMAKER].begin() as session:
        user = await accounts.find_by_email(session, EDITOR)
        assert user is not None
        user.active = False
    assert (await admin_client.get("/admin/", allow_redirects=False)).status == 303
    assert (await sign_in(admin_client, EDITOR)).status == 401


async def test_only_admins_manage_users(admin_client: Client) -> None:
    await sign_in(admin_client, EDITOR)
    assert (await admin_client.get("/admin/users")).status == 403
    assert (await admin_client.get("/admin/audit")).status == 403


async def test_admin_adds_changes_and_deactivates_users(admin_client: Client) -> None:
    await sign_in(admin_client, ADMIN)
    token = await page_token(admin_client, "/admin/users")
    weak = await admin_client.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "email": "new@cityofchicago.org",
            "password": "short",
            "role": "editor",
        },
    )
    assert weak.status == 422
    assert "at least 12 characters" in await weak.text()
    added = await admin_client.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "email": "New@CityOfChicago.org",
            "password": PASSWORD,
            "role": "editor",
        },
    )
    assert added.status == 200
    assert "Added new@cityofchicago.org as editor" in await added.text()
    async with admin_client.app[SESSIONMAKER]() as session:
        user = await accounts.find_by_email(session, "new@cityofchicago.org")
        admin = await accounts.find_by_email(session, ADMIN)
    assert user is not None and admin is not None
    await admin_client.post(f"/admin/users/{user.id}", data={"csrf_token": token, "role": "admin"})
    await admin_client.post(f"/admin/users/{user.id}", data={"csrf_token": token, "active": "no"})
    async with admin_client.app[SESSIONMAKER]() as session:
        changed = await accounts.find_by_email(session, "new@cityofchicago.org")
    assert changed is not None and changed.role == "admin" and not changed.active
    # The last active admin cannot demote themself.
    refused = await admin_client.post(
        f"/admin/users/{admin.id}", data={"csrf_token": token, "role": "editor"}
    )
    assert "last active admin" in await refused.text()
    audit_page = await (await admin_client.get("/admin/audit?action=user_change")).text()
    assert "new@cityofchicago.org" in audit_page


async def test_session_cookie_flags(admin_client: Client, admin_settings: Settings) -> None:
    response = await admin_client.get("/admin/sign-in")
    cookie = response.cookies[SESSION_COOKIE]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/admin/"
    assert not cookie["secure"]  # plain-http public URL
    https = dataclasses.replace(admin_settings, public_url="https://311.example.org")
    assert cookie_storage(https).cookie_params["secure"] is True
    assert csrf_from(await response.text())


def test_session_key_is_generated_once_and_kept(admin_settings: Settings) -> None:
    first = session_key(admin_settings)
    assert (admin_settings.data_dir / SESSION_KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert session_key(admin_settings) == first  # survives a restart
    configured = dataclasses.replace(admin_settings, secret_key="x" * 40)
    assert len(session_key(configured)) == 32
    assert session_key(configured) != first
