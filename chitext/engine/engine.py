"""The conversation engine: one inbound message in, neutral replies out.

Order of a turn (see the README's architecture section):
  store the message → keyword layer → emergency → human handoff → open dialog → intent route.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.answers.catalog import FULL_LANGUAGES, TemplateCatalog, TemplateOverrides
from chitext.engine.context import (
    DialogOutcome,
    DialogSnapshot,
    DialogStep,
    Handler,
    HandlerResult,
    ResidentView,
    Services,
    TurnContext,
)
from chitext.engine.types import InboundMessage, OutboundText, Reply, TurnResult
from chitext.logging import mask_address
from chitext.metrics import Metrics
from chitext.store.models import DialogState, Message, Resident
from chitext.store.repositories import find_by_dedupe_key, get_or_create_resident, replies_to
from intents.keywords import KeywordMatch, is_dialog_exit, match_keyword
from intents.types import Understander, Understanding

log = logging.getLogger(__name__)
T = TypeVar("T")

# A non-answer inside a dialog is taken as a new question only with this much confidence...
MOVED_ON_CONFIDENCE = 0.6
# ...and never for these, which say nothing new ("ok thanks" while we wait for an address).
NOT_A_NEW_QUESTION = frozenset({"unknown", "greeting", "thanks"})

# Attempts at a transaction SQLite refused as locked (see _retry_if_locked).
LOCKED_RETRIES = 6

# How long a retried message waits for the first delivery of it to finish elsewhere.
DUPLICATE_WAIT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class RoutingTable:
    """Intent → handler, with the explicit fallback for every intent not listed."""

    routes: Mapping[str, Handler]
    fallback: Handler

    def handler_for(self, intent: str) -> Handler:
        return self.routes.get(intent, self.fallback)


@dataclass(slots=True)
class _Turn:
    replies: list[Reply]
    intent: str | None
    handoff: str | None = None
    handoff_reason: str | None = None
    language: str | None = None


class ConversationEngine:
    def __init__(
        self,
        *,
        services: Services,
        understander: Understander,
        catalog: TemplateCatalog,
        overrides: TemplateOverrides,
        routes: RoutingTable,
        dialogs: Mapping[str, DialogStep],
        metrics: Metrics,
    ) -> None:
        self.services = services
        self.understander = understander
        self.catalog = catalog
        self.overrides = overrides
        self.routes = routes
        self.dialogs = dialogs
        self.metrics = metrics

    async def handle(self, message: InboundMessage) -> TurnResult:
        started = time.perf_counter()
        # 1. Store the message before anything can fail, so it can always be answered later.
        stored = await _retry_if_locked(lambda: self._store_inbound(message))
        if isinstance(stored, TurnResult):
            return stored  # a retried delivery, answered from what was stored
        try:
            result = await _retry_if_locked(lambda: self._process(message, stored))
        except Exception:
            self.metrics.errors.labels("engine").inc()
            log.exception("turn failed for %s", mask_address(message.sender))
            result = await self._apologise(message, stored)
        self.metrics.messages.labels("in", message.channel, result.intent or "none").inc()
        self.metrics.turn_seconds.labels(message.channel).observe(time.perf_counter() - started)
        return result

    async def _store_inbound(self, message: InboundMessage) -> int | TurnResult:
        """The stored message's id, or the stored answer when this is a duplicate delivery."""
        async with self.services.sessionmaker() as session:
            resident = await get_or_create_resident(session, message.sender)
            inbound = Message(
                resident_id=resident.id,
                direction="in",
                channel=message.channel,
                dedupe_key=message.dedupe_key,
                provider_id=message.provider_id,
                body=message.text,
                media=[{"url": m.url, "content_type": m.content_type} for m in message.media],
                status="received",
                created_at=message.received_at,
            )
            session.add(inbound)
            try:
                await session.commit()
            except IntegrityError:
                await session.rollback()
                if message.dedupe_key is None:
                    raise
                return await self._replay(message.dedupe_key)
            return inbound.id

    async def _process(self, message: InboundMessage, inbound_id: int) -> TurnResult:
        overrides = await self.overrides.current()
        async with self.services.sessionmaker.begin() as session:
            resident = await self._lock_resident(session, message.sender)
            understanding: Understanding | None = None
            keyword = match_keyword(message.text, opted_out=resident.opted_out)
            if keyword is not None:
                language, turn = await self._keyword_turn(session, resident, keyword)
            elif resident.opted_out:
                # Opted-out numbers get nothing until they opt back in.
                language = resident.language or "en"
                turn = _Turn(replies=[], intent=None)
            else:
                understanding = self.understander.understand(message.text, resident.language)
                phrased = _phrased_keyword(understanding)
                if phrased is not None:
                    # "please stop texting me" is STOP in other words, and acts the same.
                    language, turn = await self._keyword_turn(session, resident, phrased)
                else:
                    language = self._answer_language(resident, message, understanding)
                    context = TurnContext(
                        message=message,
                        resident=_view(resident),
                        understanding=understanding,
                        language=language,
                        services=self.services,
                        session=session,
                    )
                    turn = await self._route(session, context)
                    self._apply_turn_to_resident(resident, turn)
            rendered = self._render(turn.replies, language, overrides)
            return await self._finish(
                session, message, inbound_id, resident, turn, language, understanding, rendered
            )

    async def _finish(
        self,
        session: AsyncSession,
        message: InboundMessage,
        inbound_id: int,
        resident: Resident,
        turn: _Turn,
        language: str,
        understanding: Understanding | None,
        rendered: list[OutboundText],
    ) -> TurnResult:
        inbound = await session.get(Message, inbound_id)
        assert inbound is not None
        inbound.status = "processed"
        inbound.intent = turn.intent
        inbound.language = language
        if understanding is not None:
            inbound.confidence = understanding.confidence
        self._store_replies(session, resident.id, message, inbound_id, rendered, turn.intent)
        return TurnResult(tuple(rendered), turn.intent, language, inbound_id)

    def _store_replies(
        self,
        session: AsyncSession,
        resident_id: int,
        message: InboundMessage,
        inbound_id: int,
        rendered: Sequence[OutboundText],
        intent: str | None,
    ) -> None:
        """Every answer is stored with the message it answers, so a retry can replay it."""
        for text in rendered:
            session.add(
                Message(
                    resident_id=resident_id,
                    direction="out",
                    channel=message.channel,
                    body=text.text,
                    media=[{"url": url, "content_type": ""} for url in text.media_urls],
                    template_key=text.key,
                    language=text.language,
                    segments=text.segments,
                    intent=intent,
                    status="replied",
                    in_reply_to_id=inbound_id,
                )
            )
            self.metrics.messages.labels("out", message.channel, intent or "none").inc()

    async def _lock_resident(self, session: AsyncSession, address: str) -> Resident:
        # Row lock on PostgreSQL so two instances never interleave one resident's dialog;
        # SQLite serialises writers anyway and ignores FOR UPDATE.
        statement = select(Resident).where(Resident.address == address).with_for_update()
        return (await session.execute(statement)).scalar_one()

    async def _keyword_turn(
        self, session: AsyncSession, resident: Resident, keyword: KeywordMatch
    ) -> tuple[str, _Turn]:
        language = self._keyword_language(resident, keyword)
        turn = self._apply_keyword(resident, keyword)
        if keyword.intent == "opt_out":
            # STOP wins over any open dialog: nothing half-collected lingers.
            await self._save_dialog(session, resident.id, None)
        return language, turn

    def _apply_keyword(self, resident: Resident, keyword: KeywordMatch) -> _Turn:
        now = self.services.clock()
        if keyword.intent == "opt_out":
            if resident.opted_out:
                return _Turn(replies=[], intent="opt_out")
            resident.opted_out = True
            resident.opted_out_at = now
            resident.opt_out_source = "keyword"
            return _Turn(replies=[Reply("keywords/opt_out")], intent="opt_out")
        if keyword.intent == "opt_in":
            resident.opted_out = False
            resident.opted_in_at = now
            return _Turn(replies=[Reply("keywords/opt_in")], intent="opt_in")
        if keyword.intent == "set_language":
            assert keyword.requested_language is not None
            resident.language = keyword.requested_language
            resident.language_chosen = True
            return _Turn(replies=[Reply("keywords/language_set")], intent="set_language")
        return _Turn(replies=[Reply("keywords/help")], intent="help")

    def _keyword_language(self, resident: Resident, keyword: KeywordMatch) -> str:
        if keyword.requested_language is not None:
            return keyword.requested_language
        if resident.language_chosen and resident.language:
            return resident.language
        # "ALTO" from an English-speaking resident is still best answered in Spanish.
        return keyword.language if keyword.language == "es" else resident.language or "en"

    def _answer_language(
        self, resident: Resident, message: InboundMessage, understanding: Understanding
    ) -> str:
        if message.language_hint in FULL_LANGUAGES:
            return message.language_hint
        if resident.language_chosen and resident.language:
            return resident.language
        if understanding.language in FULL_LANGUAGES:
            resident.language = understanding.language
            return understanding.language
        return resident.language or "en"

    async def _route(self, session: AsyncSession, context: TurnContext) -> _Turn:
        intent = context.understanding.intent
        routes = self.routes
        # Emergencies come before any dialog or handoff: nothing may delay "call 911".
        if intent == "emergency":
            result = await routes.handler_for("emergency")(context)
            return _Turn(result.replies, intent, handoff=result.handoff)

        if context.resident.handoff_state == "active":
            # An operator is answering this resident; the engine stays quiet.
            return _Turn(replies=[], intent=intent)

        state = await session.get(DialogState, context.resident.id)
        if state is not None and state.expires_at <= self.services.clock():
            # An idle dialog expires with no side effects: nothing it collected is submitted.
            await session.delete(state)
            await session.flush()
            state = None
        if state is not None:
            if is_dialog_exit(context.message.text):
                await session.delete(state)
                return _Turn([Reply("dialogs/left"), Reply("menu/main")], intent)
            step = self.dialogs.get(state.kind)
            if step is not None:
                snapshot = DialogSnapshot(state.kind, state.step, dict(state.data), state.retries)
                outcome: DialogOutcome = await step(context, snapshot)
                if not _moved_on(outcome, context.understanding):
                    await self._save_dialog(session, context.resident.id, outcome.state)
                    return _Turn(
                        outcome.replies,
                        f"dialog:{state.kind}",
                        handoff=outcome.handoff,
                        handoff_reason=outcome.handoff_reason,
                    )
            # The resident moved on, or this version no longer knows the dialog: drop it (what
            # it collected is not submitted) and answer the message as if none were open.
            await session.delete(state)
            # Flushed now, so a dialog the handler opens below is a fresh row.
            await session.flush()

        handler_result: HandlerResult = await routes.handler_for(intent)(context)
        if handler_result.dialog is not None:
            await self._save_dialog(session, context.resident.id, handler_result.dialog)
        return _Turn(
            handler_result.replies,
            intent,
            handoff=handler_result.handoff,
            handoff_reason=handler_result.handoff_reason,
            language=handler_result.language,
        )

    async def _save_dialog(
        self, session: AsyncSession, resident_id: int, snapshot: DialogSnapshot | None
    ) -> None:
        if snapshot is None:
            await session.execute(delete(DialogState).where(DialogState.resident_id == resident_id))
            return
        ttl = timedelta(seconds=self.services.settings.dialog_ttl_seconds)
        expires = self.services.clock() + ttl
        state = await session.get(DialogState, resident_id)
        if state is None:
            session.add(
                DialogState(
                    resident_id=resident_id,
                    kind=snapshot.kind,
                    step=snapshot.step,
                    data=snapshot.data,
                    retries=snapshot.retries,
                    expires_at=expires,
                )
            )
        else:
            state.kind = snapshot.kind
            state.step = snapshot.step
            state.data = dict(snapshot.data)
            state.retries = snapshot.retries
            state.expires_at = expires

    def _apply_turn_to_resident(self, resident: Resident, turn: _Turn) -> None:
        if turn.handoff is not None and turn.handoff != resident.handoff_state:
            resident.handoff_state = turn.handoff
            resident.handoff_reason = turn.handoff_reason or turn.intent
            resident.handoff_updated_at = self.services.clock()
        if turn.language is not None:
            resident.language = turn.language
            resident.language_chosen = True

    def _render(
        self, replies: Sequence[Reply], language: str, overrides: Mapping[tuple[str, str], str]
    ) -> list[OutboundText]:
        rendered: list[OutboundText] = []
        for reply in replies:
            text = self.catalog.render(
                reply.key, reply.language or language, reply.context, overrides
            )
            rendered.append(
                OutboundText(
                    text=text.text,
                    key=reply.key,
                    language=text.language,
                    segments=text.segments.segments,
                    media_urls=reply.media_urls,
                )
            )
        return rendered

    async def _replay(self, dedupe_key: str) -> TurnResult:
        """A retried delivery: answer with what the first one answered, without re-processing."""
        deadline = time.monotonic() + DUPLICATE_WAIT_SECONDS
        while True:
            async with self.services.sessionmaker() as session:
                inbound = await find_by_dedupe_key(session, dedupe_key)
                assert inbound is not None
                if inbound.status != "received" or time.monotonic() >= deadline:
                    replies = await replies_to(session, inbound.id)
                    return TurnResult(
                        tuple(
                            OutboundText(
                                text=m.body,
                                key=m.template_key or "",
                                language=m.language or "en",
                                segments=m.segments or 0,
                                media_urls=tuple(item["url"] for item in m.media),
                            )
                            for m in replies
                        ),
                        inbound.intent,
                        inbound.language or "en",
                        inbound.id,
                        duplicate=True,
                    )
            await asyncio.sleep(0.2)

    async def _apologise(self, message: InboundMessage, inbound_id: int) -> TurnResult:
        """A turn that failed still gets an answer; the stored message keeps status 'failed'."""
        async with self.services.sessionmaker.begin() as session:
            inbound = await session.get(Message, inbound_id)
            assert inbound is not None
            inbound.status = "failed"
            resident = await session.get(Resident, inbound.resident_id)
            assert resident is not None
            if resident.opted_out:
                return TurnResult((), None, resident.language or "en", inbound_id)
            language = message.language_hint or resident.language or "en"
            rendered = self._render([Reply("errors/sorry")], language, {})
            self._store_replies(session, resident.id, message, inbound_id, rendered, None)
        return TurnResult(tuple(rendered), None, language, inbound_id)


