"""Test doubles and helpers shared across the suite."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from intents.keywords import match_keyword
from intents.types import Entities, Language, Understanding

TWILIO_TOKEN = "test-auth-token-0123456789abcdef"
PUBLIC_URL = "https://chitext.example.org"
API_KEY = "test-api-key-0123456789"


class ScriptedUnderstander:
    """An in-memory Understander: fixed intents for known texts, `unknown` otherwise."""

    def __init__(
        self,
        intents: Mapping[str, str] | None = None,
        languages: Mapping[str, Language] | None = None,
        entities: Mapping[str, Entities] | None = None,
    ) -> None:
        self.intents = dict(intents or {})
        self.languages = dict(languages or {})
        self.entities = dict(entities or {})

    def understand(self, text: str, remembered_language: str | None = None) -> Understanding:
        keyword = match_keyword(text)
        intent = keyword.intent if keyword else self.intents.get(text.strip(), "unknown")
        language = self.languages.get(text.strip())
        if language is None:
            language = "es" if remembered_language == "es" else "en"
        return Understanding(
            text=text,
            intent=intent,
            confidence=1.0 if intent != "unknown" else 0.0,
            language=language,
            entities=self.entities.get(text.strip(), Entities()),
            source="keyword" if keyword else "model",
        )

    def understand_batch(
        self, texts: list[str], remembered_language: str | None = None
    ) -> list[Understanding]:
        return [self.understand(text, remembered_language) for text in texts]


def twilio_form(body: str, sid: str, sender: str = "+13125550100", **extra: str) -> dict[str, str]:
    form = {
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "AccountSid": "AC" + "0" * 32,
        "From": sender,
        "To": "+13125550311",
        "Body": body,
        "NumMedia": "0",
    }
    form.update(extra)
    return form


def sign(path: str, form: Mapping[str, str], token: str = TWILIO_TOKEN) -> str:
    return str(RequestValidator(token).compute_signature(PUBLIC_URL + path, dict(form)))


def encoded(form: Mapping[str, str]) -> str:
    return urlencode(form)
