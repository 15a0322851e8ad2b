"""Parse a resident's free-text location into a Chicago street address or intersection.

"3300 n southport", "4400 W. Lawrence Ave apt 2r", "79th and stony island", "Belmont & Central",
"corner of state and madison", "26th y kedzie", "1600 w chicago ave chicago il 60622".

Street names are checked against the City's official street-name list (Data Portal i6bp-fvbx,
2014 vintage, shipped as `config/chicago/chicago_street_names_i6bp-fvbx_2014.csv`), tolerant of
a missing suffix or direction and of small misspellings. When the direction is missing it is
taken from the house-number ranges in that list if only one direction fits ("3300 Southport"
can only be N); otherwise the parse fails with `AMBIGUOUS_DIRECTION` so the dialog can ask.

Nothing here knows coordinates; `grid.py` turns the typed result into a point.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import usaddress

from chitext.geo.boundaries import chicago_data_dir

STREET_NAMES_FILE = "chicago_street_names_i6bp-fvbx_2014.csv"

DIRECTIONS: Mapping[str, str] = {
    "N": "N", "NORTH": "N", "NORTE": "N",
    "S": "S", "SOUTH": "S", "SUR": "S",
    "E": "E", "EAST": "E", "ESTE": "E",
    "W": "W", "WEST": "W", "OESTE": "W",
}  # fmt: skip

SUFFIXES: Mapping[str, str] = {
    "AVE": "AVE", "AV": "AVE", "AVENUE": "AVE",
    "ST": "ST", "STR": "ST", "STREET": "ST",
    "BLVD": "BLVD", "BL": "BLVD", "BOULEVARD": "BLVD",
    "DR": "DR", "DRIVE": "DR",
    "PKWY": "PKWY", "PKY": "PKWY", "PARKWAY": "PKWY",
    "RD": "RD", "ROAD": "RD",
    "PL": "PL", "PLACE": "PL",
    "CT": "CT", "COURT": "CT",
    "TER": "TER", "TERRACE": "TER",
    "LN": "LN", "LANE": "LN",
    "PLZ": "PLZ", "PLAZA": "PLZ",
    "HWY": "HWY", "HIGHWAY": "HWY",
    "SQ": "SQ", "SQUARE": "SQ",
    "WAY": "WAY", "ROW": "ROW", "CRES": "CRES",
}  # fmt: skip

# Official names that residents rarely use, keyed by what they do write. Renamed streets map the
# new name to the one in the 2014 list: Lake Shore Dr became Jean-Baptiste Point DuSable Lake
# Shore Dr (2021) and Congress Pkwy became Ida B. Wells Dr (2018).
ALIASES: Mapping[str, str] = {
    "DUSABLE LAKE SHORE": "LAKE SHORE",
    "JEAN BAPTISTE POINT DUSABLE LAKE SHORE": "LAKE SHORE",
    "JEAN-BAPTISTE POINT DUSABLE LAKE SHORE": "LAKE SHORE",
    "LSD": "LAKE SHORE",
    "IDA B WELLS": "CONGRESS",
    "IDA WELLS": "CONGRESS",
    "MLK": "DR MARTIN LUTHER KING JR",
    "KING": "DR MARTIN LUTHER KING JR",
    "MARTIN LUTHER KING": "DR MARTIN LUTHER KING JR",
    "MARTIN LUTHER KING JR": "DR MARTIN LUTHER KING JR",
    "DR MARTIN LUTHER KING": "DR MARTIN LUTHER KING JR",
    "SAINT LOUIS": "ST LOUIS",
    "SAINT LAWRENCE": "ST LAWRENCE",
    "DES PLAINES": "DESPLAINES",
    "LASALLE": "LA SALLE",
    "MC CORMICK": "MCCORMICK",
    "O BRIEN": "OBRIEN",
    "22ND": "CERMAK",  # the 2014 list has only Cermak Rd for most of 22nd St
}

# Rows of the street list that are not addressable streets: expressway ramps, overpasses,
# one carriageway of a divided street, waterways.
_RAMP_SUFFIXES = frozenset({"ER", "XR", "SR", "EXPY", "TOLL", "RL"})
_CARRIAGEWAY_MARKS = frozenset({"IB", "OB", "OP", "NB", "SB", "EB", "WB"})
_NOT_STREET_WORDS = frozenset(
    {"RIVER", "CHANNEL", "RAMP", "PRIVATE", "UNKNOWN", "TURN", "TURNAROUND", "BUSWAY"}
)

_ORDINAL_TOKEN = re.compile(r"^(\d{1,3})(ST|ND|RD|TH)?$")
_UNITS = {
    "FIRST": 1, "SECOND": 2, "THIRD": 3, "FOURTH": 4, "FIFTH": 5, "SIXTH": 6, "SEVENTH": 7,
    "EIGHTH": 8, "NINTH": 9, "TENTH": 10, "ELEVENTH": 11, "TWELFTH": 12, "THIRTEENTH": 13,
    "FOURTEENTH": 14, "FIFTEENTH": 15, "SIXTEENTH": 16, "SEVENTEENTH": 17, "EIGHTEENTH": 18,
    "NINETEENTH": 19,
}  # fmt: skip
_TENS = {"TWENTY": 20, "THIRTY": 30, "FORTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70,
         "EIGHTY": 80, "NINETY": 90}  # fmt: skip
_TENS_ORDINAL = {"TWENTIETH": 20, "THIRTIETH": 30, "FORTIETH": 40, "FIFTIETH": 50,
                 "SIXTIETH": 60, "SEVENTIETH": 70, "EIGHTIETH": 80, "NINETIETH": 90}  # fmt: skip

# Words people put around a location that carry no street information.
_LEADING_FILLER = re.compile(
    r"^(?:(?:IT IS|IS|ITS|IT'S|I AM|IM|I'M|LOCATED|LOCATION|ADDRESS|ADDR|"
    r"AT THE|AT|ON|NEAR|BY|THE|IN FRONT OF|OUTSIDE|CORNER OF|CORNER|ESQUINA DE|ESQUINA|"
    r"EN LA|EN|CERCA DE|FRENTE A|CALLE|AVENIDA)\s+)+"
)
_INTERSECTION_SEPARATOR = re.compile(r"\s*(?:&|@|/|\+)\s*|\s+(?:AND|Y|BY|AT|CON|X|ANDTHE)\s+")
_OCCUPANCY = re.compile(r"\s*(?:,|\b(?:APT|APARTMENT|UNIT|STE|SUITE|FL|FLOOR|RM|ROOM)\b|#).*$")
_CITY_TAIL = re.compile(r"(?:,?\s*CHICAGO)?(?:,?\s*(?:IL|ILLINOIS))(?:\s+\d{5}(?:-\d{4})?)?\s*$")
_ZIP_TAIL = re.compile(r",?\s*\d{5}(?:-\d{4})?\s*$")
_FUZZY_CUTOFF = 0.8


class FailureReason(StrEnum):
    EMPTY = "empty"
    NOT_UNDERSTOOD = "not_understood"
    NO_HOUSE_NUMBER = "no_house_number"
    UNKNOWN_STREET = "unknown_street"
    NUMBER_NOT_ON_STREET = "number_not_on_street"
    AMBIGUOUS_DIRECTION = "ambiguous_direction"
    OUTSIDE_CHICAGO = "outside_chicago"
    STREETS_DO_NOT_CROSS = "streets_do_not_cross"
    NO_GRID_DATA = "no_grid_data"


@dataclass(frozen=True)
class StreetRange:
    """One directional piece of a street in the official list, e.g. W LAWRENCE AVE 1-8799."""

    direction: str
    low: int
    high: int


@dataclass(frozen=True)
class Street:
    """An official street: name without direction or suffix ("SOUTHPORT"), and its suffix."""

    name: str
    suffix: str | None
    ranges: tuple[StreetRange, ...]

    @property
    def label(self) -> str:
        return f"{self.name} {self.suffix}" if self.suffix else self.name

    @property
    def numbered_north_south(self) -> bool:
        """Whether house numbers on it count north/south (it runs north-south)."""
        return any(r.direction in "NS" for r in self.ranges)


@dataclass(frozen=True)
class StreetAddress:
    number: int
    direction: str  # N, S, E or W
    street_name: str  # "LAWRENCE", "79TH"
    suffix: str | None  # "AVE"; None for streets that have none ("BROADWAY")
    street: Street

    @property
    def label(self) -> str:
        return f"{self.number} {self.direction} {self.street.label}"


@dataclass(frozen=True)
class Intersection:
    street_a: Street
    street_b: Street

    @property
    def label(self) -> str:
        return f"{self.street_a.label} & {self.street_b.label}"


@dataclass(frozen=True)
class LocationFailure:
    reason: FailureReason
    detail: str  # English, for logs and staff; residents get a template keyed by `reason`


ParsedLocation = StreetAddress | Intersection | LocationFailure


@dataclass(frozen=True)
class StreetIndex:
    """The official street list keyed by bare name, then by suffix ("" for none)."""

    by_name: Mapping[str, Mapping[str, Street]]

    @property
    def names(self) -> Sequence[str]:
        return list(self.by_name)


@cache
def street_index() -> StreetIndex:
    ranges: defaultdict[tuple[str, str], list[StreetRange]] = defaultdict(list)
    path = chicago_data_dir() / STREET_NAMES_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = " ".join(row["Street "].split())
            suffix = row["Suffix"].strip()
            if (
                suffix in _RAMP_SUFFIXES
                or row["Suffix Direction"].strip() in _CARRIAGEWAY_MARKS
                or not _NOT_STREET_WORDS.isdisjoint(name.split())
                or (name.endswith(" CANAL"))  # waterways; plain CANAL is Canal St
            ):
                continue
            direction = row["Direction"].strip()
            ranges[(name, suffix)].append(
                StreetRange(direction, int(row["Min Address"]), int(row["Max Address"]))
            )
    by_name: defaultdict[str, dict[str, Street]] = defaultdict(dict)
    for (name, suffix), pieces in ranges.items():
        by_name[name][suffix] = Street(name, suffix or None, _merge_ranges(pieces))
    return StreetIndex(by_name=dict(by_name))


def _merge_ranges(pieces: list[StreetRange]) -> tuple[StreetRange, ...]:
    """One range per direction: split carriageways (S STONY ISLAND AVE E/W) widen the base."""
    merged: dict[str, StreetRange] = {}
    for piece in pieces:
        known = merged.get(piece.direction)
        if known is None:
            merged[piece.direction] = piece
        else:
            merged[piece.direction] = StreetRange(
                piece.direction, min(known.low, piece.low), max(known.high, piece.high)
            )
    return tuple(merged[d] for d in sorted(merged))


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}TH"
    return f"{number}{ {1: 'ST', 2: 'ND', 3: 'RD'}.get(number % 10, 'TH') }"


def _numbered_street_words(words: list[str]) -> list[str]:
    """ "SEVENTY NINTH" -> "79TH", "TWENTY SIXTH" -> "26TH", "SIXTIETH" -> "60TH"."""
    result: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _TENS and following in _UNITS:
            result.append(_ordinal(_TENS[word] + _UNITS[following]))
            index += 2
            continue
        if word in _UNITS:
            result.append(_ordinal(_UNITS[word]))
        elif word in _TENS_ORDINAL:
            result.append(_ordinal(_TENS_ORDINAL[word]))
        else:
            result.append(word)
        index += 1
    return result


def _normalise(text: str) -> str:
    upper = text.upper().replace("’", "'")
    upper = re.sub(r"(?<=\w)'(?=\w)", "", upper)  # O'Brien -> OBRIEN
    upper = re.sub(r"[^\w&@/+#,\- ]", " ", upper)  # dots and other punctuation
    upper = re.sub(r"(?<=[A-Z])-(?=[A-Z])", " ", upper)  # SEVENTY-NINTH
    return " ".join(upper.split())


def _street_words(phrase: str) -> tuple[str | None, list[str], str | None]:
    """Split "W LAWRENCE AVE" into direction, name words and suffix (each possibly absent)."""
    words = _numbered_street_words(phrase.replace(",", " ").split())
    words = [_ordinal(int(m.group(1))) if (m := _ORDINAL_TOKEN.match(w)) else w for w in words]
    direction = None
    if len(words) > 1 and words[0] in DIRECTIONS:
        direction = DIRECTIONS[words.pop(0)]
    suffix = None
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words.pop()]
    if len(words) > 1 and words[-1] in DIRECTIONS and direction is None:
        direction = DIRECTIONS[words.pop()]
    return direction, words, suffix


def resolve_street(phrase: str) -> Street | None:
    """The official street a phrase names ("stony island", "W. Lawrence Ave", "Southprot")."""
    direction, words, suffix = _street_words(_normalise(phrase))
    if not words:
        return None
    index = street_index()
    candidates = [" ".join(words)]
    if suffix is not None:
        # "Lake Shore Dr" is LAKE SHORE + DR, but "State Pkwy" keeps "State" apart from the
        # suffix too; both forms are tried so a suffix that is part of a name still matches.
        candidates.append(f"{' '.join(words)} {suffix}")
    for candidate in candidates:
        name = _known_name(candidate, index)
        if name is not None:
            return _pick_suffix(index.by_name[name], suffix, direction)
    return None


def _known_name(candidate: str, index: StreetIndex) -> str | None:
    if candidate in index.by_name:
        return candidate
    alias = ALIASES.get(candidate)
    if alias is not None:
        return alias
    if candidate.startswith("SAINT "):
        return _known_name("ST " + candidate.removeprefix("SAINT "), index)
    if _ORDINAL_TOKEN.match(candidate):
        return None  # a numbered street that does not exist is not "close to" another number
    close = difflib.get_close_matches(candidate, index.names, n=1, cutoff=_FUZZY_CUTOFF)
    return close[0] if close else None


def _pick_suffix(
    variants: Mapping[str, Street], suffix: str | None, direction: str | None, number: int = 0
) -> Street:
    """The variant the resident meant: their suffix if it exists, else the widest fitting one."""
    if suffix is not None and suffix in variants:
        return variants[suffix]

    def extent(street: Street) -> tuple[bool, int]:
        fitting = [
            r
            for r in street.ranges
            if (direction is None or r.direction == direction) and r.low <= number <= r.high
        ]
        return bool(fitting), sum(r.high - r.low for r in street.ranges)

    return max(variants.values(), key=extent)


def parse_location(text: str) -> ParsedLocation:
    """Parse a location message into a typed address, intersection, or failure with a reason."""
    normalised = _LEADING_FILLER.sub("", _normalise(text))
    if not normalised:
        return LocationFailure(FailureReason.EMPTY, "no location given")

    place = _place_outside_chicago(normalised)
    if place is not None:
        return LocationFailure(FailureReason.OUTSIDE_CHICAGO, f"the address is in {place}")
    normalised = _strip_city_tail(normalised)

    parts = [p for p in _INTERSECTION_SEPARATOR.split(normalised) if p.strip(" ,")]
    if len(parts) == 2 and not _starts_with_house_number(parts[0]):
        return _parse_intersection(parts[0], parts[1])
    if _starts_with_house_number(normalised):
        return _parse_address(parts[0] if len(parts) == 2 else normalised)
    if resolve_street(_OCCUPANCY.sub("", normalised)) is not None:
        return LocationFailure(
            FailureReason.NO_HOUSE_NUMBER, f"{normalised!r} names a street but no house number"
        )
    return LocationFailure(FailureReason.NOT_UNDERSTOOD, f"{normalised!r} is not a location")


def _starts_with_house_number(phrase: str) -> bool:
    """ "3300 N SOUTHPORT" does; "79TH ST" and a bare "79" (a numbered street) do not."""
    return re.match(r"^\d+\s+\S", phrase) is not None


def _place_outside_chicago(text: str) -> str | None:
    """The city named in an address, when usaddress finds one that is not Chicago."""
    if not re.match(r"^\d", text):
        return None
    try:
        tagged, _kind = usaddress.tag(text)
    except usaddress.RepeatedLabelError:
        return None
    place = " ".join(str(tagged.get("PlaceName", "")).replace(",", " ").split())
    if place and place not in {"CHICAGO", "CHI", "CHGO"}:
        return place.title()
    return None


def _strip_city_tail(text: str) -> str:
    """Drop ", Chicago IL 60622" and a bare zip; "1600 W CHICAGO" keeps its street name."""
    stripped = _CITY_TAIL.sub("", text)
    stripped = _ZIP_TAIL.sub("", stripped)
    stripped = re.sub(r",\s*CHICAGO\s*$", "", stripped)
    if re.search(r"\b(?:" + "|".join(SUFFIXES) + r")\s+CHICAGO$", stripped):
        stripped = stripped.removesuffix("CHICAGO")
    return stripped.strip(" ,")


def _parse_intersection(first: str, second: str) -> ParsedLocation:
    street_a = resolve_street(_OCCUPANCY.sub("", first))
    street_b = resolve_street(_OCCUPANCY.sub("", second))
    unknown = [p.strip() for p, s in ((first, street_a), (second, street_b)) if s is None]
    if street_a is None or street_b is None:
        return LocationFailure(FailureReason.UNKNOWN_STREET, f"unknown street: {unknown[0]!r}")
    if street_a.name == street_b.name:
        return LocationFailure(
            FailureReason.STREETS_DO_NOT_CROSS, f"{street_a.label} twice is not an intersection"
        )
    return Intersection(street_a, street_b)


def _parse_address(phrase: str) -> ParsedLocation:
    match = re.match(r"^(\d+)\s+(.*)$", _OCCUPANCY.sub("", phrase))
    if match is None:
        return LocationFailure(FailureReason.NOT_UNDERSTOOD, f"{phrase!r} is not an address")
    number = int(match.group(1))
    direction, words, suffix = _street_words(match.group(2))
    if not words:
        return LocationFailure(FailureReason.NOT_UNDERSTOOD, f"{phrase!r} has no street")
    index = street_index()
    rest = " ".join(words)
    name = _known_name(rest, index)
    if name is None and suffix is not None:
        name = _known_name(f"{rest} {suffix}", index)
    if name is None:
        return LocationFailure(FailureReason.UNKNOWN_STREET, f"unknown street: {rest!r}")
    street = _pick_suffix(index.by_name[name], suffix, direction, number)
    fitting = {
        r.direction
        for r in street.ranges
        if (direction is None or r.direction == direction) and r.low <= number <= r.high
    }
    if not fitting:
        return LocationFailure(
            FailureReason.NUMBER_NOT_ON_STREET,
            f"{number} {direction or ''} {street.label} is outside the street's address range",
        )
    if len(fitting) > 1:
        return LocationFailure(
            FailureReason.AMBIGUOUS_DIRECTION,
            f"{number} {street.label} exists as {' and '.join(sorted(fitting))}",
        )
    return StreetAddress(number, fitting.pop(), street.name, street.suffix, street)
