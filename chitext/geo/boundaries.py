"""Point-in-polygon lookups on the shipped City of Chicago boundary files.

The GeoJSON files under `config/chicago/` are the Data Portal exports, unmodified and at full
resolution: wards (2023 map, p293-wvbd), police districts and police beats (Dec-2012 map,
fthy-xz3r and aerh-rz74). Loading all three into shapely with an STRtree each takes about
0.2 s, so no simplification is applied (simplifying would move points near a boundary into the
wrong ward for no real gain).

Each layer is loaded on first use and cached for the life of the process.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from shapely import STRtree
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from chitext.paths import config_dir

WARDS_FILE = "wards_2023_p293-wvbd.geojson"
POLICE_DISTRICTS_FILE = "police_districts_2012_fthy-xz3r.geojson"
POLICE_BEATS_FILE = "police_beats_2012_aerh-rz74.geojson"

# The district and beat layers carry three polygons labelled "31": unincorporated pieces that
# are not a CPD patrol district. A point there is not in any real district or beat.
_NOT_A_DISTRICT = 31


_METRES_PER_DEGREE_LAT = 111_132.0
_METRES_PER_DEGREE_LON = 111_320.0 * math.cos(math.radians(41.84))  # at Chicago's latitude


def chicago_data_dir() -> Path:
    return config_dir() / "chicago"


@dataclass(frozen=True)
class _Layer:
    """Polygons with one label each, indexed for point queries."""

    geometries: tuple[BaseGeometry, ...]
    labels: tuple[str, ...]
    tree: STRtree

    def label_at(self, lat: float, lon: float) -> str | None:
        hits = self.tree.query(Point(lon, lat), predicate="intersects")
        if len(hits) == 0:
            return None
        # Polygons of one layer do not overlap, except where a point lies exactly on a shared
        # edge; the lowest index makes that case deterministic.
        return self.labels[int(min(hits))]


def _features(file_name: str) -> list[dict[str, Any]]:
    with (chicago_data_dir() / file_name).open(encoding="utf-8") as handle:
        collection: dict[str, Any] = json.load(handle)
    features: list[dict[str, Any]] = collection["features"]
    return features


def _layer(file_name: str, label_property: str) -> _Layer:
    features = _features(file_name)
    geometries = tuple(shape(feature["geometry"]) for feature in features)
    labels = tuple(str(feature["properties"][label_property]) for feature in features)
    return _Layer(geometries=geometries, labels=labels, tree=STRtree(geometries))


@cache
def _wards() -> _Layer:
    return _layer(WARDS_FILE, "ward")


@cache
def _districts() -> _Layer:
    return _layer(POLICE_DISTRICTS_FILE, "DIST_NUM")


@cache
def _beats() -> _Layer:
    return _layer(POLICE_BEATS_FILE, "BEAT_NUM")


def ward_at(lat: float, lon: float) -> int | None:
    """The City Council ward (1-50, 2023 map) containing the point, or None outside Chicago."""
    label = _wards().label_at(lat, lon)
    return None if label is None else int(label)


def in_chicago(lat: float, lon: float) -> bool:
    """Whether the point is inside the city limits, taken as the union of the ward polygons."""
    return ward_at(lat, lon) is not None


def nearest_point_in_chicago(lat: float, lon: float, within_metres: float) -> tuple[float, float]:
    """The closest point of the city to (lat, lon), if within the distance; else the point itself.

    A street that is the city limit (Harlem, Howard, parts of Western) has its centreline on
    the ward boundary, so a corner on it can fall a few metres outside every ward.
    """
    layer = _wards()
    point = Point(lon, lat)
    # A search radius in degrees of longitude (the shorter degree) reaches at least as far as
    # `within_metres` in every direction; the metric check below is the real limit.
    reach = within_metres / _METRES_PER_DEGREE_LON
    index = layer.tree.query_nearest(point, max_distance=reach)
    if len(index) == 0:
        return lat, lon
    nearest, _ = nearest_points(layer.geometries[int(index[0])], point)
    north = (nearest.y - lat) * _METRES_PER_DEGREE_LAT
    east = (nearest.x - lon) * _METRES_PER_DEGREE_LON
    if math.hypot(north, east) > within_metres:
        return lat, lon
    return float(nearest.y), float(nearest.x)


def police_district_at(lat: float, lon: float) -> int | None:
    """The CPD district number (1-25, no 13/21/23) containing the point, or None."""
    label = _districts().label_at(lat, lon)
    if label is None or int(label) == _NOT_A_DISTRICT:
        return None
    return int(label)


def beat_at(lat: float, lon: float) -> str | None:
    """The CPD beat as published, four digits zero-padded ("0111", "2514"), or None."""
    label = _beats().label_at(lat, lon)
    if label is None or int(label[:2]) == _NOT_A_DISTRICT:
        return None
    return label


@cache
def beat_districts() -> Mapping[str, int]:
    """Every real beat ("0111") to its district (1), from the beat layer's DISTRICT property.

    The beat file zero-pads districts ("01") while the district file does not ("1"); both are
    reduced to integers here so callers never compare the two spellings.
    """
    mapping: dict[str, int] = {}
    for feature in _features(POLICE_BEATS_FILE):
        properties = feature["properties"]
        district = int(properties["DISTRICT"])
        if district != _NOT_A_DISTRICT:
            mapping[str(properties["BEAT_NUM"])] = district
    return mapping
