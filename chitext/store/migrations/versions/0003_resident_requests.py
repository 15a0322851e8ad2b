"""Service requests residents made through ChiTEXT (chitext/servicerequests/models.py).

Revision ID: 0003_resident_requests
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from chitext.store.base import UTCDateTime

revision = "0003_resident_requests"
down_revision = "0001_core"
branch_labels = ("requests",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resident_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(64), nullable=False),
        sa.Column("service_kind", sa.String(32), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("long", sa.Float(), nullable=False),
        sa.Column("media_urls", sa.JSON(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("token", sa.String(64)),
        sa.Column("tracking_number", sa.String(32)),
        sa.Column("csr_status", sa.String(16)),
        sa.Column("notify", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_requests")),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_requests_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_resident_requests_tracking_number")),
    )
    op.create_index(op.f("ix_resident_requests_resident_id"), "resident_requests", ["resident_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_resident_requests_resident_id"), "resident_requests")
    op.drop_table("resident_requests")
