"""What the gateway needs from a 311 system, and the GeoReport v2 HTTP client providing it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, tzinfo
from types import TracebackType
from typing import Any, Protocol, Self
from urllib.parse import quote

import aiohttp

from csr_client import wire
from csr_client.errors import (
    GeoReportError,
    Open311Error,
    Open311NotFound,
    Open311ProtocolError,
    Open311RequestRejected,
    Open311TokenPending,
    Open311Unavailable,
)
from csr_client.models import (
    Discovery,
    NewServiceRequest,
    RequestQuery,
    Service,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

# Statuses that say "try again later" rather than "your request is wrong".
RETRYABLE_CLIENT_STATUSES = frozenset({408, 425, 429})


class ServiceRequestClient(Protocol):
    """The calls the gateway makes to a 311 system. Every method raises only `Open311Error`s."""

    async def list_services(self) -> list[Service]: ...

    async def get_service_definition(self, service_code: str) -> ServiceDefinition: ...

    async def submit(self, request: NewServiceRequest) -> SubmitResult: ...

    async def request_id_for_token(self, token: str) -> str | None:
        """The id the server assigned for `token`, or None while it has not assigned one."""
        ...

    async def wait_for_request_id(self, token: str, *, max_wait: float = 60.0) -> str:
        """Poll `request_id_for_token` with backoff; `Open311TokenPending` after `max_wait`s."""
        ...

    async def get_request(self, service_request_id: str) -> ServiceRequest: ...

    async def get_requests(self, query: RequestQuery | None = None) -> list[ServiceRequest]: ...


async def poll_for_request_id(
    lookup: Callable[[str], Awaitable[str | None]],
    token: str,
    *,
    max_wait: float,
    initial_delay: float,
    max_delay: float,
    sleep: Sleep,
    clock: Clock,
) -> str:
    """Ask `lookup(token)` until it gives an id, doubling the pause each time up to `max_delay`.

    Chicago assigns ids asynchronously ("this can take an undetermined amount of time"), so a
    transient `Open311Unavailable` while polling is treated like "not yet".
    """
    deadline = clock() + max_wait
    delay = initial_delay
    while True:
        try:
            request_id = await lookup(token)
        except Open311Unavailable:
            request_id = None
        if request_id is not None:
            return request_id
        remaining = deadline - clock()
        if remaining <= 0:
            raise Open311TokenPending(token)
        await sleep(min(delay, remaining))
        delay = min(delay * 2, max_delay)


def query_params(query: RequestQuery) -> dict[str, str]:
    params: dict[str, str] = {}
    if query.service_request_ids:
        params["service_request_id"] = ",".join(query.service_request_ids)
    if query.service_codes:
        params["service_code"] = ",".join(query.service_codes)
    if query.statuses:
        params["status"] = ",".join(status.value for status in query.statuses)
    dates = {
        "start_date": query.start_date,
        "end_date": query.end_date,
        "updated_after": query.updated_after,
        "updated_before": query.updated_before,
    }
    params.update({name: wire.format_datetime(value) for name, value in dates.items() if value})
    if query.page is not None:
        params["page"] = str(query.page)
    if query.page_size is not None:
        params["page_size"] = str(query.page_size)
    return params


class Open311Client:
    """GeoReport v2 over HTTP (aiohttp), JSON or XML, with Chicago's token flow and extensions.

    `base_url` is the endpoint root, e.g. `http://311api.cityofchicago.org/open311/v2/`.
    Pass a shared `session` to reuse connections; otherwise the client opens its own and
    `close()` (or `async with`) releases it.
    """

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        jurisdiction_id: str | None = None,
        wire_format: wire.WireFormat = "json",
        timeout: float = 10.0,
        extensions: bool = True,
        session: aiohttp.ClientSession | None = None,
        assume_timezone: tzinfo = UTC,
        poll_initial_delay: float = 1.0,
        poll_max_delay: float = 15.0,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
    ) -> None:
        self._base_url = base_url.rstrip("/") + "/"
        self._api_key = api_key
        self._jurisdiction_id = jurisdiction_id
        self._format = wire_format
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._extensions = extensions
        self._session = session
        self._owns_session = session is None
        self._assume_timezone = assume_timezone
        self._poll_initial_delay = poll_initial_delay
        self._poll_max_delay = poll_max_delay
        self._sleep = sleep
        self._clock = clock

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def discover(self) -> Discovery:
        return wire.parse_discovery(await self._call("GET", "discovery"))

    async def list_services(self) -> list[Service]:
        return wire.parse_services(await self._call("GET", "services"))

    async def get_service_definition(self, service_code: str) -> ServiceDefinition:
        data = await self._call("GET", f"services/{quote(service_code, safe='')}")
        return wire.parse_service_definition(data)

    async def submit(self, request: NewServiceRequest) -> SubmitResult:
        form = wire.encode_new_request(
            request, api_key=self._api_key, jurisdiction_id=self._jurisdiction_id
        )
        return wire.parse_submit_result(await self._call("POST", "requests", form=form))

    async def request_id_for_token(self, token: str) -> str | None:
        try:
            data = await self._call("GET", f"tokens/{quote(token, safe='')}")
        except Open311NotFound:
            # Servers answer 404 for a token whose request they have not created yet.
            return None
        return wire.parse_token_answer(data)

    async def wait_for_request_id(self, token: str, *, max_wait: float = 60.0) -> str:
        return await poll_for_request_id(
            self.request_id_for_token,
            token,
            max_wait=max_wait,
            initial_delay=self._poll_initial_delay,
            max_delay=self._poll_max_delay,
            sleep=self._sleep,
            clock=self._clock,
        )

    async def get_request(self, service_request_id: str) -> ServiceRequest:
        path = f"requests/{quote(service_request_id, safe='')}"
        data = await self._call("GET", path, params=self._extension_params())
        requests = wire.parse_service_requests(data, self._assume_timezone)
        if not requests:
            raise Open311NotFound(404, (GeoReportError(404, f"no request {service_request_id}"),))
        return requests[0]

    async def get_requests(self, query: RequestQuery | None = None) -> list[ServiceRequest]:
        params = {**self._extension_params(), **query_params(query or RequestQuery())}
        data = await self._call("GET", "requests", params=params)
        return wire.parse_service_requests(data, self._assume_timezone)

    def _extension_params(self) -> dict[str, str]:
        return {"extensions": "true"} if self._extensions else {}

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        form: Sequence[tuple[str, str]] | None = None,
    ) -> Any:
        url = f"{self._base_url}{path}.{self._format}"
        query = dict(params or {})
        if self._jurisdiction_id and form is None:
            query["jurisdiction_id"] = self._jurisdiction_id
        if self._session is None:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.request(
                method, url, params=query, data=form, timeout=self._timeout
            ) as response:
                status = response.status
                body = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            reason = str(exc) or type(exc).__name__
            raise Open311Unavailable(f"{method} {url}: {reason}") from exc
        if 200 <= status < 300:
            return wire.decode(body)
        raise error_for_status(status, body)


def error_for_status(status: int, body: bytes) -> Open311Error:
    try:
        errors = wire.parse_errors(wire.decode(body))
    except Open311ProtocolError:
        # Proxies and crashed servers answer with HTML or nothing: keep a short excerpt.
        excerpt = body.decode("utf-8", errors="replace").strip()[:200]
        errors = (GeoReportError(status, excerpt),) if excerpt else ()
    if status >= 500 or status in RETRYABLE_CLIENT_STATUSES:
        details = "; ".join(error.description for error in errors)
        return Open311Unavailable(f"HTTP {status}: {details or 'server error'}", status=status)
    if status == 404:
        return Open311NotFound(status, errors)
    if 400 <= status < 500:
        return Open311RequestRejected(status, errors)
    return Open311ProtocolError(f"unexpected HTTP status {status}")
