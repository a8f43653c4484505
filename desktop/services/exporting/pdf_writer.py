"""The proposal as an A4 PDF (reportlab): cover facts, tables, lists, pictures as vector
drawings, a footer on every page.

Every text is XML-escaped, since reportlab paragraphs read markup. Lines break at spaces; a word
too long for its column is hyphenated in the document's language
(``desktop.services.exporting.hyphenation``), never cut in the middle of a syllable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desktop.services.exporting import outline
from desktop.services.exporting.cells import xml_safe
from desktop.services.exporting.fonts import BOLD, BOLD_FILE, REGULAR, REGULAR_FILE
from desktop.services.exporting.hyphenation import ColumnHyphenator
from desktop.services.exporting.proposal import Proposal
from desktop.services.exporting.scene_drawing import scene_drawing

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b8c4d0")
MARGIN = 18 * mm
PICTURE_HEIGHT = 90 * mm  # a picture leaves room on its page for what it explains
CELL_PADDING = 6  # reportlab's padding left and right in a table cell
BULLET_INDENT = 12

# (text, style, width): the text as a paragraph of that style in a column that wide
MakeParagraph = Callable[[str, "str | int", float], Paragraph]


def _register_fonts() -> None:
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(REGULAR_FILE)))
        pdfmetrics.registerFont(TTFont(BOLD, str(BOLD_FILE)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def _styles() -> dict[str | int, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13, spaceAfter=4, splitLongWords=0
    )
    return {
        "body": body,
        "emphasis": ParagraphStyle("emphasis", body, fontName=BOLD, textColor=ACCENT),
        "caption": ParagraphStyle(
            "caption", body, fontSize=8, leading=10, textColor=colors.grey, spaceBefore=2
        ),
        "cell": ParagraphStyle("cell", body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "number": ParagraphStyle(
            "number", body, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head", body, fontName=BOLD, fontSize=8.5, leading=10.5, textColor=colors.white
        ),
        "head_number": ParagraphStyle(
            "head_number",
            body,
            fontName=BOLD,
            fontSize=8.5,
            leading=10.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        0: ParagraphStyle("title", body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=10),
        1: ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        2: ParagraphStyle("h2", body, fontName=BOLD, fontSize=10.5, spaceBefore=6, spaceAfter=2),
    }


def _text(value: str) -> str:
    return escape(xml_safe(value)).replace("\n", "<br/>")


def _paragraphs(styles: dict[str | int, ParagraphStyle], language: str) -> MakeParagraph:
    """Paragraphs whose long words are hyphenated to fit their column."""
    fitted: dict[tuple[str | int, float], ParagraphStyle] = {}

    def paragraph(text: str, style: str | int, width: float) -> Paragraph:
        key = (style, round(width, 1))
        if key not in fitted:
            base = styles[style]
            hyphenator = ColumnHyphenator(language, base.fontName, base.fontSize, width)
            fitted[key] = ParagraphStyle(f"{base.name}-{key[1]}", base, hyphenationLang=hyphenator)
        return Paragraph(_text(text), fitted[key])

    return paragraph


def _table(block: outline.Table, paragraph: MakeParagraph, width: float) -> Table:
    weights = block.widths or (1.0,) * len(block.header)
    columns = [width * w / sum(weights) for w in weights]

    def cell(value: str, column: int, style: str = "cell") -> Paragraph:
        chosen = style
        if column in block.numeric:
            chosen = "number" if style == "cell" else "head_number"
        return paragraph(value, chosen, columns[column] - 2 * CELL_PADDING)

    data = [[cell(v, i, "head") for i, v in enumerate(block.header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in block.rows]
    if block.total:
        data.append([cell(v, i) for i, v in enumerate(block.total)])
    table = Table(data, colWidths=columns, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f5f8")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if block.total:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1.0, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e4ebf2")),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _facts(block: outline.Facts, paragraph: MakeParagraph, width: float) -> Table:
    columns = [width * 0.22, width * 0.78]
    label_width, value_width = (column - 2 * CELL_PADDING for column in columns)
    data = [
        [paragraph(label, "emphasis", label_width), paragraph(value, "body", value_width)]
        for label, value in block.pairs
    ]
    table = Table(data, colWidths=columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _flowable(block: outline.Block, paragraph: MakeParagraph, width: float) -> list[Flowable]:
    match block:
        case outline.Heading(text=text, level=level):
            return [paragraph(text, level, width)]
        case outline.Paragraph(text=text, emphasis=emphasis):
            return [paragraph(text, "emphasis" if emphasis else "body", width)]
        case outline.Bullets(items=items):
            inner = width - BULLET_INDENT
            entries = [ListItem(paragraph(i, "body", inner)) for i in items]
            return [ListFlowable(entries, bulletType="bullet", leftIndent=BULLET_INDENT)]
        case outline.Facts():
            return [_facts(block, paragraph, width), Spacer(1, 6)]
        case outline.Table():
            return [_table(block, paragraph, width), Spacer(1, 6)]
        case outline.Picture(scene=scene, caption=caption):
            drawing = scene_drawing(scene, width, PICTURE_HEIGHT)
            caption_paragraph = paragraph(caption, "caption", width)
            return [KeepTogether([drawing, caption_paragraph]), Spacer(1, 6)]
    raise TypeError(f"unknown block {block!r}")


def _story(blocks: list[outline.Block], paragraph: MakeParagraph, width: float) -> list[Flowable]:
    """The flowables of the blocks; a heading is kept on one page with what follows it."""
    story: list[Flowable] = []
    headings: list[Flowable] = []
    for block in blocks:
        flowables = _flowable(block, paragraph, width)
        if isinstance(block, outline.Heading) and block.level > 0:
            headings += flowables
            continue
        if headings:
            story.append(KeepTogether([*headings, flowables[0]]))
            flowables, headings = flowables[1:], []
        story += flowables
    return story + headings


def write_pdf(proposal: Proposal, language: str, path: Path) -> None:
    _register_fonts()
    words = outline.words_for(proposal, language)
    styles = _styles()
    footer = outline.footer(proposal, words)
    title = proposal.title

    def decorate(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, 10 * mm, footer)
        page = words("page", number=document.page)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, page)
        canvas.restoreState()

    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="HelixMatch",
        subject=words("proposal"),
        lang=language,
    )
    paragraph = _paragraphs(styles, language)
    story = _story(outline.outline(proposal, words), paragraph, document.width)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
