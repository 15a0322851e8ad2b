"""`create_app(settings)`: the gateway, one `setup_*` per concern, resources in cleanup_ctx."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from chitext.admin.web import setup_admin
from chitext.answers.catalog import NoOverrides, TemplateCatalog, default_catalog
from chitext.channels.api import setup_api
from chitext.channels.twilio_sms import setup_twilio
from chitext.channels.webchat import setup_webchat
from chitext.engine.context import Services
from chitext.engine.engine import ConversationEngine
from chitext.handlers import build_routing_table
from chitext.info import setup_information
from chitext.info.handlers import dialog_steps as information_dialogs
from chitext.keys import (
    CATALOG,
    DB_ENGINE,
    ENGINE,
    JOB_HANDLERS,
    MESSAGE_SENDER,
    METRICS,
    OUTBOX_WORKER,
    SERVICES,
    SESSIONMAKER,
    SETTINGS,
    TEMPLATE_OVERRIDES,
    UNDERSTANDER,
    WEB_PUSH,
)
from chitext.metrics import Metrics
from chitext.outbox.jobs import SEND_MESSAGE
from chitext.outbox.send import RateLimiter, SendMessageJob
from chitext.outbox.sender import MessageSender, TwilioRestSender
from chitext.outbox.worker import JobHandler, OutboxWorker
from chitext.servicerequests.intake import REPORT_DIALOG, report_step
from chitext.servicerequests.setup import setup_csr
from chitext.settings import Settings
from chitext.store import db
from intents.types import Understander

log = logging.getLogger(__name__)

# Twilio's webhook bodies are a few KB; nothing any channel accepts comes near this.
MAX_BODY_BYTES = 64 * 1024
MAX_IMPORT_BYTES = 4 * 1024 * 1024
ADMIN_IMPORT_PATH = "/admin/import"


def create_app(
    settings: Settings,
    *,
    understander: Understander | None = None,
    catalog: TemplateCatalog | None = None,
) -> web.Application:
    """Build the gateway. Tests pass a ready `understander`; `serve` loads the trained model."""
    app = web.Application(
        client_max_size=MAX_BODY_BYTES,
        middlewares=[body_limit_middleware, metrics_middleware],
    )
    app[SETTINGS] = settings
    app[METRICS] = Metrics.create()
    app[CATALOG] = catalog or default_catalog()
    app[TEMPLATE_OVERRIDES] = NoOverrides()
    app[JOB_HANDLERS] = {}
    setup_database(app)
    setup_understanding(app, understander)
    # Before setup_engine: installs the editors' template overrides the engine reads.
    setup_admin(app)
    setup_engine(app)
    setup_information(app)
    setup_csr(app)
    setup_twilio(app)
    setup_api(app)
    setup_webchat(app)
    setup_outbox(app)
    setup_ops(app)
    return app


def setup_database(app: web.Application) -> None:
    async def database(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        await db.upgrade(settings.database_url)
        engine = db.create_engine(settings.database_url)
        app[DB_ENGINE] = engine
        app[SESSIONMAKER] = db.create_sessionmaker(engine)
        yield
        await engine.dispose()

    app.cleanup_ctx.append(database)


def setup_understanding(app: web.Application, understander: Understander | None) -> None:
    if understander is not None:
        app[UNDERSTANDER] = understander
        return

    async def load_model(app: web.Application) -> AsyncIterator[None]:
        from intents.pipeline import Pipeline

        # Training (first start only) and loading are CPU work: keep the loop free meanwhile.
        app[UNDERSTANDER] = await asyncio.to_thread(
            Pipeline.load, app[SETTINGS].model_dir, progress=True
        )
        yield

    app.cleanup_ctx.append(load_model)


def setup_engine(app: web.Application) -> None:
    async def engine(app: web.Application) -> AsyncIterator[None]:
        services = Services(
            settings=app[SETTINGS],
            sessionmaker=app[SESSIONMAKER],
            clock=lambda: datetime.now(UTC),
        )
        app[SERVICES] = services
        app[ENGINE] = ConversationEngine(
            services=services,
            understander=app[UNDERSTANDER],
            catalog=app[CATALOG],
            overrides=app[TEMPLATE_OVERRIDES],
            routes=build_routing_table(),
            dialogs={REPORT_DIALOG: report_step, **information_dialogs()},
            metrics=app[METRICS],
        )
        yield

    app.cleanup_ctx.append(engine)


def twilio_sender(settings: Settings) -> TwilioRestSender | None:
    if not (settings.twilio_account_sid and settings.twilio_auth_token and settings.twilio_from):
        return None
    return TwilioRestSender(
        account_sid=settings.twilio_account_sid,
        auth_token=settings.twilio_auth_token,
        from_number=settings.twilio_from,
        status_callback=f"{settings.effective_public_url}/twilio/status",
        api_base=settings.twilio_api_base,
    )


def setup_outbox(app: web.Application, sender: MessageSender | None = None) -> None:
    """Persisted background work; the worker runs in-process unless settings say otherwise."""

    async def outbox(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        rest_sender = None if MESSAGE_SENDER in app else twilio_sender(settings)
        if rest_sender is not None:
            app[MESSAGE_SENDER] = rest_sender
        app[JOB_HANDLERS][SEND_MESSAGE] = SendMessageJob(
            app[SESSIONMAKER],
            sender=app.get(MESSAGE_SENDER),
            from_number=settings.twilio_from,
            limiter=RateLimiter(settings.outbound_rate_per_second),
            web_push=app.get(WEB_PUSH),
        )
        handlers: dict[str, JobHandler] = app[JOB_HANDLERS]
        worker = OutboxWorker(app[SESSIONMAKER], handlers, clock=lambda: datetime.now(UTC))
        app[OUTBOX_WORKER] = worker
        stop = asyncio.Event()
        task = (
            asyncio.create_task(worker.run_forever(stop), name="outbox-worker")
            if settings.run_worker_in_process
            else None
        )
        yield
        stop.set()
        if task is not None:
            await task
        if rest_sender is not None:
            await rest_sender.close()

    if sender is not None:
        app[MESSAGE_SENDER] = sender
    app.cleanup_ctx.append(outbox)


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(db.ping(request.app[DB_ENGINE]), timeout=2)
        checks["database"] = "ok"
    except Exception as exc:  # any failure means "not ready", with the reason shown
        checks["database"] = f"error: {type(exc).__name__}"
    checks["model"] = "ok" if UNDERSTANDER in request.app else "loading"
    ready = all(value == "ok" for value in checks.values())
    return web.json_response(
        {"status": "ready" if ready else "not ready", "checks": checks},
        status=200 if ready else 503,
    )


async def metrics(request: web.Request) -> web.Response:
    body = generate_latest(request.app[METRICS].registry)
    response = web.Response(body=body)
    response.headers["Content-Type"] = CONTENT_TYPE_LATEST
    return response


def setup_ops(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz, name="healthz")
    app.router.add_get("/readyz", readyz, name="readyz")
    app.router.add_get("/metrics", metrics, name="metrics")


@web.middleware
async def body_limit_middleware(
    request: web.Request,
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
) -> web.StreamResponse:
    # Refuse an announced oversized body before reading any of it; a chunked body without a
    # length is still cut off by the limit while it is read.
    limit = body_limit(request.path)
    length = request.content_length
    if length is not None and length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=length)
    if limit != MAX_BODY_BYTES:
        request = request.clone(client_max_size=limit)
    return await handler(request)


def body_limit(path: str) -> int:
    """Translators upload every template in every language at once; nothing else needs much."""
    if path.startswith(ADMIN_IMPORT_PATH):
        return MAX_IMPORT_BYTES
    return MAX_BODY_BYTES


@web.middleware
async def metrics_middleware(
    request: web.Request,
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
) -> web.StreamResponse:
    route = request.match_info.route.resource
    name = route.canonical if route is not None else "unmatched"
    counter = request.app[METRICS].http_requests
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        counter.labels(name, f"{exc.status // 100}xx").inc()
        raise
    except Exception:
        counter.labels(name, "5xx").inc()
        request.app[METRICS].errors.labels("http").inc()
        log.exception("unhandled error on %s %s", request.method, request.path)
        raise
    counter.labels(name, f"{response.status // 100}xx").inc()
    return response
