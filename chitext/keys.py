"""Typed application keys shared by the `setup_*` functions."""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from chitext.answers.catalog import TemplateCatalog, TemplateOverrides
from chitext.engine.context import Services
from chitext.engine.engine import ConversationEngine
from chitext.metrics import Metrics
from chitext.outbox.send import WebPush
from chitext.outbox.sender import MessageSender
from chitext.outbox.worker import JobHandler, OutboxWorker
from chitext.settings import Settings
from csr_client import ServiceRequestClient
from intents.types import Understander

SETTINGS = web.AppKey("settings", Settings)
METRICS = web.AppKey("metrics", Metrics)
DB_ENGINE = web.AppKey("db_engine", AsyncEngine)
SESSIONMAKER = web.AppKey("sessionmaker", async_sessionmaker[AsyncSession])
SERVICES = web.AppKey("services", Services)
UNDERSTANDER = web.AppKey("understander", Understander)
CATALOG = web.AppKey("catalog", TemplateCatalog)
TEMPLATE_OVERRIDES = web.AppKey("template_overrides", TemplateOverrides)
ENGINE = web.AppKey("engine", ConversationEngine)
# Job kind → handler; capability setups add theirs before the worker starts.
JOB_HANDLERS = web.AppKey("job_handlers", dict[str, JobHandler])
OUTBOX_WORKER = web.AppKey("outbox_worker", OutboxWorker)
# None when Twilio REST is not configured: SMS sends then fail visibly, nothing else does.
MESSAGE_SENDER = web.AppKey("message_sender", MessageSender)
WEB_PUSH: web.AppKey[WebPush] = web.AppKey("web_push")
# The CSR the gateway talks to: the bundled one in-process, or a city Open311 endpoint.
OPEN311_CLIENT: web.AppKey[ServiceRequestClient] = web.AppKey("open311_client")
