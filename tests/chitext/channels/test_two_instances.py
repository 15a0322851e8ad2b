"""Two gateway instances on one database process a Twilio retry once (unique key in the DB)."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from chitext.keys import SESSIONMAKER
from chitext.store.models import Message
from tests.support import encoded, sign, twilio_form


async def test_the_same_message_sid_on_two_instances_is_processed_once(
    aiohttp_client: Any, make_app: Any
) -> None:
    first = await aiohttp_client(make_app())
    second = await aiohttp_client(make_app())
    form = twilio_form("hello", "SMtwoinstances0001")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": sign("/twilio/sms", form),
    }
    responses = await asyncio.gather(
        *(
            instance.post("/twilio/sms", data=encoded(form), headers=headers)
            for instance in (first, second, first, second)
        )
    )
    bodies = [await response.text() for response in responses]
    assert all(response.status == 200 for response in responses)
    assert len(set(bodies)) == 1 and "<Message>" in bodies[0]
    async with first.app[SESSIONMAKER]() as session:
        counts = dict(
            (
                await session.execute(
                    select(Message.direction, func.count()).group_by(Message.direction)
                )
            ).all()
        )
    assert counts == {"in": 1, "out": 1}
