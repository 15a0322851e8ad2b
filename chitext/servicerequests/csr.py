"""Which CSR the gateway talks to, and how handlers, dialogs and jobs reach it.

With `CHITEXT_OPEN311_URL` set, an `Open311Client` talks to that endpoint. Without it, the
bundled CSR is mounted at `/open311/v2` for the outside world, and the gateway itself uses
`BundledCsrClient`: the same validation, storage and GeoReport rendering as that server, called
in-process on the same database. Going through our own HTTP port instead would need to know
the address `serve` is reachable on from inside (a proxy, `--host 0.0.0.0`, a test server on a
random port) and would make every turn depend on the server accepting its own connections.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from multidict import MultiDict
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.engine.context import ServiceKey
from chitext.store.base import utcnow
from csr_client import (
    GeoReportError,
    NewServiceRequest,
    Open311Client,
    Open311Error,
    Open311NotFound,
    Open311RequestRejected,
    Open311Unavailable,
    RequestQuery,
    Service,
    ServiceDefinition,
    ServiceRequest,
    ServiceRequestClient,
    SubmitResult,
    wire,
)
from csr_client.catalogue import Catalogue, load_catalogue
from csr_client.client import poll_for_request_id
from csr_client.server import OPEN311_MOUNT_PATH, render, store
from csr_client.server import app as server_app

CSR_CLIENT: ServiceKey[ServiceRequestClient] = ServiceKey("csr_client")

# A city endpoint gets this long per call; the outbox retries whatever did not make it.
OPEN311_TIMEOUT_SECONDS = 10.0
BUNDLED_JURISDICTION = "chicago.gov"


class BundledCsrClient:
    """`ServiceRequestClient` over the bundled CSR's tables, without the HTTP hop.

    Submissions are validated by the bundled server's own `validate_submission` on the form
    fields an `Open311Client` would POST, and answers are read back through the server's
    GeoReport rendering, so what the gateway sees is what `/open311/v2` shows.
    """

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        catalogue: Catalogue | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._catalogue = catalogue or load_catalogue()
        self._clock = clock
        self._config = server_app.CsrConfig(
            sessionmaker=sessionmaker,
            catalogue=self._catalogue,
            jurisdiction_id=BUNDLED_JURISDICTION,
            api_url=OPEN311_MOUNT_PATH,
            api_keys=frozenset(),
            staff_auth=None,
            clock=clock,
        )

    async def list_services(self) -> list[Service]:
        return [entry.service for entry in self._catalogue]

    async def get_service_definition(self, service_code: str) -> ServiceDefinition:
        entry = self._catalogue.get(service_code)
        if entry is None:
            raise _not_found(f"service_code {service_code} not found")
        return entry.definition

    async def submit(self, request: NewServiceRequest) -> SubmitResult:
        form = MultiDict(wire.encode_new_request(request, api_key=None, jurisdiction_id=None))
        try:
            submission = server_app.validate_submission(self._config, form)
        except server_app.GeoReportHTTPError as error:
            raise Open311RequestRejected(
                error.status, tuple(GeoReportError(error.status, d) for d in error.descriptions)
            ) from None
        try:
            async with self._sessionmaker() as session, session.begin():
                row = await store.create_request(session, submission, self._clock())
                return SubmitResult(row.service_request_id, row.token, row.service_notice)
        except SQLAlchemyError as exc:
            raise Open311Unavailable(f"bundled CSR database: {type(exc).__name__}") from exc

    async def request_id_for_token(self, token: str) -> str | None:
        try:
            async with self._sessionmaker() as session:
                row = await store.find_by_token(session, token)
        except SQLAlchemyError as exc:
            raise Open311Unavailable(f"bundled CSR database: {type(exc).__name__}") from exc
        if row is None:
            raise _not_found(f"token {token} not found")
        return row.service_request_id

    async def wait_for_request_id(self, token: str, *, max_wait: float = 60.0) -> str:
        loop = asyncio.get_running_loop()
        return await poll_for_request_id(
            self.request_id_for_token,
            token,
            max_wait=max_wait,
            initial_delay=0.1,
            max_delay=1.0,
            sleep=asyncio.sleep,
            clock=loop.time,
        )

    async def get_request(self, service_request_id: str) -> ServiceRequest:
        found = await self._read(RequestQuery(service_request_ids=(service_request_id,)))
        if not found:
            raise _not_found(f"service request {service_request_id} not found")
        return found[0]

    async def get_requests(self, query: RequestQuery | None = None) -> list[ServiceRequest]:
        return await self._read(query or RequestQuery())

    async def _read(self, query: RequestQuery) -> list[ServiceRequest]:
        try:
            async with self._sessionmaker() as session:
                rows = await store.search(session, query)
                payload = [render.request_payload(row, extensions=True) for row in rows]
        except SQLAlchemyError as exc:
            raise Open311Unavailable(f"bundled CSR database: {type(exc).__name__}") from exc
        return wire.parse_service_requests(payload)


def _not_found(description: str) -> Open311NotFound:
    return Open311NotFound(404, (GeoReportError(404, description),))


def open311_client(
    base_url: str, *, api_key: str | None, jurisdiction_id: str | None
) -> Open311Client:
    return Open311Client(
        base_url,
        api_key=api_key,
        jurisdiction_id=jurisdiction_id,
        timeout=OPEN311_TIMEOUT_SECONDS,
    )


# How long a turn waits for the CSR while a resident is texting; past that we go on without.
INTERACTIVE_TIMEOUT_SECONDS = 3.0
DEFINITIONS: ServiceKey[ServiceDefinitions] = ServiceKey("service_definitions")


class ServiceDefinitions:
    """Service definitions for the dialogs: from the CSR, cached; the shipped catalogue when
    the CSR cannot answer right now (a report must not wait for the city's server)."""

    def __init__(self, client: ServiceRequestClient, catalogue: Catalogue | None = None) -> None:
        self._client = client
        self._catalogue = catalogue or load_catalogue()
        self._cache: dict[str, ServiceDefinition] = {}

    async def get(self, service_code: str) -> ServiceDefinition:
        cached = self._cache.get(service_code)
        if cached is not None:
            return cached
        try:
            definition = await asyncio.wait_for(
                self._client.get_service_definition(service_code), INTERACTIVE_TIMEOUT_SECONDS
            )
        except (Open311Error, TimeoutError):
            entry = self._catalogue.get(service_code)
            return entry.definition if entry is not None else ServiceDefinition(service_code)
        self._cache[service_code] = definition
        return definition
