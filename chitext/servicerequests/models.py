"""The resident's side of a service request: what they reported through ChiTEXT and where it is.

A confirmed report is stored here first (status "queued") and only then sent to the CSR by the
outbox, so a CSR outage or a restart never loses what the resident typed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from chitext.store.base import Base, UTCDateTime, utcnow

# Lifecycle of the submission (not of the city's work on it: that is `csr_status`).
QUEUED = "queued"  # stored, waiting for the CSR
AWAITING_ID = "awaiting_id"  # the CSR answered with a token; the id comes later
SUBMITTED = "submitted"  # the CSR gave a tracking number
FAILED = "failed"  # the CSR refused it; the resident was told


class ResidentRequest(Base):
    __tablename__ = "resident_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), index=True
    )
    service_code: Mapped[str] = mapped_column(String(64))
    # The intake kind ("pothole", "graffiti", ...), for the resident-facing name.
    service_kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    long: Mapped[float] = mapped_column(Float)
    media_urls: Mapped[list[str]] = mapped_column(JSON, default=list)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default=QUEUED)
    token: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    # The CSR's own state ("open"/"closed") as last seen, so each change is texted once.
    csr_status: Mapped[str | None] = mapped_column(String(16))
    notify: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
