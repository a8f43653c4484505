"""The proposal as an Excel workbook (openpyxl): a partners sheet and a budget sheet.

The budget's totals and shares are formulas, so they stay right when a user edits an amount.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from desktop.services.exporting import outline
from desktop.services.exporting.cells import xml_safe
from desktop.services.exporting.proposal import Proposal
from desktop.services.exporting.worksheets import header, put
from desktop.services.words.catalogue import Words

MONEY = '"€" #,##0.00'
SHARE = "0.0%"


def _partners(workbook: Workbook, proposal: Proposal, words: Words) -> None:
    sheet = workbook.active
    sheet.title = words("partners_sheet")
    titles = [
        words("organisation"), words("helix_kind"), words("type"), words("role"),
        words("province"), words("city"), words("country"), words("sme"), words("kvk"),
        words("website"),
    ]  # fmt: skip
    widths = [36, 16, 24, 14, 16, 16, 8, 8, 12, 30]
    if proposal.with_contacts:
        titles += [
            words("contact_name"), words("contact_function"), words("contact_email"),
            words("contact_phone"),
        ]  # fmt: skip
        widths += [24, 20, 28, 16]
    header(sheet, titles, widths)
    for row, member in enumerate(proposal.members, start=2):
        org = member.organisation
        values = [
            outline.name(member, words), words.kind(org.kind), words.type(org.type),
            words.role(org.role), org.province or "", org.city or "", org.country,
            words.yes_no(org.is_sme), org.kvk or "", org.website or "",
        ]  # fmt: skip
        if proposal.with_contacts:
            contact = org.contact
            values += (
                [contact.name, contact.function or "", contact.email or "", contact.phone or ""]
                if contact
                else ["", "", "", ""]
            )
        for column, value in enumerate(values, start=1):
            put(sheet, row, column, value)
    sheet.auto_filter.ref = sheet.dimensions


def _budget(workbook: Workbook, proposal: Proposal, words: Words) -> None:
    sheet = workbook.create_sheet(words("budget_sheet"))
    titles = [words("organisation"), words("role"), words("cash"), words("in_kind")]
    header(sheet, [*titles, words("total"), words("share")], [36, 14, 16, 16, 16, 10])
    first, last = 2, len(proposal.members) + 1
    total_row = last + 1
    for row, member in enumerate(proposal.members, start=first):
        org = member.organisation
        put(sheet, row, 1, outline.name(member, words))
        put(sheet, row, 2, words.role(org.role))
        sheet.cell(row=row, column=3, value=org.budget_cash).number_format = MONEY
        sheet.cell(row=row, column=4, value=org.budget_in_kind).number_format = MONEY
        sheet.cell(row=row, column=5, value=f"=C{row}+D{row}").number_format = MONEY
        share = f'=IF($E${total_row}=0,"",E{row}/$E${total_row})'
        sheet.cell(row=row, column=6, value=share).number_format = SHARE
    put(sheet, total_row, 1, words("total"))
    for column in "CDE":
        cell = sheet[f"{column}{total_row}"]
        cell.value = f"=SUM({column}{first}:{column}{last})"
        cell.number_format = MONEY
    share = sheet[f"F{total_row}"]
    share.value = f'=IF($E${total_row}=0,"",SUM(F{first}:F{last}))'
    share.number_format = SHARE
    line = Border(top=Side(style="medium"))
    for column in range(1, 7):
        cell = sheet.cell(row=total_row, column=column)
        cell.font, cell.border = Font(bold=True), line


def _summary(workbook: Workbook, proposal: Proposal, words: Words) -> None:
    """What the proposal is about: its title, the knowledge question, instrument and notes."""
    sheet = workbook.create_sheet(words("summary_sheet"))
    question = proposal.question
    rows = [
        (words("proposal"), proposal.title),
        (words("question"), outline.question_title(proposal, words)),
        (words("question_text"), question.text if question else ""),
        (words("instrument"), outline.instrument_name(proposal, words)),
        (words("mission"), f"{proposal.mission.code}: {proposal.mission.title}"
         if proposal.mission else ""),
        (words("notes"), proposal.description),
    ]  # fmt: skip
    for row, (label, value) in enumerate(rows, start=1):
        put(sheet, row, 1, label)
        put(sheet, row, 2, value)
        sheet.cell(row=row, column=1).font = Font(bold=True)
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 90


def write_xlsx(proposal: Proposal, language: str, path: Path) -> None:
    words = outline.words_for(proposal, language)
    workbook = Workbook()
    workbook.properties.title = xml_safe(proposal.title)
    workbook.properties.creator = "HelixMatch"
    _partners(workbook, proposal, words)
    _budget(workbook, proposal, words)
    _summary(workbook, proposal, words)
    workbook.save(path)
