"""The gateway's client against the bundled server, as `chitext serve` wires them."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from csr_client import (
    NewServiceRequest,
    Open311Client,
    Open311NotFound,
    Open311RequestRejected,
    RequestQuery,
    RequestStatus,
)
from csr_client.server import OPEN311_MOUNT_PATH, operations

from .conftest import RESIDENT_APP_KEY

Client = TestClient[web.Request, web.Application]
STREET_LIGHT = "4ffa9f2d6018277d400000c8"
STRAY_ANIMAL = "5c1849c99e6e99eda0ad942c"


def client_for(csr_http: Client, wire_format: str) -> Open311Client:
    return Open311Client(
        str(csr_http.make_url(OPEN311_MOUNT_PATH)),
        api_key=RESIDENT_APP_KEY,
        jurisdiction_id="chicago.gov",
        wire_format="xml" if wire_format == "xml" else "json",
    )


@pytest.mark.parametrize("wire_format", ["json", "xml"])
async def test_report_to_closure(
    csr_http: Client, sessionmaker: async_sessionmaker[AsyncSession], wire_format: str
) -> None:
    async with client_for(csr_http, wire_format) as client:
        services = {service.service_code: service for service in await client.list_services()}
        assert services[STREET_LIGHT].service_name == "Street Light Out Complaint"
        definition = await client.get_service_definition(STREET_LIGHT)
        (question,) = definition.required_attributes
        answer = next(value.key for value in question.values if value.name == "Completely out")

        submitted = await client.submit(
            NewServiceRequest(
                service_code=STREET_LIGHT,
                lat=41.9484,
                long=-87.6553,
                address_string="1060 W Addison St",
                description="Light out in front of the ballpark",
                attributes={question.code: answer},
                phone="+13125550100",
            )
        )
        assert submitted.token is not None
        request_id = await client.wait_for_request_id(submitted.token, max_wait=5)
        assert request_id == submitted.service_request_id

        opened = await client.get_request(request_id)
        assert opened.status is RequestStatus.OPEN
        assert opened.agency_responsible == "Division of Electrical Operations CDOT"
        assert opened.attributes == {question.code: answer}
        assert [note.type for note in opened.notes] == ["submitted", "opened"]
        assert opened.updated_datetime is not None

        async with sessionmaker() as session, session.begin():
            await operations.close_request(session, request_id, "Lamp replaced", author="crew 7")

        closed = await client.get_request(request_id)
        assert closed.is_closed and closed.status_notes == "Lamp replaced"
        assert closed.notes[-1].type == "closed"
        assert closed.notes[-1].description == "Lamp replaced"
        assert (
            closed.updated_datetime is not None
            and closed.updated_datetime > opened.updated_datetime
        )

        changed = await client.get_requests(RequestQuery(updated_after=opened.updated_datetime))
        assert [r.service_request_id for r in changed] == [request_id]
        assert await client.get_requests(RequestQuery(updated_after=closed.updated_datetime)) == []
        assert [
            r.service_request_id
            for r in await client.get_requests(RequestQuery(statuses=(RequestStatus.CLOSED,)))
        ] == [request_id]


async def test_rejections_and_unknown_ids_through_the_client(csr_http: Client) -> None:
    async with client_for(csr_http, "json") as client:
        with pytest.raises(Open311RequestRejected) as raised:
            await client.submit(
                NewServiceRequest(service_code=STRAY_ANIMAL, address_string="1 N State St")
            )
        assert raised.value.status == 400
        assert [e.description for e in raised.value.errors] == ["attribute ANIMTYPE is required"]
        with pytest.raises(Open311NotFound):
            await client.get_request("SR26-00000999")
        with pytest.raises(Open311NotFound):
            await client.get_service_definition("no-such-service")
