"""SMS segment arithmetic (GSM 03.38 / UCS-2) and splitting long answers at word boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

# GSM 03.38 basic character set; the extension table's characters cost two septets.
GSM7_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION: Final = frozenset("^{}\\[~]|€\f")

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    encoding: Encoding
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int
    # Characters that force UCS-2 (what an editor should replace to save segments).
    non_gsm_characters: tuple[str, ...]


def non_gsm_characters(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION:
            seen.setdefault(ch, None)
    return tuple(seen)


def segment_info(text: str) -> SegmentInfo:
    offenders = non_gsm_characters(text)
    if not offenders:
        units = sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
        single, multi = 160, 153
        encoding: Encoding = "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
        encoding = "UCS-2"
    if units == 0:
        segments = 0
    elif units <= single:
        segments = 1
    else:
        segments = -(-units // multi)
    return SegmentInfo(encoding, units, segments, offenders)


def split_message(text: str, max_segments: int = 3) -> list[str]:
    """Split a long answer into messages of at most `max_segments` segments each.

    Each carrier-concatenated message stays readable on its own: cuts fall between
    paragraphs, then sentences, then words, never inside a word.
    """
    text = text.strip()
    if segment_info(text).segments <= max_segments:
        return [text] if text else []
    pieces: list[str] = []
    current = ""
    for unit in _units(text):
        candidate = f"{current}{unit}" if current else unit.lstrip()
        if current and segment_info(candidate.rstrip()).segments > max_segments:
            pieces.append(current.rstrip())
            current = unit.lstrip()
        else:
            current = candidate
    if current.strip():
        pieces.append(current.rstrip())
    return [p for p in pieces if p]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _units(text: str) -> list[str]:
    """Break points in preference order are flattened into one list of chunks that each
    end just before a paragraph/sentence break, or a single word when a sentence is too long."""
    chunks: list[str] = []
    last = 0
    for match in _SENTENCE_END.finditer(text):
        chunks.append(text[last : match.end()])
        last = match.end()
    chunks.append(text[last:])
    units: list[str] = []
    for chunk in chunks:
        if segment_info(chunk.strip()).segments <= 1:
            units.append(chunk)
        else:
            units.extend(re.findall(r"\S+\s*", chunk))
    return units
