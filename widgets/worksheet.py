"""The generic worksheet widget: a form built from an exercise definition.

It validates every field with a Latvian message beside it, recomputes when an
input changes, autosaves each change to the store, restores the latest saved
answers on open and prepares the exports as downloads. All logic lives in the
exercise definition; this module only wires ipywidgets to it.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import Any

import ipywidgets as w

from . import exports
from . import shared_models as sm
from .exercise import Exercise
from .fields import (
    ChecklistField,
    ChoiceField,
    CsvField,
    Field,
    FieldError,
    LongTextField,
    NumberField,
    SavedAnswersField,
    TableField,
)
from .render_html import render_blocks
from .session import ProfileUpdate, Session
from .store import Store

log = logging.getLogger(__name__)

FULL = w.Layout(width="100%", max_width="560px")
UNEXPECTED = "Radās neparedzēta kļūda. Jūsu atbildes ir saglabātas; pārbaudiet ievadīto un mēģiniet vēlreiz."


def _parses(field: Field, raw: Any) -> bool:
    try:
        field.parse(raw)
        return True
    except Exception:
        return False


def _error_html(message: str) -> str:
    return f'<span class="cb-error" style="color:#b23b1e">⚠ {escape(message)}</span>' if message else ""


class _Control:
    """One field's widgets: the input, its label and help, and its error message."""

    def __init__(self, field: Field, value: Any, on_change: Callable[[], None]):
        self.field = field
        self.on_change = on_change
        self.error = sm.html("")
        self.error.add_class("cb-error-" + field.name)
        self.error.add_class("cb-error-box")  # a polite live region; the inputs' aria-describedby names it
        self.input = self._build(value)
        label = escape(field.label) + ("" if field.required or isinstance(field, (ChecklistField, TableField))
                                       else ' <span style="color:#595959">(nav obligāts)</span>')
        hint = f'<br><span class="cb-help" style="color:#555;font-size:.88em">{escape(field.help)}</span>' if field.help else ""
        # the template's script (widgets/a11y/app.js) names the inputs by .cb-label (aria-labelledby)
        # and ties .cb-help and the error to them (aria-describedby)
        title = sm.html(f'<div style="line-height:1.3;margin-bottom:2px"><b class="cb-label">{label}</b>{hint}</div>')
        title.add_class("cb-label-box")
        self.box = w.VBox([title, self.input, self.error], layout=w.Layout(margin="0 0 8px 0", width="100%"))
        self.box.add_class("cb-field")
        self.box.add_class("cb-field-" + field.name)

    def _build(self, value: Any) -> w.Widget:
        f = self.field
        if isinstance(f, ChoiceField):
            widget = w.Dropdown(options=f.options, value=value if value in f.options else None, layout=FULL)
        elif isinstance(f, ChecklistField):
            self._boxes = [w.Checkbox(value=o in (value or []), description=o, indent=False) for o in f.options]
            for box in self._boxes:
                box.observe(lambda _c: self.on_change(), "value")
            return w.VBox(self._boxes)
        elif isinstance(f, CsvField):
            return self._build_csv(value)
        elif isinstance(f, SavedAnswersField):
            return self._build_saved(value)
        elif f.kind == "color":  # ColorField
            # the picker accepts only colours; a saved code that does not parse starts from the default or black
            shown = next((f.parse(v) for v in (value, f.default) if _parses(f, v) and f.parse(v)), "#000000")
            widget = w.ColorPicker(value=shown.lower(), concise=False, layout=FULL)
        elif isinstance(f, LongTextField):
            widget = w.Textarea(value=str(value or ""), continuous_update=False, layout=w.Layout(width="100%", max_width="560px", height="90px"))
        else:
            widget = sm.text(value="" if value is None else str(value), continuous_update=False, layout=FULL,
                            placeholder=f.unit if isinstance(f, NumberField) else "")
        widget.disabled = f.readonly
        widget.observe(lambda _c: self.on_change(), "value")
        return widget

    @property
    def raw(self) -> Any:
        if isinstance(self.field, ChecklistField):
            return [b.description for b in self._boxes if b.value]
        if isinstance(self.field, CsvField):
            return self._text.value
        if isinstance(self.field, SavedAnswersField):
            return self._saved
        return self.input.value if self.input.value is not None else ""

    def _build_csv(self, value: Any) -> w.Widget:
        """A CSV file upload plus a textarea for typed or pasted monthly data (the field's raw text)."""
        self._text = w.Textarea(value=value if isinstance(value, str) else "", continuous_update=False,
                                layout=w.Layout(width="100%", max_width="560px", height="180px"))
        self._text.add_class("cb-csv-text")
        self._text.observe(lambda _c: self.on_change(), "value")
        self._upload = w.FileUpload(accept=".csv,text/csv", multiple=False, description="Augšupielādēt CSV")
        self._upload.add_class("cb-csv-upload")
        self._upload.observe(lambda change: self.upload(change["new"]), "value")
        self.upload_message = sm.html("")
        self.upload_message.add_class("cb-upload-message")
        return w.VBox([self._upload, self.upload_message, self._text], layout=w.Layout(width="100%"))

    def upload(self, files: Any) -> None:
        """Take an uploaded CSV into the textarea; a file that cannot be used leaves the data as it was."""
        from .csv_import import CsvImportError, decode

        if not files:
            return
        item = files[0] if isinstance(files, (list, tuple)) else next(iter(files.values()))
        name = str(item.get("name", "") or "")
        self._upload.value = ()  # the same file can be chosen again
        try:
            text = decode(bytes(item.get("content", b"")))
            self.field.parse(text)
        except (CsvImportError, FieldError) as err:
            self.upload_message.value = _error_html(f"Failu „{name}” nevar izmantot: {err} Jūsu iepriekšējie dati nav mainīti.")
            return
        self.upload_message.value = f'<span style="color:#2e7d32">✔ Ielādēts fails „{escape(name)}”.</span>'
        self._text.value = text

    def _build_saved(self, value: Any) -> w.Widget:
        """Answers filled in by the session, not typed: a short read-only summary."""
        self._saved = value if isinstance(value, dict) else {}
        summary = sm.html(f'<span class="cb-saved-summary">{escape(self.field.display(self.field.parse(self._saved)))}</span>')
        return summary

    def set_saved(self, value: Any) -> None:
        """Replace the filled-in answers (e.g. read again from the store) and recompute."""
        self._saved = value if isinstance(value, dict) else {}
        self.input.value = f'<span class="cb-saved-summary">{escape(self.field.display(self.field.parse(self._saved)))}</span>'
        self.on_change()

    def show_error(self, message: str) -> None:
        self.error.value = _error_html(message)


