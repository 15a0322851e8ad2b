"""Offline geocoding on Chicago's address grid.

Chicago numbers addresses from State St (0 E/W) and Madison St (0 N/S), 800 numbers to the
mile. A grid point is (x, y) in address numbers, east and north positive: "4400 W Lawrence Ave"
is x = -4400 (its own number) and y = +4800 (the grid line Lawrence Ave runs on).

Where each street runs is not in the official street list, so two curated tables carry it:

* `config/chicago/street_grid.csv`: straight streets and the grid line they run on
  (Southport "1400 W", Lawrence "4800 N"). Numbered streets are computed, not listed:
  "79th St" is 7900 S and "79th Pl" 7950 S.
* `config/chicago/street_diagonals.csv`: knots for diagonal streets (Milwaukee, Lincoln, Clark
  north of North Ave, Elston, Archer, Ogden, Grand west of Ashland), at well-known crossings
  with grid streets ("Milwaukee, North and Damen" is 1600 N 2000 W). A point on a diagonal is
  interpolated linearly between knots, so it is less exact than a point on a grid street.

Each street becomes a line in grid space, clipped to the address range the street list gives
it, so an address is the crossing of its street with the line of its house number, and an
intersection is the crossing of two street lines (streets that never meet are refused).

Grid to latitude/longitude is fitted by least squares, on first use, to the shipped facilities
whose address is on a grid street and whose true position is published (fire stations,
libraries, police stations, ward offices). The map is affine except in the north-south
direction south of Madison: there the numbering is not 800 to the mile until Pershing Rd
(Roosevelt 1200 S, Cermak 2200 S, 31st St and Pershing 3900 S are each one mile apart), so the
fit is piecewise linear in y with breaks at those streets. The accuracy this gives is measured
by `python -m chitext.geo.accuracy`, reported in `chitext/geo/README.md` and asserted in tests.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from chitext.geo.address import (
    FailureReason,
    Intersection,
    LocationFailure,
    Street,
    StreetAddress,
    parse_location,
)
from chitext.geo.boundaries import chicago_data_dir
from chitext.geo.reference import POLICE_STATIONS_FILE, WARD_OFFICES_FILE

STREET_GRID_FILE = "street_grid.csv"
STREET_DIAGONALS_FILE = "street_diagonals.csv"
FIRE_STATIONS_FILE = "fire_stations_2023.csv"
LIBRARIES_FILE = "libraries_locations_2019.csv"

# Farther than any Chicago address (the city spans about 13,000 E-W and 21,000 N-S numbers).
_GRID_REACH = 30_000
# Street-list ranges stop at the last numbered building; a crossing street can lie a little
# beyond it (State St's range ends at 1 both ways, Madison runs on 0).
_RANGE_SLACK = 100
_NUMBERED_STREET = re.compile(r"^(\d{1,3})(?:ST|ND|RD|TH)$")
_GRID_VALUE = re.compile(r"^(\d+)\s*([NSEW])$")
_LAT_LON = re.compile(r"\((-?[\d.]+),\s*(-?[\d.]+)\)")
_WKT_POINT = re.compile(r"POINT \((-?[\d.]+) (-?[\d.]+)\)")
# Points farther than this from the first fit are not used for the final one: they are
# facilities on a street the tables place wrongly, or addresses the data portal misplaced.
_OUTLIER_METRES = 400.0
# Madison, Roosevelt, Cermak, 31st St and Pershing Rd: where the south-side spacing changes.
_SOUTH_SIDE_BREAKS = (0.0, -1200.0, -2200.0, -3100.0, -3900.0)
_METRES_PER_DEGREE_LAT = 111_132.0
_METRES_PER_DEGREE_LON = 111_320.0 * float(np.cos(np.radians(41.84)))


@dataclass(frozen=True)
class GridPoint:
    x: float  # east positive, in address numbers
    y: float  # north positive


@dataclass(frozen=True)
class StreetLine:
    """Where a street runs, in grid space."""

    line: LineString
    diagonal: bool


def signed_grid(value: str) -> float:
    """ "1400 W" -> -1400, "4800 N" -> 4800."""
    match = _GRID_VALUE.match(value.strip().upper())
    if match is None:
        raise ValueError(f"not a grid value: {value!r}")
    number = float(match.group(1))
    return -number if match.group(2) in "SW" else number


@cache
def _straight_streets() -> Mapping[str, Sequence[tuple[str | None, float, bool]]]:
    """Name -> (suffix or None for any, fixed coordinate, whether the coordinate is x)."""
    table: defaultdict[str, list[tuple[str | None, float, bool]]] = defaultdict(list)
    with (chicago_data_dir() / STREET_GRID_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            value = row["grid"].strip().upper()
            table[row["street"].strip()].append(
                (row["suffix"].strip() or None, signed_grid(value), value[-1] in "EW")
            )
    return table


@cache
def _diagonal_streets() -> Mapping[str, LineString]:
    knots: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
    with (chicago_data_dir() / STREET_DIAGONALS_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            knots[row["street"].strip()].append((signed_grid(row["x"]), signed_grid(row["y"])))
    return {name: LineString(points) for name, points in knots.items()}


def _extent(street: Street) -> tuple[float, float]:
    """The signed range of house numbers along the street, from the official list."""
    ends = [
        end
        for piece in street.ranges
        for end in (
            (-piece.high, -piece.low) if piece.direction in "SW" else (piece.low, piece.high)
        )
    ]
    return min(ends) - _RANGE_SLACK, max(ends) + _RANGE_SLACK


def street_line(street: Street) -> StreetLine | None:
    """The street's line in grid space, or None when the tables do not place it."""
    diagonal = _diagonal_streets().get(street.name)
    if diagonal is not None:
        return StreetLine(diagonal, diagonal=True)
    low, high = _extent(street)
    numbered = _NUMBERED_STREET.match(street.name)
    if numbered is not None:
        half_block = 50 if street.suffix == "PL" else 0
        y = -(int(numbered.group(1)) * 100 + half_block)
        return StreetLine(LineString([(low, y), (high, y)]), diagonal=False)
    for suffix, fixed, fixed_is_x in _straight_streets().get(street.name, ()):
        if suffix is None or suffix == street.suffix:
            ends = [(fixed, low), (fixed, high)] if fixed_is_x else [(low, fixed), (high, fixed)]
            return StreetLine(LineString(ends), diagonal=False)
    return None


