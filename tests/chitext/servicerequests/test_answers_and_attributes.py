"""Reading residents' answers against service definitions, in English and Spanish."""

from __future__ import annotations

import pytest

from chitext.servicerequests.intake import next_step, parse_attribute_answer, questions
from chitext.servicerequests.kinds import KIND_BY_NAME, KINDS
from csr_client.catalogue import load_catalogue
from csr_client.models import ServiceAttribute


def attribute(kind: str, code: str) -> ServiceAttribute:
    entry = load_catalogue().get(KIND_BY_NAME[kind].service_code)
    assert entry is not None
    return next(a for a in entry.definition.attributes if a.code == code)


def test_every_kind_maps_to_a_service_in_the_shipped_catalogue() -> None:
    for kind in KINDS:
        assert load_catalogue().get(kind.service_code) is not None, kind


@pytest.mark.parametrize(
    ("kind", "code", "answer", "value"),
    [
        ("pothole", "WHEREIST", "5", "TRAFFIC"),
        ("pothole", "WHEREIST", "traffic lane", "TRAFFIC"),
        ("pothole", "WHEREIST", "en el cruce peatonal", "CROSS"),
        ("pothole", "WHEREIST", "Intersección", "INTERSEC"),
        ("abandoned_vehicle", "FQSKA3", "silver", "SIL"),
        ("abandoned_vehicle", "FQSKA3", "es gris", "GRY"),
        ("abandoned_vehicle", "HOWMANYD", "about 12 days", "12"),
        ("abandoned_vehicle", "FQSKA1", "Toyota Corolla", "Toyota Corolla"),
        ("garbage_cart", "CARTPROB", "it was stolen", "MISSING"),
        ("garbage_cart", "CARTPROB", "está rota", "DAMAGED"),
        ("street_light", "ISTHELI2", "flickering", "CYCLING"),
        ("stray_animal", "ANIMTYPE", "un perro", "DOG"),
    ],
)
def test_answers_become_attribute_values(kind: str, code: str, answer: str, value: str) -> None:
    assert parse_attribute_answer(attribute(kind, code), answer) == value


@pytest.mark.parametrize(
    ("kind", "code", "answer"),
    [
        ("pothole", "WHEREIST", "9"),
        ("pothole", "WHEREIST", "banana"),
        ("abandoned_vehicle", "HOWMANYD", "a while"),
        ("garbage_cart", "CARTPROB", "   "),
    ],
)
def test_unusable_answers_are_refused(kind: str, code: str, answer: str) -> None:
    assert parse_attribute_answer(attribute(kind, code), answer) is None


def test_only_required_attributes_are_asked() -> None:
    vehicle = load_catalogue().get(KIND_BY_NAME["abandoned_vehicle"].service_code)
    graffiti = load_catalogue().get(KIND_BY_NAME["graffiti"].service_code)
    assert vehicle is not None and graffiti is not None
    assert [a.code for a in questions(vehicle.definition)] == ["FQSKA1", "FQSKA3", "HOWMANYD"]
    # Graffiti's surface is optional: the dialog goes from the place straight to details.
    assert questions(graffiti.definition) == ()
    assert next_step({"location": {}}, graffiti.definition) == "details"


def test_next_step_asks_what_is_missing_in_order() -> None:
    vehicle = load_catalogue().get(KIND_BY_NAME["abandoned_vehicle"].service_code)
    assert vehicle is not None
    definition = vehicle.definition
    assert next_step({}, definition) == "location"
    assert next_step({"location": {}, "attributes": {"FQSKA1": "Ford"}}, definition) == (
        "attr:FQSKA3"
    )
    answered = {"FQSKA1": "Ford", "FQSKA3": "RED", "HOWMANYD": "9"}
    assert next_step({"location": {}, "attributes": answered}, definition) == "details"
    done = {"location": {}, "attributes": answered, "details_done": True}
    assert next_step(done, definition) == "confirm"