class _TableControl(_Control):
    """A table field: a grid of cells with rows the learner can add and remove."""

    def _build(self, value: Any) -> w.Widget:
        self.rows: list[list[w.Widget]] = []
        # on a phone the grid is wider than the screen: it scrolls sideways inside this box
        self.grid = w.VBox(layout=w.Layout(overflow="auto", width="100%"))
        self.grid.add_class("cb-table-scroll")
        self.add_button = sm.button(description="+ Pievienot rindu", button_style="")
        self.add_button.add_class("cb-add-row")
        self.add_button.on_click(lambda _b: self._add_row())
        for row in value or []:
            self._append(row)
        self._refresh()
        parts = [self.grid]
        if not self.field.fixed_rows:
            parts.append(self.add_button)
        return w.VBox(parts, layout=w.Layout(width="100%"))

    def _cell(self, column: Field, value: Any, r: int) -> w.Widget:
        if isinstance(column, ChoiceField):
            cell = w.Dropdown(options=column.options, value=value if value in column.options else None,
                              layout=w.Layout(width="auto", min_width="120px"))
        else:
            cell = sm.text(value="" if value is None else str(value), continuous_update=False,
                          placeholder=column.label, layout=w.Layout(width="auto", min_width="70px"))
        cell.disabled = column.readonly
        cell.add_class(f"cb-cell-{column.name}")
        if column is self.field.columns[0]:
            cell.add_class("cb-first-col")  # kept in view while the table scrolls sideways on a phone
        cell.observe(lambda _c: self.on_change(), "value")
        return cell

    def _append(self, row: dict[str, Any]) -> None:
        self.rows.append([self._cell(c, row.get(c.name, c.default), len(self.rows)) for c in self.field.columns])

    def _add_row(self) -> None:
        if len(self.rows) >= self.field.max_rows:
            self.show_error(f"Tabulā var būt ne vairāk kā {self.field.max_rows} rindas.")
            return
        self._append(self.field.blank_row())
        self._refresh()
        self.on_change()

    def _remove_row(self, index: int) -> None:
        del self.rows[index]
        self._refresh()
        self.on_change()

    def _refresh(self) -> None:
        cols = len(self.field.columns)
        template = " ".join(["minmax(90px, 1fr)"] * cols) + ("" if self.field.fixed_rows else " 36px")
        header = [sm.html(f"<div style='font-size:.85em;line-height:1.2;font-weight:600'>{escape(c.label)}</div>")
                  for c in self.field.columns]
        for head in header:
            head.add_class("cb-col-head")  # app.js names each cell "<column>, <n>. rinda"
        header[0].add_class("cb-first-col")
        cells: list[w.Widget] = header + ([sm.html("")] if not self.field.fixed_rows else [])
        for i, row in enumerate(self.rows):
            cells += row
            if not self.field.fixed_rows:
                remove = sm.button(description="✕", tooltip="Dzēst rindu", layout=w.Layout(width="34px"))
                remove.add_class("cb-remove-row")
                remove.on_click(lambda _b, i=i: self._remove_row(i))
                cells.append(remove)
        min_width = f"{cols * 94 + (0 if self.field.fixed_rows else 40)}px"
        grid = w.GridBox(cells, layout=w.Layout(grid_template_columns=template, grid_gap="4px", width="100%",
                                                min_width=min_width))
        grid.add_class("cb-table-grid")
        if not self.field.fixed_rows:
            grid.add_class("cb-rows-removable")
        self.grid.children = [grid]
        self.add_button.disabled = len(self.rows) >= self.field.max_rows

    @property
    def raw(self) -> list[dict[str, Any]]:
        return [{c.name: (cell.value if cell.value is not None else "") for c, cell in zip(self.field.columns, row)}
                for row in self.rows]

    def mark_cells(self, errors: dict[tuple[int, str], str]) -> None:
        for r, row in enumerate(self.rows):
            for column, cell in zip(self.field.columns, row):
                bad = (r, column.name) in errors
                cell.layout.border = "2px solid #b23b1e" if bad else ""  # each cell has a layout of its own
                cell.tooltip = errors.get((r, column.name), "") if hasattr(cell, "tooltip") else None


