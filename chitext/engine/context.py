"""What handlers and dialogs see of one turn, and what they give back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar, cast

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chitext.engine.types import InboundMessage, Reply
from chitext.settings import Settings
from intents.types import Understanding


@dataclass(frozen=True, slots=True)
class ResidentView:
    id: int
    address: str
    language: str | None
    language_chosen: bool
    opted_out: bool
    handoff_state: str | None


@dataclass(frozen=True, slots=True)
class DialogSnapshot:
    """A dialog's persisted state: which flow, which step, what has been collected."""

    kind: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    retries: int = 0


T = TypeVar("T")


class ServiceKey(Generic[T]):
    """A typed key for a collaborator a capability registers (CSR client, geocoder, ...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"ServiceKey({self.name!r})"


@dataclass(frozen=True, slots=True)
class Services:
    """Long-lived collaborators handed to every handler and dialog."""

    settings: Settings
    sessionmaker: async_sessionmaker[AsyncSession]
    clock: Callable[[], datetime]
    extensions: dict[ServiceKey[Any], Any] = field(default_factory=dict)

    def get(self, key: ServiceKey[T]) -> T:
        try:
            return cast(T, self.extensions[key])
        except KeyError:
            raise LookupError(f"{key!r} is not configured") from None

    def find(self, key: ServiceKey[T]) -> T | None:
        return cast("T | None", self.extensions.get(key))


@dataclass(frozen=True, slots=True)
class TurnContext:
    message: InboundMessage
    resident: ResidentView
    understanding: Understanding
    language: str  # the language to answer in
    services: Services
    # The turn's own transaction: rows added here commit together with the dialog state and
    # the stored replies (a confirmed report and its outbox job, say), or not at all.
    session: AsyncSession | None = None


@dataclass(frozen=True, slots=True)
class HandlerResult:
    replies: list[Reply]
    # Open this dialog after the replies (e.g. "what address?" for find_ward).
    dialog: DialogSnapshot | None = None
    # Ask for a person: "requested" puts the conversation in the operators' inbox.
    handoff: str | None = None
    # Why, for the operators' inbox ("interpreter"); the intent when not given.
    handoff_reason: str | None = None
    # Remember this as the resident's chosen language (e.g. "pl" after an interpreter offer).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class DialogOutcome:
    replies: list[Reply]
    # None when the dialog is over (done, cancelled or given up).
    state: DialogSnapshot | None
    handoff: str | None = None
    handoff_reason: str | None = None
    # The message was no answer to the dialog's question. With no replies, the engine closes
    # the dialog and answers the message as if none were open (an optional question the
    # resident ignored). With replies (the question asked again), the engine does that only
    # when the resident confidently asked about something other than `own_intents`.
    unanswered: bool = False
    own_intents: frozenset[str] = frozenset()


Handler = Callable[[TurnContext], Awaitable[HandlerResult]]
DialogStep = Callable[[TurnContext, DialogSnapshot], Awaitable[DialogOutcome]]
