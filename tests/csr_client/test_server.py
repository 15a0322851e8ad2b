from __future__ import annotations

import asyncio
import json
import re
from dataclasses import replace
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from jsonschema import Draft4Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

from csr_client import wire
from csr_client.catalogue import Catalogue, load_catalogue
from csr_client.server import OPEN311_MOUNT_PATH, create_open311_app

from .conftest import RESIDENT_APP_KEY, SCHEMAS, STAFF_TOKEN, AiohttpClient

Client = TestClient[web.Request, web.Application]
API = OPEN311_MOUNT_PATH
POTHOLE = "4fd3b656e750846c53000004"
ABANDONED_VEHICLE = "4ffa4c69601827691b000018"
GARBAGE_CART = "5c1849d19e6e99eda0adc3bc"
MOST_TEXTED = [
    POTHOLE,
    "4fd3b167e750846744000005",
    ABANDONED_VEHICLE,
    GARBAGE_CART,
    "4ffa9f2d6018277d400000c8",
    "5c1849c99e6e99eda0ad942c",
    "4fd3b9bce750846c5300004a",
    "4fd3bbf8e750846c53000069",
]
TRACKING_NUMBER = re.compile(r"^SR\d{2}-\d{8}$")


def validator(schema_file: str) -> Draft4Validator:
    schemas = {path.name: json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")}
    registry: Registry[Any] = Registry().with_resources(
        (name, DRAFT4.create_resource(schema)) for name, schema in schemas.items()
    )
    return Draft4Validator(schemas[schema_file], registry=registry)


def pothole_form(**overrides: str) -> dict[str, str]:
    form = {
        "api_key": RESIDENT_APP_KEY,
        "service_code": POTHOLE,
        "lat": "41.8789",
        "long": "-87.6359",
        "address_string": "233 S Wacker Dr, Chicago",
        "description": "Deep pothole in the right lane",
        "attribute[WHEREIST]": "TRAFFIC",
    }
    form.update(overrides)
    return form


async def post_request(client: Client, form: dict[str, str], fmt: str = "json") -> Any:
    response = await client.post(f"{API}/requests.{fmt}", data=form)
    assert response.status == 200, await response.text()
    return await response.json()


async def assert_errors(response: Any, status: int, *fragments: str) -> None:
    assert response.status == status
    body = await response.json()
    assert all(error["code"] == status for error in body)
    text = " ".join(error["description"] for error in body)
    for fragment in fragments:
        assert fragment in text


async def test_services_match_schema_and_catalogue(csr_http: Client) -> None:
    response = await csr_http.get(f"{API}/services.json")
    services = await response.json()
    validator("services.json").validate(services)
    assert len(services) == len(load_catalogue()) >= 191
    codes = [service["service_code"] for service in services]
    assert codes[: len(MOST_TEXTED)] == MOST_TEXTED
    by_code = {service["service_code"]: service for service in services}
    assert by_code[GARBAGE_CART]["service_name"] == "Garbage Cart Maintenance"
    assert by_code[POTHOLE]["metadata"] is True
    xml = await (await csr_http.get(f"{API}/services.xml")).text()
    assert [s.service_code for s in wire.parse_services(wire.decode_xml(xml))] == codes


@pytest.mark.parametrize("code", [*MOST_TEXTED, "5c1849c89e6e99eda0ad9244"])
async def test_service_definitions_match_schema(csr_http: Client, code: str) -> None:
    definition = await (await csr_http.get(f"{API}/services/{code}.json")).json()
    validator("service-definition.json").validate(definition)
    xml = await (await csr_http.get(f"{API}/services/{code}.xml")).text()
    assert wire.parse_service_definition(wire.decode_xml(xml)) == (
        wire.parse_service_definition(definition)
    )


async def test_abandoned_vehicle_asks_what_chicago_asks(csr_http: Client) -> None:
    definition = await (await csr_http.get(f"{API}/services/{ABANDONED_VEHICLE}.json")).json()
    required = {a["code"] for a in definition["attributes"] if a["required"]}
    assert required == {"FQSKA1", "FQSKA3", "HOWMANYD"}


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_unknown_service_is_a_georeport_404(csr_http: Client, fmt: str) -> None:
    response = await csr_http.get(f"{API}/services/nope.{fmt}")
    assert response.status == 404
    errors = wire.parse_errors(wire.decode(await response.read()))
    assert [(e.code, e.description) for e in errors] == [(404, "service_code nope not found")]
    if fmt == "xml":
        assert (await response.text()).count("<errors><error><code>404</code>") == 1


async def test_create_then_token_then_request(csr_http: Client) -> None:
    (created,) = await post_request(csr_http, pothole_form())
    assert TRACKING_NUMBER.match(created["service_request_id"])
    assert created["service_notice"].startswith("CDOT")
    token = await (await csr_http.get(f"{API}/tokens/{created['token']}.json")).json()
    assert token == [
        {"service_request_id": created["service_request_id"], "token": created["token"]}
    ]

    url = f"{API}/requests/{created['service_request_id']}.json"
    plain = await (await csr_http.get(url)).json()
    extended = await (await csr_http.get(url, params={"extensions": "true"})).json()
    for payload in (plain, extended):
        validator("requests.json").validate(payload)
    assert "extended_attributes" not in plain[0]
    (request,) = extended
    assert request["status"] == "open"
    assert request["agency_responsible"] == "Division of In-House Construction CDOT"
    assert request["attributes"] == {"WHEREIST": "TRAFFIC"}
    work_order = request["extended_attributes"]["work_order"]
    assert request["extended_attributes"]["department"] == "Chicago Department of Transportation"
    assert work_order["status"] == "open"
    assert [step["step"] for step in work_order["steps"]] == [1, 2, 3]
    assert [note["type"] for note in request["notes"]] == ["submitted", "opened"]


async def test_xml_post_and_request_read_back_like_json(csr_http: Client) -> None:
    form = {
        "api_key": RESIDENT_APP_KEY,
        "service_code": ABANDONED_VEHICLE,
        "address_string": "4700 W 77th St",
        "attribute[FQSKA1]": "TOYT",
        "attribute[FQSKA3]": "BLU",
        "attribute[HOWMANYD]": "12",
    }
    response = await csr_http.post(f"{API}/requests.xml", data=form)
    created = wire.parse_submit_result(wire.decode(await response.read()))
    assert created.service_request_id and created.token
    url = f"{API}/requests/{created.service_request_id}"
    as_xml = await (await csr_http.get(f"{url}.xml", params={"extensions": "true"})).read()
    as_json = await (await csr_http.get(f"{url}.json", params={"extensions": "true"})).read()
    (from_xml,) = wire.parse_service_requests(wire.decode(as_xml))
    (from_json,) = wire.parse_service_requests(wire.decode(as_json))
    # XML carries no types: server-specific extended attributes come back as text.
    assert from_xml.extended_attributes["work_order"]["steps"][0]["step"] == "1"
    assert from_json.extended_attributes["work_order"]["steps"][0]["step"] == 1
    assert replace(from_xml, extended_attributes={}) == replace(from_json, extended_attributes={})
    assert from_xml.attributes["FQSKA3"] == "BLU"


@pytest.mark.parametrize(
    ("overrides", "status", "fragment"),
    [
        ({"api_key": "wrong"}, 403, "Invalid api_key"),
        ({"jurisdiction_id": "nyc.gov"}, 404, "jurisdiction_id"),
        ({"service_code": ""}, 400, "service_code is required"),
        ({"service_code": "bogus"}, 400, "not a known service"),
        ({"lat": "", "long": "", "address_string": ""}, 400, "address_string is required"),
        ({"lat": "40.7128", "long": "-74.0060"}, 400, "outside the City of Chicago"),
        ({"long": ""}, 400, "lat and long"),
        ({"lat": "north"}, 400, "lat must be a decimal number"),
        ({"attribute[WHEREIST]": ""}, 400, "attribute WHEREIST is required"),
        ({"attribute[WHEREIST]": "ROOF"}, 400, "'ROOF' is not one of its values"),
        ({"attribute[COLOR]": "x"}, 400, "unknown attribute COLOR"),
        ({"description": "x" * 4001}, 400, "longer than 4000"),
        ({"media_url": "javascript:alert(1)"}, 400, "media_url"),
    ],
)
async def test_create_validation(
    csr_http: Client, overrides: dict[str, str], status: int, fragment: str
) -> None:
    response = await csr_http.post(f"{API}/requests.json", data=pothole_form(**overrides))
    await assert_errors(response, status, fragment)


async def test_address_alone_is_enough(csr_http: Client) -> None:
    form = pothole_form(lat="", long="")
    (created,) = await post_request(csr_http, form)
    assert TRACKING_NUMBER.match(created["service_request_id"])


async def test_multivaluelist_answers(aiohttp_client: AiohttpClient, sessionmaker: Any) -> None:
    catalogue = Catalogue.from_json(
        {
            "departments": {"dss": {"name": "Streets and Sanitation"}},
            "services": [
                {
                    "service_code": "BULK",
                    "service_name": "Bulk pickup",
                    "department": "dss",
                    "work_order": ["Pick up"],
                    "attributes": [
                        {
                            "variable": True,
                            "code": "ITEMS",
                            "datatype": "multivaluelist",
                            "required": True,
                            "values": [
                                {"key": "SOFA", "name": "Sofa"},
                                {"key": "TV", "name": "Television"},
                            ],
                        }
                    ],
                }
            ],
        }
    )
    app = create_open311_app(sessionmaker, public_base_url="http://x", catalogue=catalogue)
    client = await aiohttp_client(app)
    form = [("service_code", "BULK"), ("address_string", "1 N State St")]
    good = [*form, ("attribute[ITEMS][]", "SOFA"), ("attribute[ITEMS][]", "TV")]
    (created,) = await (await client.post("/requests.json", data=good)).json()
    (stored,) = await (
        await client.get(f"/requests/{created['service_request_id']}.json?extensions=true")
    ).json()
    assert stored["attributes"] == {"ITEMS": ["SOFA", "TV"]}
    bad = [*form, ("attribute[ITEMS][]", "SOFA"), ("attribute[ITEMS][]", "PIANO")]
    await assert_errors(await client.post("/requests.json", data=bad), 400, "'PIANO'")


async def test_tracking_numbers_are_unique_under_concurrency(csr_http: Client) -> None:
    results = await asyncio.gather(*(post_request(csr_http, pothole_form()) for _ in range(20)))
    ids = [result[0]["service_request_id"] for result in results]
    assert len(set(ids)) == 20
    assert all(TRACKING_NUMBER.match(i) and i.startswith("SR26-") for i in ids)


async def test_request_filters_and_paging(csr_http: Client) -> None:
    first = (await post_request(csr_http, pothole_form()))[0]["service_request_id"]
    cart_form = {
        "api_key": RESIDENT_APP_KEY,
        "service_code": GARBAGE_CART,
        "address_string": "5000 S Ashland Ave",
        "attribute[CARTPROB]": "MISSING",
    }
    second = (await post_request(csr_http, cart_form))[0]["service_request_id"]
    third = (await post_request(csr_http, pothole_form()))[0]["service_request_id"]

    async def ids(**params: str) -> list[str]:
        response = await csr_http.get(f"{API}/requests.json", params=params)
        assert response.status == 200, await response.text()
        body = await response.json()
        validator("requests.json").validate(body)
        return [item["service_request_id"] for item in body]

    assert await ids() == [third, second, first]
    assert await ids(service_code=GARBAGE_CART) == [second]
    assert await ids(service_request_id=f"{first},{third}") == [first, third]
    assert await ids(status="closed") == []
    assert await ids(page_size="2", page="2") == [first]
    (created_second,) = await (await csr_http.get(f"{API}/requests/{second}.json")).json()
    after = created_second["requested_datetime"]
    assert await ids(start_date=after) == [third, second]
    assert await ids(end_date=after) == [second, first]
    assert await ids(updated_after=after) == [third]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"start_date": "last tuesday"}, "start_date must be a W3C date"),
        ({"status": "pending"}, "status must be open or closed"),
        ({"page_size": "501"}, "page_size must be a whole number from 1 to 500"),
        ({"page": "0"}, "page must be"),
        ({"jurisdiction_id": "elsewhere"}, "jurisdiction_id"),
    ],
)
async def test_request_filter_errors(
    csr_http: Client, params: dict[str, str], fragment: str
) -> None:
    response = await csr_http.get(f"{API}/requests.json", params=params)
    await assert_errors(response, 404 if "jurisdiction_id" in params else 400, fragment)


