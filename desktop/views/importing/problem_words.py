"""What is wrong with a row or a column of an import, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.importing.problems import Problem, describe_problem
from desktop.views.importing.field_words import FieldWords


class ProblemWords(QObject):
    """``describe(problem)``: the problem without its place (row and column are shown apart)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields = FieldWords(self)

    def _templates(self) -> dict[str, str]:
        return {
            "unknown_encoding": self.tr("cannot tell the text encoding (%1); save it as CSV UTF-8"),
            "old_excel": self.tr("an old Excel workbook (.xls); save it as .xlsx or CSV UTF-8"),
            "not_xlsx": self.tr("not a readable Excel workbook: %1"),
            "unknown_sheet": self.tr("no sheet '%1' (sheets: %2)"),
            "cell_without_header": self.tr("a value in column %1, which has no header"),
            "empty": self.tr("no header row"),
            "malformed_csv": self.tr("not valid CSV: %1"),
            "missing_field": self.tr("no column is chosen for this required field"),
            "ignored_column": self.tr("not imported: no field chosen"),
            "unknown_field": self.tr("'%1' is not a field"),
            "field_mapped_twice": self.tr("'%1' is also chosen for column '%2'"),
            "unknown_default": self.tr("a default for '%1', which is not a field"),
            "unknown_mapped_column": self.tr("the mapping names a column this file does not have"),
            "bad_mapping": self.tr("not a usable mapping file: %1"),
            "unknown_place": self.tr(
                "'%1' is no Dutch town or municipality; the organisation gets no region"
            ),
            "ambiguous_place": self.tr(
                "'%1' is a town in more than one municipality (%2); give the province or "
                "municipality to place the organisation"
            ),
            "wrong_field_count": self.tr("%1 fields where the header has %2"),
            "required": self.tr("a value is required"),
            "unknown_value": self.tr("unknown value '%1' (expected one of: %2)"),
            "not_integer": self.tr("'%1' is not a whole number"),
            "out_of_range": self.tr("'%1' is out of range (%2)"),
            "not_boolean": self.tr("'%1' is not yes/no (expected: %2)"),
            "bad_kvk": self.tr("'%1' is not a KvK number of 8 digits"),
            "kvk_zeros_restored": self.tr(
                "the workbook holds %1 as a number, which drops leading zeros; read as KvK "
                "number %2"
            ),
            "kvk_zero_restored": self.tr(
                "'%1' has seven digits: Excel drops the leading zero of a KvK number when it "
                "saves CSV; read as KvK number %2"
            ),
            "sme_from_employees:yes": self.tr(
                "no SME status given; with %1 employees it is taken as an SME (EU definition: "
                "fewer than 250 employees)"
            ),
            "sme_from_employees:no": self.tr(
                "no SME status given; with %1 employees it is taken as no SME (EU definition: "
                "fewer than 250 employees)"
            ),
            "bad_pic": self.tr("'%1' is not a PIC of 9 digits"),
            "bad_ror": self.tr("'%1' is not a ROR id like https://ror.org/05mf3wf75"),
            "bad_postcode": self.tr("'%1' is not a Dutch postcode like '1234 AB'"),
            "bad_website": self.tr("'%1' is not a web address"),
            "kind_mismatch": self.tr("type '%1' belongs to helix kind '%2'"),
            "province_mismatch": self.tr("the municipality lies in province %2, not '%1'"),
            "duplicate_id": self.tr("'%1' occurs more than once in this file (first in row %2)"),
            "conflict": self.tr("conflicts with an organisation already stored (%1)"),
        }

    def describe(self, problem: Problem) -> str:
        templates = self._templates()
        template = templates.get(f"{problem.code}:{problem.expected}", templates.get(problem.code))
        if template is None:
            return describe_problem(problem)
        value, expected = problem.value or "", problem.expected or ""
        if problem.code == "field_mapped_twice":
            value = self._fields.word(value)
        return template.replace("%1", value).replace("%2", expected)
