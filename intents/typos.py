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

_WORD: Final = re.compile(r"[a-z']+")
MIN_LENGTH: Final = 5


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _transpositions(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


class Corrector:
    """Repairs tokens of folded text towards a small vocabulary."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._words = frozenset(word for word in vocabulary if len(word) >= MIN_LENGTH)
        self._slips: dict[str, str] = {}
        for word in sorted(self._words):
            for slip in _deletions(word) | _transpositions(word):
                if len(slip) >= MIN_LENGTH and slip not in self._words:
                    self._slips.setdefault(slip, word)

    def _fix(self, match: re.Match[str]) -> str:
        token = match.group(0)
        if len(token) < MIN_LENGTH or token in self._words:
            return token
        if token in self._slips:
            return self._slips[token]
        for shorter in _deletions(token):  # one letter too many ("kniife")
            if shorter in self._words:
                return shorter
        return token

    def fix(self, folded: str) -> str:
        return _WORD.sub(self._fix, folded)
