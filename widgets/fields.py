"""Field kinds of an answers model: typed, labelled in Latvian, validated.

A field turns what the learner typed (``raw``: text, a choice, a list of
choices or a list of table rows) into a typed value, or raises
:class:`FieldError` with a Latvian message meant to be shown beside the field.
Numbers are typed as text so that ``1 234,50`` and ``12,5 €`` work as Latvians
write them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from . import fmt


class FieldError(ValueError):
    """Bad input in one field; ``str(err)`` is the Latvian message."""


MAX_TEXT = 2000  # a safety limit for any text field, far above real answers


@dataclass
class Field:
    """Base of all field kinds.

    Parameters
    ----------
    name : key in the answers dictionary.
    label : Latvian label shown to the learner.
    help : one-line Latvian hint shown under the field.
    default : raw default (as the learner would type it).
    required : whether an empty answer is an error.
    profile : key of the business profile that supplies the default, if any.
    """

    name: str
    label: str
    help: str = ""
    default: Any = ""
    required: bool = True
    profile: str | None = None
    readonly: bool = False  # shown but not editable (e.g. the month column of a plan)

    kind = "text"

    def parse(self, raw: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def empty(self) -> Any:
        """The value an optional field takes when left empty."""
        return None

    def display(self, value: Any) -> str:
        """The value as a learner reads it in results and exports."""
        return "" if value is None else str(value)

    def to_raw(self, value: Any) -> Any:
        """Turn a typed value (e.g. from the business profile) back into raw input."""
        return "" if value is None else str(value)


def _clean_text(raw: Any) -> str:
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raw = str(raw)
    # NFC keeps "ā" typed as a + combining macron equal to the precomposed letter;
    # control characters (except newlines and tabs) are dropped.
    text = unicodedata.normalize("NFC", raw)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return text.strip()


@dataclass
class TextField(Field):
    """Short text on one line."""

    max_length: int = 200
    kind = "text"

    def parse(self, raw: Any) -> str | None:
        text = _clean_text(raw)
        if not text:
            if self.required:
                raise FieldError("Šis lauks ir jāaizpilda.")
            return self.empty()
        limit = min(self.max_length, MAX_TEXT)
        if len(text) > limit:
            raise FieldError(
                f"Teksts ir par garu: {fmt.integer(len(text))} rakstzīmes, "
                f"atļautas ne vairāk kā {fmt.integer(limit)}."
            )
        return text

    def empty(self) -> str:
        return ""

    def to_raw(self, value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return (", " if self.kind == "text" else "\n").join(str(v) for v in value)
        return "" if value is None else str(value)


@dataclass
class LongTextField(TextField):
    """Several lines of text."""

    max_length: int = 1500
    kind = "longtext"


_NUMBER_RE = re.compile(r"^[+-]?\d+(\.\d+)?$")


def parse_number(raw: Any) -> float:
    """Read a number as Latvians type it: ``1 234,50``, ``12,5 €``, ``6.5%``, ``1.234,5``.

    Raises
    ------
    FieldError
        When the text is not a number.
    """
    if isinstance(raw, bool):
        raise FieldError("Ievadiet skaitli.")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = _clean_text(raw)
        for ch in (" ", "\u00a0", "\u202f", "€", "%", "EUR", "eur", "'"):
            text = text.replace(ch, "")
        text = text.replace("\u2212", "-")  # the typographic minus sign
        if "," in text and "." in text:
            # 1.234,50 → thousands with points, decimals with a comma
            text = text.replace(".", "").replace(",", ".")
        elif text.count(",") == 1:
            text = text.replace(",", ".")
        if not text:
            raise FieldError("Šis lauks ir jāaizpilda.")
        if not _NUMBER_RE.match(text):
            raise FieldError("Ievadiet skaitli, piemēram, 12,50.")
        value = float(text)
    if math.isnan(value) or math.isinf(value):
        raise FieldError("Ievadiet skaitli, piemēram, 12,50.")
    return value


@dataclass
class NumberField(Field):
    """A decimal number with a unit (hours, kilograms …)."""

    minimum: float = 0.0
    maximum: float = 1_000_000.0
    unit: str = ""
    decimals: int = 2
    kind = "number"

    def _show(self, value: float) -> str:
        text = fmt.number(value, self.decimals)
        return f"{text} {self.unit}".strip()

    def parse(self, raw: Any) -> float | None:
        if raw is None or (isinstance(raw, str) and not _clean_text(raw)):
            if self.required:
                raise FieldError("Šis lauks ir jāaizpilda.")
            return self.empty()
        value = parse_number(raw)
        if value < self.minimum:
            if self.minimum == 0:
                raise FieldError("Vērtība nevar būt negatīva.")
            raise FieldError(f"Vērtībai jābūt vismaz {self._show(self.minimum)}.")
        if value > self.maximum:
            raise FieldError(f"Vērtība ir neticami liela: atļauts ne vairāk kā {self._show(self.maximum)}.")
        return value

    def empty(self) -> float:
        """An optional number left empty counts as 0."""
        return 0

    def display(self, value: Any) -> str:
        return "" if value is None else self._show(value)

    def to_raw(self, value: Any) -> str:
        return "" if value is None else fmt.plain(fmt.number(value, self.decimals)).replace(" ", "")


@dataclass
class MoneyField(NumberField):
    """An amount in euros."""

    unit: str = "€"
    kind = "money"

    def _show(self, value: float) -> str:
        return fmt.money(value)


@dataclass
class PercentField(NumberField):
    """A percentage in percent units (``6,5`` means 6,5 %)."""

    maximum: float = 100.0
    unit: str = "%"
    decimals: int = 1
    kind = "percent"

    def _show(self, value: float) -> str:
        return fmt.percent(value, self.decimals)


@dataclass
class IntegerField(NumberField):
    """A whole number (pieces, posts, orders)."""

    decimals: int = 0
    kind = "integer"

    def parse(self, raw: Any) -> int | None:
        value = super().parse(raw)
        if value is None:
            return None
        if value != int(value):
            raise FieldError("Ievadiet veselu skaitli, piemēram, 12.")
        return int(value)

    def _show(self, value: float) -> str:
        return f"{fmt.integer(value)} {self.unit}".strip()


@dataclass
class ChoiceField(Field):
    """One option from a list."""

    options: list[str] = field(default_factory=list)
    kind = "choice"

    def parse(self, raw: Any) -> str | None:
        text = _clean_text(raw)
        if not text:
            if self.required:
                raise FieldError("Izvēlieties vienu no iespējām.")
            return self.empty()
        if text not in self.options:
            raise FieldError("Izvēlieties vienu no piedāvātajām iespējām.")
        return text


@dataclass
class ChecklistField(Field):
    """Any number of options from a list (ticked boxes)."""

    options: list[str] = field(default_factory=list)
    min_selected: int = 0
    max_selected: int | None = None
    default: Any = field(default_factory=list)
    kind = "checklist"

    def parse(self, raw: Any) -> list[str]:
        if raw is None or raw == "":
            raw = []
        if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
            raise FieldError("Atzīmējiet iespējas sarakstā.")
        chosen = [o for o in self.options if o in {_clean_text(r) for r in raw}]
        if len(chosen) != len({_clean_text(r) for r in raw}):
            raise FieldError("Atzīmējiet tikai piedāvātās iespējas.")
        if len(chosen) < self.min_selected:
            raise FieldError(f"Atzīmējiet vismaz {self.min_selected}.")
        if self.max_selected is not None and len(chosen) > self.max_selected:
            raise FieldError(f"Atzīmējiet ne vairāk kā {self.max_selected}.")
        return chosen

    def empty(self) -> list[str]:
        return []

    def display(self, value: Any) -> str:
        return ", ".join(value or [])

    def to_raw(self, value: Any) -> list[str]:
        return list(value or [])


@dataclass
class TableField(Field):
    """A table of rows the learner can add and remove (competitors, products, months)."""

    columns: list[Field] = field(default_factory=list)
    min_rows: int = 0
    max_rows: int = 20
    fixed_rows: bool = False  # rows given by the default (e.g. 12 months) cannot be added or removed
    default: Any = field(default_factory=list)
    kind = "table"

    def blank_row(self) -> dict[str, Any]:
        """A new empty row, with each column's default."""
        return {c.name: c.default if not isinstance(c.default, list) else list(c.default) for c in self.columns}

    def is_blank(self, row: dict[str, Any]) -> bool:
        """A row nobody has filled in: every cell empty or still at its column's default."""
        return all(
            not _clean_text(row.get(c.name)) or _clean_text(row.get(c.name)) == _clean_text(c.default)
            for c in self.columns
        )

    def parse(self, raw: Any) -> list[dict[str, Any]]:
        if raw is None or raw == "":
            raw = []
        if not isinstance(raw, (list, tuple)) or not all(isinstance(r, dict) for r in raw):
            raise FieldError("Tabulas dati nav nolasāmi.")
        if sum(not self.is_blank(r) for r in raw) > self.max_rows:
            raise FieldError(f"Tabulā var būt ne vairāk kā {self.max_rows} rindas.")
        parsed, problems = [], []
        for index, row in enumerate(raw, start=1):  # numbered as the learner sees the rows
            if self.is_blank(row):
                continue
            values = {}
            for column in self.columns:
                try:
                    values[column.name] = column.parse(row.get(column.name, ""))
                except FieldError as err:
                    problems.append(f"{index}. rinda, „{column.label}”: {err}")
            parsed.append(values)
        if problems:
            raise FieldError(" ".join(problems[:3]) + (" …" if len(problems) > 3 else ""))
        if len(parsed) < self.min_rows:
            raise FieldError(f"Aizpildiet vismaz {self.min_rows} rindas (tagad: {len(parsed)}).")
        return parsed

    def empty(self) -> list:
        return []

    def cell_errors(self, raw: Any) -> dict[tuple[int, str], str]:
        """Errors per (row index, column name), for marking cells in the form."""
        errors: dict[tuple[int, str], str] = {}
        if not isinstance(raw, (list, tuple)):
            return errors
        for index, row in enumerate(raw):
            if not isinstance(row, dict) or self.is_blank(row):
                continue
            for column in self.columns:
                try:
                    column.parse(row.get(column.name, ""))
                except FieldError as err:
                    errors[(index, column.name)] = str(err)
        return errors

    def display(self, value: Any) -> str:
        return f"{len(value or [])} rindas"

    def to_raw(self, value: Any) -> list[dict[str, Any]]:
        cols = {c.name: c for c in self.columns}
        return [{k: cols[k].to_raw(v) if k in cols else v for k, v in row.items()} for row in value or []]


