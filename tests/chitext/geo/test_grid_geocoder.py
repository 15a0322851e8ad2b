"""The grid geocoder against the shipped facilities' published positions.

Run `python -m chitext.geo.accuracy` for the same figures printed as a report.
"""

from __future__ import annotations

import csv

import pytest

from chitext.geo import (
    ChicagoGridGeocoder,
    FailureReason,
    GeocodedLocation,
    InMemoryGeocoder,
    LocationFailure,
    locate,
)
from chitext.geo.accuracy import measure
from chitext.geo.address import parse_location, street_index
from chitext.geo.boundaries import chicago_data_dir
from chitext.geo.grid import STREET_DIAGONALS_FILE, STREET_GRID_FILE, distance_metres


async def _geocode(text: str) -> GeocodedLocation:
    result = await ChicagoGridGeocoder().geocode(text)
    assert isinstance(result, GeocodedLocation), result
    return result


async def test_state_and_madison_is_the_origin_in_ward_34() -> None:
    result = await _geocode("State & Madison")
    assert result.kind == "intersection"
    assert distance_metres(result.lat, result.lon, 41.8820, -87.6278) < 150
    place = locate(result.lat, result.lon)
    assert place.ward == 34
    assert place.police_district == 1
    assert place.police_station is not None and place.police_station.name == "Central"


async def test_1600_w_chicago_ave_is_ward_1() -> None:
    result = await _geocode("1600 w chicago ave chicago il 60622")
    assert distance_metres(result.lat, result.lon, 41.8962, -87.6676) < 150
    place = locate(result.lat, result.lon)
    assert place.ward == 1
    assert place.alderperson is not None and place.alderperson.name == "Daniel La Spata"


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        # Published positions of shipped facilities at or beside these corners.
        ("Halsted and 79th", 41.7510, -87.6443),  # 7808 S Halsted, District 6
        ("Harrison & Kedzie", 41.8736, -87.7055),  # 3151 W Harrison, District 11
        ("Cottage Grove by 71st", 41.7657, -87.6057),  # 7040 S Cottage Grove, District 3
    ],
)
async def test_intersections_land_near_known_corners(text: str, lat: float, lon: float) -> None:
    result = await _geocode(text)
    assert distance_metres(result.lat, result.lon, lat, lon) < 250


async def test_corner_on_the_city_limit_is_accepted() -> None:
    # Harlem Ave is the city limit at North Ave; its centreline sits on the ward boundary.
    result = await _geocode("Harlem and North")
    assert locate(result.lat, result.lon).ward == 29


async def test_misspelt_address_still_geocodes() -> None:
    exact = await _geocode("4400 W Lawrence Ave")
    misspelt = await _geocode("4400 w lawrance")
    assert (exact.lat, exact.lon) == (misspelt.lat, misspelt.lon)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("123 main st evanston", FailureReason.OUTSIDE_CHICAGO),
        # 87th St leaves the city before 7100 W (Bridgeview); the street list knows where.
        ("7100 w 87th", FailureReason.NUMBER_NOT_ON_STREET),
        ("asdf qwer", FailureReason.NOT_UNDERSTOOD),
        ("southport & 79th", FailureReason.STREETS_DO_NOT_CROSS),
        ("belmont and fullerton", FailureReason.STREETS_DO_NOT_CROSS),
    ],
)
async def test_refusals(text: str, reason: FailureReason) -> None:
    result = await ChicagoGridGeocoder().geocode(text)
    assert isinstance(result, LocationFailure), result
    assert result.reason is reason


def test_oak_park_point_is_outside_every_boundary() -> None:
    place = locate(41.8850, -87.7845)
    assert (place.ward, place.police_district, place.beat, place.alderperson) == (
        None,
        None,
        None,
        None,
    )


def test_grid_accuracy_on_facilities() -> None:
    """Facilities on grid streets, geocoded from their address, against their true position."""
    report = measure()
    assert report.grid_street.count >= 180
    assert report.grid_street.median_metres < 60
    assert report.grid_street.p95_metres < 200
    assert report.ward_agreement >= 0.90
    assert report.district_agreement >= 0.90
    # Addresses the tables cannot place are refused, never guessed.
    assert report.refused <= 30


def test_every_curated_street_is_an_official_street() -> None:
    names = street_index().by_name
    for file_name in (STREET_GRID_FILE, STREET_DIAGONALS_FILE):
        with (chicago_data_dir() / file_name).open(encoding="utf-8", newline="") as handle:
            unknown = {row["street"] for row in csv.DictReader(handle)} - set(names)
        assert not unknown, f"{file_name}: {sorted(unknown)}"


def test_parse_result_labels_are_normalised() -> None:
    parsed = parse_location("4400 W. Lawrence Ave apt 2r")
    assert not isinstance(parsed, LocationFailure)
    assert parsed.label == "4400 W LAWRENCE AVE"


async def test_in_memory_twin() -> None:
    twin = InMemoryGeocoder({"City Hall": (41.8837, -87.6323)})
    found = await twin.geocode("  city   hall ")
    assert isinstance(found, GeocodedLocation) and (found.lat, found.lon) == (41.8837, -87.6323)
    missing = await twin.geocode("somewhere else")
    assert isinstance(missing, LocationFailure)
    assert missing.reason is FailureReason.NOT_UNDERSTOOD
