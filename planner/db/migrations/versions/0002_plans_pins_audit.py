"""Planning and accountability: plans with their assignments, pins, audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("reference_plan_id", sa.Integer(), nullable=True),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("bounds", sa.JSON(), nullable=False),
        sa.Column("solve_seconds", sa.Float(), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("published_by", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "status IN ('optimal', 'feasible', 'cancelled', 'failed')",
            name=op.f("ck_plans_status_code"),
        ),
        sa.ForeignKeyConstraint(
            ["reference_plan_id"],
            ["plans.id"],
            name=op.f("fk_plans_reference_plan_id_plans"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_key", sa.String(length=200), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_audit_log_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_log_entry_hash")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "plan_households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("flight_id", sa.Integer(), nullable=True),
        sa.Column("shelter_id", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("overflow_person_nights", sa.Integer(), nullable=False),
        sa.Column("overflow_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["flight_id"],
            ["flights.id"],
            name=op.f("fk_plan_households_flight_id_flights"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_plan_households_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_households_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shelter_id"],
            ["shelters.id"],
            name=op.f("fk_plan_households_shelter_id_shelters"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_households")),
        sa.UniqueConstraint("plan_id", "household_id", name="uq_plan_households_key"),
    )
    with op.batch_alter_table("plan_households", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_households_flight_id"), ["flight_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_households_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_households_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_households_shelter_id"), ["shelter_id"], unique=False
        )

    op.create_table(
        "pins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("flight_id", sa.Integer(), nullable=True),
        sa.Column("shelter_id", sa.Integer(), nullable=True),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'flight' AND household_id IS NOT NULL AND flight_id IS NOT NULL) OR (kind = 'shelter' AND household_id IS NOT NULL AND shelter_id IS NOT NULL) OR (kind = 'slot' AND person_id IS NOT NULL AND slot_id IS NOT NULL)",
            name=op.f("ck_pins_target_matches_kind"),
        ),
        sa.CheckConstraint("kind IN ('flight', 'shelter', 'slot')", name=op.f("ck_pins_kind_code")),
        sa.ForeignKeyConstraint(
            ["flight_id"],
            ["flights.id"],
            name=op.f("fk_pins_flight_id_flights"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_pins_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_pins_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shelter_id"],
            ["shelters.id"],
            name=op.f("fk_pins_shelter_id_shelters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["document_slots.id"],
            name=op.f("fk_pins_slot_id_document_slots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pins")),
        sa.UniqueConstraint("kind", "household_id", "person_id", name="uq_pins_subject"),
    )
    with op.batch_alter_table("pins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pins_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pins_person_id"), ["person_id"], unique=False)

    op.create_table(
        "plan_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_plan_persons_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_persons_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["document_slots.id"],
            name=op.f("fk_plan_persons_slot_id_document_slots"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_persons")),
        sa.UniqueConstraint("plan_id", "person_id", name="uq_plan_persons_key"),
    )
    with op.batch_alter_table("plan_persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_persons_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_persons_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_persons_slot_id"), ["slot_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_persons_slot_id"))
        batch_op.drop_index(batch_op.f("ix_plan_persons_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_persons_person_id"))

    op.drop_table("plan_persons")
    with op.batch_alter_table("pins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pins_person_id"))
        batch_op.drop_index(batch_op.f("ix_pins_household_id"))

    op.drop_table("pins")
    with op.batch_alter_table("plan_households", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_households_shelter_id"))
        batch_op.drop_index(batch_op.f("ix_plan_households_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_households_household_id"))
        batch_op.drop_index(batch_op.f("ix_plan_households_flight_id"))

    op.drop_table("plan_households")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("plans")
