"""Exports of one exercise: Markdown, Excel (openpyxl) and PDF (fpdf2).

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

from .blocks import Block, Chart, Check, Metric, Note, Table, Text
from .exercise import Exercise
from .fields import TableField

MIME = {
    "md": "text/markdown",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
EXCEL_FORMATS = {"money": '#,##0.00 "€"', "percent": '0.0 "%"', "number": "#,##0.##", "integer": "#,##0"}


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
    lines = [f"**{_md_escape(table.title)}**", "", "| " + " | ".join(_md_escape(c) for c in table.columns) + " |",
             "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in table.rows]
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
        elif isinstance(block, Chart):
            out += ["", f"*Diagramma: {_md_escape(block.title)} (skatiet PDF vai lietotni).*", ""]
    return "\n".join(out).replace("\n\n\n", "\n\n") + "\n"


# --- Excel -----------------------------------------------------------------

def to_xlsx(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> bytes:
    """The exercise as an Excel workbook: a sheet of answers and one of results."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

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
    for col, width in zip("ABCDEFGH", (34, 22, 40, 18, 18, 18, 18, 18)):
        rs.column_dimensions[col].width = width
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --- PDF -------------------------------------------------------------------

def _font_dir() -> str:
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf")


def to_pdf(exercise: Exercise, values: dict[str, Any], blocks: list[Block]) -> bytes:
    """The exercise as a PDF (DejaVu Sans, which has every Latvian letter)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from .charts import render_png

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

    def heading(text: str) -> None:
        pdf.ln(2)
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
        elif isinstance(block, Chart):
            pdf.image(io.BytesIO(render_png(block)), w=170)
    return bytes(pdf.output())


EXPORTERS = {"md": to_markdown, "xlsx": to_xlsx, "pdf": to_pdf}


def export(exercise: Exercise, values: dict[str, Any], blocks: list[Block], ext: str) -> bytes:
    """Export in the format named by its file extension ("md", "xlsx" or "pdf")."""
    result = EXPORTERS[ext](exercise, values, blocks)
    return result.encode("utf-8") if isinstance(result, str) else result
