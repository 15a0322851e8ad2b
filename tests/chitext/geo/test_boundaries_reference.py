"""Ward, district and beat lookups and the reference records, checked against the anchors'
own points (SOURCES.md states what each check should find)."""

from __future__ import annotations

import pytest

from chitext.geo import boundaries, reference


def test_state_and_madison_is_ward_34_district_1() -> None:
    assert boundaries.ward_at(41.8820, -87.6278) == 34
    assert boundaries.police_district_at(41.8820, -87.6278) == 1
    beat = boundaries.beat_at(41.8820, -87.6278)
    assert beat is not None and reference.district_of_beat(beat) == 1


def test_1600_w_chicago_ave_is_ward_1() -> None:
    assert boundaries.ward_at(41.8962, -87.6676) == 1


def test_ward_offices_fall_in_their_own_ward_except_city_hall_ones() -> None:
    misses = {
        ward
        for ward, alder in reference.alderpersons().items()
        if boundaries.ward_at(alder.office_lat, alder.office_lon) != ward
    }
    assert len(reference.alderpersons()) == 50
    # Wards 2 and 34 use City Hall (121 N LaSalle), which is in ward 42.
    assert misses == {2, 34}
    assert all(reference.alderperson(ward).offices[0].at_city_hall for ward in misses)
    assert (
        boundaries.ward_at(reference.alderperson(2).office_lat, reference.alderperson(2).office_lon)
        == 42
    )


def test_each_police_station_is_in_its_own_district() -> None:
    stations = reference.police_stations()
    assert sorted(stations) == [*range(1, 13), *range(14, 21), 22, 24, 25]
    for district, station in stations.items():
        assert boundaries.police_district_at(station.lat, station.lon) == district
        beat = boundaries.beat_at(station.lat, station.lon)
        assert beat is not None and reference.district_of_beat(beat) == district


def test_outside_chicago_has_no_ward_district_or_beat() -> None:
    oak_park = (41.8850, -87.7845)  # Oak Park Ave & Lake St, Oak Park
    evanston = (42.0451, -87.6877)
    for lat, lon in (oak_park, evanston):
        assert boundaries.ward_at(lat, lon) is None
        assert not boundaries.in_chicago(lat, lon)
        assert boundaries.police_district_at(lat, lon) is None
        assert boundaries.beat_at(lat, lon) is None


def test_beat_districts_use_integers_and_skip_the_non_district_31() -> None:
    districts = set(boundaries.beat_districts().values())
    assert districts == {*range(1, 13), *range(14, 21), 22, 24, 25}
    assert reference.district_of_beat("2514") == 25
    assert reference.district_of_beat("0111") == reference.district_of_beat("111") == 1
    assert reference.district_of_beat("3100") is None
    assert reference.district_of_beat("beat") is None


@pytest.mark.parametrize(
    ("published", "display"),
    [
        ("Burnett, Jr., Walter", "Walter Burnett Jr."),
        ("La Spata, Daniel", "Daniel La Spata"),
        ("Taylor, Jeanette B.", "Jeanette B. Taylor"),
        ("Rodriguez Sanchez, Rossana", "Rossana Rodriguez Sanchez"),
    ],
)
def test_display_name(published: str, display: str) -> None:
    assert reference.display_name(published) == display


def test_phone_formats_are_normalised() -> None:
    hopkins = reference.alderperson(2).phone
    assert hopkins == reference.Phone("(312) 744-6836", ("(312) 744-9867", "(312) 744-6213"))
    robinson = reference.alderperson(4).phone
    assert robinson is not None and robinson.number == "(312) 744-2690"
    gutierrez = reference.alderperson(14).phone
    assert gutierrez is not None and gutierrez.number == "(773) 236-0117"


def test_ward_36_has_two_offices_and_ward_26_zip_is_corrected() -> None:
    offices = reference.alderperson(36).offices
    assert [o.address for o in offices] == [
        "6560 West Fullerton Avenue, Unit C118, Suite A",
        "2246 West Chicago Avenue",
    ]
    assert [o.zip_code for o in offices] == ["60707", "60622"]
    assert reference.alderperson(26).offices[0].zip_code == "60622"
    assert reference.alderperson(46).name == "Angela Clay"


def test_police_station_addresses_are_clean() -> None:
    near_west = reference.police_station(12)
    assert near_west.address == "1412 S Blue Island Ave"
    assert near_west.name == "Near West"
    assert near_west.phone == "312-746-8396"
    assert reference.police_headquarters().phone is None
