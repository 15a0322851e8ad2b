"""The bundled CSR: a GeoReport v2 server on the gateway's database, mounted at /open311/v2."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web
from multidict import MultiDict, MultiMapping
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.store.base import utcnow
from csr_client import wire
from csr_client.catalogue import Catalogue, load_catalogue
from csr_client.errors import Open311ProtocolError
from csr_client.models import AttributeValueInput, RequestQuery, RequestStatus
from csr_client.server import operations, render, store
from csr_client.server.tables import CsrServiceRequest
from csr_client.validation import MAX_DESCRIPTION_LENGTH, attribute_problems, location_problems

log = logging.getLogger(__name__)

OPEN311_MOUNT_PATH = "/open311/v2"
"""Where the gateway mounts this app: `app.add_subapp(OPEN311_MOUNT_PATH, open311_app)`."""

StaffAuth = Callable[[web.Request], Awaitable[bool]]
"""Decides whether a request to the staff endpoint comes from signed-in staff."""

FORMAT = r"{wire_format:json|xml}"
# Ids, codes and tokens never contain "/" or "."; the extension names the format.
SEGMENT = r"[^/.]+"
ATTRIBUTE_FIELD = re.compile(r"^attribute\[(?P<code>[^\]]+)\](?P<list>\[\])?$")


@dataclass(frozen=True, slots=True)
class CsrConfig:
    sessionmaker: async_sessionmaker[AsyncSession]
    catalogue: Catalogue
    jurisdiction_id: str
    api_url: str
    api_keys: frozenset[str]
    staff_auth: StaffAuth | None
    clock: Callable[[], datetime]


CONFIG = web.AppKey("csr_config", CsrConfig)


class GeoReportHTTPError(Exception):
    """Ends a handler with a GeoReport error document in the requested format."""

    def __init__(self, status: int, *descriptions: str) -> None:
        super().__init__("; ".join(descriptions))
        self.status = status
        self.descriptions = descriptions


def create_open311_app(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    jurisdiction_id: str = "chicago.gov",
    public_base_url: str,
    api_keys: Collection[str] = (),
    staff_auth: StaffAuth | None = None,
    catalogue: Catalogue | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> web.Application:
    """The GeoReport v2 sub-application.

    `public_base_url` is the gateway's public root (CHITEXT_PUBLIC_URL); discovery advertises
    `{public_base_url}/open311/v2`. With `api_keys`, POST requests must carry one of them.
    With `staff_auth`, `POST staff/requests/{id}` lets staff move requests along (see
    `staff_action`); without it that route does not exist.
    """
    app = web.Application(middlewares=[georeport_errors])
    app[CONFIG] = CsrConfig(
        sessionmaker=sessionmaker,
        catalogue=catalogue or load_catalogue(),
        jurisdiction_id=jurisdiction_id,
        api_url=public_base_url.rstrip("/") + OPEN311_MOUNT_PATH,
        api_keys=frozenset(api_keys),
        staff_auth=staff_auth,
        clock=clock,
    )
    app.router.add_get(f"/discovery.{FORMAT}", discovery)
    app.router.add_get(f"/services.{FORMAT}", list_services)
    app.router.add_get(f"/services/{{service_code:{SEGMENT}}}.{FORMAT}", service_definition)
    app.router.add_get(f"/requests.{FORMAT}", list_requests)
    app.router.add_post(f"/requests.{FORMAT}", create_request)
    app.router.add_get(f"/requests/{{service_request_id:{SEGMENT}}}.{FORMAT}", get_request)
    app.router.add_get(f"/tokens/{{token:{SEGMENT}}}.{FORMAT}", token_lookup)
    if staff_auth is not None:
        app.router.add_post("/staff/requests/{service_request_id}", staff_action)
    return app


def requested_format(request: web.Request) -> wire.WireFormat:
    return "xml" if request.match_info.get("wire_format") == "xml" else "json"


@web.middleware
async def georeport_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        return await handler(request)
    except GeoReportHTTPError as error:
        return render.error_response(error.status, requested_format(request), *error.descriptions)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        # Unknown paths and wrong methods get GeoReport errors too, not aiohttp's text.
        return render.error_response(error.status, requested_format(request), error.reason)


def config_of(request: web.Request) -> CsrConfig:
    return request.app[CONFIG]


async def form_fields(request: web.Request) -> MultiDict[str]:
    """The POST's form fields; files are refused (GeoReport sends media as a URL)."""
    fields: MultiDict[str] = MultiDict()
    for name, value in (await request.post()).items():
        if not isinstance(value, str):
            raise GeoReportHTTPError(400, "file uploads are not accepted: send media_url instead")
        fields.add(name, value)
    return fields


def check_jurisdiction(config: CsrConfig, params: Mapping[str, str]) -> None:
    given = params.get("jurisdiction_id")
    if given and given != config.jurisdiction_id:
        raise GeoReportHTTPError(404, f"jurisdiction_id {given!r} not found")


