"""Bundled CSR: service requests, their notes, and work-order steps (csr_client/server/tables.py).

Revision ID: 0002_bundled_csr
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from chitext.store.base import UTCDateTime

revision = "0002_bundled_csr"
down_revision = "0001_core"
branch_labels = ("csr",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "csr_service_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_request_id", sa.String(16)),
        sa.Column("token", sa.String(32), nullable=False),
        sa.Column("service_code", sa.String(64), nullable=False),
        sa.Column("service_name", sa.Text(), nullable=False),
        sa.Column("department", sa.Text(), nullable=False),
        sa.Column("agency_responsible", sa.Text(), nullable=False),
        sa.Column("service_notice", sa.Text()),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("status_notes", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.Column("address", sa.Text()),
        sa.Column("address_id", sa.Text()),
        sa.Column("lat", sa.Float()),
        sa.Column("long", sa.Float()),
        sa.Column("media_url", sa.Text()),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("email", sa.Text()),
        sa.Column("phone", sa.Text()),
        sa.Column("first_name", sa.Text()),
        sa.Column("last_name", sa.Text()),
        sa.Column("device_id", sa.Text()),
        sa.Column("account_id", sa.Text()),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("expected_at", UTCDateTime()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_csr_service_requests")),
        sa.UniqueConstraint(
            "service_request_id", name=op.f("uq_csr_service_requests_service_request_id")
        ),
        sa.UniqueConstraint("token", name=op.f("uq_csr_service_requests_token")),
    )
    for column in ("service_code", "status", "requested_at", "updated_at"):
        op.create_index(op.f(f"ix_csr_service_requests_{column}"), "csr_service_requests", [column])

    op.create_table(
        "csr_request_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("description", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_csr_request_notes")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["csr_service_requests.id"],
            name=op.f("fk_csr_request_notes_request_id_csr_service_requests"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_csr_request_notes_request_id"), "csr_request_notes", ["request_id"])

    op.create_table(
        "csr_work_order_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("completed_at", UTCDateTime()),
        sa.Column("completed_by", sa.Text()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_csr_work_order_steps")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["csr_service_requests.id"],
            name=op.f("fk_csr_work_order_steps_request_id_csr_service_requests"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "request_id", "position", name=op.f("uq_csr_work_order_steps_request_id")
        ),
    )
    op.create_index(
        op.f("ix_csr_work_order_steps_request_id"), "csr_work_order_steps", ["request_id"]
    )


def downgrade() -> None:
    op.drop_table("csr_work_order_steps")
    op.drop_table("csr_request_notes")
    op.drop_table("csr_service_requests")
