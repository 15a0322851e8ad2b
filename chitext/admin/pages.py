"""Helpers the admin views share: flash notices, lookups, form fields."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web
from aiohttp_session import Session, get_session

from chitext.admin.models import StaffUser
from chitext.admin.security import STAFF, client_ip
from chitext.answers.catalog import TemplateCatalog
from chitext.keys import CATALOG


def flash(session: Session, message: str, kind: str = "ok") -> None:
    """A one-time notice shown on the next page (after a redirect)."""
    session["flash"] = [*session.get("flash", []), {"kind": kind, "text": message}]


async def flash_to(request: web.Request, message: str, kind: str = "ok") -> None:
    flash(await get_session(request), message, kind)


def staff(request: web.Request) -> StaffUser:
    return request[STAFF]


def catalog(request: web.Request) -> TemplateCatalog:
    return request.config_dict[CATALOG]


def ip(request: web.Request) -> str | None:
    return client_ip(request)


def field(form: Mapping[str, object], name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def redirect(request: web.Request, route: str, **parts: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(request.app.router[route].url_for(**parts))
