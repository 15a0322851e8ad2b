"""How well the grid geocoder does on the shipped facilities: `python -m chitext.geo.accuracy`.

Every fire station, library, police station and ward office with a published position is
geocoded from its address text alone and compared with that position. Errors for points on grid
streets are cross-validated (5 folds: each point is placed by a transform fitted without it), so
the figures are not flattered by the fit. Ward and district agreement compare the lookups at the
geocoded point with the lookups at the published point.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from chitext.geo.address import LocationFailure
from chitext.geo.boundaries import police_district_at, ward_at
from chitext.geo.grid import (
    CalibrationPoint,
    GridPoint,
    calibration_points,
    distance_metres,
    fit_transform,
    grid_point_of,
    grid_transform,
)

_FOLDS = 5


@dataclass(frozen=True)
class ErrorSummary:
    count: int
    median_metres: float
    p95_metres: float

    @classmethod
    def of(cls, errors: list[float]) -> ErrorSummary:
        if not errors:
            return cls(0, float("nan"), float("nan"))
        return cls(len(errors), float(np.median(errors)), float(np.percentile(errors, 95)))


@dataclass(frozen=True)
class AccuracyReport:
    total: int
    refused: int  # addresses on streets the tables cannot place
    grid_street: ErrorSummary  # cross-validated
    diagonal_street: ErrorSummary
    ward_agreement: float  # share of geocoded facilities whose ward matches the true one
    district_agreement: float
    worst: tuple[tuple[float, CalibrationPoint], ...]


def _cross_validated(pairs: list[tuple[GridPoint, CalibrationPoint]]) -> list[float]:
    errors = []
    for fold in range(_FOLDS):
        training = [p for i, p in enumerate(pairs) if i % _FOLDS != fold]
        transform = fit_transform(training)
        for grid, truth in pairs[fold::_FOLDS]:
            errors.append(distance_metres(*transform.to_lat_lon(grid), truth.lat, truth.lon))
    return errors


def measure() -> AccuracyReport:
    grid_pairs: list[tuple[GridPoint, CalibrationPoint]] = []
    diagonal_pairs: list[tuple[GridPoint, CalibrationPoint]] = []
    refused = 0
    for truth in calibration_points():
        placed = grid_point_of(truth.address)
        if isinstance(placed, LocationFailure):
            refused += 1
            continue
        point, on_diagonal = placed
        (diagonal_pairs if on_diagonal else grid_pairs).append((point, truth))

    transform = grid_transform()
    ward_hits = district_hits = 0
    errors: list[tuple[float, CalibrationPoint]] = []
    for grid, truth in grid_pairs + diagonal_pairs:
        lat, lon = transform.to_lat_lon(grid)
        errors.append((distance_metres(lat, lon, truth.lat, truth.lon), truth))
        ward_hits += ward_at(lat, lon) == ward_at(truth.lat, truth.lon)
        district_hits += police_district_at(lat, lon) == police_district_at(truth.lat, truth.lon)
    geocoded = len(grid_pairs) + len(diagonal_pairs)
    diagonal_errors = [
        distance_metres(*transform.to_lat_lon(grid), truth.lat, truth.lon)
        for grid, truth in diagonal_pairs
    ]
    return AccuracyReport(
        total=len(calibration_points()),
        refused=refused,
        grid_street=ErrorSummary.of(_cross_validated(grid_pairs)),
        diagonal_street=ErrorSummary.of(diagonal_errors),
        ward_agreement=ward_hits / geocoded,
        district_agreement=district_hits / geocoded,
        worst=tuple(sorted(errors, key=lambda pair: pair[0], reverse=True)[:10]),
    )


def main() -> None:
    report = measure()
    geocoded = report.total - report.refused
    print(f"facilities with a published position: {report.total}")
    print(f"refused (street not in the grid tables): {report.refused}")
    for name, summary in (
        ("grid streets (5-fold cross-validated)", report.grid_street),
        ("diagonal streets", report.diagonal_street),
    ):
        print(
            f"{name}: n={summary.count} median {summary.median_metres:.0f} m, "
            f"95th percentile {summary.p95_metres:.0f} m"
        )
    print(f"same ward as the true position: {report.ward_agreement:.1%} of {geocoded}")
    print(f"same police district: {report.district_agreement:.1%} of {geocoded}")
    print("worst:")
    for error, truth in report.worst:
        print(f"  {error:6.0f} m  {truth.address} ({truth.source})")


if __name__ == "__main__":
    main()
