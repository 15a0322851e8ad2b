"""Neutral message types: what channels hand the engine and what it hands back.

Nothing here knows HTTP, TwiML or WebSockets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Channel = Literal["sms", "whatsapp", "web", "api", "chat", "simulator"]


@dataclass(frozen=True, slots=True)
class Media:
    url: str
    content_type: str


@dataclass(frozen=True, slots=True)
class InboundMessage:
    channel: Channel
    sender: str  # resident address: E.164 for SMS/WhatsApp, "web:<id>" for web chat
    text: str
    received_at: datetime
    media: tuple[Media, ...] = ()
    # Provider's id (Twilio MessageSid); with `dedupe_key` it makes retries harmless.
    provider_id: str | None = None
    dedupe_key: str | None = None
    # The language a front end states (web chat's picker, the admin simulator).
    language_hint: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer by template key; rendered in the resident's language after the turn."""

    key: str
    context: Mapping[str, Any] = field(default_factory=dict)
    media_urls: tuple[str, ...] = ()
    # Answer in this language instead of the resident's (e.g. an interpreter offer in Polish).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class OutboundText:
    text: str
    key: str
    language: str
    segments: int
    media_urls: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TurnResult:
    replies: tuple[OutboundText, ...]
    intent: str | None
    language: str
    inbound_id: int
    duplicate: bool = False
