"""Entity extraction: tracking numbers, addresses, intersections, normalisation."""

from __future__ import annotations

import pytest

from intents.entities import find_address, find_intersection, find_tracking_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("status SR25-01234567", ("SR25-01234567",)),
        ("sr25-01234567 any update?", ("SR25-01234567",)),
        ("SR 25 01234567", ("SR25-01234567",)),
        ("what happened to 25-01234567", ("SR25-01234567",)),
        ("status of my request 01234567", ("01234567",)),
        ("estatus de mi reporte 87654321", ("87654321",)),
        ("01234567", ("01234567",)),
        ("SR24-11112222 and SR24-33334444", ("SR24-11112222", "SR24-33334444")),
    ],
)
def test_tracking_numbers_in_all_three_styles(text: str, expected: tuple[str, ...]) -> None:
    assert find_tracking_numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "call me at 31255501 tomorrow",  # a bare 8-digit run with no status context
        "my number is 3125550100",  # a phone number is 10 digits
        "pothole at 3300 n southport",
    ],
)
def test_no_tracking_number_without_status_context(text: str) -> None:
    assert find_tracking_numbers(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pothole at 3300 n southport", "3300 N SOUTHPORT AVE"),
        ("4400 W. Lawrence Ave apt 2r", "4400 W LAWRENCE AVE APT 2R"),
        ("rats behind 1600 south pulaski road", "1600 S PULASKI RD"),
        ("i live at 1234 w roscoe st chicago il", "1234 W ROSCOE ST"),
        ("graffiti at 5200 S. King Dr", "5200 S DR MARTIN LUTHER KING JR DR"),
        ("bache en 2822 SOUTH LARAMIE", "2822 S LARAMIE AVE"),
        ("light out 6300 north ave unit 3", "6300 NORTH AVE UNIT 3"),
        ("tree down at 1234 north western avenue #3", "1234 N WESTERN AVE #3"),
    ],
)
def test_addresses_are_normalised(text: str, expected: str) -> None:
    assert find_address(text) == expected


@pytest.mark.parametrize(
    "text", ["it has been 2 weeks", "3 dogs in the alley", "status SR25-01234567", "call 311"]
)
def test_numbers_that_are_not_addresses(text: str) -> None:
    assert find_address(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pothole at 79th and stony island", ("79TH ST", "STONY ISLAND AVE")),
        ("Belmont & Central", ("BELMONT AVE", "CENTRAL AVE")),
        ("cottage grove by 79th", ("COTTAGE GROVE AVE", "79TH ST")),
        ("hay un bache en kedzie y fullerton", ("KEDZIE AVE", "FULLERTON AVE")),
        ("corner of n ashland ave and w division st", ("N ASHLAND AVE", "W DIVISION ST")),
        ("state and madison", ("STATE ST", "MADISON ST")),
        ("light out at 63rd n halsted", ("63RD ST", "HALSTED ST")),
        ("MLK and 47th", ("DR MARTIN LUTHER KING JR DR", "47TH ST")),
        ("irving park / pulaski", ("IRVING PARK RD", "PULASKI RD")),
    ],
)
def test_intersections_are_normalised(text: str, expected: tuple[str, str]) -> None:
    assert find_intersection(text) == expected


@pytest.mark.parametrize(
    "text",
    ["rats and mice everywhere", "dogs and cats", "i live in the north and my street is dark",
     "thanks and have a good day"],
)
def test_ordinary_words_joined_by_and_are_not_intersections(text: str) -> None:
    assert find_intersection(text) is None
