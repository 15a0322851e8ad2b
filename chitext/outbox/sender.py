"""Sending proactive messages: the Twilio REST API, or an in-memory twin for tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

# Twilio errors that no retry can fix: unsubscribed, invalid or unreachable numbers.
PERMANENT_TWILIO_ERRORS = frozenset({21211, 21408, 21610, 21612, 21614, 30004, 30005, 30006})
SEND_TIMEOUT_SECONDS = 15.0


class SendError(Exception):
    def __init__(self, message: str, *, retryable: bool, code: str | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.code = code


@dataclass(frozen=True, slots=True)
class SendReceipt:
    provider_id: str
    status: str


class MessageSender(Protocol):
    async def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> SendReceipt: ...


class TwilioRestSender:
    """Messages.create through twilio-python's async HTTP client."""

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_number: str,
        status_callback: str | None,
        api_base: str | None = None,
    ) -> None:
        http_client = AsyncTwilioHttpClient(timeout=SEND_TIMEOUT_SECONDS)
        self._client = Client(account_sid, auth_token, http_client=http_client)
        if api_base is not None:
            # Points the REST calls at a local fake in tests (CHITEXT_TWILIO_API_BASE).
            self._client.api.base_url = api_base.rstrip("/")
        self._from = from_number
        self._status_callback = status_callback

    async def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> SendReceipt:
        sender = self._from
        if to.startswith("whatsapp:") and not sender.startswith("whatsapp:"):
            sender = f"whatsapp:{sender}"
        kwargs: dict[str, object] = {"to": to, "from_": sender, "body": body}
        if media_urls:
            kwargs["media_url"] = list(media_urls)
        if self._status_callback:
            kwargs["status_callback"] = self._status_callback
        try:
            message = await self._client.messages.create_async(**kwargs)
        except TwilioRestException as exc:
            permanent = exc.code in PERMANENT_TWILIO_ERRORS or exc.status in {400, 401, 403, 404}
            raise SendError(
                f"Twilio {exc.status}: {exc.msg}",
                retryable=not permanent,
                code=str(exc.code) if exc.code is not None else None,
            ) from None
        except (OSError, TimeoutError) as exc:
            raise SendError(f"Twilio unreachable: {exc!r}", retryable=True) from None
        return SendReceipt(provider_id=str(message.sid), status=str(message.status or "queued"))

    async def close(self) -> None:
        http_client = self._client.http_client
        if isinstance(http_client, AsyncTwilioHttpClient):
            await http_client.close()


@dataclass
class InMemorySender:
    """Records sends; can be told to fail, for tests of retries and of 'never after STOP'."""

    sent: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)
    failures: list[SendError] = field(default_factory=list)

    async def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> SendReceipt:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((to, body, tuple(media_urls)))
        return SendReceipt(provider_id=f"SMfake{len(self.sent):06d}", status="queued")
