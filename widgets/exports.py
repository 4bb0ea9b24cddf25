"""Exports of one exercise: Markdown, Excel (openpyxl), Word (python-docx) and PDF (fpdf2).

All three hold the learner's answers and the results, with Latvian letters
intact and numbers formatted as Latvians write them. Learner text is escaped
in Markdown (which may be shown as HTML). openpyxl, fpdf and matplotlib are
imported inside the functions.
"""

from __future__ import annotations

import io
import os
from datetime import date
from typing import Any

from .blocks import Block, Chart, Check, Metric, Note, Section, Swatches, Table, Text
from .exercise import Exercise
from .fields import TableField

MIME = {
    "md": "text/markdown",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EXCEL_FORMATS = {"money": '#,##0.00 "€"', "percent": '0.0 "%"', "number": "#,##0.##", "integer": "#,##0"}


def _valid_colours(block: Swatches) -> list[tuple[str, str]]:
    """The swatches whose code is a valid ``#RRGGBB`` hex code, upper-cased."""
    from .fields import normalise_hex

    return [(name, code) for name, code in ((n, normalise_hex(c)) for n, c in block.colours) if code]


def filename(exercise: Exercise, ext: str) -> str:
    """A file name the learner recognises: ``E28_Produkta_izmaksu_un_cenas_kalkulators.pdf``."""
    title = "".join(ch if ch.isalnum() else "_" for ch in exercise.title).strip("_")
    while "__" in title:
        title = title.replace("__", "_")
    return f"{exercise.id}_{title}.{ext}"


def answer_rows(exercise: Exercise, values: dict[str, Any]) -> list[tuple[str, Any]]:
    """(label, display text or table) for each answered field."""
    rows = []
    for f in exercise.fields:
        value = values.get(f.name)
        if isinstance(f, TableField):
            table = Table(f.label, [c.label for c in f.columns],
                          [[c.display(row.get(c.name)) for c in f.columns] for row in value or []])
            rows.append((f.label, table))
        else:
            rows.append((f.label, f.display(value)))
    return rows


# --- Markdown --------------------------------------------------------------

def _md_escape(text: str) -> str:
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("|", "\\|").replace("\n", " <br> "))


