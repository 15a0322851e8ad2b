"""Information answers (issue 8): ward, police and beat meetings, events, shelter, airports,
departments, non-emergency police reports, interpreters.

`setup_information(app)` seeds the editable tables (beat meetings, events) from the shipped
samples on first start; handlers are routed in `chitext/handlers/__init__.py` and the
dialogs registered in `chitext/app.py setup_engine` via `chitext.info.handlers.dialog_steps`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import web

from chitext.info import beat_meetings, events
from chitext.keys import SESSIONMAKER

log = logging.getLogger(__name__)


def setup_information(app: web.Application) -> None:
    async def seed(app: web.Application) -> AsyncIterator[None]:
        async with app[SESSIONMAKER].begin() as session:
            if await beat_meetings.seed_if_empty(session):
                log.info("beat meetings seeded from %s", beat_meetings.SHIPPED_SCHEDULE_FILE)
            if await events.seed_if_empty(session):
                log.info("events seeded from %s", events.SHIPPED_FEED_FILE)
        yield

    app.cleanup_ctx.append(seed)
