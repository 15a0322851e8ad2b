"""The keyword layer: whole-message carrier keywords that always win.

Carriers and Twilio treat these words as commands; residents rely on them working in any
conversation state, so they are matched before the model, any dialog or any rule.
A message matches only when, after dropping case, accents, spaces and punctuation, it *is*
the keyword ("Stop!", " stop ", "OPT-OUT"); "stop sign down" is not a keyword.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from intents.phrases import fold_spaced

KeywordIntent = Literal["opt_out", "opt_in", "help", "set_language"]

OPT_OUT_WORDS: Final = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout",
     "alto", "parar", "cancelar", "baja", "detener"}
)
# START / UNSTOP always opt in. YES / SI opt in only a number that is opted out, because
# inside a dialog the same word confirms a report.
OPT_IN_WORDS: Final = frozenset({"start", "unstop", "iniciar", "comenzar", "reanudar"})
AFFIRMATIVE_OPT_IN_WORDS: Final = frozenset({"yes", "si"})
HELP_WORDS: Final = frozenset({"help", "info", "ayuda", "informacion"})
LANGUAGE_WORDS: Final = {
    "english": "en", "ingles": "en", "eng": "en",
    "espanol": "es", "spanish": "es", "esp": "es",
}
# Words that leave an open dialog without opting out (the dialog package honours them).
DIALOG_EXIT_WORDS: Final = frozenset(
    {"nevermind", "nvm", "menu", "salir", "olvidalo", "menuprincipal", "mainmenu"}
)


# Not a letter or digit (`[^\W_]` is exactly `str.isalnum`); one regex pass, not a Python loop
# over the characters: every message goes through here.
_NOT_ALNUM: Final = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower-case, strip accents, keep only letters and digits."""
    return _NOT_ALNUM.sub("", fold_spaced(text))


@dataclass(frozen=True, slots=True)
class KeywordMatch:
    intent: KeywordIntent
    keyword: str
    language: Literal["en", "es"]
    requested_language: str | None = None


_SPANISH_KEYWORDS: Final = frozenset(
    {"alto", "parar", "cancelar", "baja", "detener", "iniciar", "comenzar", "reanudar",
     "ayuda", "informacion", "si", "espanol", "ingles"}
)


def match_keyword(text: str, *, opted_out: bool = False) -> KeywordMatch | None:
    """The keyword a whole message is, if any."""
    word = fold(text)
    if not word:
        return None
    language: Literal["en", "es"] = "es" if word in _SPANISH_KEYWORDS else "en"
    if word in OPT_OUT_WORDS:
        return KeywordMatch("opt_out", word, language)
    if word in OPT_IN_WORDS or (opted_out and word in AFFIRMATIVE_OPT_IN_WORDS):
        return KeywordMatch("opt_in", word, language)
    if word in HELP_WORDS:
        return KeywordMatch("help", word, language)
    if word in LANGUAGE_WORDS:
        requested = LANGUAGE_WORDS[word]
        return KeywordMatch("set_language", word, "es" if requested == "es" else "en", requested)
    return None


def is_dialog_exit(text: str) -> bool:
    return fold(text) in DIALOG_EXIT_WORDS