def _md_table(table: Table) -> str:
    from .render_html import cell_link

    def cell(r: int, c: int, text: str) -> str:
        link = cell_link(table, r, c)
        return f"[{_md_escape(text)}]({link.replace(' ', '%20').replace(')', '%29')})" if link else _md_escape(text)

    lines = [f"**{_md_escape(table.title)}**", "", "| " + " | ".join(_md_escape(c) for c in table.columns) + " |",
             "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(cell(r, c, text) for c, text in enumerate(row)) + " |" for r, row in enumerate(table.rows)]
    return "\n".join(lines)


def to_markdown(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> str:
    """The exercise as a Markdown document."""
    out = [f"# {exercise.id}. {exercise.title}", "", f"Sagatavots {date.today():%d.%m.%Y}.", "", "## Manas atbildes", ""]
    for label, value in answer_rows(exercise, values):
        if isinstance(value, Table):
            out += [_md_table(value), ""]
        else:
            out.append(f"- **{_md_escape(label)}:** {_md_escape(value)}")
    out += ["", "## Rezultāti", ""]
    for block in blocks:
        if isinstance(block, Metric):
            note = f" ({_md_escape(block.note)})" if block.note else ""
            out.append(f"- **{_md_escape(block.label)}:** {_md_escape(block.value)}{note}")
        elif isinstance(block, Table):
            out += ["", _md_table(block), ""]
        elif isinstance(block, Text):
            body = "\n".join("> " + _md_escape(line) if line else ">" for line in block.body.split("\n"))
            out += ["", f"**{_md_escape(block.title)}**", "", body, ""]
        elif isinstance(block, Check):
            out.append(f"- {'✔' if block.ok else '✘'} {_md_escape(block.label)}: {_md_escape(block.message)}")
        elif isinstance(block, Note):
            out += ["", f"*{_md_escape(block.text)}*", ""]
        elif isinstance(block, Swatches):
            out += ["", f"**{_md_escape(block.title)}**", ""]
            out += [f"- {_md_escape(name)}: `{code}`" for name, code in _valid_colours(block)]
            if block.font_family:
                out.append(f"- Burtveidols: {_md_escape(block.font_family)}")
            out.append("")
        elif isinstance(block, Chart):
            out += ["", f"*Diagramma: {_md_escape(block.title)} (skatiet PDF vai lietotni).*", ""]
        elif isinstance(block, Section):
            out += ["", "#" * (2 + min(max(block.level, 1), 3)) + f" {_md_escape(block.title)}", ""]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


# --- Excel -----------------------------------------------------------------

def to_xlsx(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> bytes:
    """The exercise as an Excel workbook: a sheet of answers and one of results."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Atbildes"
    ws.append([f"{exercise.id}. {exercise.title}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    for label, value in answer_rows(exercise, values):
        if isinstance(value, Table):
            ws.append([label])
            ws.cell(ws.max_row, 1).font = bold
            ws.append(value.columns)
            for row in value.rows:
                ws.append(row)
            ws.append([])
        else:
            ws.append([label, value])
            ws.cell(ws.max_row, 1).font = bold
            ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 60

    rs = wb.create_sheet("Rezultāti")
    for block in blocks:
        if isinstance(block, Metric):
            rs.append([block.label, block.value, block.note])
            rs.cell(rs.max_row, 1).font = bold
        elif isinstance(block, Table):
            rs.append([])
            rs.append([block.title])
            rs.cell(rs.max_row, 1).font = bold
            rs.append(block.columns)
            for r, row in enumerate(block.rows):
                cells = []
                for c, text in enumerate(row):
                    number = block.numbers[r][c] if block.numbers else None
                    cells.append(number if number is not None else text)
                rs.append(cells)
                for c, _ in enumerate(row):
                    kind = block.number_formats[c] if block.number_formats else None
                    if kind in EXCEL_FORMATS and block.numbers and block.numbers[r][c] is not None:
                        rs.cell(rs.max_row, c + 1).number_format = EXCEL_FORMATS[kind]
        elif isinstance(block, Text):
            rs.append([])
            rs.append([block.title])
            rs.cell(rs.max_row, 1).font = bold
            rs.append([block.body])
            rs.cell(rs.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        elif isinstance(block, Check):
            rs.append(["✔" if block.ok else "✘", block.label, block.message])
        elif isinstance(block, Note):
            rs.append([block.text])
        elif isinstance(block, Swatches):
            rs.append([])
            rs.append([block.title])
            rs.cell(rs.max_row, 1).font = bold
            for name, code in _valid_colours(block):
                rs.append([name, code, block.sample])
                rs.cell(rs.max_row, 2).fill = PatternFill("solid", fgColor=code[1:])
        elif isinstance(block, Section):
            if block.level <= 1:  # a part of a long result: a sheet of its own
                if rs.max_row > 1 or rs["A1"].value is not None:
                    rs = wb.create_sheet(_sheet_name(wb, block.title))
                else:
                    rs.title = _sheet_name(wb, block.title)
                rs.append([block.title])
                rs["A1"].font = Font(bold=True, size=13)
            else:
                rs.append([])
                rs.append([block.title])
                rs.cell(rs.max_row, 1).font = Font(bold=True, size=12)
    for sheet in wb.worksheets[1:]:
        for col, width in zip("ABCDEFGH", (34, 22, 40, 18, 18, 18, 18, 18)):
            sheet.column_dimensions[col].width = width
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _sheet_name(wb: Any, title: str) -> str:
    """An Excel sheet name from a title: at most 31 characters, none of ``[]:*?/\\``, unique in the workbook."""
    name = " ".join("".join(" " if ch in "[]:*?/\\" else ch for ch in title).split()).strip("'")[:31].strip() or "Daļa"
    taken, base, n = {s.title for s in wb.worksheets}, name, 2
    while name in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


# --- PDF -------------------------------------------------------------------

def _font_dir() -> str:
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def to_pdf(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> bytes:
    """The exercise as a PDF (DejaVu Sans, which has every Latvian letter)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from .render_html import chart_png

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    fonts = _font_dir()
    pdf.add_font("DejaVu", "", os.path.join(fonts, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(fonts, "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"{exercise.id}. {exercise.title}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, f"{exercise.id}. {exercise.title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, f"Sagatavots {date.today():%d.%m.%Y}.", new_x="LMARGIN", new_y="NEXT")
    sections = any(isinstance(b, Section) for b in blocks)
    if sections:  # a long result: a table of contents (and the PDF's outline) from its sections
        _toc_placeholder(pdf)

    def heading(text: str) -> None:
        pdf.ln(2)
        if sections:
            pdf.start_section(text, level=0)
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    def table(block: Table) -> None:
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(0, 6, block.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8 if len(block.columns) > 5 else 9)
        with pdf.table(headings_style=FontFace(emphasis="BOLD", fill_color=(239, 231, 220)), line_height=5,
                       text_align="LEFT") as t:
            t.row(block.columns)
            for row in block.rows:
                t.row([c if c else " " for c in row])
        pdf.set_font("DejaVu", "", 10)
        pdf.ln(2)

    heading("Manas atbildes")
    for label, value in answer_rows(exercise, values):
        if isinstance(value, Table):
            table(value)
        else:
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, value or "—", new_x="LMARGIN", new_y="NEXT")
    heading("Rezultāti")
    seen_part = False
    for block in blocks:
        if isinstance(block, Metric):
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, f"{block.label}: {block.value}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            if block.note:
                pdf.multi_cell(0, 5, block.note, new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Table):
            pdf.ln(2)
            table(block)
        elif isinstance(block, Text):
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, block.title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, block.body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif isinstance(block, Check):
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, f"{'✔' if block.ok else '✘'} {block.label}: {block.message}", new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Note):
            pdf.set_font("DejaVu", "", 8)
            pdf.multi_cell(0, 4, block.text, new_x="LMARGIN", new_y="NEXT")
        elif isinstance(block, Swatches):
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 6, block.title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            for name, code in _valid_colours(block):
                if pdf.will_page_break(10):
                    pdf.add_page()
                x, y = pdf.get_x(), pdf.get_y()
                pdf.set_fill_color(*(int(code[i:i + 2], 16) for i in (1, 3, 5)))
                pdf.rect(x, y, 16, 8, style="DF")
                pdf.set_xy(x + 19, y + 1)
                pdf.cell(0, 6, f"{name}: {code}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        elif isinstance(block, Chart):
            pdf.image(io.BytesIO(chart_png(block)), w=170)
        elif isinstance(block, Section):
            level = 1 if block.level <= 1 or not seen_part else 2  # outline levels must nest (fpdf2 is strict)
            seen_part = True
            if level == 1 and pdf.get_y() > 60:
                pdf.add_page()  # each part starts on a page of its own
            if pdf.will_page_break(20):
                pdf.add_page()
            pdf.ln(3)
            pdf.start_section(block.title, level=level)
            pdf.set_font("DejaVu", "B", 14 if level == 1 else 11)
            pdf.multi_cell(0, 8 if level == 1 else 6, block.title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
    return bytes(pdf.output())


def _toc_placeholder(pdf: Any) -> None:
    """Reserve room for the table of contents ("Saturs"), filled in by fpdf2 once every section is known."""
    from fpdf.fonts import TextStyle
    from fpdf.outline import TableOfContents

    toc = TableOfContents(text_style=TextStyle(font_family="DejaVu", font_size_pt=9), level_indent=6, line_spacing=1.4)

    def render(pdf: Any, outline: list) -> None:
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 9, "Saturs", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        toc.render_toc(pdf, outline)

    pdf.insert_toc_placeholder(render, pages=1, allow_extra_pages=True)


# --- Word ------------------------------------------------------------------

_NOT_XML = str.maketrans({c: None for c in [*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]})


def _x(text: Any) -> str:
    """Text Word can hold: XML 1.0 forbids most control characters (python-docx would refuse them)."""
    return "".join(ch for ch in str(text).translate(_NOT_XML) if not 0xD800 <= ord(ch) <= 0xDFFF)


def _docx_shade(cell: Any, hex_code: str) -> None:
    """Fill a Word table cell with a colour (``#RRGGBB``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_code[1:])
    cell._tc.get_or_add_tcPr().append(shading)


def _docx_table(doc: Any, block: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.add_paragraph().add_run(_x(block.title)).bold = True
    table = doc.add_table(rows=1, cols=max(len(block.columns), 1))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.columns):
        cell.text = ""
        cell.paragraphs[0].add_run(_x(text)).bold = True
        _docx_shade(cell, "#EFE7DC")
    for r, row in enumerate(block.rows):
        cells = table.add_row().cells
        for c, (cell, text) in enumerate(zip(cells, row)):
            cell.text = _x(text)
            if block.numbers is not None and block.numbers[r][c] is not None:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def to_docx(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> bytes:
    """The exercise as a Word document (python-docx): headings, tables, texts, checks, notes and charts."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    from .render_html import chart_png

    doc = Document()
    doc.core_properties.title = _x(f"{exercise.id}. {exercise.title}")
    doc.core_properties.language = "lv-LV"
    doc.add_heading(_x(f"{exercise.id}. {exercise.title}"), 0)
    doc.add_paragraph(f"Sagatavots {date.today():%d.%m.%Y}.")

    def labelled(label: str, text: str, note: str = "") -> None:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(_x(f"{label}: ")).bold = True
        p.add_run(_x(text))
        if note:
            p.add_run(_x(f" ({note})")).italic = True

    doc.add_heading("Manas atbildes", 1)
    for label, value in answer_rows(exercise, values):
        if isinstance(value, Table):
            _docx_table(doc, value)
        else:
            labelled(label, value or "—")
    doc.add_heading("Rezultāti", 1)
    for block in blocks:
        if isinstance(block, Metric):
            labelled(block.label, block.value, block.note)
        elif isinstance(block, Table):
            _docx_table(doc, block)
        elif isinstance(block, Text):
            doc.add_paragraph().add_run(_x(block.title)).bold = True
            for para in block.body.split("\n\n"):
                doc.add_paragraph(_x(para), style="Quote")
        elif isinstance(block, Check):
            p = doc.add_paragraph()
            mark = p.add_run("✔ " if block.ok else "✘ ")
            mark.bold = True
            mark.font.color.rgb = RGBColor(0x2E, 0x7D, 0x32) if block.ok else RGBColor(0xB2, 0x3B, 0x1E)
            p.add_run(_x(block.label)).bold = True
            if block.message:
                p.add_run(_x(f": {block.message}"))
        elif isinstance(block, Note):
            run = doc.add_paragraph().add_run(_x(block.text))
            run.italic = True
            run.font.size = Pt(9)
        elif isinstance(block, Swatches):
            doc.add_paragraph().add_run(_x(block.title)).bold = True
            colours = _valid_colours(block)
            if colours:
                table = doc.add_table(rows=0, cols=3)
                table.style = "Table Grid"
                for name, code in colours:
                    cells = table.add_row().cells
                    _docx_shade(cells[0], code)
                    cells[1].text, cells[2].text = _x(name), code
            if block.font_family:
                doc.add_paragraph(_x(f"Burtveidols: {block.font_family}"))
        elif isinstance(block, Chart):
            doc.add_picture(io.BytesIO(chart_png(block)), width=Cm(16))
        elif isinstance(block, Section):
            doc.add_heading(_x(block.title), 2 if block.level <= 1 else 3)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


EXPORTERS = {"md": to_markdown, "xlsx": to_xlsx, "pdf": to_pdf, "docx": to_docx}


def export(exercise: Exercise, values: dict[str, Any], blocks: list[Block], ext: str) -> bytes:
    """Export in the format named by its file extension ("md", "xlsx", "docx" or "pdf")."""
    result = EXPORTERS[ext](exercise, values, blocks)
    return result.encode("utf-8") if isinstance(result, str) else result
