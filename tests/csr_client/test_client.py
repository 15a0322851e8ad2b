from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta, timezone

import pytest

from csr_client import (
    AttributeDatatype,
    NewServiceRequest,
    Open311Client,
    Open311NotFound,
    Open311ProtocolError,
    Open311RequestRejected,
    Open311TokenPending,
    Open311Unavailable,
    RequestQuery,
    RequestStatus,
)
from csr_client.wire import parse_datetime

from .conftest import CannedResponse, FakeOpen311, fixture_text, http_fixture

BASE = "/open311/v2/"
XML = "text/xml"


def json_body(name: str, key: str | None = None) -> str:
    data = json.loads(fixture_text(name))
    return json.dumps(data[key] if key else data)


class RecordingSleep:
    def __init__(self, clock: list[float]) -> None:
        self.delays: list[float] = []
        self._clock = clock

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        self._clock[0] += delay


async def test_services_from_spec_xml(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add(
        "GET", BASE + "services.xml", CannedResponse(fixture_text("spec/services.xml"), 200, XML)
    )
    async with Open311Client(url, wire_format="xml", jurisdiction_id="city.gov") as client:
        services = await client.list_services()
    assert [s.service_code for s in services] == ["001", "002", "003"]
    assert services[0].service_name == "Cans left out 24x7"
    assert services[0].keywords == ("lorem", "ipsum", "dolor")
    assert services[1].group == "street"
    assert services[2].metadata is True
    assert fake.seen[0].query["jurisdiction_id"] == "city.gov"


async def test_services_with_namespaces_and_root_attributes(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "services.json",
        CannedResponse(fixture_text("other/sf_services_namespaced.xml"), 200, XML),
    )
    fake.add(
        "GET",
        BASE + "services.xml",
        CannedResponse(fixture_text("other/giessen_services.xml"), 200, XML),
    )
    async with Open311Client(url) as client:
        san_francisco = await client.list_services()
    async with Open311Client(url, wire_format="xml") as client:
        giessen = await client.list_services()
    assert san_francisco[0].service_name == "Cans_Left_Out_24x7"
    assert san_francisco[0].metadata is False and san_francisco[0].keywords == ()
    assert "Laterne defekt" in [s.service_name for s in giessen]
    assert next(s for s in giessen if s.service_code == "011").keywords == (
        "litter",
        "trash",
        "garbage",
    )


@pytest.mark.parametrize(
    ("fixture", "content_type"),
    [
        ("spec/service_definition.json", "application/json"),
        ("spec/service_definition.xml", XML),
        ("other/ruby_service_definition_unwrapped.xml", XML),
    ],
)
async def test_service_definition_shapes(
    fake_open311: tuple[FakeOpen311, str], fixture: str, content_type: str
) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "services/DMV66.json",
        CannedResponse(fixture_text(fixture), 200, content_type),
    )
    async with Open311Client(url) as client:
        definition = await client.get_service_definition("DMV66")
    assert definition.service_code == "DMV66"
    (attribute,) = definition.attributes
    assert attribute.code == "WHISHETN"
    assert attribute.datatype is AttributeDatatype.SINGLEVALUELIST
    assert attribute.required and attribute.variable and attribute.order == 1
    assert [(v.key, v.name) for v in attribute.values] == [("123", "Ford"), ("124", "Chrysler")]


