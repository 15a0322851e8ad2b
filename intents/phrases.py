"""Text folding and phrase patterns shared by the rule layers, entities and the model.

One folding (`fold_spaced`) for every layer that compares text with word lists, so a message
reads the same to the keyword layer, the rules, the entity finder and the model; one builder
(`any_phrase`) for the emergency and opt-out phrase lists.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final


def fold_spaced(text: str) -> str:
    """Lower-case, accents dropped, curly apostrophes straightened; spaces kept."""
    if text.isascii():  # most SMS: no accents to drop, and the same result far cheaper
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _group_end(pattern: str, start: int) -> int:
    """Index of the parenthesis that closes the group opened at `start`."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # a character class: skip to its end ("]" first inside is a literal)
            i = pattern.index("]", i + (3 if pattern.startswith("[^", i) else 2))
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    branches, start, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = pattern.index("]", i + (3 if pattern.startswith("[^", i) else 2))
        elif ch == "(":
            i = _group_end(pattern, i)
        elif ch == "|":
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


def _plain_first(phrase: str) -> list[str]:
    """The phrase as alternatives that begin with a plain character, distributing an opening
    group over the rest: "(?:got|gets|been) shot" is "g(?:ot|ets) shot" or "been shot"."""
    if not phrase.startswith("(?:"):
        return [phrase]
    end = _group_end(phrase, 0)
    rest = phrase[end + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return [phrase]
    by_first: dict[str, list[str]] = {}
    alternatives: list[str] = []
    for branch in _branches(phrase[3:end]):
        if _plain(branch):
            by_first.setdefault(branch[0], []).append(branch[1:])
        else:
            alternatives += _plain_first(branch + rest)
    for first, tails in by_first.items():
        alternatives.append(first + "(?:" + "|".join(tails) + ")" + rest)
    return alternatives


def _plain(phrase: str) -> bool:
    """Whether the phrase begins with a plain character (not a group, class or repeat)."""
    return bool(phrase) and phrase[0] not in _SPECIAL and phrase[1:2] not in ("?", "*", "+", "{")


_SPECIAL: Final = frozenset("\\()[]{}?*+|^$.")


def _leading_atom(pattern: str) -> str:
    """The pattern's first atom with its quantifier: "\\d{1,2}", "(?:yr|year)s?" → "(?:yr|year)",
    "[^.!?]{0,40}?", "a"; "" for an empty pattern."""
    if not pattern:
        return ""
    if pattern[0] == "\\":
        end = 2
    elif pattern[0] == "[":
        end = pattern.index("]", 3 if pattern.startswith("[^") else 2) + 1
    elif pattern[0] == "(":
        end = _group_end(pattern, 0) + 1
    else:
        end = 1
    quantified = True
    if pattern[end : end + 1] in ("?", "*", "+"):
        end += 1
    elif pattern[end : end + 1] == "{":
        end = pattern.index("}", end) + 1
    else:
        quantified = False
    if quantified and pattern[end : end + 1] == "?":
        end += 1  # lazy
    return pattern[:end]


def _shared_atoms(alternatives: list[str]) -> list[str]:
    """The alternatives with a shared first atom written once: eight phrases that each begin
    with a child's age ("\\d{1,2} ?(?:yr|year)...") become one branch the engine tries once."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        atom = _leading_atom(alt)
        groups.setdefault(atom, []).append(alt[len(atom) :])
    merged = []
    for atom, rests in groups.items():
        if len(rests) == 1 or not atom:
            merged += [atom + rest for rest in rests]
        else:
            merged.append(atom + "(?:" + "|".join(_shared_atoms(rests)) + ")")
    return merged


def any_phrase(*phrases: str) -> re.Pattern[str]:
    """One pattern matching any of the phrases as whole words (not inside a longer word).

    The phrases are grouped by their first character ("s(?:hots|hooting|...)"), so that at each
    word the engine tries only the few phrases that can start there: with hundreds of phrases
    this is several times faster, and the layer runs on every message.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for phrase in phrases:
        for branch in _branches(phrase):
            for alt in _plain_first(branch):
                if _plain(alt):
                    groups.setdefault(alt[0], []).append(alt[1:])
                else:
                    others.append(alt)
    grouped = [re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()]
    others = _shared_atoms(others)
    # whole words: every phrase starts a word, and a phrase that ends in a letter ends a word
    # (one that ends in a space or "#" may be followed by anything)
    return re.compile(r"\b(?:" + "|".join(grouped + others) + r")(?!(?<=\w)\w)")