def _crossing(a: BaseGeometry, b: BaseGeometry) -> GridPoint | None:
    meeting = a.intersection(b)
    if meeting.is_empty:
        return None
    # Two lines meet in a point, several points (a diagonal that zigzags) or a shared segment;
    # the middle of whatever they share is the best single answer.
    centre = meeting.centroid if meeting.geom_type != "Point" else meeting
    assert isinstance(centre, Point)
    return GridPoint(float(centre.x), float(centre.y))


def address_grid_point(address: StreetAddress) -> GridPoint | LocationFailure:
    placed = street_line(address.street)
    if placed is None:
        return LocationFailure(
            FailureReason.NO_GRID_DATA, f"no grid position known for {address.street.label}"
        )
    along = -address.number if address.direction in "SW" else address.number
    if address.direction in "NS":
        number_line = LineString([(-_GRID_REACH, along), (_GRID_REACH, along)])
    else:
        number_line = LineString([(along, -_GRID_REACH), (along, _GRID_REACH)])
    point = _crossing(placed.line, number_line)
    if point is None:
        return LocationFailure(
            FailureReason.NO_GRID_DATA, f"{address.label} is beyond the known part of the street"
        )
    return point


def intersection_grid_point(intersection: Intersection) -> GridPoint | LocationFailure:
    lines = [street_line(s) for s in (intersection.street_a, intersection.street_b)]
    for street, placed in zip((intersection.street_a, intersection.street_b), lines, strict=True):
        if placed is None:
            return LocationFailure(
                FailureReason.NO_GRID_DATA, f"no grid position known for {street.label}"
            )
    first, second = (placed.line for placed in lines if placed is not None)
    point = _crossing(first, second)
    if point is None:
        return LocationFailure(
            FailureReason.STREETS_DO_NOT_CROSS, f"{intersection.label} do not cross"
        )
    return point


@dataclass(frozen=True)
class CalibrationPoint:
    """A real Chicago address with its published position, from a shipped data set."""

    source: str
    address: str
    lat: float
    lon: float