@dataclass
class CsvField(Field):
    """Monthly data as CSV text: uploaded as a file (the worksheet decodes it) or typed into a textarea.

    ``columns`` are :class:`widgets.csv_import.CsvColumn`; the value is a list of rows keyed by their
    names. Latvian exports work: ``;`` separators, decimal commas (see :mod:`widgets.csv_import`).
    """

    columns: list[Any] = field(default_factory=list)
    min_rows: int = 1
    max_rows: int = 120
    kind = "csv"

    def parse(self, raw: Any) -> list[dict[str, Any]] | None:
        from .csv_import import MAX_CHARS, CsvImportError, read_rows

        if raw is None:
            raw = ""
        if not isinstance(raw, str):
            raise FieldError("Ievadiet datus tekstā vai augšupielādējiet CSV failu.")
        if len(raw) > MAX_CHARS:
            raise FieldError("Dati ir par lieliem: ne vairāk kā 5 MB teksta.")
        text = unicodedata.normalize("NFC", raw)
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()
        if not text:
            if self.required:
                raise FieldError("Ievadiet vai augšupielādējiet datus.")
            return self.empty()
        try:
            return read_rows(text, self.columns, self.min_rows, self.max_rows)
        except CsvImportError as err:
            raise FieldError(str(err)) from None

    def empty(self) -> list:
        return []

    def display(self, value: Any) -> str:
        return f"{len(value or [])} rindas"

    def to_raw(self, value: Any) -> str:
        return value if isinstance(value, str) else ""


