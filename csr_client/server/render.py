"""GeoReport v2 documents of the bundled CSR, as JSON or XML.

Payloads are built once as plain Python values in the JSON shape (which the GeoReport JSON
schemas check), then serialised; XML follows the spec's element names, with list containers
named in `wire.XML_LIST_ITEMS` so our own client reads both formats back identically.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping
from typing import Any

from aiohttp import web

from csr_client.catalogue import CatalogueEntry
from csr_client.models import ServiceAttribute
from csr_client.server.tables import CsrServiceRequest, CsrWorkOrderStep
from csr_client.wire import XML_LIST_ITEMS, WireFormat, format_datetime

GEOREPORT_V2_SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
JSON_CONTENT_TYPE = "application/json"
XML_CONTENT_TYPE = "text/xml"


def service_payload(entry: CatalogueEntry) -> dict[str, Any]:
    service = entry.service
    return {
        "service_code": service.service_code,
        "service_name": service.service_name,
        "description": service.description,
        "metadata": service.metadata,
        "type": service.type.value,
        "keywords": ", ".join(service.keywords) or None,
        "group": service.group,
    }


def attribute_payload(attribute: ServiceAttribute) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "variable": attribute.variable,
        "code": attribute.code,
        "datatype": attribute.datatype.value,
        "required": attribute.required,
        "datatype_description": attribute.datatype_description,
        "order": attribute.order,
        "description": attribute.description,
    }
    if attribute.values:
        payload["values"] = [{"key": v.key, "name": v.name} for v in attribute.values]
    return payload


def service_definition_payload(entry: CatalogueEntry) -> dict[str, Any]:
    return {
        "service_code": entry.service_code,
        "attributes": [attribute_payload(a) for a in entry.definition.attributes],
    }


def submit_payload(row: CsrServiceRequest) -> list[dict[str, Any]]:
    return [
        {
            "service_request_id": row.service_request_id,
            "token": row.token,
            "service_notice": row.service_notice,
            "account_id": row.account_id,
        }
    ]


def token_payload(row: CsrServiceRequest) -> list[dict[str, Any]]:
    return [{"service_request_id": row.service_request_id, "token": row.token}]


def work_order_status(steps: Iterable[CsrWorkOrderStep]) -> str:
    done = [step.completed_at is not None for step in steps]
    if done and all(done):
        return "completed"
    return "in_progress" if any(done) else "open"


def request_payload(row: CsrServiceRequest, *, extensions: bool) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "service_request_id": row.service_request_id,
        "status": row.status,
        "status_notes": row.status_notes,
        "service_name": row.service_name,
        "service_code": row.service_code,
        "description": row.description,
        "agency_responsible": row.agency_responsible,
        "service_notice": row.service_notice,
        "requested_datetime": format_datetime(row.requested_at),
        "updated_datetime": format_datetime(row.updated_at),
        "expected_datetime": format_datetime(row.expected_at) if row.expected_at else None,
        "address": row.address,
        "address_id": row.address_id,
        "zipcode": None,
        "lat": row.lat,
        "long": row.long,
        "media_url": row.media_url,
    }
    if extensions:
        # Where Chicago puts them: answers in `attributes`, history in `notes` beside
        # `extended_attributes`, which carries the routing and the work order.
        payload["attributes"] = dict(row.attributes)
        payload["extended_attributes"] = {
            "channel": row.channel,
            "department": row.department,
            "work_order": {
                "status": work_order_status(row.steps),
                "steps": [
                    {
                        "step": step.position,
                        "description": step.description,
                        "completed": step.completed_at is not None,
                        "completed_datetime": (
                            format_datetime(step.completed_at) if step.completed_at else None
                        ),
                    }
                    for step in row.steps
                ],
            },
        }
        payload["notes"] = [
            {
                "datetime": format_datetime(note.created_at),
                "type": note.type,
                "summary": note.summary,
                "description": note.description,
            }
            for note in row.notes
        ]
    return payload


def discovery_payload(api_url: str) -> dict[str, Any]:
    return {
        "contact": "City of Chicago 311: call 311, or 312-744-5000 from outside Chicago",
        "key_service": None,
        "endpoints": [
            {
                "specification": GEOREPORT_V2_SPECIFICATION,
                "url": api_url,
                "type": "production",
                "formats": [JSON_CONTENT_TYPE, XML_CONTENT_TYPE],
            }
        ],
    }


def errors_payload(status: int, descriptions: Iterable[str]) -> list[dict[str, Any]]:
    return [{"code": status, "description": description} for description in descriptions]


def respond(payload: Any, wire_format: WireFormat, *, root: str, status: int = 200) -> web.Response:
    """`root` names the XML document element: services, service_definition, service_requests,
    errors or discovery."""
    if wire_format == "xml":
        body = ElementTree.tostring(to_xml(root, xml_shape(payload)), encoding="unicode")
        return web.Response(
            status=status,
            text='<?xml version="1.0" encoding="utf-8"?>\n' + body,
            content_type=XML_CONTENT_TYPE,
        )
    return web.Response(
        status=status, text=json.dumps(payload, ensure_ascii=False), content_type=JSON_CONTENT_TYPE
    )


def error_response(status: int, wire_format: WireFormat, *descriptions: str) -> web.Response:
    return respond(errors_payload(status, descriptions), wire_format, root="errors", status=status)


def xml_shape(value: Any) -> Any:
    """JSON-shaped payload → XML-shaped: a request's `attributes` answers become a list of
    `<attribute><code/><value/></attribute>` (codes are not safe XML element names)."""
    if isinstance(value, list):
        return [xml_shape(item) for item in value]
    if not isinstance(value, Mapping):
        return value
    shaped = {key: xml_shape(item) for key, item in value.items()}
    answers = value.get("attributes")
    if "service_request_id" in value and isinstance(answers, Mapping):
        shaped["attributes"] = [{"code": code, "value": answer} for code, answer in answers.items()]
    return shaped


def to_xml(tag: str, value: Any) -> ElementTree.Element:
    element = ElementTree.Element(tag)
    if isinstance(value, list):
        item_tag = XML_LIST_ITEMS.get(tag, "item")
        element.extend(to_xml(item_tag, item) for item in value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if isinstance(item, list) and key not in XML_LIST_ITEMS:
                # A multivaluelist answer: the same element once per value.
                element.extend(to_xml(key, each) for each in item)
            else:
                element.append(to_xml(key, item))
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
    return element
