"""Reading GeoReport v2 payloads, JSON or XML, into the typed models.

Real servers disagree on details the spec leaves open, so every reader here is lenient in
the same ways: ids may be strings or numbers, a single object may stand where a list is
expected (and a one-element list where an object is), empty XML elements mean "absent",
timestamps may carry fractions, `Z` or no zone at all, and unknown fields are ignored.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any, Literal

from csr_client.errors import GeoReportError, Open311ProtocolError
from csr_client.models import (
    AttributeDatatype,
    AttributeValue,
    Discovery,
    DiscoveryEndpoint,
    NewServiceRequest,
    RequestNote,
    RequestStatus,
    Service,
    ServiceAttribute,
    ServiceDefinition,
    ServiceRequest,
    ServiceType,
    SubmitResult,
)

WireFormat = Literal["json", "xml"]

# XML has no arrays: these containers always hold a list of the named child, even when the
# document has only one (or zero) of them.
XML_LIST_ITEMS: Mapping[str, str] = {
    "services": "service",
    "service_requests": "request",
    "attributes": "attribute",
    "values": "value",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
    "notes": "note",
    "steps": "step",
}


def decode(body: bytes) -> Any:
    """Parse a response body into plain Python values.

    The body decides, not the Content-Type: servers label XML as text/html or JSON as
    text/plain often enough that sniffing the first character is the reliable test.
    """
    text = body.decode("utf-8-sig", errors="replace").strip()
    if not text:
        raise Open311ProtocolError("empty response body")
    if text.startswith("<"):
        return decode_xml(text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Open311ProtocolError(f"response is neither JSON nor XML: {exc}") from exc


def decode_xml(text: str) -> Any:
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise Open311ProtocolError(f"unparseable XML: {exc}") from exc
    return element_to_python(root)


def local_name(tag: str) -> str:
    """`{namespace}service` → `service` (some servers put SOAP namespaces on the root)."""
    return tag.rsplit("}", 1)[-1]


def element_to_python(element: ElementTree.Element) -> Any:
    name = local_name(element.tag)
    children = list(element)
    if name in XML_LIST_ITEMS:
        return [element_to_python(child) for child in children]
    if not children:
        text = (element.text or "").strip()
        return text or None
    result: dict[str, Any] = {}
    for child in children:
        child_name = local_name(child.tag)
        value = element_to_python(child)
        if child_name in result:
            existing = result[child_name]
            result[child_name] = [*as_list(existing), value]
        else:
            result[child_name] = value
    return result


def as_list(value: Any) -> list[Any]:
    """A list from a list, a single object, or nothing."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def as_object(value: Any, what: str) -> Mapping[str, Any]:
    """One object from an object or a one-element list (the spec wraps single requests)."""
    if isinstance(value, list):
        if len(value) != 1:
            raise Open311ProtocolError(f"expected one {what}, got a list of {len(value)}")
        value = value[0]
    if not isinstance(value, Mapping):
        raise Open311ProtocolError(f"expected a {what} object, got {type(value).__name__}")
    return value


def unwrap(value: Any, *wrappers: str) -> Any:
    """Some servers wrap lists in an object (`{"service_requests": [...]}`); look inside."""
    if isinstance(value, Mapping):
        for wrapper in wrappers:
            if wrapper in value:
                return value[wrapper]
    return value


def optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, (Mapping, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def required_str(data: Mapping[str, Any], key: str, what: str) -> str:
    value = optional_str(data.get(key))
    if value is None:
        raise Open311ProtocolError(f"{what} has no {key}")
    return value


def optional_float(value: Any) -> float | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise Open311ProtocolError(f"not a number: {value!r}") from exc


def optional_int(value: Any) -> int | None:
    number = optional_float(value)
    return None if number is None else int(number)


def as_bool(value: Any, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return str(value).strip().lower() in {"true", "1", "yes", "y"}


def parse_datetime(value: Any, assume_tz: tzinfo = UTC) -> datetime | None:
    """W3C/ISO 8601 timestamps as timezone-aware datetimes; a naive one gets `assume_tz`."""
    text = optional_str(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise Open311ProtocolError(f"not an ISO 8601 timestamp: {text!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=assume_tz)


def format_datetime(value: datetime) -> str:
    """The W3C form GeoReport asks for, in UTC: `2010-01-01T00:00:00Z`.

    Fractions of a second are kept when there are any: a client that passes back the
    `updated_datetime` it last saw as `updated_after` must not see that change again, nor
    miss another one made in the same second.
    """
    if value.tzinfo is None:
        raise ValueError("naive datetime: GeoReport timestamps need a zone")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_service(data: Any) -> Service:
    obj = as_object(data, "service")
    keywords = obj.get("keywords")
    keyword_items = as_list(keywords) if not isinstance(keywords, str) else keywords.split(",")
    service_type = (optional_str(obj.get("type")) or "realtime").lower()
    return Service(
        service_code=required_str(obj, "service_code", "service"),
        service_name=optional_str(obj.get("service_name")) or "",
        description=optional_str(obj.get("description")),
        metadata=as_bool(obj.get("metadata")),
        type=ServiceType(service_type)
        if service_type in ServiceType.__members__.values()
        else ServiceType.REALTIME,
        keywords=tuple(k for k in (optional_str(item) for item in keyword_items) if k),
        group=optional_str(obj.get("group")),
    )


def parse_services(data: Any) -> list[Service]:
    return [parse_service(item) for item in as_list(unwrap(data, "services", "service"))]


def parse_attribute(data: Any) -> ServiceAttribute:
    obj = as_object(data, "attribute")
    code = required_str(obj, "code", "attribute")
    datatype_text = (optional_str(obj.get("datatype")) or "string").lower()
    if datatype_text not in AttributeDatatype.__members__.values():
        raise Open311ProtocolError(f"attribute {code} has unknown datatype {datatype_text!r}")
    values = []
    for raw_value in as_list(unwrap(obj.get("values"), "value")):
        value_obj = as_object(raw_value, "attribute value")
        key = required_str(value_obj, "key", f"a value of attribute {code}")
        values.append(AttributeValue(key=key, name=optional_str(value_obj.get("name")) or key))
    return ServiceAttribute(
        code=code,
        datatype=AttributeDatatype(datatype_text),
        required=as_bool(obj.get("required")),
        description=optional_str(obj.get("description")),
        variable=as_bool(obj.get("variable"), default=True),
        datatype_description=optional_str(obj.get("datatype_description")),
        order=optional_int(obj.get("order")),
        values=tuple(values),
    )


def parse_service_definition(data: Any) -> ServiceDefinition:
    obj = as_object(unwrap(data, "service_definition"), "service definition")
    # Older XML servers list <attribute> elements directly under <service_definition>.
    raw_attributes = obj.get("attributes", obj.get("attribute"))
    attributes = [parse_attribute(item) for item in as_list(unwrap(raw_attributes, "attribute"))]
    attributes.sort(key=lambda a: (a.order is None, a.order or 0))
    return ServiceDefinition(
        service_code=required_str(obj, "service_code", "service definition"),
        attributes=tuple(attributes),
    )


def parse_submit_result(data: Any) -> SubmitResult:
    obj = as_object(unwrap(data, "service_requests", "request"), "POST requests answer")
    result = SubmitResult(
        service_request_id=optional_str(obj.get("service_request_id")),
        token=optional_str(obj.get("token")),
        service_notice=optional_str(obj.get("service_notice")),
        account_id=optional_str(obj.get("account_id")),
    )
    if result.service_request_id is None and result.token is None:
        raise Open311ProtocolError("POST requests answer has neither service_request_id nor token")
    return result


def parse_token_answer(data: Any) -> str | None:
    """The id a `tokens/{token}` answer carries, or None while the server is still working."""
    items = as_list(unwrap(data, "service_requests", "request"))
    if not items:
        return None
    return optional_str(as_object(items[0], "token answer").get("service_request_id"))


def parse_note(data: Any, assume_tz: tzinfo) -> RequestNote:
    obj = as_object(data, "note")
    extended = obj.get("extended_attributes")
    return RequestNote(
        type=optional_str(obj.get("type")) or "activity",
        datetime=parse_datetime(obj.get("datetime"), assume_tz),
        summary=optional_str(obj.get("summary")),
        description=optional_str(obj.get("description")),
        extended_attributes=extended if isinstance(extended, Mapping) else {},
    )


def parse_attribute_answers(value: Any) -> dict[str, Any]:
    """Chicago echoes answers as `{"CODE": value}`; San Francisco as a list of
    `{"code": ..., "value": ...}`. Both become a code → value mapping."""
    if isinstance(value, Mapping):
        return dict(value)
    answers: dict[str, Any] = {}
    for item in as_list(value):
        if isinstance(item, Mapping) and optional_str(item.get("code")):
            answers[str(optional_str(item.get("code")))] = item.get("value")
    return answers


def parse_service_request(data: Any, assume_tz: tzinfo = UTC) -> ServiceRequest | None:
    """A request, or None when it has no id yet (Chicago lists such requests; the city's docs
    say to ignore them until they get one)."""
    obj = as_object(data, "service request")
    request_id = optional_str(obj.get("service_request_id"))
    if request_id is None:
        return None
    status_text = (optional_str(obj.get("status")) or "").lower()
    if status_text not in RequestStatus.__members__.values():
        raise Open311ProtocolError(f"request {request_id} has unknown status {status_text!r}")
    extended = obj.get("extended_attributes")
    extended_attributes = dict(extended) if isinstance(extended, Mapping) else {}
    raw_notes = obj.get("notes", extended_attributes.get("notes"))
    return ServiceRequest(
        service_request_id=request_id,
        status=RequestStatus(status_text),
        service_code=optional_str(obj.get("service_code")) or "",
        service_name=optional_str(obj.get("service_name")),
        status_notes=optional_str(obj.get("status_notes")),
        description=optional_str(obj.get("description")),
        agency_responsible=optional_str(obj.get("agency_responsible")),
        service_notice=optional_str(obj.get("service_notice")),
        requested_datetime=parse_datetime(obj.get("requested_datetime"), assume_tz),
        updated_datetime=parse_datetime(obj.get("updated_datetime"), assume_tz),
        expected_datetime=parse_datetime(obj.get("expected_datetime"), assume_tz),
        address=optional_str(obj.get("address")),
        address_id=optional_str(obj.get("address_id")),
        zipcode=optional_str(obj.get("zipcode")),
        lat=optional_float(obj.get("lat")),
        long=optional_float(obj.get("long")),
        media_url=optional_str(obj.get("media_url")),
        attributes=parse_attribute_answers(obj.get("attributes")),
        extended_attributes=extended_attributes,
        notes=tuple(parse_note(note, assume_tz) for note in as_list(unwrap(raw_notes, "note"))),
    )


def parse_service_requests(data: Any, assume_tz: tzinfo = UTC) -> list[ServiceRequest]:
    items = as_list(unwrap(data, "service_requests", "requests", "request"))
    parsed = (parse_service_request(item, assume_tz) for item in items)
    return [request for request in parsed if request is not None]


def parse_discovery(data: Any) -> Discovery:
    obj = as_object(unwrap(data, "discovery"), "discovery")
    endpoints = []
    for raw in as_list(unwrap(obj.get("endpoints"), "endpoint")):
        endpoint = as_object(raw, "discovery endpoint")
        formats = as_list(unwrap(endpoint.get("formats"), "format"))
        endpoints.append(
            DiscoveryEndpoint(
                specification=optional_str(endpoint.get("specification")) or "",
                url=required_str(endpoint, "url", "discovery endpoint"),
                type=optional_str(endpoint.get("type")) or "production",
                changeset=optional_str(endpoint.get("changeset")),
                formats=tuple(f for f in (optional_str(item) for item in formats) if f),
            )
        )
    return Discovery(
        endpoints=tuple(endpoints),
        changeset=optional_str(obj.get("changeset")),
        contact=optional_str(obj.get("contact")),
        key_service=optional_str(obj.get("key_service")),
    )


def parse_errors(data: Any) -> tuple[GeoReportError, ...]:
    """GeoReport errors from an array, a single object, `{"errors": [...]}` or old-style
    `<error>text</error>`."""
    errors = []
    for item in as_list(unwrap(data, "errors", "error")):
        if isinstance(item, Mapping):
            description = optional_str(item.get("description")) or optional_str(item.get("message"))
            errors.append(GeoReportError(optional_int_or_none(item.get("code")), description or ""))
        elif (text := optional_str(item)) is not None:
            errors.append(GeoReportError(None, text))
    return tuple(errors)


def optional_int_or_none(value: Any) -> int | None:
    """An error code as an int when it is one; codes like "E42" are not worth failing over."""
    try:
        return optional_int(value)
    except Open311ProtocolError:
        return None


def encode_new_request(
    request: NewServiceRequest, *, api_key: str | None, jurisdiction_id: str | None
) -> list[tuple[str, str]]:
    """Form fields of a POST, with `attribute[CODE]` and `attribute[CODE][]` for lists."""
    fields: list[tuple[str, str]] = []
    if api_key:
        fields.append(("api_key", api_key))
    if jurisdiction_id:
        fields.append(("jurisdiction_id", jurisdiction_id))
    fields.append(("service_code", request.service_code))
    scalar_fields: Sequence[tuple[str, str | float | None]] = (
        ("lat", request.lat),
        ("long", request.long),
        ("address_string", request.address_string),
        ("address_id", request.address_id),
        ("email", request.email),
        ("device_id", request.device_id),
        ("account_id", request.account_id),
        ("first_name", request.first_name),
        ("last_name", request.last_name),
        ("phone", request.phone),
        ("description", request.description),
        ("media_url", request.media_url),
    )
    fields.extend((name, str(value)) for name, value in scalar_fields if value is not None)
    for code, value in request.attributes.items():
        if isinstance(value, str):
            fields.append((f"attribute[{code}]", value))
        else:
            fields.extend((f"attribute[{code}][]", item) for item in value)
    return fields
