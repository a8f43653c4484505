"""organisation: built-in funders and state bodies get their own types

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 17:00:00

Matching never suggests a ``funder`` or a ``state_body`` (they fund or oversee consortia, they do
not join them). The built-in organisations below had other types before; they are retyped by ROR
id only where they still carry the built-in kind and type, so a user's own edits stay.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# ROR id: (kind before, type before, type now); the kind now is government for every one.
RETYPED = {
    "04jsz6e67": ("government", "other", "funder"),  # NWO
    "01yaj9a77": ("society", "ngo", "funder"),  # ZonMw
    "03r6vqn56": ("knowledge", "research_institute", "funder"),  # Regieorgaan SIA
    "00yqqb480": ("government", "other", "funder"),  # NRO
    "01epydt92": ("society", "other", "funder"),  # Open Science NL
    "057tq3593": ("society", "foundation", "funder"),  # Technology Foundation STW
    "00mvd2t81": ("government", "other", "funder"),  # RVO
    "02h1t6f69": ("society", "foundation", "funder"),  # Waddenfonds
    "05mv4rb84": (
        "government",
        "other",
        "state_body",
    ),  # College ter Beoordeling van Geneesmiddelen
    "03kfjwh70": ("government", "other", "state_body"),  # College voor de Rechten van de Mens
    "02bc7xp68": ("government", "other", "state_body"),  # Dutch Healthcare Authority
    "041agrq44": ("government", "other", "state_body"),  # Eerste Kamer
    "00f6d9d53": ("government", "other", "state_body"),  # House of Representatives
    "045vgz384": ("government", "other", "state_body"),  # Nederlandse Regering
    "02dcm1f53": ("government", "other", "state_body"),  # International Criminal Court
    "02rqftv84": ("government", "other", "state_body"),  # OPCW
    "05sj3q575": ("government", "other", "state_body"),  # Europol
    "01z0wsw92": ("government", "other", "state_body"),  # European Medicines Agency
    "04w3ppj64": ("government", "other", "state_body"),  # Onderwijsraad
    "054zz9x25": ("government", "other", "state_body"),  # WRR
    "007xad319": ("government", "other", "state_body"),  # Health Council
    "03qdk1w56": ("government", "other", "state_body"),  # Health Care Inspectorate
    "05x74wc07": ("government", "other", "state_body"),  # Inspectorate of Education
    "03v2e2v10": ("government", "other", "state_body"),  # NVWA
    "05sej3528": ("government", "other", "state_body"),  # COKZ
    "00jmt8d06": ("government", "other", "state_body"),  # Rijksinspectie Digitale Infrastructuur
}

_RETYPE = sa.text(
    "UPDATE organisation SET kind = :new_kind, type = :new_type, version = version + 1, "
    "updated_at = :now WHERE ror_id = :ror_id AND origin = 'reference' "
    "AND kind = :old_kind AND type = :old_type"
).bindparams(sa.bindparam("now", type_=sa.DateTime(timezone=True)))


def _retype(forward: bool) -> None:
    now = datetime.now(UTC)
    for ror_id, (kind, old_type, new_type) in RETYPED.items():
        before, after = (kind, old_type), ("government", new_type)
        old, new = (before, after) if forward else (after, before)
        op.execute(
            _RETYPE.bindparams(
                ror_id=ror_id,
                old_kind=old[0],
                old_type=old[1],
                new_kind=new[0],
                new_type=new[1],
                now=now,
            )
        )


def upgrade() -> None:
    _retype(forward=True)


def downgrade() -> None:
    _retype(forward=False)