async def test_chicago_pothole_definition(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    code = "4fd3b656e750846c53000004"
    body = fixture_text(f"chicago/service_definition_{code}_pothole.json")
    fake.add("GET", f"{BASE}services/{code}.json", CannedResponse(body))
    async with Open311Client(url) as client:
        definition = await client.get_service_definition(code)
    assert [a.code for a in definition.required_attributes] == ["WHEREIST"]
    optional = definition.attributes[1]
    assert (optional.code, optional.required, optional.datatype) == ("A511OPTN", False, "string")
    assert optional.datatype_description == "Enter number as 999-999-9999"
    assert "TRAFFIC" in definition.attributes[0].value_keys()


async def test_submit_sends_spec_form_and_reads_json_answer(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    fake.add(
        "POST",
        BASE + "requests.json",
        CannedResponse(fixture_text("spec/post_request_response.json")),
    )
    request = NewServiceRequest(
        service_code="001",
        lat=37.76524078,
        long=-122.4212043,
        address_string="1234 5th street",
        email="smit333@sfgov.edu",
        description="A large sinkhole is destroying the street",
        attributes={"WHISPAWN": "123456", "COLOURS": ["RED", "BLU"]},
    )
    async with Open311Client(url, api_key="xyz", jurisdiction_id="city.gov") as client:
        result = await client.submit(request)
    assert result.service_request_id == "293944"
    assert result.token is None and result.account_id is None
    assert result.service_notice is not None and result.service_notice.startswith("The City will")
    form = fake.seen[0].form
    assert form["api_key"] == "xyz" and form["jurisdiction_id"] == "city.gov"
    assert form["service_code"] == "001" and form["lat"] == "37.76524078"
    assert form["attribute[WHISPAWN]"] == "123456"
    assert form.getall("attribute[COLOURS][]") == ["RED", "BLU"]
    assert "api_key" not in fake.seen[0].query


async def test_submit_xml_answer_and_chicago_token_only_answer(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    fake.add(
        "POST",
        BASE + "requests.xml",
        CannedResponse(fixture_text("spec/post_request_response.xml"), 200, XML),
    )
    fake.add(
        "POST", BASE + "requests.json", CannedResponse('[{"token": "5190f2e1c8b1e1e1a0000001"}]')
    )
    request = NewServiceRequest(service_code="001", address_string="1 N State St")
    async with Open311Client(url, wire_format="xml") as client:
        xml_result = await client.submit(request)
    async with Open311Client(url) as client:
        token_result = await client.submit(request)
    assert xml_result.service_request_id == "293944"
    assert xml_result.service_notice is not None and not xml_result.service_notice[0].isspace()
    assert token_result.service_request_id is None
    assert token_result.token == "5190f2e1c8b1e1e1a0000001"


async def test_chicago_requests_with_extensions(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "requests.json",
        CannedResponse(fixture_text("chicago/requests_extensions_2015_sample_50.json")),
    )
    async with Open311Client(url) as client:
        requests = await client.get_requests()
    assert len(requests) == 50
    assert fake.seen[0].query["extensions"] == "true"
    pothole = next(r for r in requests if r.service_request_id == "14-00684314")
    assert pothole.status is RequestStatus.CLOSED and pothole.is_closed
    assert pothole.agency_responsible == "Division of In-House Construction CDOT"
    assert pothole.attributes == {"WHEREIST": "TRAFFIC"}
    assert pothole.extended_attributes["ward"] == "21"
    assert pothole.requested_datetime == datetime(2014, 5, 10, 0, 2, 21, tzinfo=UTC)
    assert pothole.notes[0].type == "opened"
    assert pothole.notes[-1].summary == "Request closed"
    follow_on = pothole.notes[2]
    assert follow_on.extended_attributes["service_request_id"] == "14-01225670"
    vehicle = next(r for r in requests if r.service_name == "Abandoned Vehicle")
    assert vehicle.attributes["HOWMANYD"] == 42


async def test_single_chicago_request_and_notes_inside_extended_attributes(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    tree = json_body(
        "chicago/requests_extensions_2013_examples.json",
        "GET requests/13-00776762.json?extensions=true",
    )
    fake.add("GET", BASE + "requests/13-00776762.json", CannedResponse(tree))
    nested = [
        {
            "service_request_id": 7,
            "status": "OPEN",
            "service_code": 6,
            "requested_datetime": "2024-03-01T10:00:00.123Z",
            "extended_attributes": {"notes": {"type": "opened", "datetime": "2024-03-01 10:00:00"}},
        }
    ]
    fake.add("GET", BASE + "requests/7.json", CannedResponse(json.dumps(nested)))
    async with Open311Client(url, extensions=False) as client:
        tree_debris = await client.get_request("13-00776762")
        numeric = await client.get_request("7")
    assert tree_debris.service_name == "Tree Debris"
    assert tree_debris.status_notes == "*Complete the Service Request"
    assert [n.summary for n in tree_debris.notes][-2:] == ["Dispatch Clam", "Request closed"]
    assert "extensions" not in fake.seen[0].query
    assert (numeric.service_request_id, numeric.service_code) == ("7", "6")
    assert numeric.status is RequestStatus.OPEN
    assert numeric.notes[0].datetime == datetime(2024, 3, 1, 10, tzinfo=UTC)


async def test_requests_from_xml(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add(
        "GET", BASE + "requests.xml", CannedResponse(fixture_text("spec/requests.xml"), 200, XML)
    )
    fake.add(
        "GET",
        BASE + "requests/101005420892.xml",
        CannedResponse(fixture_text("other/toronto_requests_single.xml"), 200, XML),
    )
    async with Open311Client(url, wire_format="xml") as client:
        requests = await client.get_requests()
        toronto = await client.get_request("101005420892")
    assert [r.service_request_id for r in requests] == ["638344", "638349"]
    assert requests[0].service_code == "006" and requests[0].zipcode == "94122"
    assert requests[0].description is None and requests[1].status_notes is None
    assert requests[0].requested_datetime == datetime(
        2010, 4, 14, 6, 37, 38, tzinfo=timezone(timedelta(hours=-8))
    )
    assert requests[0].media_url == "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"
    assert toronto.updated_datetime is None
    assert (toronto.lat, toronto.long) == (43.691104288, -79.272306875)


async def test_requests_without_an_id_are_ignored_and_empty_lists_work(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    processing = [
        {"status": "open", "service_code": "x"},
        {"service_request_id": "SR26-1", "status": "open", "service_code": "x"},
    ]
    fake.add("GET", BASE + "requests.json", CannedResponse(json.dumps(processing)))
    fake.add(
        "GET",
        BASE + "requests.xml",
        CannedResponse(fixture_text("other/ruby_service_requests_empty.xml"), 200, XML),
    )
    async with Open311Client(url) as client:
        assert [r.service_request_id for r in await client.get_requests()] == ["SR26-1"]
    async with Open311Client(url, wire_format="xml") as client:
        assert await client.get_requests() == []


async def test_query_parameters(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add("GET", BASE + "requests.json", CannedResponse("[]"))
    query = RequestQuery(
        service_codes=("a", "b"),
        statuses=(RequestStatus.OPEN, RequestStatus.CLOSED),
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
        updated_after=datetime(2026, 2, 1, 6, 30, 15, 999, tzinfo=timezone(timedelta(hours=-6))),
        page=2,
        page_size=100,
    )
    async with Open311Client(url) as client:
        await client.get_requests(query)
    params = fake.seen[0].query
    assert params["service_code"] == "a,b" and params["status"] == "open,closed"
    assert params["start_date"] == "2026-01-01T00:00:00Z"
    assert params["updated_after"] == "2026-02-01T12:30:15.000999Z"
    assert (params["page"], params["page_size"]) == ("2", "100")


async def test_discovery_json_and_xml(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add("GET", BASE + "discovery.json", CannedResponse(fixture_text("spec/discovery.json")))
    fake.add(
        "GET", BASE + "discovery.xml", CannedResponse(fixture_text("spec/discovery.xml"), 200, XML)
    )
    async with Open311Client(url) as client:
        from_json = await client.discover()
    async with Open311Client(url, wire_format="xml") as client:
        from_xml = await client.discover()
    assert from_json == from_xml
    assert from_json.endpoints[1].formats == ("text/xml", "application/json")
    assert from_json.endpoints[0].type == "production"


@pytest.mark.parametrize(
    ("status", "body", "content_type", "code", "description"),
    [
        (
            *http_fixture("spec/errors_403.http.json"),
            "application/json",
            403,
            "Invalid api_key received -- can't proceed with create_request.",
        ),
        (
            *http_fixture("spec/errors_403.http.xml"),
            XML,
            403,
            "Invalid api_key received -- can't proceed with create_request.",
        ),
        (
            *http_fixture("other/ruby_403_old_style.xml"),
            XML,
            None,
            "Invalid api_key received -- can't proceed with create_request.",
        ),
        (
            400,
            '{"code": 400, "description": "service_code missing"}',
            "application/json",
            400,
            "service_code missing",
        ),
        (
            400,
            '{"errors": [{"code": "400", "description": "lat invalid"}]}',
            "application/json",
            400,
            "lat invalid",
        ),
    ],
)
async def test_rejections_carry_georeport_errors(
    fake_open311: tuple[FakeOpen311, str],
    status: int,
    body: str,
    content_type: str,
    code: int | None,
    description: str,
) -> None:
    fake, url = fake_open311
    fake.add("POST", BASE + "requests.json", CannedResponse(body, status, content_type))
    async with Open311Client(url) as client:
        with pytest.raises(Open311RequestRejected) as raised:
            await client.submit(NewServiceRequest(service_code="001", address_string="x"))
    assert raised.value.status == status
    assert [(e.code, e.description) for e in raised.value.errors] == [(code, description)]


async def test_not_found(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "requests/not-an-id.xml",
        CannedResponse(fixture_text("other/ruby_not_found.xml"), 404, XML),
    )
    fake.add(
        "GET",
        BASE + "requests/gone.xml",
        CannedResponse(fixture_text("other/ruby_service_requests_empty.xml"), 200, XML),
    )
    async with Open311Client(url, wire_format="xml") as client:
        with pytest.raises(Open311NotFound) as raised:
            await client.get_request("not-an-id")
        with pytest.raises(Open311NotFound):
            await client.get_request("gone")
    assert raised.value.errors[0].description.startswith("Service request not found")


@pytest.mark.parametrize(
    ("status", "body"),
    [(500, '[{"code": 500, "description": "boom"}]'), (503, "<html>maintenance</html>"), (429, "")],
)
async def test_server_errors_are_unavailable(
    fake_open311: tuple[FakeOpen311, str], status: int, body: str
) -> None:
    fake, url = fake_open311
    fake.add("GET", BASE + "services.json", CannedResponse(body, status, "text/html"))
    async with Open311Client(url) as client:
        with pytest.raises(Open311Unavailable) as raised:
            await client.list_services()
    assert raised.value.status == status


@pytest.mark.parametrize("body", ["not json", "<services><service>", '{"service_code": null}'])
async def test_unreadable_answers_are_protocol_errors(
    fake_open311: tuple[FakeOpen311, str], body: str
) -> None:
    fake, url = fake_open311
    fake.add("GET", BASE + "services/x.json", CannedResponse(body))
    async with Open311Client(url) as client:
        with pytest.raises(Open311ProtocolError):
            await client.get_service_definition("x")


async def test_timeout_is_unavailable(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add("GET", BASE + "services.json", CannedResponse("[]", delay=1.0))
    async with Open311Client(url, timeout=0.05) as client:
        with pytest.raises(Open311Unavailable):
            await client.list_services()


async def test_connection_refused_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with Open311Client(f"http://127.0.0.1:{port}/open311/v2") as client:
        with pytest.raises(Open311Unavailable):
            await client.list_services()


async def test_token_polling_backs_off_until_the_id_arrives(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "tokens/abc.json",
        CannedResponse('[{"code": 404, "description": "token not found"}]', 404),
        CannedResponse('[{"token": "abc"}]'),
        CannedResponse("[]"),
        CannedResponse("oops", 502),
        CannedResponse(fixture_text("spec/token_response.json")),
    )
    clock = [0.0]
    sleep = RecordingSleep(clock)
    client = Open311Client(
        url, sleep=sleep, clock=lambda: clock[0], poll_initial_delay=0.5, poll_max_delay=3.0
    )
    async with client:
        assert await client.wait_for_request_id("abc", max_wait=60) == "638344"
    assert sleep.delays == [0.5, 1.0, 2.0, 3.0]


async def test_token_polling_gives_up_at_the_deadline(
    fake_open311: tuple[FakeOpen311, str],
) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "tokens/slow.xml",
        CannedResponse(fixture_text("other/ruby_service_requests_empty.xml"), 200, XML),
    )
    clock = [0.0]
    sleep = RecordingSleep(clock)
    client = Open311Client(
        url, wire_format="xml", sleep=sleep, clock=lambda: clock[0], poll_initial_delay=1.0
    )
    async with client:
        with pytest.raises(Open311TokenPending) as raised:
            await client.wait_for_request_id("slow", max_wait=5)
    assert raised.value.token == "slow"
    assert sleep.delays == [1.0, 2.0, 2.0]
    assert sum(sleep.delays) == 5


async def test_token_xml_answer(fake_open311: tuple[FakeOpen311, str]) -> None:
    fake, url = fake_open311
    fake.add(
        "GET",
        BASE + "tokens/12345.xml",
        CannedResponse(fixture_text("spec/token_response.xml"), 200, XML),
    )
    async with Open311Client(url, wire_format="xml") as client:
        assert await client.request_id_for_token("12345") == "638344"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010-04-14T06:37:38-08:00", datetime(2010, 4, 14, 14, 37, 38, tzinfo=UTC)),
        ("2010-04-14T06:37:38Z", datetime(2010, 4, 14, 6, 37, 38, tzinfo=UTC)),
        ("2010-04-14T06:37:38.5Z", datetime(2010, 4, 14, 6, 37, 38, 500000, tzinfo=UTC)),
        (
            "2010-04-14T06:37:38.123456789+00:00",
            datetime(2010, 4, 14, 6, 37, 38, 123456, tzinfo=UTC),
        ),
        ("2010-04-14T06:37:38-0800", datetime(2010, 4, 14, 14, 37, 38, tzinfo=UTC)),
        ("2010-04-14 06:37:38", datetime(2010, 4, 14, 6, 37, 38, tzinfo=UTC)),
    ],
)
def test_timestamps(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


def test_naive_timestamps_take_the_assumed_zone() -> None:
    chicago_winter = timezone(timedelta(hours=-6))
    parsed = parse_datetime("2026-01-05T08:00:00", chicago_winter)
    assert parsed == datetime(2026, 1, 5, 14, tzinfo=UTC)
    assert parse_datetime("") is None
    with pytest.raises(Open311ProtocolError):
        parse_datetime("yesterday")
