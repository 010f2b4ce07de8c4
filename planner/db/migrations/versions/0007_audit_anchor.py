"""The audit log's anchor: its number of entries and newest hash, kept with every append
(issue 18); an existing operation gets the anchor of the log it holds now

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_anchor_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    bind = op.get_bind()
    entries = bind.execute(sa.text("SELECT count(*) FROM audit_log")).scalar() or 0
    newest = bind.execute(sa.text(
        "SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1")).scalar()
    bind.execute(sa.text("INSERT INTO audit_anchor (id, entries, entry_hash) "
                         "VALUES (1, :entries, :hash)"),
                 {"entries": int(entries), "hash": newest or GENESIS})


def downgrade() -> None:
    op.drop_table("audit_anchor")