async def discovery(request: web.Request) -> web.Response:
    config = config_of(request)
    payload = render.discovery_payload(config.api_url)
    return render.respond(payload, requested_format(request), root="discovery")


async def list_services(request: web.Request) -> web.Response:
    config = config_of(request)
    check_jurisdiction(config, request.query)
    payload = [render.service_payload(entry) for entry in config.catalogue]
    return render.respond(payload, requested_format(request), root="services")


async def service_definition(request: web.Request) -> web.Response:
    config = config_of(request)
    check_jurisdiction(config, request.query)
    code = request.match_info["service_code"]
    entry = config.catalogue.get(code)
    if entry is None:
        raise GeoReportHTTPError(404, f"service_code {code} not found")
    payload = render.service_definition_payload(entry)
    return render.respond(payload, requested_format(request), root="service_definition")


def wants_extensions(params: Mapping[str, str]) -> bool:
    return params.get("extensions", "").lower() == "true"


def parse_list(params: Mapping[str, str], name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in params.get(name, "").split(",") if item.strip())


def parse_date_param(params: Mapping[str, str], name: str) -> datetime | None:
    try:
        return wire.parse_datetime(params.get(name))
    except Open311ProtocolError:
        raise GeoReportHTTPError(
            400, f"{name} must be a W3C date and time, e.g. 2010-01-01T00:00:00Z"
        ) from None


def parse_positive_int(params: Mapping[str, str], name: str, maximum: int) -> int | None:
    text = params.get(name)
    if text is None or text == "":
        return None
    if not text.isdigit() or not 1 <= int(text) <= maximum:
        raise GeoReportHTTPError(400, f"{name} must be a whole number from 1 to {maximum}")
    return int(text)


def parse_query(params: Mapping[str, str]) -> RequestQuery:
    statuses = []
    for status in parse_list(params, "status"):
        if status.lower() not in ("open", "closed"):
            raise GeoReportHTTPError(400, f"status must be open or closed, not {status!r}")
        statuses.append(RequestStatus(status.lower()))
    return RequestQuery(
        service_request_ids=parse_list(params, "service_request_id"),
        service_codes=parse_list(params, "service_code"),
        statuses=tuple(statuses),
        start_date=parse_date_param(params, "start_date"),
        end_date=parse_date_param(params, "end_date"),
        updated_after=parse_date_param(params, "updated_after"),
        updated_before=parse_date_param(params, "updated_before"),
        page=parse_positive_int(params, "page", 1_000_000),
        page_size=parse_positive_int(params, "page_size", store.MAX_PAGE_SIZE),
    )


async def list_requests(request: web.Request) -> web.Response:
    config = config_of(request)
    check_jurisdiction(config, request.query)
    query = parse_query(request.query)
    extensions = wants_extensions(request.query)
    async with config.sessionmaker() as session:
        rows = await store.search(session, query)
        payload = [render.request_payload(row, extensions=extensions) for row in rows]
    return render.respond(payload, requested_format(request), root="service_requests")


async def get_request(request: web.Request) -> web.Response:
    config = config_of(request)
    check_jurisdiction(config, request.query)
    service_request_id = request.match_info["service_request_id"]
    async with config.sessionmaker() as session:
        row = await store.find_by_id(session, service_request_id)
        if row is None:
            raise GeoReportHTTPError(404, f"service request {service_request_id} not found")
        payload = [render.request_payload(row, extensions=wants_extensions(request.query))]
    return render.respond(payload, requested_format(request), root="service_requests")


async def token_lookup(request: web.Request) -> web.Response:
    config = config_of(request)
    check_jurisdiction(config, request.query)
    token = request.match_info["token"]
    async with config.sessionmaker() as session:
        row = await store.find_by_token(session, token)
        if row is None:
            raise GeoReportHTTPError(404, f"token {token} not found")
        payload = render.token_payload(row)
    return render.respond(payload, requested_format(request), root="service_requests")


