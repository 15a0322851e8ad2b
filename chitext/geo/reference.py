"""Reference records: alderpersons with their ward offices, and police district stations.

Sources (copied unmodified under `config/chicago/`):

* `ward_offices_2023-2027_c6ie-9e6c.json`: Data Portal "Ward Offices" (c6ie-9e6c), 2023-2027
  council. Published caveats handled here: phone numbers in several formats, some with extra
  lines written as trailing digits ("(312) 744-6836 / 9867/6213"); ward 36 has two offices in
  one record separated by ";"; wards 2 and 34 list City Hall as their office; ward 26's zip code
  is published as 60602 although 2511 W Division St is in 60622.
* `police_stations_z8bn-74gv.csv`: Data Portal "Police Stations" (z8bn-74gv). District 12's
  address carries an embedded newline, and Headquarters has no phone.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from chitext.geo.boundaries import beat_districts, chicago_data_dir

WARD_OFFICES_FILE = "ward_offices_2023-2027_c6ie-9e6c.json"
POLICE_STATIONS_FILE = "police_stations_z8bn-74gv.csv"

CITY_HALL_ADDRESS = "121 North LaSalle Street"

# Known errors in the published data, corrected with the reason next to each.
_ZIP_CORRECTIONS: Mapping[int, str] = {
    26: "60622",  # 2511 W Division St; the dataset says 60602 (the City Hall zip).
}

_PHONE = re.compile(r"\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]*(\d{4})")
# Extra lines after a full number are written as bare four-digit groups: "/ 9867/6213".
_EXTRA_LINE = re.compile(r"(?<![\d-])(\d{4})(?!\d)")
_POINT = re.compile(r"POINT \((-?[\d.]+) (-?[\d.]+)\)")


@dataclass(frozen=True)
class Phone:
    """A US phone number, with any extra lines that share its area code and exchange."""

    number: str  # "(312) 744-6836"
    other_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class WardOffice:
    address: str  # "1958 North Milwaukee Avenue"
    zip_code: str

    @property
    def at_city_hall(self) -> bool:
        return self.address.startswith(CITY_HALL_ADDRESS)


@dataclass(frozen=True)
class Alderperson:
    ward: int
    name: str  # display order, "Walter Burnett Jr."
    name_as_published: str  # "Burnett, Jr., Walter"
    offices: tuple[WardOffice, ...]
    phone: Phone | None
    email: str
    office_lat: float  # the point the dataset gives for the (first) office
    office_lon: float


@dataclass(frozen=True)
class PoliceStation:
    district: int | None  # None for Headquarters
    name: str  # "Near North"
    address: str  # "1160 N Larrabee St"
    zip_code: str
    phone: str | None
    lat: float
    lon: float


def display_name(published: str) -> str:
    """Reorder "Last, First M." to "First M. Last"; generational suffixes move to the end.

    "Burnett, Jr., Walter" -> "Walter Burnett Jr.", "La Spata, Daniel" -> "Daniel La Spata".
    """
    parts = [part.strip() for part in published.split(",") if part.strip()]
    if len(parts) < 2:
        return " ".join(published.split())
    last, *suffixes, first = parts
    return " ".join([first, last, *suffixes])


def parse_phone(text: str) -> Phone | None:
    """The first full number in `text`, plus extra lines written as trailing four digits."""
    match = _PHONE.search(text)
    if match is None:
        return None
    area, exchange, line = match.groups()
    others = tuple(
        f"({area}) {exchange}-{extra}" for extra in _EXTRA_LINE.findall(text[match.end() :])
    )
    return Phone(number=f"({area}) {exchange}-{line}", other_lines=others)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _offices(record: Mapping[str, Any], ward: int) -> tuple[WardOffice, ...]:
    addresses = [_clean(part) for part in str(record["address"]).split(";")]
    zip_codes = [_clean(part) for part in str(record.get("zipcode", "")).split(";")]
    if len(zip_codes) != len(addresses):
        zip_codes = [zip_codes[0]] * len(addresses)
    if ward in _ZIP_CORRECTIONS:
        zip_codes[0] = _ZIP_CORRECTIONS[ward]
    return tuple(
        WardOffice(address=address, zip_code=zip_code)
        for address, zip_code in zip(addresses, zip_codes, strict=True)
    )


@cache
def alderpersons() -> Mapping[int, Alderperson]:
    """Ward number -> its alderperson and office(s)."""
    with (chicago_data_dir() / WARD_OFFICES_FILE).open(encoding="utf-8") as handle:
        records: list[dict[str, Any]] = json.load(handle)
    result: dict[int, Alderperson] = {}
    for record in records:
        ward = int(record["ward"])
        point = _POINT.fullmatch(str(record["location"]).strip())
        if point is None:
            raise ValueError(f"ward {ward}: unreadable location {record['location']!r}")
        result[ward] = Alderperson(
            ward=ward,
            name=display_name(str(record["alderman"])),
            name_as_published=str(record["alderman"]),
            offices=_offices(record, ward),
            phone=parse_phone(str(record.get("ward_phone", ""))),
            email=str(record.get("email", "")).strip(),
            office_lat=float(point.group(2)),
            office_lon=float(point.group(1)),
        )
    return result


def alderperson(ward: int) -> Alderperson:
    return alderpersons()[ward]


@cache
def _stations() -> tuple[PoliceStation, ...]:
    with (chicago_data_dir() / POLICE_STATIONS_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    stations = []
    for row in rows:
        district = row["DISTRICT"].strip()
        stations.append(
            PoliceStation(
                district=int(district) if district.isdigit() else None,
                name=_clean(row["DISTRICT NAME"]),
                address=_clean(row["ADDRESS"]),
                zip_code=row["ZIP"].strip(),
                phone=row["PHONE"].strip() or None,
                lat=float(row["LATITUDE"]),
                lon=float(row["LONGITUDE"]),
            )
        )
    return tuple(stations)


@cache
def police_stations() -> Mapping[int, PoliceStation]:
    """District number -> its station (Headquarters excluded; see `police_headquarters`)."""
    return {s.district: s for s in _stations() if s.district is not None}


def police_station(district: int) -> PoliceStation:
    return police_stations()[district]


def police_headquarters() -> PoliceStation:
    return next(s for s in _stations() if s.district is None)


def district_of_beat(beat: str) -> int | None:
    """The district of a beat given as published ("0111") or as residents write it ("111")."""
    digits = beat.strip()
    if not digits.isdigit():
        return None
    return beat_districts().get(digits.zfill(4))
