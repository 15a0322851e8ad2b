"""Entities residents type into a message: tracking numbers, a street address, an intersection.

This module only finds the span and writes it in one normalised form ("3300 N SOUTHPORT AVE",
("79TH ST", "STONY ISLAND AVE")); turning it into coordinates is chitext.geo's job.

Street names come from the City's street-name list shipped in `config/chicago/`, so
"3300 n southport" gains its suffix (AVE) and "belmont & central" is recognised as two streets
while "rats and mice" is not. Matching is done on word tokens with dictionary look-ups rather
than one giant regex, because it runs on every message and must stay cheap.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Final

from chitext.paths import config_dir
from intents.phrases import fold_spaced

STREET_NAMES_FILE: Final = "chicago/chicago_street_names_i6bp-fvbx_2014.csv"

# --- tracking numbers ------------------------------------------------------------------

# Chicago CSR numbers: "SR25-01234567"; residents also drop the prefix ("25-01234567").
_PREFIXED_TRACKING: Final = re.compile(r"(?<![\w-])sr\s*-?\s*(\d{2})\s*-?\s*(\d{8})(?![\w-])", re.I)
_DASHED_TRACKING: Final = re.compile(r"(?<![\w-])(\d{2})-(\d{8})(?![\w-])")
_BARE_TRACKING: Final = re.compile(r"(?<![\w-])(\d{8})(?![\w-])")
# A bare 8-digit number is only a tracking number when the message is about a request;
# otherwise it could be anything (a date, an account number).
_STATUS_CONTEXT: Final = re.compile(
    r"\b(status|update|updates|request|report|reported|ticket|case|number|num|no|tracking|ref|"
    r"reference|sr|check|estado|estatus|solicitud|reporte|caso|numero|seguimiento|queja|folio)\b",
    re.I,
)
_HAS_DIGIT: Final = re.compile(r"\d")
_ONLY_A_NUMBER: Final = re.compile(r"^\W*#?\s*\d{8}\W*$")


def find_tracking_numbers(text: str) -> tuple[str, ...]:
    """Tracking numbers, normalised to "SR25-01234567"; a bare 8-digit number stays digits."""
    if _HAS_DIGIT.search(text) is None:
        return ()
    found: list[str] = []
    rest = text
    for pattern in (_PREFIXED_TRACKING, _DASHED_TRACKING):
        for match in pattern.finditer(rest):
            found.append(f"SR{match.group(1)}-{match.group(2)}")
        rest = pattern.sub(" ", rest)
    if _ONLY_A_NUMBER.match(rest) or _STATUS_CONTEXT.search(rest):
        found.extend(match.group(1) for match in _BARE_TRACKING.finditer(rest))
    return tuple(dict.fromkeys(found))


def mask_tracking_numbers(text: str, placeholder: str) -> str:
    """The text with every tracking-number-shaped run replaced (used for model features)."""
    for pattern in (_PREFIXED_TRACKING, _DASHED_TRACKING, _BARE_TRACKING):
        text = pattern.sub(placeholder, text)
    return text


# --- streets ---------------------------------------------------------------------------

DIRECTIONS: Final = {
    "n": "N", "north": "N", "norte": "N",
    "s": "S", "south": "S", "sur": "S",
    "e": "E", "east": "E", "este": "E",
    "w": "W", "west": "W", "oeste": "W",
}
SUFFIXES: Final = {
    "ave": "AVE", "av": "AVE", "avenue": "AVE", "avenida": "AVE",
    "st": "ST", "street": "ST", "str": "ST", "calle": "ST",
    "blvd": "BLVD", "boulevard": "BLVD", "bvd": "BLVD",
    "rd": "RD", "road": "RD",
    "dr": "DR", "drive": "DR",
    "pkwy": "PKWY", "parkway": "PKWY",
    "pl": "PL", "place": "PL",
    "ct": "CT", "court": "CT",
    "ln": "LN", "lane": "LN",
    "ter": "TER", "terrace": "TER",
    "hwy": "HWY", "highway": "HWY",
    "expy": "EXPY", "expressway": "EXPY",
    "way": "WAY", "plz": "PLZ", "plaza": "PLZ", "sq": "SQ", "cir": "CIR",
}
# Street names that are also everyday words: accepted only with a house number, a direction
# or a suffix next to them ("1600 W Lake", "Lake St & ..."), never bare in running text.
_WORDY_STREET_NAMES: Final = frozenset({
    "park", "long", "union", "wood", "church", "court", "school", "north", "grand", "central",
    "state", "lake", "green", "early", "best", "short", "commercial", "prairie", "river",
})
# Street-name words that are everyday English or Spanish words and so do carry a language.
_LANGUAGE_WORDS: Final = frozenset({
    "calle", "avenida", "este", "sur", "norte", "oeste", "the", "and", "del", "los", "las", "san",
    "santa", "para", "con",
})
_RAMP_SUFFIXES: Final = frozenset({"ER", "XR", "SR", "TOLL", "RL"})
_MLK: Final = ("dr", "martin", "luther", "king", "jr")
# Spellings residents use that the City's list spells another way.
STREET_ALIASES: Final = {("lasalle",): ("la", "salle"), ("lsd",): ("lake", "shore"),
                         ("mlk",): _MLK, ("king",): _MLK, ("martin", "luther", "king"): _MLK}
_ORDINAL: Final = re.compile(r"^(\d{1,3})(st|nd|rd|th)$")
_UNIT_WORDS: Final = {"apt": "APT", "apartment": "APT", "unit": "UNIT", "#": "#", "fl": "FL",
                      "floor": "FL", "suite": "STE", "ste": "STE", "depto": "APT", "dpto": "APT"}
_INTERSECTION_JOINERS: Final = frozenset({"and", "&", "n", "/", "by", "at", "y", "near", "@", "e",
                                          "x", "con", "between", "off"})
_TOKEN: Final = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[&/@#]")


@dataclass(frozen=True, slots=True)
class StreetBook:
    """Chicago street names (as token tuples) and the suffix each usually carries."""

    suffix_of: dict[tuple[str, ...], str]
    longest: int


@cache
def street_book() -> StreetBook:
    spans: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with (config_dir() / STREET_NAMES_FILE).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = tuple(row["Street "].strip().lower().split())
            suffix = row["Suffix"].strip().upper()
            # Ramps (ER/XR/SR) and tolls are not where residents stand.
            if not name or suffix in _RAMP_SUFFIXES:
                continue
            # The suffix of the longest stretch wins: "DIVERSEY" is PKWY by the lake but AVE
            # for most of the city, so a resident's bare "diversey" means the AVE.
            length = int(row["Max Address"] or 0) - int(row["Min Address"] or 0) + 1
            spans[name][suffix] += max(length, 1)
    suffix_of = {name: max(by_suffix, key=by_suffix.__getitem__)
                 for name, by_suffix in spans.items()}
    for alias, canonical in STREET_ALIASES.items():
        if canonical in suffix_of:
            suffix_of.setdefault(alias, suffix_of[canonical])
    return StreetBook(suffix_of, max(len(name) for name in suffix_of))


@dataclass(frozen=True, slots=True)
class _Street:
    end: int  # index of the first token after the street
    name: str  # normalised, e.g. "N SOUTHPORT AVE"
    wordy: bool  # a bare everyday word ("central", "state"): a street only beside a clear one


def _fold_words(text: str) -> list[str]:
    return _TOKEN.findall(fold_spaced(text))


def _street_at(tokens: list[str], start: int, book: StreetBook) -> _Street | None:
    """The street that starts at tokens[start]; "north ave" is a street, not a direction."""
    return _street_after(tokens, start, book, True) or _street_after(tokens, start, book, False)


def _street_after(
    tokens: list[str], start: int, book: StreetBook, leading_direction: bool
) -> _Street | None:
    i = start
    direction = DIRECTIONS.get(tokens[i]) if leading_direction and i < len(tokens) else None
    # "n" is a direction only when a street follows ("3300 n southport", not "79th n stony").
    if direction is not None and i + 1 < len(tokens):
        i += 1
    else:
        direction = None
    name: tuple[str, ...] | None = None
    suffix: str | None = None
    for size in range(min(book.longest, len(tokens) - i), 0, -1):
        candidate = tuple(tokens[i:i + size])
        if candidate in book.suffix_of:
            name, suffix = candidate, book.suffix_of[candidate]
            break
    if name is None:
        ordinal = _ORDINAL.match(tokens[i]) if i < len(tokens) else None
        if ordinal is None:
            if direction is None:
                return None
            # A direction makes an unknown single word a street ("5500 s someplace ave").
            if i >= len(tokens) or not tokens[i].isalpha():
                return None
            name = (tokens[i],)
        else:
            name, suffix = (tokens[i],), "ST"
    end = i + len(name)
    written_suffix = SUFFIXES.get(tokens[end]) if end < len(tokens) else None
    if written_suffix is not None:
        suffix = written_suffix
        end += 1
    elif direction is not None and name not in book.suffix_of and not _ORDINAL.match(name[0]):
        return None
    marked = direction is not None or written_suffix is not None
    wordy = not marked and len(name) == 1 and name[0] in _WORDY_STREET_NAMES
    shown = " ".join(STREET_ALIASES.get(name, name)).upper()
    parts = [part for part in (direction, shown, suffix) if part]
    return _Street(end, " ".join(parts), wordy)


@cache
def _street_vocabulary() -> frozenset[str]:
    """Every word a street can be written with: name words, directions and suffixes (so also
    every word a street can end in)."""
    names = {word for name in street_book().suffix_of for word in name}
    return frozenset(names | DIRECTIONS.keys() | SUFFIXES.keys())


@cache
def street_words() -> frozenset[str]:
    """Every word of a Chicago street name, directions and suffixes: language-neutral tokens.

    Short name words are left out because they are also Spanish and English function words
    ("la" of LA SALLE, "de" of DE KOVEN).
    """
    return frozenset(word for word in _street_vocabulary()
                     if len(word) > 2 or word in DIRECTIONS or word in SUFFIXES) - _LANGUAGE_WORDS


def _unit_at(tokens: list[str], start: int) -> tuple[int, str | None]:
    if start + 1 < len(tokens) and tokens[start] in _UNIT_WORDS:
        word = _UNIT_WORDS[tokens[start]]
        separator = "" if word == "#" else " "
        return start + 2, f"{word}{separator}{tokens[start + 1].upper()}"
    return start, None


def find_address(text: str) -> str | None:
    """The first "<number> [dir] <street> [suffix] [unit]" in the text, normalised."""
    if _HAS_DIGIT.search(text) is None:
        return None
    tokens = _fold_words(mask_tracking_numbers(text, " "))
    book = street_book()
    for i, token in enumerate(tokens):
        if not token.isdigit() or len(token) > 5 or i + 1 >= len(tokens):
            continue
        street = _street_at(tokens, i + 1, book)
        if street is None:
            continue
        _, unit = _unit_at(tokens, street.end)
        return " ".join(part for part in (str(int(token)), street.name, unit) if part)
    return None


def find_intersection(text: str) -> tuple[str, str] | None:
    """The first "<street> and|&|by|y|/ <street>" in the text, each street normalised."""
    tokens = _fold_words(text)
    joiners = [j for j, token in enumerate(tokens) if token in _INTERSECTION_JOINERS]
    if not joiners:
        return None
    # A corner's first street ends right before the joiner, in a word of a street name, a
    # suffix or an ordinal: most "and"s and "y"s in messages are not corners.
    ends = _street_vocabulary()
    joiners = [j for j in joiners
               if j > 0 and (tokens[j - 1] in ends or _ORDINAL.match(tokens[j - 1]))]
    if not joiners:
        return None
    book = street_book()
    # A street spans at most a direction, `book.longest` name words and a suffix, so only the
    # few tokens before a joiner can start the first street of a corner.
    reach = book.longest + 2
    for i in sorted({i for j in joiners for i in range(max(0, j - reach), j)}):
        if i > 0 and tokens[i - 1].isdigit():
            continue  # "3300 n southport" is an address, not the first half of a corner
        first = _street_at(tokens, i, book)
        if first is None or first.end >= len(tokens) - 1:
            continue
        if tokens[first.end] not in _INTERSECTION_JOINERS:
            continue
        second = _street_at(tokens, first.end + 1, book)
        if second is None or second.name == first.name or (first.wordy and second.wordy):
            continue
        return first.name, second.name
    return None
