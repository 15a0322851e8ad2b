"""The phrase-pattern builder: grouping phrases must not change what they match."""

from __future__ import annotations

import re

import pytest

from intents.phrases import _leading_atom, any_phrase, fold_spaced

PHRASES = (
    r"shots? fired", r"(?:got|gets|been) shot",
    r"\d{1,2} ?(?:yr|year)s?(?: old)? (?:is|got) missing",
    r"\d{1,2} ?(?:yr|year)s?(?: old)? (?:was|got) hit", r"(?<!se )(?:esta|estan) robando",
    r"^emergencia\b", r"(?:baseball )?bats?\b[^.!?]{0,20}?swing", r"help me",
)
TEXTS = (
    "shots fired on 63rd", "he got shot", "my 5 yr old is missing", "my 12 year old got hit",
    "my 7 years old was hit by a car", "estan robando la tienda", "se estan robando",
    "emergencia en la casa", "no es emergencia", "a guy with a bat about to swing",
    "please help me", "helpme", "shotsfired", "the 5 yr old is fine",
)


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_pattern_matches_what_the_plain_alternation_matches(text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(PHRASES) + r")(?!(?<=\w)\w)")
    assert (any_phrase(*PHRASES).search(text) is None) == (plain.search(text) is None)


@pytest.mark.parametrize(
    ("pattern", "atom"),
    [(r"\d{1,2} ?x", r"\d{1,2}"), (r"(?:a|b)?c", r"(?:a|b)?"),
     (r"[^.!?]{0,40}?x", r"[^.!?]{0,40}?"), (r"(?<!se )esta", r"(?<!se )"),
     (r"^emergencia", "^"), (r"a*?b", "a*?"),
     ("x", "x"), ("", "")],
)
def test_leading_atom_takes_its_quantifier(pattern: str, atom: str) -> None:
    assert _leading_atom(pattern) == atom


def test_fold_spaced_drops_accents_and_keeps_spaces() -> None:
    assert fold_spaced("Ayúdenme  YA’") == "ayudenme  ya'"
