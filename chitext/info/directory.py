"""Shipped reference lists: the department directory and the DFSS community service centres.

Both are JSON under `config/chicago/`, read once per process. The department matcher scores
each department by the keywords a message contains (accents and case ignored; a phrase of
several words counts for more than one word), so "which dept fixes a busted hydrant" names
Water Management.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from chitext.paths import config_dir

DEPARTMENTS_FILE = "departments.json"
SHELTER_CENTERS_FILE = "shelter_centers.json"


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes dropped, other punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = re.sub(r"['’]", "", bare)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", bare).split())


def contains_phrase(folded_text: str, phrase: str) -> bool:
    """Whole-word match of a phrase, also in the plural ("perro" finds "perros")."""
    return re.search(rf"\b{re.escape(fold(phrase))}(?:s|es)?\b", folded_text) is not None


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    name_es: str
    handles: str
    handles_es: str
    contact: str
    keywords: tuple[str, ...]

    def context(self, language: str) -> dict[str, str]:
        spanish = language == "es"
        return {
            "name": self.name_es if spanish else self.name,
            "handles": self.handles_es if spanish else self.handles,
            "contact": self.contact,
        }


def _read(name: str) -> Any:
    return json.loads((config_dir() / "chicago" / name).read_text(encoding="utf-8"))


@cache
def departments() -> tuple[Department, ...]:
    return tuple(
        Department(
            id=str(record["id"]),
            name=str(record["name"]),
            name_es=str(record["name_es"]),
            handles=str(record["handles"]),
            handles_es=str(record["handles_es"]),
            contact=str(record["contact"]),
            keywords=tuple(str(keyword) for keyword in record["keywords"]),
        )
        for record in _read(DEPARTMENTS_FILE)["departments"]
    )


def match_departments(text: str, limit: int = 2) -> list[Department]:
    """The best-scoring departments for a message (none when no keyword matches)."""
    folded = fold(text)
    scored: list[tuple[int, int, Department]] = []
    for position, department in enumerate(departments()):
        score = sum(
            len(keyword.split()) * 2 - 1
            for keyword in department.keywords
            if contains_phrase(folded, keyword)
        )
        if score:
            scored.append((score, -position, department))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    if not scored:
        return []
    best = scored[0][0]
    # A second department only when it is as good a fit as the first.
    return [department for score, _, department in scored[:limit] if score == best]


@dataclass(frozen=True)
class ServiceCenter:
    name: str
    address: str
    phone: str
    always_open: bool


@cache
def service_centers() -> tuple[ServiceCenter, ...]:
    return tuple(
        ServiceCenter(
            name=str(record["name"]),
            address=str(record["address"]),
            phone=str(record["phone"]),
            always_open=bool(record["always_open"]),
        )
        for record in _read(SHELTER_CENTERS_FILE)["centers"]
    )