async def _retry_if_locked(attempt: Callable[[], Awaitable[T]]) -> T:
    """Run a transaction again when SQLite refuses it as "database is locked".

    In WAL mode a transaction whose snapshot went stale while another connection wrote is
    refused at once (SQLITE_BUSY_SNAPSHOT), without waiting for the busy timeout. A turn is one
    transaction and its slow side effects go through the outbox, so running it again is safe.
    PostgreSQL never raises this.
    """
    for tries in range(LOCKED_RETRIES - 1):
        try:
            return await attempt()
        except OperationalError as exc:
            if "database is locked" not in str(exc):
                raise
            await asyncio.sleep(random.uniform(0.01, 0.05) * 2**tries)
    return await attempt()


def _moved_on(outcome: DialogOutcome, understanding: Understanding) -> bool:
    if not outcome.unanswered:
        return False
    if not outcome.replies:
        return True
    return (
        understanding.confidence >= MOVED_ON_CONFIDENCE
        and understanding.intent not in outcome.own_intents | NOT_A_NEW_QUESTION
    )


def _phrased_keyword(understanding: Understanding) -> KeywordMatch | None:
    """A keyword intent the model found in a longer phrase ("reply in spanish please")."""
    intent = understanding.intent
    language: Literal["en", "es"] = "es" if understanding.language == "es" else "en"
    if intent == "opt_out":
        return KeywordMatch("opt_out", "", language)
    if intent == "opt_in":
        return KeywordMatch("opt_in", "", language)
    requested = understanding.entities.requested_language
    if intent == "set_language" and requested in FULL_LANGUAGES:
        return KeywordMatch("set_language", "", "es" if requested == "es" else "en", requested)
    return None


def _view(resident: Resident) -> ResidentView:
    return ResidentView(
        id=resident.id,
        address=resident.address,
        language=resident.language,
        language_chosen=resident.language_chosen,
        opted_out=resident.opted_out,
        handoff_state=resident.handoff_state,
    )
