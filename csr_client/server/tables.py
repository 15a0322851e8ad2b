"""The bundled CSR's tables, on the gateway's shared declarative base (names prefixed `csr_`).

Migration: `chitext/store/migrations/versions/0002_bundled_csr.py` creates exactly these.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from chitext.store.base import Base, UTCDateTime


class CsrServiceRequest(Base):
    """One resident's service request and where it stands."""

    __tablename__ = "csr_service_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Null only inside the creating transaction: the tracking number is built from `id`.
    service_request_id: Mapped[str | None] = mapped_column(String(16), unique=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    service_code: Mapped[str] = mapped_column(String(64), index=True)
    service_name: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(Text)
    agency_responsible: Mapped[str] = mapped_column(Text)
    service_notice: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), index=True)
    status_notes: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    address_id: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    long: Mapped[float | None] = mapped_column(Float)
    media_url: Mapped[str | None] = mapped_column(Text)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON)
    channel: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    first_name: Mapped[str | None] = mapped_column(Text)
    last_name: Mapped[str | None] = mapped_column(Text)
    device_id: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[str | None] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    expected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # Every read needs both lists, and async sessions cannot lazy-load: load them with the row.
    notes: Mapped[list[CsrRequestNote]] = relationship(
        back_populates="request",
        lazy="selectin",
        order_by="CsrRequestNote.id",
        cascade="all, delete-orphan",
    )
    steps: Mapped[list[CsrWorkOrderStep]] = relationship(
        back_populates="request",
        lazy="selectin",
        order_by="CsrWorkOrderStep.position",
        cascade="all, delete-orphan",
    )


class CsrRequestNote(Base):
    """An entry in a request's history (Chicago's `notes`): opened, activity, closed..."""

    __tablename__ = "csr_request_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("csr_service_requests.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    type: Mapped[str] = mapped_column(String(32))
    summary: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)

    request: Mapped[CsrServiceRequest] = relationship(back_populates="notes")


class CsrWorkOrderStep(Base):
    """One step of the department's checklist for a request."""

    __tablename__ = "csr_work_order_steps"
    __table_args__ = (UniqueConstraint("request_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("csr_service_requests.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_by: Mapped[str | None] = mapped_column(Text)

    request: Mapped[CsrServiceRequest] = relationship(back_populates="steps")