def count_exercises(n: int) -> str:
    """``"1 vingrinājums"``, ``"12 vingrinājumi"`` (Latvian: a number ending in 1, but not 11, takes the singular)."""
    return f"{fmt.integer(n)} {'vingrinājums' if n % 10 == 1 and n % 100 != 11 else 'vingrinājumi'}"


@dataclass
class SavedAnswersField(Field):
    """Read-only: the learner's latest *complete* raw answers of the other exercises (exercise id → raw
    answers), filled by the session from the store; the learner never types it. ``compute`` receives it as
    an answer like any other, so it stays pure."""

    default: Any = field(default_factory=dict)
    required: bool = False
    readonly: bool = True
    kind = "saved"

    def parse(self, raw: Any) -> dict[str, dict[str, Any]]:
        if raw is None or raw == "":
            return {}
        if not isinstance(raw, dict):
            raise FieldError("Saglabātās atbildes nav nolasāmas.")
        return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, dict)}

    def empty(self) -> dict:
        return {}

    def display(self, value: Any) -> str:
        n = len(value or {})
        return f"Saglabāt{'s' if n % 10 == 1 and n % 100 != 11 else 'i'} {count_exercises(n)}"

    def to_raw(self, value: Any) -> dict[str, Any]:
        return dict(value) if isinstance(value, dict) else {}


_HEX_RE = re.compile(r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalise_hex(raw: Any) -> str | None:
    """``"#AbC"`` or ``"#aabbcc"`` → ``"#AABBCC"``; anything else → None."""
    text = _clean_text(raw) if isinstance(raw, str) else ""
    if not _HEX_RE.match(text):
        return None
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.upper()


@dataclass
class ColorField(Field):
    """A colour as a hex code: ``#RRGGBB`` or ``#RGB``, any case; the value is ``#RRGGBB`` (upper case)."""

    kind = "color"

    def parse(self, raw: Any) -> str | None:
        text = _clean_text(raw) if isinstance(raw, str) else ("" if raw is None else "?")
        if not text:
            if self.required:
                raise FieldError("Izvēlieties krāsu.")
            return self.empty()
        value = normalise_hex(text)
        if value is None:
            raise FieldError("Ievadiet krāsas kodu formā #RRGGBB, piemēram, #8B4513.")
        return value

    def empty(self) -> str:
        return ""
