"""One-slip spelling repair for the few words the rule layers depend on.

People in danger type fast: "a man with a kinfe", "im gteting mugged", "sangando". The rules
in `emergency` and `consent` match words, so before matching, a token one slip away from a
word they need (a letter missing, doubled or extra, or two letters swapped) is written as
that word. Substituted letters are not repaired: "sitting" must not become "hitting".
Only words of five letters or more take part, and words whose one-slip neighbours are
everyday words ("beating"/"eating", "robando"/"robado") are left out of the vocabularies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

MIN_LENGTH: Final = 5
# Only words of MIN_LENGTH letters or more are repaired, so only they are looked at.
_LONG_WORD: Final = re.compile(rf"[a-z']{{{MIN_LENGTH},}}")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _transpositions(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


_ALPHABET: Final = "abcdefghijklmnopqrstuvwxyz'"


def _insertions(word: str) -> set[str]:
    """One letter too many, but not at the end: "removed", "alertas", "persona" are words."""
    return {word[:i] + ch + word[i:] for i in range(len(word)) for ch in _ALPHABET}


class Corrector:
    """Repairs tokens of folded text towards a small vocabulary.

    Every slip of every vocabulary word is worked out once, here, so that repairing a message
    is one dictionary look-up per long token: the rule layers run on every message.
    """

    def __init__(self, vocabulary: Iterable[str], keep: Iterable[str] = ()) -> None:
        """`keep`: everyday words that are one slip from a vocabulary word and must stay as they
        are ("quien" is "quiten" without its t)."""
        self._words = frozenset(word for word in vocabulary if len(word) >= MIN_LENGTH)
        self._slips: dict[str, str] = {}
        for word in sorted(self._words):
            for slip in _deletions(word) | _transpositions(word):
                if len(slip) >= MIN_LENGTH and slip not in self._words:
                    self._slips.setdefault(slip, word)
        for word in sorted(self._words):  # one letter too many ("kniife"), after the rest
            for slip in _insertions(word):
                if slip not in self._words:
                    self._slips.setdefault(slip, word)
        for word in keep:
            self._slips.pop(word, None)

    def _fix(self, match: re.Match[str]) -> str:
        token = match.group(0)
        return self._slips.get(token, token)

    def fix(self, folded: str) -> str:
        return _LONG_WORD.sub(self._fix, folded)
