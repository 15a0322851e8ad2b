"""Administrators' pages: staff accounts and the audit log."""

from __future__ import annotations

from typing import Any

import aiohttp_jinja2
from aiohttp import web

from chitext.admin import audit
from chitext.admin.accounts import AccountError, add_user, change_user, list_users
from chitext.admin.models import ROLES, StaffUser
from chitext.admin.pages import field, flash_to, ip, redirect, staff
from chitext.admin.security import require_admin
from chitext.keys import SESSIONMAKER

AUDIT_ACTIONS = (
    audit.SIGN_IN,
    audit.SIGN_IN_FAILED,
    audit.SIGN_OUT,
    audit.TEMPLATE_SAVE,
    audit.TEMPLATE_ROLLBACK,
    audit.TEMPLATE_RESET,
    audit.TEMPLATE_IMPORT,
    audit.USER_ADD,
    audit.USER_CHANGE,
    audit.HANDOFF_TAKE,
    audit.HANDOFF_REPLY,
    audit.HANDOFF_RELEASE,
)


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/users", require_admin(users_page), name="users")
    router.add_post("/users", require_admin(create_user), name="user_add")
    router.add_post("/users/{id:\\d+}", require_admin(update_user), name="user_change")
    router.add_get("/audit", require_admin(audit_page), name="audit")


async def _users_context(request: web.Request, **extra: Any) -> dict[str, Any]:
    async with request.config_dict[SESSIONMAKER]() as db:
        users = await list_users(db)
    return {"users": users, "roles": ROLES, "error": None, "new_email": "", **extra}


async def users_page(request: web.Request) -> web.StreamResponse:
    return aiohttp_jinja2.render_template("users.html", request, await _users_context(request))


async def create_user(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    email = field(form, "email")
    admin = staff(request)
    try:
        async with request.config_dict[SESSIONMAKER].begin() as db:
            user = await add_user(db, email, field(form, "password"), field(form, "role"))
            audit.record(
                db,
                audit.USER_ADD,
                actor=admin.email,
                subject=user.email,
                ip=ip(request),
                details={"role": user.role},
            )
    except AccountError as exc:
        context = await _users_context(request, error=str(exc), new_email=email)
        response = aiohttp_jinja2.render_template("users.html", request, context)
        response.set_status(422)
        return response
    await flash_to(request, f"Added {user.email} as {user.role}.")
    raise redirect(request, "users")


async def update_user(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    admin = staff(request)
    role = field(form, "role") or None
    active_field = field(form, "active")
    active = None if not active_field else active_field == "yes"
    try:
        async with request.config_dict[SESSIONMAKER].begin() as db:
            user = await db.get(StaffUser, int(request.match_info["id"]))
            if user is None:
                raise web.HTTPNotFound(text="There is no such account.")
            changes = await change_user(db, user, role=role, active=active)
            if changes:
                audit.record(
                    db,
                    audit.USER_CHANGE,
                    actor=admin.email,
                    subject=user.email,
                    ip=ip(request),
                    details=changes,
                )
    except AccountError as exc:
        await flash_to(request, str(exc), "error")
        raise redirect(request, "users") from None
    if changes:
        described = ", ".join(f"{name} → {value}" for name, value in changes.items())
        await flash_to(request, f"{user.email}: {described}.")
    raise redirect(request, "users")


async def audit_page(request: web.Request) -> web.StreamResponse:
    action = request.query.get("action") or None
    if action not in AUDIT_ACTIONS:
        action = None
    async with request.config_dict[SESSIONMAKER]() as db:
        entries = await audit.recent_entries(db, action=action)
    context = {"entries": entries, "actions": AUDIT_ACTIONS, "action": action}
    return aiohttp_jinja2.render_template("audit.html", request, context)
