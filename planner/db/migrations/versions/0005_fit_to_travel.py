"""Fit to travel (issue 17): a person's medical clearance date and the operation's setting

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("medical_clearance", sa.Date(), nullable=True))
    with op.batch_alter_table("settings") as batch:
        batch.add_column(sa.Column("fit_to_travel_required", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("fit_to_travel_days", sa.Integer(), nullable=False,
                                   server_default="7"))


def downgrade() -> None:
    with op.batch_alter_table("settings") as batch:
        batch.drop_column("fit_to_travel_days")
        batch.drop_column("fit_to_travel_required")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("medical_clearance")
