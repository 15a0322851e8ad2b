"""Core tables: residents, messages, dialog state, outbox jobs.

Revision ID: 0001_core
Revises:
"""

import sqlalchemy as sa
from alembic import op

from chitext.store.base import UTCDateTime

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "residents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("language_chosen", sa.Boolean(), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("opted_out_at", UTCDateTime()),
        sa.Column("opted_in_at", UTCDateTime()),
        sa.Column("opt_out_source", sa.String(32)),
        sa.Column("handoff_state", sa.String(16)),
        sa.Column("handoff_reason", sa.String(64)),
        sa.Column("handoff_updated_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_residents")),
        sa.UniqueConstraint("address", name=op.f("uq_residents_address")),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(3), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("dedupe_key", sa.String(160)),
        sa.Column("provider_id", sa.String(64)),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("media", sa.JSON(), nullable=False),
        sa.Column("intent", sa.String(40)),
        sa.Column("confidence", sa.Float()),
        sa.Column("language", sa.String(8)),
        sa.Column("template_key", sa.String(80)),
        sa.Column("segments", sa.Integer()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_code", sa.String(16)),
        sa.Column("in_reply_to_id", sa.Integer()),
        sa.Column("sent_by", sa.String(120)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"],
            name=op.f("fk_messages_resident_id_residents"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["in_reply_to_id"], ["messages.id"],
            name=op.f("fk_messages_in_reply_to_id_messages"), ondelete="SET NULL",
        ),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_messages_dedupe_key")),
    )
    op.create_index("ix_messages_resident_created", "messages", ["resident_id", "created_at"])
    op.create_index("ix_messages_provider_id", "messages", ["provider_id"])
    op.create_index("ix_messages_in_reply_to", "messages", ["in_reply_to_id"])
    op.create_table(
        "dialog_states",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("step", sa.String(40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("retries", sa.Integer(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("resident_id", name=op.f("pk_dialog_states")),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"],
            name=op.f("fk_dialog_states_resident_id_residents"), ondelete="CASCADE",
        ),
    )
    op.create_table(
        "outbox_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", UTCDateTime(), nullable=False),
        sa.Column("lease_expires_at", UTCDateTime()),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_jobs")),
    )
    op.create_index("ix_outbox_jobs_due", "outbox_jobs", ["status", "run_after"])


def downgrade() -> None:
    op.drop_table("outbox_jobs")
    op.drop_table("dialog_states")
    op.drop_index("ix_messages_in_reply_to", "messages")
    op.drop_index("ix_messages_provider_id", "messages")
    op.drop_index("ix_messages_resident_created", "messages")
    op.drop_table("messages")
    op.drop_table("residents")