@cache
def calibration_points() -> tuple[CalibrationPoint, ...]:
    """Every shipped address with a published position: about 245 across the city."""
    folder = chicago_data_dir()
    points: list[CalibrationPoint] = []
    with (folder / FIRE_STATIONS_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found = _LAT_LON.search(row["LOCATION"])
            if found:
                lat, lon = float(found.group(1)), float(found.group(2))
                points.append(CalibrationPoint("fire station", row["ADDRESS"], lat, lon))
    with (folder / LIBRARIES_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            found = _LAT_LON.search(row["LOCATION"])
            if found:
                lat, lon = float(found.group(1)), float(found.group(2))
                points.append(CalibrationPoint("library", row["ADDRESS"], lat, lon))
    with (folder / POLICE_STATIONS_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            address = " ".join(row["ADDRESS"].split())
            lat, lon = float(row["LATITUDE"]), float(row["LONGITUDE"])
            points.append(CalibrationPoint("police station", address, lat, lon))
    with (folder / WARD_OFFICES_FILE).open(encoding="utf-8") as handle:
        for record in json.load(handle):
            found = _WKT_POINT.search(str(record["location"]))
            # Ward 36's record holds two offices; its point is the first one's.
            address = str(record["address"]).split(";")[0]
            if found:
                lat, lon = float(found.group(2)), float(found.group(1))
                points.append(CalibrationPoint("ward office", address, lat, lon))
    return tuple(points)


def grid_point_of(text: str) -> tuple[GridPoint, bool] | LocationFailure:
    """Grid point of an address or intersection, and whether a diagonal street placed it."""
    parsed = parse_location(text)
    if isinstance(parsed, LocationFailure):
        return parsed
    if isinstance(parsed, StreetAddress):
        point = address_grid_point(parsed)
        placed = street_line(parsed.street)
        on_diagonal = placed is not None and placed.diagonal
    else:
        point = intersection_grid_point(parsed)
        on_diagonal = any(
            (line := street_line(s)) is not None and line.diagonal
            for s in (parsed.street_a, parsed.street_b)
        )
    if isinstance(point, LocationFailure):
        return point
    return point, on_diagonal


def _design_row(point: GridPoint) -> list[float]:
    """Affine terms plus one hinge per south-side break (zero north of the break)."""
    return [1.0, point.x, point.y, *(min(0.0, point.y - b) for b in _SOUTH_SIDE_BREAKS)]


@dataclass(frozen=True)
class GridTransform:
    """Piecewise-affine map from grid (x, y) to (lat, lon), with the points it was fitted on."""

    coefficients: NDArray[np.float64]  # one row per `_design_row` term; columns lat, lon
    fitted_on: tuple[CalibrationPoint, ...]
    rejected: tuple[CalibrationPoint, ...]

    def to_lat_lon(self, point: GridPoint) -> tuple[float, float]:
        lat, lon = np.array(_design_row(point)) @ self.coefficients
        return float(lat), float(lon)


def distance_metres(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Equirectangular distance; exact enough within one city."""
    north = (lat_a - lat_b) * _METRES_PER_DEGREE_LAT
    east = (lon_a - lon_b) * _METRES_PER_DEGREE_LON
    return float(np.hypot(north, east))


def fit_transform(points: Sequence[tuple[GridPoint, CalibrationPoint]]) -> GridTransform:
    """Least-squares fit, refitted once without the points the first fit misses badly."""

    def solve(pairs: Sequence[tuple[GridPoint, CalibrationPoint]]) -> NDArray[np.float64]:
        design = np.array([_design_row(g) for g, _ in pairs])
        target = np.array([[c.lat, c.lon] for _, c in pairs])
        solution, *_ = np.linalg.lstsq(design, target, rcond=None)
        return np.asarray(solution, dtype=np.float64)

    first = GridTransform(solve(points), (), ())
    kept = [
        (g, c)
        for g, c in points
        if distance_metres(*first.to_lat_lon(g), c.lat, c.lon) <= _OUTLIER_METRES
    ]
    rejected = tuple(c for g, c in points if (g, c) not in kept)
    return GridTransform(solve(kept), tuple(c for _, c in kept), rejected)


def grid_calibration_pairs() -> list[tuple[GridPoint, CalibrationPoint]]:
    """Calibration points whose address the grid places without a diagonal street."""
    pairs = []
    for calibration in calibration_points():
        placed = grid_point_of(calibration.address)
        if isinstance(placed, LocationFailure):
            continue
        point, on_diagonal = placed
        if not on_diagonal:
            pairs.append((point, calibration))
    return pairs


@cache
def grid_transform() -> GridTransform:
    return fit_transform(grid_calibration_pairs())
