"""Small word lists for reading short answers and topics in English and Spanish."""

from __future__ import annotations

from collections.abc import Iterable

from chitext.info.directory import contains_phrase, fold

_YES = ("yes", "y", "yeah", "yep", "yup", "si", "claro", "correct", "ok", "okay", "please")
_STILL_THERE = ("still", "still here", "still there", "todavia", "sigue", "siguen", "aun", "aqui")
_NO = ("no", "n", "nope", "nah", "not")
_GONE = ("gone", "left", "ran", "ran away", "se fue", "se fueron", "ya no", "nobody", "nadie")


def mentions(text: str, phrases: Iterable[str]) -> bool:
    folded = fold(text)
    return any(contains_phrase(folded, phrase) for phrase in phrases)


def yes_or_no(text: str) -> bool | None:
    """True for a yes, False for a no, None when the answer is neither."""
    words = fold(text).split()
    if not words:
        return None
    if words[0] in _NO or mentions(text, _GONE):
        return False
    if words[0] in _YES or mentions(text, _STILL_THERE):
        return True
    return None
