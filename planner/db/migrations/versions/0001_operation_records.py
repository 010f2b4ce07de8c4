"""Records of the operation: settings, households, persons, flights, shelters,
document slots, import batches

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("ready_after_hours", sa.Float(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_document_slots_capacity_non_negative")),
        sa.CheckConstraint(
            "ready_after_hours >= 0", name=op.f("ck_document_slots_ready_non_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_slots")),
        sa.UniqueConstraint("slot_id", name=op.f("uq_document_slots_slot_id")),
    )
    with op.batch_alter_table("document_slots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_slots_starts_at"), ["starts_at"], unique=False
        )

    op.create_table(
        "flights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flight_no", sa.String(length=16), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=True),
        sa.Column("origin", sa.String(length=3), nullable=False),
        sa.Column("destination", sa.String(length=3), nullable=False),
        sa.Column("departs_at", sa.DateTime(), nullable=False),
        sa.Column("departure_date", sa.Date(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("medical_capacity", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'confirmed', 'cancelled', 'departed')",
            name=op.f("ck_flights_status_code"),
        ),
        sa.CheckConstraint(
            "medical_capacity IS NULL OR medical_capacity >= 0",
            name=op.f("ck_flights_medical_non_negative"),
        ),
        sa.CheckConstraint("seats >= 0", name=op.f("ck_flights_seats_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flights")),
        sa.UniqueConstraint("flight_no", "departure_date", name="uq_flights_key"),
    )
    with op.batch_alter_table("flights", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_flights_departure_date"), ["departure_date"], unique=False
        )

    op.create_table(
        "households",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("implicit", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
        sa.UniqueConstraint("code", name=op.f("uq_households_code")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=100), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("skip_invalid", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_sha256"), ["sha256"], unique=False)

    op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("origin_airport", sa.String(length=3), nullable=False),
        sa.Column("default_destination", sa.String(length=3), nullable=False),
        sa.Column("default_nationality", sa.String(length=3), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("plan_start", sa.Date(), nullable=True),
        sa.Column("checkin_buffer_hours", sa.Float(), nullable=False),
        sa.Column("weights", sa.JSON(), nullable=False),
        sa.Column("minor_age", sa.Integer(), nullable=False),
        sa.Column("infant_age", sa.Integer(), nullable=False),
        sa.Column("elderly_age", sa.Integer(), nullable=False),
        sa.Column("child_shelter_age", sa.Integer(), nullable=False),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column("next_case_number", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "checkin_buffer_hours >= 0", name=op.f("ck_settings_buffer_non_negative")
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_settings_single_row")),
        sa.CheckConstraint(
            "infant_age > 0 AND infant_age < minor_age AND minor_age <= elderly_age",
            name=op.f("ck_settings_ages_ordered"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
    )
    op.create_table(
        "shelters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("accepts", sa.String(length=20), nullable=False),
        sa.Column("medical_care", sa.Boolean(), nullable=False),
        sa.Column("open_from", sa.Date(), nullable=True),
        sa.Column("open_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "accepts IN ('any', 'women_children', 'men')", name=op.f("ck_shelters_accepts_code")
        ),
        sa.CheckConstraint("beds >= 0", name=op.f("ck_shelters_beds_non_negative")),
        sa.CheckConstraint(
            "open_from IS NULL OR open_until IS NULL OR open_from <= open_until",
            name=op.f("ck_shelters_open_period"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelters")),
        sa.UniqueConstraint("name", name=op.f("uq_shelters_name")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_no", sa.String(length=32), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("nationality", sa.String(length=3), nullable=False),
        sa.Column("passport_no", sa.String(length=32), nullable=True),
        sa.Column("document_status", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("destinations", sa.String(length=100), nullable=True),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("cleared_from", sa.Date(), nullable=True),
        sa.Column("needs_shelter", sa.Boolean(), nullable=False),
        sa.Column("medical", sa.Boolean(), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("trafficking_victim", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("departed_flight_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("source_file", sa.String(length=500), nullable=True),
        sa.Column("source_sheet", sa.String(length=100), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "document_status IN ('valid', 'expired', 'missing', 'lost', 'confiscated')",
            name=op.f("ck_persons_document_status_code"),
        ),
        sa.CheckConstraint("sex IN ('M', 'F')", name=op.f("ck_persons_sex_code")),
        sa.ForeignKeyConstraint(
            ["departed_flight_id"],
            ["flights.id"],
            name=op.f("fk_persons_departed_flight_id_flights"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_persons_household_id_households"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_persons_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("case_no", name=op.f("uq_persons_case_no")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_persons_departed_flight_id"), ["departed_flight_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_persons_household_id"), ["household_id"], unique=False)
        batch_op.create_index("ix_persons_name_dob", ["name_key", "date_of_birth"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_passport_no"), ["passport_no"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_passport_no"))
        batch_op.drop_index("ix_persons_name_dob")
        batch_op.drop_index(batch_op.f("ix_persons_household_id"))
        batch_op.drop_index(batch_op.f("ix_persons_departed_flight_id"))

    op.drop_table("persons")
    op.drop_table("shelters")
    op.drop_table("settings")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_sha256"))

    op.drop_table("import_batches")
    op.drop_table("households")
    with op.batch_alter_table("flights", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flights_departure_date"))

    op.drop_table("flights")
    with op.batch_alter_table("document_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_slots_starts_at"))

    op.drop_table("document_slots")
