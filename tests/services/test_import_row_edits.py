"""A review of an import: errors shown beside the likely duplicates, single rows put right or left
out and the rest imported; SME status derived from employees where the file says nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.models import Organisation
from desktop.services.importing.organisation_import import (
    Action,
    DuplicatePolicy,
    import_organisations,
)
from desktop.services.importing.problems import ERROR, ImportRefused, describe_problem
from desktop.services.importing.row_edits import RowEdits

ROWS = (
    "naam;kvk;plaats\n"
    "Kaasmakerij Noord;12345678;Leeuwarden\n"
    "Fout BV;123;Delft\n"  # row 3: a KvK number that is none
    "Stichting Deltares;;Delft\n"  # row 4: the built-in Deltares
    "Dubbel BV;12345678;Delft\n"  # row 5: the KvK number of row 2
)


def stored_names(database) -> set[str]:
    with database.transaction() as session:
        return set(session.exec(select(Organisation.name).where(Organisation.origin == "import")))


def test_a_review_shows_errors_and_likely_duplicates_together(database, tmp_path) -> None:
    path = tmp_path / "leden.csv"
    path.write_text(ROWS, encoding="utf-8")
    checked = import_organisations(
        database, path, policy=DuplicatePolicy.KEEP, dry_run=True, allow_errors=True
    )
    errors = [(p.row, p.field, p.code) for p in checked.prepared.problems if p.severity == ERROR]
    assert errors == [(5, "kvk", "duplicate_id"), (3, "kvk", "bad_kvk")]
    assert [o.row for o in checked.outcomes] == [2, 4]  # the rows without errors
    assert checked.outcomes[1].match.name == "Deltares"
    with pytest.raises(ImportRefused):  # the import itself still refuses rows with errors
        import_organisations(database, path)
    assert stored_names(database) == set()


def test_rows_put_right_or_left_out_let_the_rest_be_imported(database, tmp_path) -> None:
    path = tmp_path / "leden.csv"
    path.write_text(ROWS, encoding="utf-8")
    edits = RowEdits().with_value(3, "kvk", "87654321").with_skipped(5, True)
    result = import_organisations(database, path, edits=edits)
    assert [(o.row, o.action) for o in result.outcomes] == [
        (2, Action.CREATED), (3, Action.CREATED), (4, Action.SKIPPED),
    ]  # fmt: skip
    assert stored_names(database) == {"Kaasmakerij Noord", "Fout BV"}
    with database.transaction() as session:
        fixed = session.exec(select(Organisation).where(Organisation.name == "Fout BV")).one()
    assert fixed.kvk == "87654321"


def test_leaving_out_the_first_of_two_rows_with_one_id_clears_the_second(database, tmp_path):
    path = tmp_path / "leden.csv"
    path.write_text(ROWS, encoding="utf-8")
    edits = RowEdits().with_skipped(2, True).with_skipped(3, True).with_skipped(3, False)
    assert edits.skipped == {2}
    edits = edits.with_skipped(3, True)
    result = import_organisations(database, path, edits=edits)
    assert [o.row for o in result.outcomes] == [4, 5]


def test_sme_status_follows_from_employees_when_the_file_says_nothing(database, tmp_path):
    path = tmp_path / "mkb.csv"
    path.write_text(
        "naam;medewerkers;mkb;soort\n"
        "Twaalf BV;12;;\n"
        "Groot BV;1200;;\n"
        "Gezegd BV;12;nee;\n"
        "Onbekend BV;;;\n"
        "Type BV;;;mkb\n"
        "Hogeschool West;12;;hogeschool\n",
        encoding="utf-8",
    )
    result = import_organisations(database, path)
    assert [describe_problem(p) for p in result.prepared.problems] == [
        "mkb.csv row 2, column 'medewerkers': warning: no SME status given; with 12 employees it "
        "is taken as SME: yes (EU definition: fewer than 250 employees)",
        "mkb.csv row 3, column 'medewerkers': warning: no SME status given; with 1200 employees "
        "it is taken as SME: no (EU definition: fewer than 250 employees)",
    ]
    with database.transaction() as session:
        sme = dict(session.exec(select(Organisation.name, Organisation.is_sme)).all())
    assert [sme[name] for name in ("Twaalf BV", "Groot BV", "Gezegd BV", "Onbekend BV",
                                   "Type BV", "Hogeschool West")] == [
        True, False, False, None, True, None,
    ]  # fmt: skip