def optional_field(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    return value or None


def attribute_answers(params: MultiMapping[str]) -> dict[str, AttributeValueInput]:
    """`attribute[CODE]=v` → one value; `attribute[CODE][]=a&attribute[CODE][]=b` → a list."""
    answers: dict[str, AttributeValueInput] = {}
    for name in dict.fromkeys(params.keys()):
        match = ATTRIBUTE_FIELD.match(name)
        if match is None:
            continue
        values = [value.strip() for value in params.getall(name)]
        answers[match["code"]] = values if match["list"] else values[-1]
    return answers


def parse_coordinate(params: Mapping[str, str], name: str, problems: list[str]) -> float | None:
    text = optional_field(params, name)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        problems.append(f"{name} must be a decimal number (WGS84)")
        return None


def validate_submission(config: CsrConfig, params: MultiMapping[str]) -> store.Submission:
    service_code = optional_field(params, "service_code")
    if service_code is None:
        raise GeoReportHTTPError(400, "service_code is required")
    entry = config.catalogue.get(service_code)
    if entry is None:
        raise GeoReportHTTPError(400, f"service_code {service_code} is not a known service")
    problems: list[str] = []
    lat = parse_coordinate(params, "lat", problems)
    long = parse_coordinate(params, "long", problems)
    address_string = optional_field(params, "address_string")
    if not problems:
        problems += location_problems(lat, long, address_string)
    answers = attribute_answers(params)
    problems += attribute_problems(entry.definition, answers)
    description = optional_field(params, "description")
    if description is not None and len(description) > MAX_DESCRIPTION_LENGTH:
        problems.append(f"description is longer than {MAX_DESCRIPTION_LENGTH} characters")
    media_url = optional_field(params, "media_url")
    if media_url is not None and not media_url.lower().startswith(("http://", "https://")):
        problems.append("media_url must be an http(s) URL")
    if problems:
        raise GeoReportHTTPError(400, *problems)
    return store.Submission(
        entry=entry,
        lat=lat,
        long=long,
        address_string=address_string,
        address_id=optional_field(params, "address_id"),
        description=description,
        media_url=media_url,
        attributes=answers,
        email=optional_field(params, "email"),
        phone=optional_field(params, "phone"),
        first_name=optional_field(params, "first_name"),
        last_name=optional_field(params, "last_name"),
        device_id=optional_field(params, "device_id"),
        account_id=optional_field(params, "account_id"),
    )


async def create_request(request: web.Request) -> web.Response:
    """POST requests: answers with the token and, as the bundled CSR assigns tracking numbers
    in the same transaction, the id as well. Clients written for Chicago (token only) can
    still trade the token at `tokens/{token}`."""
    config = config_of(request)
    params = await form_fields(request)
    if config.api_keys and params.get("api_key") not in config.api_keys:
        raise GeoReportHTTPError(
            403, "Invalid api_key received -- can't proceed with create_request."
        )
    check_jurisdiction(config, params)
    submission = validate_submission(config, params)
    async with config.sessionmaker() as session, session.begin():
        row = await store.create_request(session, submission, config.clock())
        payload = render.submit_payload(row)
    log.info(
        "bundled CSR created %s (%s)",
        payload[0]["service_request_id"],
        submission.entry.service_code,
    )
    return render.respond(payload, requested_format(request), root="service_requests")


StaffOperation = Callable[[AsyncSession, str, Mapping[str, Any], str], Awaitable[CsrServiceRequest]]


async def staff_note(
    session: AsyncSession, request_id: str, body: Mapping[str, Any], author: str
) -> CsrServiceRequest:
    return await operations.add_note(session, request_id, str(body.get("text", "")), author=author)


async def staff_complete_step(
    session: AsyncSession, request_id: str, body: Mapping[str, Any], author: str
) -> CsrServiceRequest:
    step = body.get("step")
    if not isinstance(step, int) or isinstance(step, bool):
        raise operations.StaffActionError("complete_step needs a whole-number step")
    note = body.get("text")
    return await operations.complete_step(
        session, request_id, step, author=author, note=str(note) if note else None
    )


async def staff_close(
    session: AsyncSession, request_id: str, body: Mapping[str, Any], author: str
) -> CsrServiceRequest:
    return await operations.close_request(
        session, request_id, str(body.get("text", "")), author=author
    )


async def staff_reopen(
    session: AsyncSession, request_id: str, body: Mapping[str, Any], author: str
) -> CsrServiceRequest:
    return await operations.reopen_request(
        session, request_id, str(body.get("text", "")), author=author
    )


STAFF_OPERATIONS: Mapping[str, StaffOperation] = {
    "note": staff_note,
    "complete_step": staff_complete_step,
    "close": staff_close,
    "reopen": staff_reopen,
}


async def staff_action(request: web.Request) -> web.Response:
    """`POST staff/requests/{id}` with JSON `{"action": "note" | "complete_step" | "close" |
    "reopen", "text": "...", "step": 2, "author": "..."}`; answers with the request as
    `GET requests/{id}.json?extensions=true` would."""
    config = config_of(request)
    assert config.staff_auth is not None  # the route exists only with staff_auth
    if not await config.staff_auth(request):
        raise GeoReportHTTPError(403, "staff sign-in required")
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise GeoReportHTTPError(400, "body must be JSON") from None
    if not isinstance(body, dict):
        raise GeoReportHTTPError(400, "body must be a JSON object")
    operation = STAFF_OPERATIONS.get(str(body.get("action")))
    if operation is None:
        raise GeoReportHTTPError(400, f"action must be one of {', '.join(STAFF_OPERATIONS)}")
    author = str(body.get("author") or "staff")
    service_request_id = request.match_info["service_request_id"]
    try:
        async with config.sessionmaker() as session, session.begin():
            row = await operation(session, service_request_id, body, author)
            payload = [render.request_payload(row, extensions=True)]
    except operations.UnknownServiceRequest as error:
        raise GeoReportHTTPError(404, str(error)) from None
    except operations.StaffActionConflict as error:
        raise GeoReportHTTPError(409, str(error)) from None
    except operations.StaffActionError as error:
        raise GeoReportHTTPError(400, str(error)) from None
    return render.respond(payload, "json", root="service_requests")
