"""Turning what a resident wrote into a point in Chicago, with the reason when we cannot."""

from __future__ import annotations

import math
from dataclasses import dataclass

from chitext.engine.context import ServiceKey
from chitext.geo import GeocodedLocation, Geocoder, LocationFailure
from intents.entities import find_address, find_intersection
from intents.types import Entities

GEOCODER: ServiceKey[Geocoder] = ServiceKey("geocoder")

EARTH_RADIUS_METRES = 6_371_000.0


@dataclass(frozen=True, slots=True)
class Located:
    label: str
    lat: float
    long: float

    def as_data(self) -> dict[str, object]:
        return {"label": self.label, "lat": self.lat, "long": self.long}


def located_from(data: object) -> Located | None:
    if not isinstance(data, dict):
        return None
    return Located(str(data["label"]), float(data["lat"]), float(data["long"]))


def named_locations(text: str, entities: Entities) -> list[str]:
    """Addresses and intersections the message names, most trusted first."""
    found: list[str] = []
    if entities.address:
        found.append(entities.address)
    if entities.intersection:
        found.append(" & ".join(entities.intersection))
    address = find_address(text)
    if address:
        found.append(address)
    intersection = find_intersection(text)
    if intersection:
        found.append(" & ".join(intersection))
    return list(dict.fromkeys(found))


async def locate_in_message(
    geocoder: Geocoder, text: str, entities: Entities, *, whole_text: bool
) -> Located | LocationFailure | None:
    """The first place in the message that geocodes inside Chicago.

    `whole_text` also tries the message as a whole (it is the answer to "where?"). Without
    any candidate the answer is None: the message names no place at all.
    """
    candidates = named_locations(text, entities)
    if whole_text and text.strip():
        candidates.append(text)
    first_failure: LocationFailure | None = None
    for candidate in candidates:
        result = await geocoder.geocode(candidate)
        if isinstance(result, GeocodedLocation):
            return Located(result.label, result.lat, result.lon)
        first_failure = first_failure or result
    return first_failure


def distance_metres(lat1: float, long1: float, lat2: float, long2: float) -> float:
    """Great-circle distance (haversine); exact enough for "same block"."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(long2 - long1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a))
