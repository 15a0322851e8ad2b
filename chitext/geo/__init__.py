"""Offline Chicago geography: where is it, and whose ward / police district is it in.

Everything loads lazily on first use and is cached, so importing this package is cheap.

    result = await ChicagoGridGeocoder().geocode("4400 W Lawrence Ave")
    if isinstance(result, GeocodedLocation):
        place = locate(result.lat, result.lon)   # ward, alderperson, district, station, beat
    else:
        result.reason                            # FailureReason, for the reply template
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from chitext.geo.address import (
    FailureReason,
    Intersection,
    LocationFailure,
    StreetAddress,
    parse_location,
)
from chitext.geo.boundaries import beat_at, nearest_point_in_chicago, police_district_at, ward_at
from chitext.geo.grid import address_grid_point, grid_transform, intersection_grid_point
from chitext.geo.reference import Alderperson, PoliceStation, alderpersons, police_stations

__all__ = [
    "Alderperson",
    "ChicagoGridGeocoder",
    "FailureReason",
    "GeocodeResult",
    "GeocodedLocation",
    "Geocoder",
    "InMemoryGeocoder",
    "Intersection",
    "LocationFailure",
    "Place",
    "PoliceStation",
    "StreetAddress",
    "locate",
    "parse_location",
]


# About the grid's typical error: a corner on a street that forms the city limit is taken as
# being in the city rather than refused.
_CITY_LIMIT_TOLERANCE_METRES = 60.0


@dataclass(frozen=True)
class GeocodedLocation:
    lat: float
    lon: float
    label: str  # normalised, e.g. "4400 W LAWRENCE AVE" or "BELMONT AVE & CENTRAL AVE"
    kind: Literal["address", "intersection"]


GeocodeResult = GeocodedLocation | LocationFailure


class Geocoder(Protocol):
    async def geocode(self, text: str) -> GeocodeResult: ...


class ChicagoGridGeocoder:
    """Geocodes Chicago addresses and intersections offline with the city's address grid."""

    async def geocode(self, text: str) -> GeocodeResult:
        return geocode_text(text)


def geocode_text(text: str) -> GeocodeResult:
    """The synchronous core of `ChicagoGridGeocoder` (pure CPU, no I/O after first load)."""
    parsed = parse_location(text)
    if isinstance(parsed, LocationFailure):
        return parsed
    if isinstance(parsed, StreetAddress):
        point = address_grid_point(parsed)
        kind: Literal["address", "intersection"] = "address"
    else:
        point = intersection_grid_point(parsed)
        kind = "intersection"
    if isinstance(point, LocationFailure):
        return point
    lat, lon = grid_transform().to_lat_lon(point)
    if ward_at(lat, lon) is None:
        lat, lon = nearest_point_in_chicago(lat, lon, within_metres=_CITY_LIMIT_TOLERANCE_METRES)
    if ward_at(lat, lon) is None:
        return LocationFailure(
            FailureReason.OUTSIDE_CHICAGO, f"{parsed.label} falls outside the city limits"
        )
    return GeocodedLocation(lat=lat, lon=lon, label=parsed.label, kind=kind)


class InMemoryGeocoder:
    """Test twin: answers from a fixed table of texts; anything else is not understood."""

    def __init__(self, points: Mapping[str, tuple[float, float]]) -> None:
        self._points = {_key(text): point for text, point in points.items()}

    async def geocode(self, text: str) -> GeocodeResult:
        point = self._points.get(_key(text))
        if point is None:
            return LocationFailure(FailureReason.NOT_UNDERSTOOD, f"{text!r} is not in the table")
        return GeocodedLocation(lat=point[0], lon=point[1], label=text.strip(), kind="address")


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Place:
    """What the city's boundaries say about a point; all None outside Chicago."""

    ward: int | None
    alderperson: Alderperson | None
    police_district: int | None
    police_station: PoliceStation | None
    beat: str | None  # as published, four digits: "0111"


def locate(lat: float, lon: float) -> Place:
    ward = ward_at(lat, lon)
    district = police_district_at(lat, lon)
    return Place(
        ward=ward,
        alderperson=alderpersons().get(ward) if ward is not None else None,
        police_district=district,
        police_station=police_stations().get(district) if district is not None else None,
        beat=beat_at(lat, lon),
    )
