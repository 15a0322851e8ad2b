"""Checks a new service request must pass, shared by the bundled server and the in-memory twin."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from csr_client.models import (
    AttributeDatatype,
    AttributeValueInput,
    ServiceAttribute,
    ServiceDefinition,
)

MAX_DESCRIPTION_LENGTH = 4000
"""The GeoReport request schema's limit for `description`."""


@dataclass(frozen=True, slots=True)
class BoundingBox:
    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, long: float) -> bool:
        return self.south <= lat <= self.north and self.west <= long <= self.east


# The City of Chicago's extent (O'Hare to the Indiana line, Rogers Park to Riverdale), rounded
# outwards by about a kilometre so that addresses on the city limits are not refused.
CHICAGO_BOUNDS = BoundingBox(south=41.635, west=-87.945, north=42.030, east=-87.515)


def location_problems(
    lat: float | None,
    long: float | None,
    address_string: str | None,
    *,
    bounds: BoundingBox = CHICAGO_BOUNDS,
) -> list[str]:
    """Problems with where the request is: lat/long (both, inside `bounds`) or an address."""
    if (lat is None) != (long is None):
        return ["lat and long must be sent together"]
    if lat is not None and long is not None:
        if not bounds.contains(lat, long):
            return [f"lat/long {lat},{long} is outside the City of Chicago"]
        return []
    if not (address_string and address_string.strip()):
        return ["lat/long or address_string is required"]
    return []


def attribute_problems(
    definition: ServiceDefinition, answers: Mapping[str, AttributeValueInput]
) -> list[str]:
    """Problems with the attribute answers against the service definition."""
    by_code = {attribute.code: attribute for attribute in definition.attributes}
    problems = [f"unknown attribute {code}" for code in answers if code not in by_code]
    for attribute in definition.attributes:
        answer = answers.get(attribute.code)
        if is_blank(answer):
            if attribute.variable and attribute.required:
                problems.append(f"attribute {attribute.code} is required")
            continue
        assert answer is not None  # is_blank covers None
        problems.extend(answer_problems(attribute, answer))
    return problems


def is_blank(answer: AttributeValueInput | None) -> bool:
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    return all(not item.strip() for item in answer)


def answer_problems(attribute: ServiceAttribute, answer: AttributeValueInput) -> list[str]:
    code = attribute.code
    items = [answer] if isinstance(answer, str) else list(answer)
    if attribute.datatype is not AttributeDatatype.MULTIVALUELIST and len(items) != 1:
        return [f"attribute {code} takes one value"]
    if attribute.datatype in (AttributeDatatype.SINGLEVALUELIST, AttributeDatatype.MULTIVALUELIST):
        allowed = attribute.value_keys()
        return [
            f"attribute {code}: {item!r} is not one of its values"
            for item in items
            if item not in allowed
        ]
    value = items[0].strip()
    if attribute.datatype is AttributeDatatype.NUMBER:
        try:
            float(value)
        except ValueError:
            return [f"attribute {code} must be a number"]
    if attribute.datatype is AttributeDatatype.DATETIME:
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return [f"attribute {code} must be an ISO 8601 date and time"]
    return []
