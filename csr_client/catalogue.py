"""Chicago's service catalogue as shipped in `config/open311/services.json`.

Each entry is a GeoReport service and its definition plus what the bundled CSR needs to
route it: the owning department, the agency name Chicago shows as `agency_responsible`, the
notice residents get, and the work-order checklist the department follows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from chitext.paths import config_dir
from csr_client import wire
from csr_client.errors import Open311ProtocolError
from csr_client.models import Service, ServiceDefinition, ServiceType


@dataclass(frozen=True, slots=True)
class Department:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    service: Service
    definition: ServiceDefinition
    department: Department
    agency_responsible: str
    service_notice: str | None
    work_order_steps: tuple[str, ...]

    @property
    def service_code(self) -> str:
        return self.service.service_code


class CatalogueError(ValueError):
    """The catalogue file is malformed."""


class Catalogue:
    def __init__(self, entries: list[CatalogueEntry]) -> None:
        self._entries = {entry.service_code: entry for entry in entries}
        if len(self._entries) != len(entries):
            raise CatalogueError("duplicate service_code in catalogue")

    def __iter__(self) -> Iterator[CatalogueEntry]:
        return iter(self._entries.values())

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, service_code: str) -> CatalogueEntry | None:
        return self._entries.get(service_code)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Catalogue:
        try:
            departments = {
                key: Department(key=key, name=str(value["name"]))
                for key, value in data["departments"].items()
            }
            return cls([parse_entry(raw, departments) for raw in data["services"]])
        except (KeyError, TypeError, Open311ProtocolError) as exc:
            raise CatalogueError(f"malformed service catalogue: {exc!r}") from exc


def parse_entry(raw: Mapping[str, Any], departments: Mapping[str, Department]) -> CatalogueEntry:
    code = str(raw["service_code"])
    definition = wire.parse_service_definition(
        {"service_code": code, "attributes": raw.get("attributes", [])}
    )
    department_key = str(raw["department"])
    if department_key not in departments:
        raise CatalogueError(f"service {code}: unknown department {department_key!r}")
    service = Service(
        service_code=code,
        service_name=str(raw["service_name"]),
        description=raw.get("description"),
        metadata=bool(definition.attributes),
        type=ServiceType.REALTIME,
        keywords=tuple(str(keyword) for keyword in raw.get("keywords", [])),
        group=raw.get("group"),
    )
    return CatalogueEntry(
        service=service,
        definition=definition,
        department=departments[department_key],
        agency_responsible=str(raw.get("agency_responsible") or departments[department_key].name),
        service_notice=raw.get("service_notice"),
        work_order_steps=tuple(str(step) for step in raw.get("work_order", [])),
    )


def default_catalogue_path() -> Path:
    return config_dir() / "open311" / "services.json"


@cache
def load_catalogue(path: Path | None = None) -> Catalogue:
    """The catalogue at `path` (default: the shipped one), read once per process."""
    source = path or default_catalogue_path()
    with source.open(encoding="utf-8") as handle:
        return Catalogue.from_json(json.load(handle))
