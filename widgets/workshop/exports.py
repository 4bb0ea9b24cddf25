"""The class's results: XLSX (one sheet per exercise, one row per learner), CSV, and a ZIP of PDFs.

Numbers stay numbers in the workbook, with € and % formats (``widgets.exports.EXCEL_FORMATS``); the
results columns come from the exercise's own view (its headline metrics), so their labels are the
Latvian ones learners saw. The CSV is for Latvian Excel: ``;`` between columns, decimal comma,
UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from datetime import datetime
from typing import Any

from .. import fmt, registry
from ..blocks import Metric
from ..exercise import Exercise
from ..exports import EXCEL_FORMATS
from ..exports import filename as exercise_filename
from ..fields import ChecklistField, MoneyField, NumberField, PercentField, TableField, parse_number
from .model import Room, Workshop

log = logging.getLogger(__name__)
STATUS = {True: "pabeigts", False: "iesākts"}


def _metric_number(value: str) -> tuple[float | None, str | None]:
    """A metric's formatted value back as a number and its format ("70,89 €" → 70.89, "money")."""
    text = fmt.plain(value).strip()
    kind = "money" if text.endswith("€") else "percent" if text.endswith("%") else "number"
    core = text.rstrip("€%").strip()
    if not re.fullmatch(r"-?[\d ]+(,\d+)?", core):
        return None, None
    try:
        return parse_number(core), kind
    except Exception:
        return None, None


def _field_cell(field, raw: Any, values: dict[str, Any]) -> tuple[Any, str | None]:
    """(cell value, number format or None) for one field of one learner."""
    if field.name not in values:  # invalid: keep what was typed
        return ("" if raw is None else str(raw) if not isinstance(raw, list | dict) else ""), None
    value = values[field.name]
    if isinstance(field, NumberField) and isinstance(value, int | float):
        kind = "money" if isinstance(field, MoneyField) else "percent" if isinstance(field, PercentField) else "number"
        return float(value), kind
    if isinstance(field, ChecklistField):
        return ", ".join(value or []), None
    if isinstance(field, TableField):
        lines = [" | ".join(c.display(row.get(c.name)) for c in field.columns) for row in value or []]
        return "\n".join(lines), None
    return field.display(value), None


def sheet_rows(exercise: Exercise, answers: list[tuple[str, dict[str, Any]]]) -> tuple[list[str], list[list[tuple[Any, str | None]]]]:
    """Header and rows (cells as (value, format)) of one exercise for these (name, revision) pairs."""
    fields = [f for f in exercise.fields if not f.readonly]
    metric_labels: list[str] = []
    per_learner = []
    for name, revision in answers:
        raw = revision["raw"]
        values, _errors, _results, blocks = exercise.evaluate(raw)
        metrics = {}
        for b in blocks:
            if isinstance(b, Metric):
                label = b.label if b.label not in (f.label for f in fields) else b.label + " (rezultāts)"
                if label not in metric_labels:
                    metric_labels.append(label)
                metrics[label] = _metric_number(b.value) if _metric_number(b.value)[0] is not None else (b.value, None)
        saved = revision["saved_at"].astimezone().replace(tzinfo=None) if revision.get("saved_at") else None
        per_learner.append((name, revision, raw, values, metrics, saved))
    header = ["Dalībnieks", "Statuss", "Saglabāts"] + [f.label for f in fields] + metric_labels
    rows = []
    for name, revision, raw, values, metrics, saved in per_learner:
        row = [(name, None), (STATUS[bool(revision["complete"])], None), (saved, "datetime")]
        row += [_field_cell(f, raw.get(f.name), values) for f in fields]
        row += [metrics.get(label, ("", None)) for label in metric_labels]
        rows.append(row)
    return header, rows


def _answers(workshop: Workshop, room: Room, exercise_id: str) -> list[tuple[str, dict[str, Any]]]:
    return [(p.name, rev) for p, rev in workshop.class_answers(room, exercise_id)]


def sheet_title(exercise: Exercise, taken: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", " ", f"{exercise.id} {exercise.title}")[:31].strip()
    base, n = title, 2
    while title in taken:
        title = f"{base[:28]} {n}"
        n += 1
    taken.add(title)
    return title


def class_xlsx(workshop: Workshop, room: Room, exercise_ids: list[str] | None = None) -> bytes:
    """The class's results as an Excel workbook: a sheet per exercise, a row per learner."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    ids = exercise_ids if exercise_ids is not None else workshop.answered_exercises(room)
    for eid in ids:
        exercise = registry.get(eid)
        ws = wb.create_sheet(sheet_title(exercise, taken))
        header, rows = sheet_rows(exercise, _answers(workshop, room, eid))
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            ws.append([value for value, _kind in row])
            for col, (_value, kind) in enumerate(row, start=1):
                cell = ws.cell(ws.max_row, col)
                if kind == "datetime":
                    cell.number_format = "DD.MM.YYYY HH:MM"
                elif kind:
                    cell.number_format = EXCEL_FORMATS.get(kind, EXCEL_FORMATS["number"])
                elif isinstance(cell.value, str) and "\n" in cell.value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "B2"
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["C"].width = 17
    if not wb.sheetnames:
        ws = wb.create_sheet("Rezultāti")
        ws.append(["Šajā telpā vēl nav saglabātu atbilžu."])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _csv_text(value: Any, kind: str | None) -> str:
    if value is None or value == "":
        return ""
    if kind == "datetime":
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".") if kind != "money" else f"{value:.2f}"
        return text.replace(".", ",")
    return str(value)


def class_csv(workshop: Workshop, room: Room, exercise_id: str) -> bytes:
    """One exercise's class results as CSV for Latvian Excel (``;``, decimal comma, UTF-8 with BOM)."""
    header, rows = sheet_rows(registry.get(exercise_id), _answers(workshop, room, exercise_id))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_text(v, k) for v, k in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def class_csv_zip(workshop: Workshop, room: Room) -> bytes:
    """Every answered exercise's CSV in one ZIP."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for eid in workshop.answered_exercises(room):
            z.writestr(exercise_filename(registry.get(eid), "csv"), class_csv(workshop, room, eid))
    return buffer.getvalue()


def safe_name(name: str) -> str:
    """A participant's name as a folder name (letters, Latvian ones included, digits, ``_``)."""
    return re.sub(r"_+", "_", "".join(ch if ch.isalnum() else "_" for ch in name)).strip("_")[:40] or "dalibnieks"


def pdf_zip(workshop: Workshop, room: Room) -> bytes:
    """A ZIP with a folder per learner holding a PDF of each exercise they saved."""
    from ..exports import to_pdf

    latest = workshop.latest(room)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for n, p in enumerate(workshop.participants(room), start=1):
            folder = f"{n:02d}_{safe_name(p.name)}"
            for eid in registry.ids():
                revision = latest.get((p.learner, eid))
                if revision is None:
                    continue
                exercise = registry.get(eid)
                values, _errors, _results, blocks = exercise.evaluate(revision["raw"])
                try:
                    pdf = to_pdf(exercise, values, blocks)
                except Exception:  # half-typed answers a PDF cannot show: the XLSX still has them
                    log.exception("PDF of %s for participant %s failed", eid, p.id)
                    continue
                z.writestr(f"{folder}/{exercise_filename(exercise, 'pdf')}", pdf)
    return buffer.getvalue()


def export_name(room: Room, ext: str) -> str:
    return f"darbnica_{safe_name(room.name)}_{datetime.now():%Y-%m-%d}.{ext}"
