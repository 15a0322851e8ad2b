"""Where a resident is asking about: from the message's entities, or its text, via the geocoder.

The geocoder is the shared one from `chitext.geo` (a capability may register another, e.g. a
city address service, under `GEOCODER`); its offline grid geocoder is used otherwise.
"""

from __future__ import annotations

import re

from chitext.engine.context import ServiceKey, TurnContext
from chitext.geo import ChicagoGridGeocoder, Geocoder, GeocodeResult, LocationFailure
from chitext.geo.address import FailureReason

GEOCODER: ServiceKey[Geocoder] = ServiceKey("geocoder")
_DEFAULT_GEOCODER = ChicagoGridGeocoder()

# "what ward is 4400 W Lawrence" -> "4400 W Lawrence": the tail from the first house number.
_FROM_HOUSE_NUMBER = re.compile(r"\b\d{1,5}\s+[A-Za-z].*$")


def geocoder_for(context: TurnContext) -> Geocoder:
    return context.services.find(GEOCODER) or _DEFAULT_GEOCODER


def location_text(context: TurnContext) -> str | None:
    """The address or intersection the message names, as text for the geocoder."""
    entities = context.understanding.entities
    if entities.address:
        return entities.address
    if entities.intersection:
        return " & ".join(entities.intersection)
    match = _FROM_HOUSE_NUMBER.search(context.message.text)
    return match.group(0) if match else None


async def geocode(context: TurnContext, text: str) -> GeocodeResult:
    return await geocoder_for(context).geocode(text)


def failure_key(failure: LocationFailure) -> str:
    """The template explaining why a location could not be used."""
    if failure.reason is FailureReason.OUTSIDE_CHICAGO:
        return "location/outside_chicago"
    if failure.reason is FailureReason.NO_HOUSE_NUMBER:
        return "location/need_number"
    return "location/not_found"