async def test_unknown_request_and_token(csr_http: Client) -> None:
    await assert_errors(await csr_http.get(f"{API}/requests/SR26-99999999.json"), 404, "not found")
    await assert_errors(await csr_http.get(f"{API}/tokens/nope.json"), 404, "token nope")


async def test_discovery(csr_http: Client) -> None:
    discovery = wire.parse_discovery(await (await csr_http.get(f"{API}/discovery.json")).json())
    assert discovery.endpoints[0].url == "http://chitext.test/open311/v2"
    assert set(discovery.endpoints[0].formats) == {"application/json", "text/xml"}


async def test_staff_endpoint(csr_http: Client) -> None:
    request_id = (await post_request(csr_http, pothole_form()))[0]["service_request_id"]
    url = f"{API}/staff/requests/{request_id}"
    staff = {"Authorization": STAFF_TOKEN}
    close = {"action": "close", "text": "Pothole patched", "author": "crew 12"}

    await assert_errors(await csr_http.post(url, json=close), 403, "staff sign-in")
    step = await csr_http.post(url, json={"action": "complete_step", "step": 1}, headers=staff)
    (after_step,) = await step.json()
    assert after_step["extended_attributes"]["work_order"]["status"] == "in_progress"
    (closed,) = await (await csr_http.post(url, json=close, headers=staff)).json()
    assert (closed["status"], closed["status_notes"]) == ("closed", "Pothole patched")
    assert closed["notes"][-1]["type"] == "closed"
    await assert_errors(await csr_http.post(url, json=close, headers=staff), 409, "already closed")
    await assert_errors(
        await csr_http.post(url, json={"action": "explode"}, headers=staff), 400, "action must be"
    )
    await assert_errors(
        await csr_http.post(url, json={"action": "note", "text": " "}, headers=staff), 400, "text"
    )
    missing = f"{API}/staff/requests/SR26-99999999"
    await assert_errors(await csr_http.post(missing, json=close, headers=staff), 404, "no service")
