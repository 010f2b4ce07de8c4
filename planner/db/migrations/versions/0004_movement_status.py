"""Movement status of persons, flights closed for boarding, manifest revisions, the
operation's reference code (SPEC 8)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03

Every person becomes ``registered``, or ``flown`` when the operation already knows the
departed flight they left on (``departed_flight_id``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATUSES = ("registered", "called", "checked_in", "no_show", "flown", "arrived",
            "self_departed", "withdrawn", "missing")


def upgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False,
                                      server_default="registered"))
        batch_op.add_column(sa.Column("status_flight_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("standby", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("no_show_count", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.create_foreign_key(
            batch_op.f("fk_persons_status_flight_id_flights"), "flights",
            ["status_flight_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index(batch_op.f("ix_persons_status_flight_id"),
                              ["status_flight_id"], unique=False)
        batch_op.create_check_constraint(
            "status_code", "status IN (" + ", ".join(f"'{s}'" for s in STATUSES) + ")")
    op.execute("UPDATE persons SET status = 'flown', status_flight_id = departed_flight_id "
               "WHERE departed_flight_id IS NOT NULL")
    with op.batch_alter_table("flights", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reference_code", sa.String(length=16), nullable=True))
    op.create_table(
        "manifest_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flight_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("case_nos", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["flight_id"], ["flights.id"],
                                name=op.f("fk_manifest_revisions_flight_id_flights"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"],
                                name=op.f("fk_manifest_revisions_plan_id_plans"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manifest_revisions")),
        sa.UniqueConstraint("flight_id", "revision", name="uq_manifest_revisions_key"),
    )
    with op.batch_alter_table("manifest_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_manifest_revisions_flight_id"), ["flight_id"],
                              unique=False)
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("flight_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"],
                                name=op.f("fk_status_changes_person_id_persons"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["flight_id"], ["flights.id"],
                                name=op.f("fk_status_changes_flight_id_flights"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_changes_person_id"), ["person_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_status_changes_at"), ["at"], unique=False)


def downgrade() -> None:
    op.drop_table("status_changes")
    op.drop_table("manifest_revisions")
    with op.batch_alter_table("settings", schema=None) as batch_op:
        batch_op.drop_column("reference_code")
    with op.batch_alter_table("flights", schema=None) as batch_op:
        batch_op.drop_column("closed_at")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_constraint("status_code", type_="check")
        batch_op.drop_index(batch_op.f("ix_persons_status_flight_id"))
        batch_op.drop_constraint(batch_op.f("fk_persons_status_flight_id_flights"),
                                 type_="foreignkey")
        batch_op.drop_column("no_show_count")
        batch_op.drop_column("standby")
        batch_op.drop_column("status_flight_id")
        batch_op.drop_column("status")
