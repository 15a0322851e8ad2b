"""Admin tables: staff accounts, template versions, audit log.

Revision ID: 0004_admin
Revises: 0001_core
"""

import sqlalchemy as sa
from alembic import op

from chitext.store.base import UTCDateTime

revision = "0004_admin"
down_revision = "0001_core"
branch_labels = ("admin",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_sign_in_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("email", name=op.f("uq_staff_users_email")),
    )
    op.create_table(
        "template_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("body", sa.Text()),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("comment", sa.String(500)),
        sa.Column("author_id", sa.Integer()),
        sa.Column("author_email", sa.String(254), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_versions")),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["staff_users.id"],
            name=op.f("fk_template_versions_author_id_staff_users"),
            ondelete="SET NULL",
        ),
    )
    op.create_index(
        "ix_template_versions_key_language", "template_versions", ["key", "language", "id"]
    )
    op.create_table(
        "admin_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_email", sa.String(254)),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(254)),
        sa.Column("ip", sa.String(64)),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_audit")),
    )
    op.create_index("ix_admin_audit_created", "admin_audit", ["created_at"])
    op.create_index("ix_admin_audit_action_created", "admin_audit", ["action", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_admin_audit_action_created", table_name="admin_audit")
    op.drop_index("ix_admin_audit_created", table_name="admin_audit")
    op.drop_table("admin_audit")
    op.drop_index("ix_template_versions_key_language", table_name="template_versions")
    op.drop_table("template_versions")
    op.drop_table("staff_users")
