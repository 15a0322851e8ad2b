"""The admin's tables: staff accounts, template versions (the editors' history), audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chitext.store.base import Base, UTCDateTime, utcnow

ROLES = ("editor", "admin")


class StaffUser(Base):
    """A 311 staff member who signs in to /admin/ (content editor or administrator)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-cased
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # one of ROLES
    # Deactivated accounts keep their history (versions, audit) but cannot sign in.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class TemplateVersion(Base):
    """One saved state of a template in one language; the newest per pair is in effect.

    `body` NULL means "the shipped default": a reset is recorded as a version too, so the
    history reads as what residents got, and a later deploy's new default takes effect.
    """

    __tablename__ = "template_versions"
    __table_args__ = (Index("ix_template_versions_key_language", "key", "language", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))  # save, rollback, reset, import
    comment: Mapped[str | None] = mapped_column(String(500))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    # Kept as text too: the history stays readable for command-line imports (no account).
    author_email: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(Base):
    """A staff action: sign-in (and failures, which also drive sign-in rate limiting),
    template saves, rollbacks, imports, user changes, handoff actions."""

    __tablename__ = "admin_audit"
    __table_args__ = (
        Index("ix_admin_audit_created", "created_at"),
        Index("ix_admin_audit_action_created", "action", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_email: Mapped[str | None] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(40))
    # What the action was about: an email, "keywords/help (es)", a resident id ...
    subject: Mapped[str | None] = mapped_column(String(254))
    ip: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
