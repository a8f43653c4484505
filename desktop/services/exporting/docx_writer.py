"""The proposal as an editable Word document (python-docx).

Headings use Word's own Title and Heading styles and tables a built-in table style, so a TKI can
paste the parts into a call template and they take on that template's look. python-docx escapes
text itself; control characters, which XML cannot hold, are removed first.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from desktop.services.exporting import outline
from desktop.services.exporting.cells import xml_safe
from desktop.services.exporting.proposal import Proposal
from desktop.services.exporting.scene_image import scene_png

TABLE_STYLE = "Light List Accent 1"
FACTS_STYLE = "Table Grid"
A4_WIDTH, A4_HEIGHT, MARGIN = Cm(21.0), Cm(29.7), Cm(2.0)
PICTURE_HEIGHT = 255.0  # points, about 9 cm


def _table(document, block: outline.Table) -> None:
    rows = [block.header, *block.rows, *([block.total] if block.total else [])]
    table = document.add_table(rows=len(rows), cols=len(block.header))
    table.style = document.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    last = len(rows) - 1
    widths = []
    if block.widths:
        usable = A4_WIDTH - 2 * MARGIN
        widths = [int(usable * weight / sum(block.widths)) for weight in block.widths]
    for r, (values, row) in enumerate(zip(rows, table.rows, strict=True)):
        for c, (value, cell) in enumerate(zip(values, row.cells, strict=True)):
            cell.text = xml_safe(value)
            if widths:
                cell.width = widths[c]
            paragraph = cell.paragraphs[0]
            if c in block.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if block.total and r == last:
                for run in paragraph.runs:
                    run.bold = True
    # The header row repeats on every page the table runs over.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _facts(document, block: outline.Facts) -> None:
    table = document.add_table(rows=len(block.pairs), cols=2)
    for r, (label, value) in enumerate(block.pairs):
        label_cell, value_cell = table.cell(r, 0), table.cell(r, 1)
        label_cell.text = xml_safe(label)
        label_cell.paragraphs[0].runs[0].bold = True
        value_cell.text = xml_safe(value)
        label_cell.width, value_cell.width = Cm(4), Cm(13)


def write_docx(proposal: Proposal, language: str, path: Path) -> None:
    words = outline.words_for(proposal, language)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    document.styles["Normal"].font.size = Pt(10)
    properties = document.core_properties
    properties.title = xml_safe(proposal.title)
    properties.subject = words("proposal")
    properties.author = "HelixMatch"
    properties.language = language
    section.footer.paragraphs[0].text = outline.footer(proposal, words)
    for block in outline.outline(proposal, words):
        match block:
            case outline.Heading(text=text, level=level):
                document.add_heading(xml_safe(text), level)
            case outline.Paragraph(text=text, emphasis=emphasis):
                paragraph = document.add_paragraph()
                paragraph.add_run(xml_safe(text)).bold = emphasis
            case outline.Bullets(items=items):
                for item in items:
                    document.add_paragraph(xml_safe(item), style="List Bullet")
            case outline.Facts():
                _facts(document, block)
                document.add_paragraph()
            case outline.Table():
                _table(document, block)
                document.add_paragraph()
            case outline.Picture(scene=scene, caption=caption):
                usable = (A4_WIDTH - 2 * MARGIN) / Pt(1)
                scale = min(1.0, usable / scene.width, PICTURE_HEIGHT / scene.height)
                document.add_picture(io.BytesIO(scene_png(scene)), width=Pt(scene.width * scale))
                document.add_paragraph(xml_safe(caption), style="Caption")
    document.save(str(path))
