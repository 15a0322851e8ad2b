"""`setup_csr(app)`: the CSR, its client in `Services`, and the request jobs in the outbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.channels.api import has_api_key
from chitext.geo import ChicagoGridGeocoder
from chitext.keys import (
    CATALOG,
    JOB_HANDLERS,
    OPEN311_CLIENT,
    SERVICES,
    SESSIONMAKER,
    SETTINGS,
    TEMPLATE_OVERRIDES,
)
from chitext.servicerequests.csr import (
    BUNDLED_JURISDICTION,
    CSR_CLIENT,
    DEFINITIONS,
    BundledCsrClient,
    ServiceDefinitions,
    open311_client,
)
from chitext.servicerequests.intake import CSR_SUBMIT
from chitext.servicerequests.jobs import CSR_FOLLOW, CSR_TOKEN, RequestJobs, ensure_follower
from chitext.servicerequests.location import GEOCODER
from chitext.servicerequests.texts import ResidentTexts
from csr_client import Open311Client, ServiceRequestClient
from csr_client.server import OPEN311_MOUNT_PATH, create_open311_app


def setup_csr(app: web.Application) -> None:
    """With `CHITEXT_OPEN311_URL` unset, serve the bundled CSR at /open311/v2 and use it
    in-process; with it set, use that endpoint. Call after `setup_engine`, before
    `setup_outbox`: the client goes into the engine's `Services`, the jobs into the worker's
    handlers."""
    settings = app[SETTINGS]
    if settings.uses_bundled_csr:
        # Routes freeze at startup, so the sub-application is added now; the database only
        # exists once `setup_database`'s context has run, hence the late-bound sessionmaker.
        app.add_subapp(
            OPEN311_MOUNT_PATH,
            create_open311_app(
                LateSessionmaker(app),  # type: ignore[arg-type]
                jurisdiction_id=BUNDLED_JURISDICTION,
                public_base_url=settings.effective_public_url,
                # Work-order systems update and close requests with a JSON-API bearer key.
                staff_auth=has_api_key,
            ),
        )

    async def csr(app: web.Application) -> AsyncIterator[None]:
        city_client: Open311Client | None = None
        client: ServiceRequestClient
        if settings.open311_url is None:
            client = BundledCsrClient(app[SESSIONMAKER])
        else:
            city_client = open311_client(
                settings.open311_url,
                api_key=settings.open311_api_key,
                jurisdiction_id=settings.open311_jurisdiction,
            )
            client = city_client
        app[OPEN311_CLIENT] = client
        use_csr_client(app, client)
        await ensure_follower(app[SESSIONMAKER], utc_now)
        yield
        if city_client is not None:
            await city_client.close()

    app.cleanup_ctx.append(csr)


def utc_now() -> datetime:
    return datetime.now(UTC)


def use_csr_client(app: web.Application, client: ServiceRequestClient) -> None:
    """Make `client` the CSR of handlers, dialogs and the request jobs (tests swap in twins)."""
    extensions = app[SERVICES].extensions
    extensions[CSR_CLIENT] = client
    extensions[DEFINITIONS] = ServiceDefinitions(client)
    extensions.setdefault(GEOCODER, ChicagoGridGeocoder())
    jobs = RequestJobs(
        app[SESSIONMAKER],
        client,
        ResidentTexts(app[CATALOG], app[TEMPLATE_OVERRIDES]),
        utc_now,
    )
    app[JOB_HANDLERS][CSR_SUBMIT] = jobs.submit
    app[JOB_HANDLERS][CSR_TOKEN] = jobs.trade_token
    app[JOB_HANDLERS][CSR_FOLLOW] = jobs.follow


class LateSessionmaker:
    """Opens sessions from the app's sessionmaker, which `setup_database` creates at startup."""

    def __init__(self, app: web.Application) -> None:
        self._app = app

    def __call__(self) -> AsyncSession:
        sessionmaker: async_sessionmaker[AsyncSession] = self._app[SESSIONMAKER]
        return sessionmaker()
