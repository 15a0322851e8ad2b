"""Neutral result types of understanding one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

# "other" means a language we detect but do not answer in (Polish, Chinese, ...):
# the engine offers an interpreter instead of guessing.
Language = Literal["en", "es", "other"]


@dataclass(frozen=True, slots=True)
class Entities:
    """What a message names that handlers and dialogs need."""

    tracking_numbers: tuple[str, ...] = ()
    address: str | None = None  # normalised street address, e.g. "3300 N SOUTHPORT AVE"
    intersection: tuple[str, str] | None = None  # ("79TH ST", "STONY ISLAND AVE")
    requested_language: str | None = None  # for set_language: "en" / "es" / ISO code
    detected_language_name: str | None = None  # e.g. "polish" when language == "other"

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.tracking_numbers:
            out["tracking_numbers"] = list(self.tracking_numbers)
        if self.address is not None:
            out["address"] = self.address
        if self.intersection is not None:
            out["intersection"] = list(self.intersection)
        if self.requested_language is not None:
            out["requested_language"] = self.requested_language
        if self.detected_language_name is not None:
            out["detected_language_name"] = self.detected_language_name
        return out


@dataclass(frozen=True, slots=True)
class Understanding:
    """The outcome of the understanding pipeline for one message."""

    text: str
    intent: str
    confidence: float
    language: Language
    entities: Entities = field(default_factory=Entities)
    source: Literal["keyword", "emergency_rule", "opt_out_rule", "model", "fallback"] = "model"

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "language": self.language,
            "entities": self.entities.as_dict(),
        }


class Understander(Protocol):
    """What the engine asks of the understanding layer (keyword layer, emergency rules, model)."""

    def understand(self, text: str, remembered_language: str | None = None) -> Understanding: ...

    def understand_batch(
        self, texts: list[str], remembered_language: str | None = None
    ) -> list[Understanding]: ...
