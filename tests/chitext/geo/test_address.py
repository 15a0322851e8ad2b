"""Parsing free-text locations into typed addresses and intersections."""

from __future__ import annotations

import pytest

from chitext.geo.address import (
    FailureReason,
    Intersection,
    LocationFailure,
    StreetAddress,
    parse_location,
)


@pytest.mark.parametrize(
    ("text", "number", "direction", "street", "suffix"),
    [
        ("3300 n southport", 3300, "N", "SOUTHPORT", "AVE"),
        ("4400 W. Lawrence Ave apt 2r", 4400, "W", "LAWRENCE", "AVE"),
        ("1600 w chicago ave chicago il 60622", 1600, "W", "CHICAGO", "AVE"),
        ("100 S Racine", 100, "S", "RACINE", "AVE"),
        ("3300 southport", 3300, "N", "SOUTHPORT", "AVE"),  # direction from the number
        ("3300 n southprot ave", 3300, "N", "SOUTHPORT", "AVE"),  # misspelt
        ("2500 South St. Louis Avenue", 2500, "S", "ST LOUIS", "AVE"),
        ("1 e 79th st", 1, "E", "79TH", "ST"),
        ("4 N Western Ave, Unit 1C", 4, "N", "WESTERN", "AVE"),
        ("121 North LaSalle Street, Room 300", 121, "N", "LA SALLE", "ST"),
        ("the address is 5400 n lincoln", 5400, "N", "LINCOLN", "AVE"),
    ],
)
def test_street_addresses(text: str, number: int, direction: str, street: str, suffix: str) -> None:
    parsed = parse_location(text)
    assert isinstance(parsed, StreetAddress), parsed
    assert (parsed.number, parsed.direction, parsed.street_name, parsed.suffix) == (
        number,
        direction,
        street,
        suffix,
    )


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("79th and stony island", "79TH", "STONY ISLAND"),
        ("Belmont & Central", "BELMONT", "CENTRAL"),
        ("cottage grove by 79th", "COTTAGE GROVE", "79TH"),
        ("corner of state and madison", "STATE", "MADISON"),
        ("26th y kedzie", "26TH", "KEDZIE"),
        ("esquina de 26th y kedzie", "26TH", "KEDZIE"),
        ("seventy-ninth and halsted", "79TH", "HALSTED"),
        ("ashlund / divison", "ASHLAND", "DIVISION"),
        ("DuSable Lake Shore Dr and Belmont", "LAKE SHORE", "BELMONT"),
        ("Ida B. Wells Dr & State", "CONGRESS", "STATE"),
        ("MLK and 47th", "DR MARTIN LUTHER KING JR", "47TH"),
    ],
)
def test_intersections(text: str, first: str, second: str) -> None:
    parsed = parse_location(text)
    assert isinstance(parsed, Intersection), parsed
    assert (parsed.street_a.name, parsed.street_b.name) == (first, second)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", FailureReason.EMPTY),
        ("   ", FailureReason.EMPTY),
        ("hello how are you", FailureReason.NOT_UNDERSTOOD),
        ("the pothole is huge", FailureReason.NOT_UNDERSTOOD),
        ("southport", FailureReason.NO_HOUSE_NUMBER),
        ("on western ave", FailureReason.NO_HOUSE_NUMBER),
        ("100 racine", FailureReason.AMBIGUOUS_DIRECTION),
        ("9999 n southport", FailureReason.NUMBER_NOT_ON_STREET),
        ("123 main st evanston", FailureReason.OUTSIDE_CHICAGO),
        ("123 qwzxy st", FailureReason.UNKNOWN_STREET),
        ("state and state", FailureReason.STREETS_DO_NOT_CROSS),
        ("belmont and qwzxy", FailureReason.UNKNOWN_STREET),
    ],
)
def test_failures_carry_a_reason(text: str, reason: FailureReason) -> None:
    parsed = parse_location(text)
    assert isinstance(parsed, LocationFailure), parsed
    assert parsed.reason is reason
    assert parsed.detail
