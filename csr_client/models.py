"""Typed GeoReport v2 values, independent of JSON or XML and of which server produced them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

AttributeValueInput = str | Sequence[str]
"""What a resident gives for one attribute: one key/text, or several keys for a multivaluelist."""


class AttributeDatatype(StrEnum):
    STRING = "string"
    NUMBER = "number"
    DATETIME = "datetime"
    TEXT = "text"
    SINGLEVALUELIST = "singlevaluelist"
    MULTIVALUELIST = "multivaluelist"


class RequestStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ServiceType(StrEnum):
    """How the server creates requests: realtime answers with an id, batch/blackbox may not."""

    REALTIME = "realtime"
    BATCH = "batch"
    BLACKBOX = "blackbox"


@dataclass(frozen=True, slots=True)
class Service:
    service_code: str
    service_name: str
    description: str | None = None
    metadata: bool = False
    """True when `services/{code}` has attributes to ask for."""
    type: ServiceType = ServiceType.REALTIME
    keywords: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True, slots=True)
class AttributeValue:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class ServiceAttribute:
    code: str
    datatype: AttributeDatatype
    required: bool
    description: str | None = None
    variable: bool = True
    """False: the attribute only carries text to show, no input is expected."""
    datatype_description: str | None = None
    order: int | None = None
    values: tuple[AttributeValue, ...] = ()

    def value_keys(self) -> frozenset[str]:
        return frozenset(value.key for value in self.values)


@dataclass(frozen=True, slots=True)
class ServiceDefinition:
    service_code: str
    attributes: tuple[ServiceAttribute, ...] = ()
    """Sorted by `order` (attributes without an order last), as they should be asked."""

    @property
    def required_attributes(self) -> tuple[ServiceAttribute, ...]:
        return tuple(a for a in self.attributes if a.variable and a.required)


@dataclass(frozen=True, slots=True)
class NewServiceRequest:
    """What a client POSTs to `requests`: a service code, a location and the details."""

    service_code: str
    lat: float | None = None
    long: float | None = None
    address_string: str | None = None
    address_id: str | None = None
    description: str | None = None
    media_url: str | None = None
    attributes: Mapping[str, AttributeValueInput] = field(default_factory=dict)
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    email: str | None = None
    device_id: str | None = None
    account_id: str | None = None


@dataclass(frozen=True, slots=True)
class SubmitResult:
    """The answer to a POST: an id, or a token to trade for the id later (Chicago sends a token)."""

    service_request_id: str | None
    token: str | None
    service_notice: str | None = None
    account_id: str | None = None


@dataclass(frozen=True, slots=True)
class RequestNote:
    """One entry of Chicago's `notes` list: submitted, opened, activity, closed, follow-ons."""

    type: str
    datetime: datetime | None
    summary: str | None = None
    description: str | None = None
    extended_attributes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ServiceRequest:
    service_request_id: str
    status: RequestStatus
    service_code: str
    service_name: str | None = None
    status_notes: str | None = None
    description: str | None = None
    agency_responsible: str | None = None
    service_notice: str | None = None
    requested_datetime: datetime | None = None
    updated_datetime: datetime | None = None
    expected_datetime: datetime | None = None
    address: str | None = None
    address_id: str | None = None
    zipcode: str | None = None
    lat: float | None = None
    long: float | None = None
    media_url: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)
    """The attribute answers, when the server echoes them (Chicago does with extensions)."""
    extended_attributes: Mapping[str, Any] = field(default_factory=dict)
    """Server-specific details (Chicago: channel, ward, police_district, duplicate...)."""
    notes: tuple[RequestNote, ...] = ()
    """Chicago's activity history. Chicago sends it next to `extended_attributes`; servers that
    nest it inside `extended_attributes` are read the same way."""

    @property
    def is_closed(self) -> bool:
        return self.status is RequestStatus.CLOSED


@dataclass(frozen=True, slots=True)
class RequestQuery:
    """Filters of `GET requests`. Dates compare with `requested_datetime`, `updated_*` with
    `updated_datetime`. `page`/`page_size`/`updated_*` are Chicago extensions."""

    service_request_ids: tuple[str, ...] = ()
    service_codes: tuple[str, ...] = ()
    statuses: tuple[RequestStatus, ...] = ()
    start_date: datetime | None = None
    end_date: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    page: int | None = None
    page_size: int | None = None


@dataclass(frozen=True, slots=True)
class DiscoveryEndpoint:
    specification: str
    url: str
    type: str
    changeset: str | None = None
    formats: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Discovery:
    endpoints: tuple[DiscoveryEndpoint, ...]
    changeset: str | None = None
    contact: str | None = None
    key_service: str | None = None
