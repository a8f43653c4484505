"""A database made before funders and state bodies had types of their own gets them when opened,
except where the user changed the organisation's type."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from desktop.models import Organisation
from desktop.models.database import create_db_engine
from desktop.services.lifecycle.opening import open_database
from tests.schemas import downgrade

NWO, RVO, INSPECTORATE = "04jsz6e67", "00mvd2t81", "05x74wc07"


def _types(database_url: str) -> dict[str, tuple[str, str]]:
    opened = open_database(database_url).database
    try:
        with opened.transaction() as session:
            wanted = Organisation.ror_id.in_([NWO, RVO, INSPECTORATE])
            found = session.exec(select(Organisation).where(wanted)).all()
            return {o.ror_id: (o.kind, o.type) for o in found}
    finally:
        opened.close()


def test_built_in_funders_and_state_bodies_are_retyped_unless_the_user_typed_them(
    database_url: str,
) -> None:
    opened = open_database(database_url).database
    with opened.transaction() as session:  # the user's own type for RVO
        rvo = session.exec(select(Organisation).where(Organisation.ror_id == RVO)).one()
        rvo.kind, rvo.type = "society", "ngo"
    opened.close()
    downgrade(database_url, "0008")
    engine = create_db_engine(database_url)
    with engine.connect() as connection:  # NWO typed as before, in the database as it was
        before = connection.execute(
            text("SELECT type FROM organisation WHERE ror_id = :r"), {"r": NWO}
        )
        assert before.scalar_one() == "other"
    engine.dispose()

    assert _types(database_url) == {
        NWO: ("government", "funder"),
        RVO: ("society", "ngo"),
        INSPECTORATE: ("government", "state_body"),
    }
