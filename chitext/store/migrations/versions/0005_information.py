"""Information answers: CAPS beat meetings and city events (chitext/info/models.py).

Revision ID: 0005_information
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from chitext.store.base import UTCDateTime

revision = "0005_information"
down_revision = "0001_core"
branch_labels = ("information",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "beat_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("beat", sa.String(4), nullable=False),
        sa.Column("district", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date()),
        sa.Column("weekday", sa.Integer()),
        sa.Column("week_of_month", sa.Integer()),
        sa.Column("months", sa.String(8)),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_beat_meetings")),
    )
    op.create_index("ix_beat_meetings_beat", "beat_meetings", ["beat"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_es", sa.Text()),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("neighbourhood", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("ward", sa.Integer()),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime()),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_events_uid")),
    )
    op.create_index("ix_events_starts_at", "events", ["starts_at"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("beat_meetings")
