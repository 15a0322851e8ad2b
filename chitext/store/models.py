"""The gateway's own tables: residents, every message, dialog state, outbox jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chitext.store.base import Base, UTCDateTime, utcnow


class Resident(Base):
    """One person we talk to, keyed by their address on a channel (E.164 for SMS/WhatsApp)."""

    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(64), unique=True)
    language: Mapped[str | None] = mapped_column(String(8))
    # True once the resident chose a language explicitly (ESPAÑOL / "reply in spanish"):
    # detection then no longer overrides it.
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    opted_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Where the opt-out came from: "keyword", "carrier" (Twilio error 21610), ...
    opt_out_source: Mapped[str | None] = mapped_column(String(32))
    # Human handoff: None, "requested" (waiting for an operator) or "active" (an operator
    # answers; the engine stays quiet except for carrier keywords and emergencies).
    handoff_state: Mapped[str | None] = mapped_column(String(16))
    handoff_reason: Mapped[str | None] = mapped_column(String(64))
    handoff_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Message(Base):
    """Every inbound and outbound message, stored before anything can fail."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_resident_created", "resident_id", "created_at"),
        Index("ix_messages_provider_id", "provider_id"),
        Index("ix_messages_in_reply_to", "in_reply_to_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # "in" / "out"
    channel: Mapped[str] = mapped_column(String(16))  # sms, whatsapp, web, api, chat, admin
    # Idempotency for inbound traffic: "twilio:<MessageSid>", "api:<key id>:<client id>".
    # Unique in the database so two instances on one PostgreSQL process a retry once.
    dedupe_key: Mapped[str | None] = mapped_column(String(160), unique=True)
    provider_id: Mapped[str | None] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text, default="")
    media: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    intent: Mapped[str | None] = mapped_column(String(40))
    confidence: Mapped[float | None] = mapped_column()
    language: Mapped[str | None] = mapped_column(String(8))
    template_key: Mapped[str | None] = mapped_column(String(80))
    segments: Mapped[int | None] = mapped_column(Integer)
    # Inbound: received → processed. Outbound: the reply's delivery status, which only moves
    # forward (queued → sending → sent → delivered / undelivered / failed; read for WhatsApp).
    status: Mapped[str] = mapped_column(String(16))
    error_code: Mapped[str | None] = mapped_column(String(16))
    in_reply_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL")
    )
    sent_by: Mapped[str | None] = mapped_column(String(120))  # staff email for operator replies
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class DialogState(Base):
    """The one open multi-turn dialog of a resident, if any, with its expiry."""

    __tablename__ = "dialog_states"

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class OutboxJob(Base):
    """Slow work done after the webhook answered: CSR submits, outbound sends, notifications."""

    __tablename__ = "outbox_jobs"
    __table_args__ = (Index("ix_outbox_jobs_due", "status", "run_after"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # pending → running → done; a failure goes back to pending with a later run_after
    # until max_attempts, then "dead" (kept for operators to see and retry).
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=12)
    run_after: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # A running job whose lease ran out (its worker died) is taken again.
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
