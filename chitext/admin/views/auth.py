"""Sign-in, sign-out and the home page."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session, new_session
from sqlalchemy import func, select

from chitext.admin import audit
from chitext.admin.accounts import find_by_email, verify_password
from chitext.admin.content import latest_versions, template_overview
from chitext.admin.pages import catalog, field, flash, ip, redirect, staff
from chitext.admin.security import csrf_token
from chitext.keys import SESSIONMAKER
from chitext.store.base import utcnow
from chitext.store.models import Resident

SIGN_IN_FAILED_TEXT = "That email and password do not match an active account."
SIGN_IN_BLOCKED_TEXT = "Too many failed sign-ins. Wait 15 minutes and try again."


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/", home, name="home")
    router.add_get("/sign-in", sign_in_form, name="sign_in")
    router.add_post("/sign-in", sign_in, name="sign_in_post")
    router.add_post("/sign-out", sign_out, name="sign_out")


def _safe_next(value: str) -> str:
    # Only paths inside the admin: never an open redirect to another site.
    if value.startswith("/admin/") and not value.startswith("//"):
        return value
    return "/admin/"


@aiohttp_jinja2.template("sign_in.html")
async def sign_in_form(request: web.Request) -> dict[str, Any]:
    return {"next": _safe_next(request.query.get("next", "")), "email": "", "error": None}


async def sign_in(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    email = field(form, "email").strip().lower()
    password = field(form, "password")
    next_path = _safe_next(field(form, "next"))
    address = ip(request)
    signed_in: tuple[int, str] = (0, "")
    error: str | None
    async with request.config_dict[SESSIONMAKER].begin() as db:
        if await audit.sign_in_blocked(db, email, address):
            audit.record(
                db,
                audit.SIGN_IN_FAILED,
                actor=None,
                subject=email,
                ip=address,
                details={"reason": "rate limited"},
            )
            error = SIGN_IN_BLOCKED_TEXT
        else:
            user = await find_by_email(db, email)
            valid = verify_password(user.password_hash if user else None, password)
            if user is not None and valid and user.active:
                user.last_sign_in_at = utcnow()
                audit.record(db, audit.SIGN_IN, actor=user.email, subject=user.email, ip=address)
                signed_in = (user.id, user.email)
                error = None
            else:
                reason = "inactive account" if (user is not None and valid) else "bad credentials"
                audit.record(
                    db,
                    audit.SIGN_IN_FAILED,
                    actor=None,
                    subject=email,
                    ip=address,
                    details={"reason": reason},
                )
                error = SIGN_IN_FAILED_TEXT
    if error is None:
        # A fresh session (and CSRF token) on every sign-in: nothing carried over from before.
        session = await new_session(request)
        session["staff_id"] = signed_in[0]
        csrf_token(session)
        flash(session, f"Signed in as {signed_in[1]}.")
        raise web.HTTPSeeOther(next_path)
    response = aiohttp_jinja2.render_template(
        "sign_in.html", request, {"next": next_path, "email": email, "error": error}
    )
    response.set_status(429 if error == SIGN_IN_BLOCKED_TEXT else 401)
    return response


async def sign_out(request: web.Request) -> web.StreamResponse:
    user = staff(request)
    async with request.config_dict[SESSIONMAKER].begin() as db:
        audit.record(db, audit.SIGN_OUT, actor=user.email, subject=user.email, ip=ip(request))
    session = await get_session(request)
    session.invalidate()
    raise redirect(request, "sign_in")


@aiohttp_jinja2.template("home.html")
async def home(request: web.Request) -> dict[str, Any]:
    async with request.config_dict[SESSIONMAKER]() as db:
        waiting = (
            await db.execute(
                select(Resident.handoff_state, func.count())
                .where(Resident.handoff_state.is_not(None))
                .group_by(Resident.handoff_state)
            )
        ).all()
        latest = await latest_versions(db)
    overview = template_overview(catalog(request), latest)
    needs_work = sum(
        1 for row in overview for cell in row.cells if cell.status in ("outdated", "invalid")
    )
    return {
        "handoffs": {state: count for state, count in waiting},
        "template_count": len(overview),
        "needs_work": needs_work,
    }
