"""The department directory and its keyword matcher; the service-centre list."""

from __future__ import annotations

import pytest

from chitext.info.directory import departments, match_departments, service_centers


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("which dept fixes a busted hydrant", "water"),
        ("who handles water main breaks", "water"),
        ("who do I pay my water bill to", "finance"),
        ("there are rats in the alley", "streets_sanitation"),
        ("quien arregla los baches", "cdot"),
        ("my landlord won't turn on the heat", "buildings"),
        ("hay perros sueltos en el parque", "animal_care"),
        ("how do I enroll my kid in school", "cps"),
        ("where do I get a city sticker", "clerk"),
        ("lost my ventra card on the bus", "cta"),
        ("free smoke detector", "fire"),
    ],
)
def test_messages_find_the_department(text: str, department: str) -> None:
    assert match_departments(text)[0].id == department


def test_no_keyword_finds_nothing_rather_than_a_guess() -> None:
    assert match_departments("what is the meaning of life") == []


def test_every_department_has_both_languages_and_a_contact() -> None:
    for department in departments():
        assert department.name_es and department.handles_es and department.contact
        assert department.keywords


def test_one_service_centre_is_open_around_the_clock() -> None:
    centres = service_centers()
    assert len(centres) == 6
    assert [centre.address for centre in centres if centre.always_open] == ["10 S Kedzie Ave"]
