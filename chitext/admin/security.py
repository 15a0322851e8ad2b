"""Staff sessions (encrypted cookies), CSRF tokens, sign-in checks and security headers."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Final

from aiohttp import web
from aiohttp_session import Session, get_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from chitext.admin.models import StaffUser
from chitext.keys import SESSIONMAKER
from chitext.settings import Settings

SESSION_COOKIE: Final = "chitext_admin"
SESSION_MAX_AGE: Final = 12 * 60 * 60  # a working day; the cookie's encryption enforces it too
SESSION_KEY_FILE: Final = "admin-session.key"
CSRF_FIELD: Final = "csrf_token"
CSRF_HEADER: Final = "X-CSRF-Token"
STAFF: Final = web.RequestKey("staff", StaffUser)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Pages anyone may load: the sign-in form and the stylesheet/scripts it needs.
PUBLIC_ROUTES: Final = frozenset({"sign_in", "sign_in_post", "static"})


def session_key(settings: Settings) -> bytes:
    """32 bytes for the cookie cipher: from CHITEXT_SECRET_KEY, else a key kept in the data dir.

    The stored key is created once (exclusively, so two processes starting together agree)
    and sessions then survive restarts. Several hosts need CHITEXT_SECRET_KEY set alike.
    """
    if settings.secret_key:
        return hashlib.sha256(b"chitext-admin-session:" + settings.secret_key.encode()).digest()
    path = settings.data_dir / SESSION_KEY_FILE
    return _read_or_create_key(path)


def _read_or_create_key(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(key) != 32:
            raise RuntimeError(
                f"{path} does not hold a 32-byte key; delete it to make a new one"
            ) from None
        return key
    key = secrets.token_bytes(32)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return key


def cookie_storage(settings: Settings) -> EncryptedCookieStorage:
    return EncryptedCookieStorage(
        session_key(settings),
        cookie_name=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        path="/admin/",
        httponly=True,
        samesite="Lax",
        secure=settings.effective_public_url.startswith("https://"),
    )


def csrf_token(session: Session) -> str:
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


async def _posted_token(request: web.Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        value = (await request.post()).get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


@web.middleware
async def security_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every admin request: CSRF on state changes, a signed-in active account, no caching."""
    session = await get_session(request)
    route_name = request.match_info.route.name
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        expected = session.get(CSRF_FIELD)
        given = await _posted_token(request)
        if not isinstance(expected, str) or not hmac.compare_digest(expected, given):
            raise web.HTTPForbidden(
                text="This form has expired or did not come from ChiTEXT. "
                "Go back, reload the page and try again."
            )
    if route_name not in PUBLIC_ROUTES:
        staff = await _signed_in_staff(request, session)
        if staff is None:
            if request.method == "GET" and not request.path.endswith(".json"):
                location = request.app.router["sign_in"].url_for().with_query(next=request.path_qs)
                raise web.HTTPSeeOther(location)
            raise web.HTTPUnauthorized(text="Sign in first.")
        request[STAFF] = staff
    response = await handler(request)
    _harden(response)
    return response


async def _signed_in_staff(request: web.Request, session: Session) -> StaffUser | None:
    staff_id = session.get("staff_id")
    if not isinstance(staff_id, int):
        return None
    async with request.config_dict[SESSIONMAKER]() as db:
        staff = await db.get(StaffUser, staff_id)
    if staff is None or not staff.active:
        # A deactivated account loses its open sessions at their next request.
        session.invalidate()
        return None
    return staff


def _harden(response: web.StreamResponse) -> None:
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    # Inline style attributes draw the report bars; scripts come only from our static files.
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
        "form-action 'self'; base-uri 'none'",
    )


def require_admin(handler: Handler) -> Handler:
    async def admin_only(request: web.Request) -> web.StreamResponse:
        if request[STAFF].role != "admin":
            raise web.HTTPForbidden(text="Only administrators can open this page.")
        return await handler(request)

    return admin_only


def client_ip(request: web.Request) -> str | None:
    return request.remote
