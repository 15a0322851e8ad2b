"""Reading short answers (yes/no/skip/change, a number, one of a list) in English or Spanish."""

from __future__ import annotations

from typing import Final

from intents.keywords import fold

YES_WORDS: Final = frozenset(
    {"yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "send", "correct", "right",
     "si", "s", "claro", "enviar", "envialo", "correcto", "dale", "ya", "sip", "yessend"}
)  # fmt: skip
NO_WORDS: Final = frozenset(
    {"no", "n", "nope", "nah", "dont", "donotsend", "notnow", "nogracias", "nothanks"}
)
CHANGE_WORDS: Final = frozenset(
    {"change", "edit", "fix", "wrong", "cambiar", "cambio", "corregir", "editar", "mal"}
)
SKIP_WORDS: Final = frozenset(
    {"skip", "none", "nothing", "no", "na", "nope", "omitir", "saltar", "nada", "ninguno",
     "noteng", "nothingelse", "nadamas", "thatsall", "esoestodo"}
)  # fmt: skip
NEW_WORDS: Final = frozenset({"new", "nuevo", "nueva", "reportar", "report", "anyway"})


def is_yes(text: str) -> bool:
    return fold(text) in YES_WORDS


def is_no(text: str) -> bool:
    return fold(text) in NO_WORDS


def is_change(text: str) -> bool:
    return fold(text) in CHANGE_WORDS


def is_skip(text: str) -> bool:
    return fold(text) in SKIP_WORDS


def is_new(text: str) -> bool:
    return fold(text) in NEW_WORDS


def whole_number(text: str) -> int | None:
    """A whole number the message is ("3", "3 days", "#3", "tres" is not read)."""
    words = text.strip().lower().replace("#", " ").split()
    for word in words:
        digits = word.strip(".,;:!?)(")
        if digits.isdigit():
            return int(digits)
    return None
