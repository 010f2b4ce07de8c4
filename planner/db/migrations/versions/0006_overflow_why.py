"""Overflow reasons as a code with facts (issue 15)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

``plan_households.overflow_why`` holds why a household has no bed as a reason's JSON
(``{"code": ..., **facts}``), rendered per language from its template. Plans stored
before keep their English sentence in ``overflow_reason`` and show it as it was stored:
no sentence is read back into facts (docs/decisions.md, "Reasons as codes with facts").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_households") as batch:
        batch.add_column(sa.Column("overflow_why", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_households") as batch:
        batch.drop_column("overflow_why")
