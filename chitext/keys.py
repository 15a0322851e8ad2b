"""Typed application keys shared by the `setup_*` functions."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from chitext.engine.context import Services
from chitext.engine.engine import ConversationEngine
from chitext.metrics import Metrics
from chitext.settings import Settings
from intents.types import Understander
from responses.catalog import TemplateCatalog, TemplateOverrides

SETTINGS = web.AppKey("settings", Settings)
METRICS = web.AppKey("metrics", Metrics)
DB_ENGINE = web.AppKey("db_engine", AsyncEngine)
SESSIONMAKER = web.AppKey("sessionmaker", async_sessionmaker[AsyncSession])
SERVICES = web.AppKey("services", Services)
UNDERSTANDER = web.AppKey("understander", Understander)
CATALOG = web.AppKey("catalog", TemplateCatalog)
TEMPLATE_OVERRIDES = web.AppKey("template_overrides", TemplateOverrides)
ENGINE = web.AppKey("engine", ConversationEngine)
