"""An in-process `ServiceRequestClient` for tests of the packages that use one.

It validates like the bundled server (same catalogue, same checks), can hand out tokens
before ids the way Chicago does, and can be switched "down" to exercise retry paths.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from itertools import count

from chitext.store.base import utcnow
from csr_client.catalogue import Catalogue, load_catalogue
from csr_client.client import poll_for_request_id
from csr_client.errors import (
    GeoReportError,
    Open311NotFound,
    Open311RequestRejected,
    Open311Unavailable,
)
from csr_client.models import (
    NewServiceRequest,
    RequestNote,
    RequestQuery,
    RequestStatus,
    Service,
    ServiceDefinition,
    ServiceRequest,
    SubmitResult,
)
from csr_client.validation import attribute_problems, location_problems


class InMemoryServiceRequestClient:
    def __init__(
        self,
        catalogue: Catalogue | None = None,
        *,
        polls_before_id: int = 0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        """`polls_before_id`: with 0 a submit answers with the id at once; with N > 0 it
        answers with a token only, and `tokens/{token}` gives the id from the Nth poll on."""
        self.catalogue = catalogue or load_catalogue()
        self.down = False
        self.submitted: list[NewServiceRequest] = []
        self._polls_before_id = polls_before_id
        self._clock = clock
        self._requests: dict[str, ServiceRequest] = {}
        self._pending_tokens: dict[str, tuple[str, int]] = {}
        self._sequence = count(1)

    def _check_up(self) -> None:
        if self.down:
            raise Open311Unavailable("in-memory CSR is switched down")

    async def list_services(self) -> list[Service]:
        self._check_up()
        return [entry.service for entry in self.catalogue]

    async def get_service_definition(self, service_code: str) -> ServiceDefinition:
        self._check_up()
        entry = self.catalogue.get(service_code)
        if entry is None:
            raise not_found(f"no service {service_code}")
        return entry.definition

    async def submit(self, request: NewServiceRequest) -> SubmitResult:
        self._check_up()
        entry = self.catalogue.get(request.service_code)
        if entry is None:
            raise rejected([f"unknown service_code {request.service_code}"])
        problems = location_problems(request.lat, request.long, request.address_string)
        problems += attribute_problems(entry.definition, request.attributes)
        if problems:
            raise rejected(problems)
        now = self._clock()
        number = next(self._sequence)
        request_id = f"SR{now:%y}-{number:08d}"
        self._requests[request_id] = ServiceRequest(
            service_request_id=request_id,
            status=RequestStatus.OPEN,
            service_code=entry.service_code,
            service_name=entry.service.service_name,
            description=request.description,
            agency_responsible=entry.agency_responsible,
            service_notice=entry.service_notice,
            requested_datetime=now,
            updated_datetime=now,
            address=request.address_string,
            lat=request.lat,
            long=request.long,
            media_url=request.media_url,
            attributes=dict(request.attributes),
            notes=(RequestNote(type="opened", datetime=now, summary="Request opened"),),
        )
        self.submitted.append(request)
        if self._polls_before_id == 0:
            return SubmitResult(request_id, None, entry.service_notice)
        token = f"token-{number}"
        self._pending_tokens[token] = (request_id, self._polls_before_id)
        return SubmitResult(None, token, entry.service_notice)

    async def request_id_for_token(self, token: str) -> str | None:
        self._check_up()
        if token not in self._pending_tokens:
            raise not_found(f"no token {token}")
        request_id, polls_left = self._pending_tokens[token]
        if polls_left > 1:
            self._pending_tokens[token] = (request_id, polls_left - 1)
            return None
        return request_id

    async def wait_for_request_id(self, token: str, *, max_wait: float = 60.0) -> str:
        loop = asyncio.get_running_loop()
        return await poll_for_request_id(
            self.request_id_for_token,
            token,
            max_wait=max_wait,
            initial_delay=0.0,
            max_delay=0.0,
            sleep=asyncio.sleep,
            clock=loop.time,
        )

    async def get_request(self, service_request_id: str) -> ServiceRequest:
        self._check_up()
        if service_request_id not in self._requests:
            raise not_found(f"no request {service_request_id}")
        return self._requests[service_request_id]

    async def get_requests(self, query: RequestQuery | None = None) -> list[ServiceRequest]:
        self._check_up()
        query = query or RequestQuery()
        matches = [r for r in self._requests.values() if matches_query(r, query)]
        matches.sort(key=lambda r: r.service_request_id, reverse=True)
        if query.page_size is None:
            return matches
        start = ((query.page or 1) - 1) * query.page_size
        return matches[start : start + query.page_size]

    def set_status(
        self, service_request_id: str, status: RequestStatus, status_notes: str | None = None
    ) -> ServiceRequest:
        """Stand-in for a department closing (or reopening) a request."""
        current = self._requests[service_request_id]
        now = self._clock()
        note = RequestNote(
            type=status.value if status is RequestStatus.CLOSED else "activity",
            datetime=now,
            summary="Request closed" if status is RequestStatus.CLOSED else "Request reopened",
            description=status_notes,
        )
        updated = replace(
            current,
            status=status,
            status_notes=status_notes,
            updated_datetime=now,
            notes=(*current.notes, note),
        )
        self._requests[service_request_id] = updated
        return updated


def matches_query(request: ServiceRequest, query: RequestQuery) -> bool:
    if query.service_request_ids:
        return request.service_request_id in query.service_request_ids
    requested = request.requested_datetime
    updated = request.updated_datetime
    checks = (
        not query.service_codes or request.service_code in query.service_codes,
        not query.statuses or request.status in query.statuses,
        query.start_date is None or (requested is not None and requested >= query.start_date),
        query.end_date is None or (requested is not None and requested <= query.end_date),
        query.updated_after is None or (updated is not None and updated > query.updated_after),
        query.updated_before is None or (updated is not None and updated < query.updated_before),
    )
    return all(checks)


def rejected(problems: list[str]) -> Open311RequestRejected:
    return Open311RequestRejected(400, tuple(GeoReportError(400, p) for p in problems))


def not_found(description: str) -> Open311NotFound:
    return Open311NotFound(404, (GeoReportError(404, description),))
