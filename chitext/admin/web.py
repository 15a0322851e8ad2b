"""`setup_admin(app)`: the staff UI as a sub-application at /admin/, and the editors'
template overrides installed for the engine."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Final

import aiohttp_jinja2
import aiohttp_session
import jinja2
from aiohttp import web

from chitext.admin.content import DatabaseOverrides
from chitext.admin.security import STAFF, cookie_storage, csrf_token, security_middleware
from chitext.admin.views import auth, inbox, reports, simulator, templates, users
from chitext.keys import SESSIONMAKER, SETTINGS, TEMPLATE_OVERRIDES
from chitext.settings import Settings

PACKAGE_DIR: Final = Path(__file__).resolve().parent

# aiohttp-session and aiohttp-jinja2 keep their state under plain string request keys and
# aiohttp warns about that. It is the libraries' code, not ours: noise in the logs.
warnings.filterwarnings("ignore", category=web.NotAppKeyWarning, module="aiohttp_(session|jinja2)")


def setup_admin(app: web.Application) -> None:
    """Mount /admin/ and make editors' saves the engine's overrides.

    Call after setup_database and before setup_engine: the overrides are installed in a
    cleanup context that runs between the two.
    """

    async def overrides(app: web.Application) -> AsyncIterator[None]:
        app[TEMPLATE_OVERRIDES] = DatabaseOverrides(app[SESSIONMAKER])
        yield

    app.cleanup_ctx.append(overrides)
    app.add_subapp("/admin/", create_admin_app(app[SETTINGS]))
    app.router.add_get("/admin", _to_admin_root)


async def _to_admin_root(request: web.Request) -> web.StreamResponse:
    raise web.HTTPPermanentRedirect("/admin/")


def create_admin_app(settings: Settings) -> web.Application:
    admin = web.Application()
    aiohttp_session.setup(admin, cookie_storage(settings))
    admin.middlewares.append(security_middleware)
    aiohttp_jinja2.setup(
        admin,
        loader=jinja2.FileSystemLoader(PACKAGE_DIR / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        context_processors=[_page_context],
    )
    admin.router.add_static("/static/", PACKAGE_DIR / "static", name="static")
    auth.add_routes(admin.router)
    templates.add_routes(admin.router)
    simulator.add_routes(admin.router)
    inbox.add_routes(admin.router)
    reports.add_routes(admin.router)
    users.add_routes(admin.router)
    return admin


async def _page_context(request: web.Request) -> dict[str, Any]:
    session = await aiohttp_session.get_session(request)
    flashes = session.pop("flash", [])
    return {
        "staff": request.get(STAFF),
        "csrf_token": csrf_token(session),
        "flashes": flashes if isinstance(flashes, list) else [],
        "url": request.app.router,
        "path": request.path,
    }