class Worksheet(w.VBox):
    """The form, the results and the downloads of one exercise for one learner.

    Parameters
    ----------
    exercise : the definition.
    store : where answers are saved; ``None`` keeps them in memory only.
    learner : whose answers these are.
    profile : business-profile values used as defaults when nothing is saved yet
        (by default the session reads them from the store).
    session : a ready :class:`~widgets.session.Session` (then store, learner and profile are its own).
    """

    def __init__(self, exercise: Exercise, store: Store | None, learner: str, profile: dict[str, Any] | None = None,
                 session: Session | None = None):
        self.exercise = exercise
        self.session = session or Session(exercise, store, learner, profile)
        self.store, self.learner = self.session.store, self.session.learner
        self.restored = self.session.restored
        raw = self.session.starting_raw()
        self._muted = True
        self.controls = [
            (_TableControl if isinstance(f, TableField) else _Control)(f, raw.get(f.name), self._changed)
            for f in exercise.fields
        ]
        self.results = sm.html()
        self.results.add_class("cb-results")
        # one short sentence after each change, for screen readers (a polite live region, widgets/a11y/app.js)
        self.announce = sm.html()
        self.announce.add_class("cb-announce")
        self.status = sm.html()
        self.status.add_class("cb-status")
        self.download_button = sm.button(description="⬇ Sagatavot lejupielādei", button_style="primary",
                                         layout=w.Layout(width="auto", align_self="flex-start"))
        self.download_button.add_class("cb-prepare-downloads")
        self.download_button.on_click(lambda _b: self.prepare_downloads())
        self.downloads = sm.html()
        self.downloads.add_class("cb-downloads")
        self.values: dict[str, Any] = {}
        self.results_data: dict[str, Any] | None = None  # computed results of the current answers
        self.blocks: list = []
        self.complete = False
        # a wide table needs the whole width: then the results go below the form, not beside it
        wide = any(isinstance(f, TableField) and len(f.columns) >= 5 for f in exercise.fields)
        self.offers = w.VBox([self._offer(u) for u in self.session.profile_updates(raw)])
        self.offers.add_class("cb-profile-updates")
        form = w.VBox([sm.html("<h3>Jūsu atbildes</h3>"), self.offers, *[c.box for c in self.controls], self.status],
                      layout=w.Layout(flex="1 1 100%" if wide else "1 1 380px", min_width="0", padding="0 12px 0 0"))
        form.add_class("cb-form")
        output = w.VBox([
            sm.html("<h3>Rezultāts</h3>"), self.announce, self.results,
            sm.html("<h3>Lejupielādēt</h3><p>Saglabājiet savu darbu kā Markdown, Excel, Word vai PDF failu.</p>"),
            self.download_button, self.downloads,
        ], layout=w.Layout(flex="1 1 420px", min_width="0"))
        output.add_class("cb-output")
        # side by side on a wide screen, one under the other on a phone
        super().__init__([w.Box([form, output], layout=w.Layout(display="flex", flex_flow="row wrap", width="100%"))],
                         layout=w.Layout(width="100%", max_width="1200px"))
        self.add_class("cb-worksheet")
        self._muted = False
        self.update(save=False)
        if self.restored:
            self.status.value = '<span style="color:#2e7d32">Atjaunotas jūsu saglabātās atbildes.</span>'

    # -- state ----------------------------------------------------------
    @property
    def raw(self) -> dict[str, Any]:
        """What the learner has typed, field by field (valid or not)."""
        return {c.field.name: c.raw for c in self.controls}

    def load(self, raw: dict[str, Any]) -> None:
        """Put a whole set of answers in the form at once (one recomputation, one save)."""
        self._muted = True
        try:
            for name, value in raw.items():
                if any(c.field.name == name for c in self.controls):
                    self.set_raw(name, value)
                    self._muted = True  # set_raw of a checklist unmutes when it is done
        finally:
            self._muted = False
        self.update(save=True)

    def set_raw(self, name: str, value: Any) -> None:
        """Set one field as if typed (used by tests and case studies)."""
        control = next(c for c in self.controls if c.field.name == name)
        if isinstance(control, _TableControl):
            control.rows = []
            for row in value:
                control._append(row)
            control._refresh()
            self._changed()
        elif isinstance(control.field, CsvField):
            control._text.value = value
        elif isinstance(control.field, SavedAnswersField):
            control.set_saved(value)
        elif isinstance(control.field, ChecklistField):
            self._muted = True
            for box in control._boxes:
                box.value = box.description in value
            self._muted = False
            self._changed()
        else:
            control.input.value = value

    def _changed(self) -> None:
        if not self._muted:
            self.update(save=True)

    def update(self, save: bool = True) -> None:
        """Validate, recompute, show errors and results, and autosave."""
        raw = self.raw
        try:
            values, errors, results, blocks = self.exercise.evaluate(raw)
            for control in self.controls:
                control.show_error(errors.get(control.field.name, ""))
                if isinstance(control, _TableControl):
                    control.mark_cells(control.field.cell_errors(raw.get(control.field.name)))
            self.values, self.blocks, self.results_data = values, blocks, results
            self.complete = results is not None
            self.results.value = render_blocks(blocks)
            self.announce.value = escape(self._announcement(errors, blocks))
        except Exception:  # never show a traceback to a learner
            log.exception("exercise %s failed", self.exercise.id)
            self.complete = False
            self.results.value = f'<div class="cb-note warning">{escape(UNEXPECTED)}</div>'
            self.announce.value = escape(UNEXPECTED)
        self.downloads.value = ""
        self.download_button.disabled = not self.complete
        if save:
            self.save()

    def _announcement(self, errors: dict[str, str], blocks: list) -> str:
        """What a screen reader says after a change: the fields to correct, or the first result."""
        from .blocks import Metric

        if errors:
            labels = [c.field.label for c in self.controls if c.field.name in errors]
            return "Izlabojiet laukus: " + ", ".join(labels) + "." if labels else "Izlabojiet atzīmētos laukus."
        metric = next((b for b in blocks if isinstance(b, Metric)), None)
        return f"Rezultāts atjaunināts. {metric.label}: {metric.value}." if metric else "Rezultāts atjaunināts."

    def _offer(self, update: ProfileUpdate) -> w.Widget:
        """A note with a button that takes a newer business-profile value into one field."""
        field = self.exercise.field(update.field)
        shown = field.display(field.parse(update.new_raw)) if _parses(field, update.new_raw) else str(update.new_raw)
        note = sm.html(f'<div class="cb-note">Vingrinājumā {escape(update.source)} mainīta vērtība, ko šeit izmantojāt '
                      f'laukā „{escape(update.label)}”: tagad tā ir <b>{escape(shown)}</b>.</div>')
        take = sm.button(description="Izmantot jauno vērtību", button_style="info", layout=w.Layout(width="auto"))
        take.add_class("cb-take-update")
        keep = sm.button(description="Paturēt savu", layout=w.Layout(width="auto"))
        keep.add_class("cb-keep-value")
        box = w.VBox([note, w.HBox([take, keep])], layout=w.Layout(margin="0 0 10px 0"))
        box.add_class("cb-profile-update")
        box.add_class("cb-profile-update-" + update.field)

        def close(_b=None):
            self.offers.children = tuple(c for c in self.offers.children if c is not box)

        def apply(_b):
            close()
            self.set_raw(update.field, update.new_raw)

        take.on_click(apply)
        keep.on_click(close)
        return box

    def save(self) -> None:
        """Append a revision if the answers changed since the last save."""
        try:
            if not self.session.save(self.raw, self.values, self.results_data if self.complete else None):
                return
        except Exception:
            log.exception("saving %s failed", self.exercise.id)
            self.status.value = ('<span style="color:#b23b1e">Neizdevās saglabāt. Neaizveriet lapu un mēģiniet '
                                 'vēlreiz pēc brīža.</span>')
            return
        self.status.value = f'<span style="color:#2e7d32">✔ Saglabāts {datetime.now():%H:%M:%S}</span>'

    # -- downloads -------------------------------------------------------
    def export(self, ext: str) -> bytes:
        """The current answers and results as a file (``md``, ``xlsx``, ``docx`` or ``pdf``)."""
        return exports.export(self.exercise, self.values, self.blocks, ext)

    def prepare_downloads(self) -> None:
        """Build the files (Markdown, Excel, Word, PDF) and show them as download links."""
        if not self.complete:
            self.downloads.value = _error_html("Vispirms izlabojiet atzīmētos laukus.")
            return
        links = []
        try:
            for ext, label in (("md", "Markdown"), ("xlsx", "Excel"), ("docx", "Word"), ("pdf", "PDF")):
                data = base64.b64encode(self.export(ext)).decode("ascii")
                name = exports.filename(self.exercise, ext)
                links.append(f'<a class="cb-download cb-download-{ext}" download="{escape(name)}" '
                             f'href="data:{exports.MIME[ext]};base64,{data}" '
                             f'style="margin-right:16px;font-weight:600">⬇ {label}</a>')
        except Exception:
            log.exception("export of %s failed", self.exercise.id)
            self.downloads.value = _error_html("Failu neizdevās sagatavot. Mēģiniet vēlreiz.")
            return
        self.downloads.value = "<p>" + "".join(links) + "</p>"
