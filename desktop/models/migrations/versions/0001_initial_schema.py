"""initial schema: reference data, organisations, projects

Revision ID: 0001
Revises:
Create Date: 2026-11-22 15:29:04.904751
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "helixmatch_info",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.bulk_insert(
        sa.table("helixmatch_info", sa.column("key"), sa.column("value")),
        [{"key": "application", "value": "helixmatch"}],
    )
    op.create_table(
        "instrument",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("source_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_instrument")),
    )
    op.create_table(
        "region",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("province_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("cbs_code", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("nuts2", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("cluster_type", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("municipality_codes", sa.JSON(), nullable=False),
        sa.Column("topsector_codes", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["province_code"], ["region.code"], name=op.f("fk_region_province_code_region")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_region")),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_region_province_code"), ["province_code"], unique=False
        )

    op.create_table(
        "technology",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_technology")),
    )
    op.create_table(
        "theme",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_theme")),
    )
    op.create_table(
        "topsector",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_en", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_topsector")),
    )
    op.create_table(
        "mission",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("theme_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target_year", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["theme_code"], ["theme.code"], name=op.f("fk_mission_theme_code_theme")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_mission")),
    )
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_theme_code"), ["theme_code"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("short_name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("type", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("kvk", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
        sa.Column("pic", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("postcode", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("municipality_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("province_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("is_sme", sa.Boolean(), nullable=True),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["region.code"],
            name=op.f("fk_organisation_municipality_code_region"),
        ),
        sa.ForeignKeyConstraint(
            ["province_code"], ["region.code"], name=op.f("fk_organisation_province_code_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("external_id", name=op.f("uq_organisation_external_id")),
        sa.UniqueConstraint("kvk", name=op.f("uq_organisation_kvk")),
        sa.UniqueConstraint("pic", name=op.f("uq_organisation_pic")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_municipality_code"), ["municipality_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_origin"), ["origin"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_province_code"), ["province_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_type"), ["type"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("acronym", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("programme", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("instrument_code", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["instrument_code"],
            ["instrument.code"],
            name=op.f("fk_project_instrument_code_instrument"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("external_id", name=op.f("uq_project_external_id")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_instrument_code"), ["instrument_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_programme"), ["programme"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_start_year"), ["start_year"], unique=False)

    op.create_table(
        "tki",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("topsector_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("website", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["topsector_code"], ["topsector.code"], name=op.f("fk_tki_topsector_code_topsector")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_tki")),
    )
    with op.batch_alter_table("tki", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tki_topsector_code"), ["topsector_code"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("function", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "organisation_mission",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("mission_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_code"],
            ["mission.code"],
            name=op.f("fk_organisation_mission_mission_code_mission"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_mission_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "mission_code", name=op.f("pk_organisation_mission")
        ),
    )
    with op.batch_alter_table("organisation_mission", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_mission_mission_code"), ["mission_code"], unique=False
        )

    op.create_table(
        "organisation_region",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_region_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["region.code"], name=op.f("fk_organisation_region_region_code_region")
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "region_code", name=op.f("pk_organisation_region")
        ),
    )
    with op.batch_alter_table("organisation_region", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_region_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "organisation_technology",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("technology_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_technology_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["technology_code"],
            ["technology.code"],
            name=op.f("fk_organisation_technology_technology_code_technology"),
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "technology_code", name=op.f("pk_organisation_technology")
        ),
    )
    with op.batch_alter_table("organisation_technology", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_technology_technology_code"),
            ["technology_code"],
            unique=False,
        )

    op.create_table(
        "organisation_topsector",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("topsector_code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_topsector_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topsector_code"],
            ["topsector.code"],
            name=op.f("fk_organisation_topsector_topsector_code_topsector"),
        ),
        sa.PrimaryKeyConstraint(
            "organisation_id", "topsector_code", name=op.f("pk_organisation_topsector")
        ),
    )
    with op.batch_alter_table("organisation_topsector", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_topsector_topsector_code"), ["topsector_code"], unique=False
        )

    op.create_table(
        "participation",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("contribution", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_participation_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "organisation_id", name=op.f("pk_participation")),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participation_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_organisation_id"))

    op.drop_table("participation")
    with op.batch_alter_table("organisation_topsector", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_topsector_topsector_code"))

    op.drop_table("organisation_topsector")
    with op.batch_alter_table("organisation_technology", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_technology_technology_code"))

    op.drop_table("organisation_technology")
    with op.batch_alter_table("organisation_region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_region_region_code"))

    op.drop_table("organisation_region")
    with op.batch_alter_table("organisation_mission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_mission_mission_code"))

    op.drop_table("organisation_mission")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_organisation_id"))

    op.drop_table("contact")
    with op.batch_alter_table("tki", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tki_topsector_code"))

    op.drop_table("tki")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_start_year"))
        batch_op.drop_index(batch_op.f("ix_project_programme"))
        batch_op.drop_index(batch_op.f("ix_project_origin"))
        batch_op.drop_index(batch_op.f("ix_project_instrument_code"))

    op.drop_table("project")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_type"))
        batch_op.drop_index(batch_op.f("ix_organisation_province_code"))
        batch_op.drop_index(batch_op.f("ix_organisation_origin"))
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_organisation_kind"))
        batch_op.drop_index(batch_op.f("ix_organisation_country"))

    op.drop_table("organisation")
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_theme_code"))

    op.drop_table("mission")
    op.drop_table("topsector")
    op.drop_table("theme")
    op.drop_table("technology")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_province_code"))
        batch_op.drop_index(batch_op.f("ix_region_name"))
        batch_op.drop_index(batch_op.f("ix_region_kind"))

    op.drop_table("region")
    op.drop_table("instrument")
    op.drop_table("helixmatch_info")
