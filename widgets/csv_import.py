"""Read monthly data the way Latvian spreadsheet exports write it (pandas imported inside).

Excel and LibreOffice in a Latvian locale export CSV with ``;`` between columns, decimal commas
(``1 234,50``), and either UTF-8 (with or without a byte-order mark) or Windows-1257. This module
turns uploaded bytes into text (:func:`decode`) and text into typed rows (:func:`read_rows`), raising
:class:`CsvImportError` with a Latvian message for anything it cannot use. No ipywidgets here.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

MAX_BYTES = 5 * 1024 * 1024  # an upload above 5 MB is not a monthly table
MAX_CHARS = 5 * 1024 * 1024


class CsvImportError(ValueError):
    """The file or text cannot be used; ``str(err)`` is the Latvian message."""


@dataclass(frozen=True)
class CsvColumn:
    """One expected column: ``aliases`` are header names that mean it (compared without case or accents)."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    number: bool = True
    whole: bool = False  # counts (orders, visitors): whole numbers


# magic bytes of files people upload by mistake instead of a CSV
_NOT_CSV = {
    b"PK\x03\x04": "Excel (.xlsx) vai cits saspiests fails",
    b"\xd0\xcf\x11\xe0": "vecais Excel (.xls) vai Word fails",
    b"%PDF": "PDF fails",
    b"\x89PNG": "attēls",
    b"\xff\xd8\xff": "attēls",
    b"GIF8": "attēls",
}


def decode(data: bytes) -> str:
    """Uploaded bytes → text: UTF-8 (a BOM is dropped) or else Windows-1257.

    Raises
    ------
    CsvImportError
        For files above :data:`MAX_BYTES`, spreadsheets, PDFs, images and other binary files.
    """
    data = bytes(data)
    if len(data) > MAX_BYTES:
        mb = len(data) / 1024 / 1024
        raise CsvImportError(
            f"Fails ir par lielu ({mb:.0f} MB). Augšupielādējiet CSV failu, kas nav lielāks par 5 MB "
            "(mēneša datiem pietiek ar dažiem kilobaitiem)."
        )
    if not data.strip():
        raise CsvImportError("Fails ir tukšs.")
    for magic, what in _NOT_CSV.items():
        if data.startswith(magic):
            raise CsvImportError(
                f"Šis nav CSV fails, bet {what}. Izklājlapā izvēlieties „Saglabāt kā” → „CSV” un augšupielādējiet to."
            )
    if b"\x00" in data:
        raise CsvImportError("Šis nav teksta (CSV) fails. Izklājlapā saglabājiet datus kā CSV un mēģiniet vēlreiz.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1257", errors="replace")  # Windows Baltic: the other Latvian export
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t")
    if controls > max(3, len(text) // 100) or text.count("\ufffd") > max(3, len(text) // 100):
        raise CsvImportError("Šis nav teksta (CSV) fails. Izklājlapā saglabājiet datus kā CSV un mēģiniet vēlreiz.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sample_text(name: str = "kpi_paraugs.csv") -> str:
    """The sample file shipped in ``widgets/data`` as text."""
    return decode((resources.files("widgets") / "data" / name).read_bytes())


def _key(text: str) -> str:
    """A header compared without case, accents, spaces or punctuation: „Ieņēmumi, €” → ``ienemumi``."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"\(.*?\)|,.*$|\beur\b|€", "", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _separator(text: str) -> str:
    first = next((line for line in text.split("\n") if line.strip()), "")
    counts = {sep: first.count(sep) for sep in (";", "\t", ",")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ";"


def read_rows(text: str, columns: list[CsvColumn], min_rows: int = 1, max_rows: int = 120) -> list[dict]:
    """Text of a CSV (or typed monthly data) → rows keyed by the columns' names.

    The separator is found from the first line (``;``, tab or ``,``); numbers are read as Latvians
    write them (``1 234,50``, ``12,5 %``). Extra columns are ignored; empty lines are skipped.

    Raises
    ------
    CsvImportError
        For missing columns, text in a number column, too few or too many rows.
    """
    import pandas as pd

    from .fields import FieldError, parse_number

    if len(text) > MAX_CHARS:
        raise CsvImportError("Dati ir par lieliem: ne vairāk kā 5 MB teksta.")
    text = text.lstrip("\ufeff").strip()
    if not text:
        raise CsvImportError("Ievadiet vai augšupielādējiet datus: pirmajā rindā kolonnu nosaukumi, tālāk pa rindai katram mēnesim.")
    sep = _separator(text)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=True,
                            skipinitialspace=True, on_bad_lines="error", engine="python")
    except Exception as err:  # pandas raises several kinds for malformed text
        raise CsvImportError(
            "Datus nevar nolasīt kā tabulu. Pārbaudiet, vai katrā rindā ir tikpat daudz kolonnu, "
            "atdalītu ar semikolu (;)."
        ) from err
    headers = {_key(h): h for h in frame.columns}
    found: dict[str, str] = {}
    missing = []
    for col in columns:
        match = next((headers[k] for k in (_key(a) for a in (col.label, col.name, *col.aliases)) if k in headers), None)
        if match is None:
            if col.required:
                missing.append(f"„{col.label}”")
        else:
            found[col.name] = match
    if missing:
        raise CsvImportError(
            ("Trūkst kolonnas " if len(missing) == 1 else "Trūkst kolonnu ") + ", ".join(missing)
            + ". Pirmajā rindā jābūt kolonnu nosaukumiem, piemēram: "
            + ";".join(c.label for c in columns if c.required) + "."
        )
    rows, problems = [], []
    for index, record in enumerate(frame.to_dict("records"), start=2):  # line 1 is the header
        cells = {name: record[header].strip() if isinstance(record.get(header), str) else ""
                 for name, header in found.items()}
        if not any(cells.values()):
            continue
        row: dict = {}
        for col in columns:
            if col.name not in found:
                continue
            value = cells[col.name]
            if not col.number:
                row[col.name] = value[:60]
                continue
            if not value:
                if col.required:
                    problems.append(f"{index}. rinda, „{col.label}”: tukša šūna")
                row[col.name] = None
                continue
            try:
                number = parse_number(value)
            except FieldError:
                problems.append(f"{index}. rinda, „{col.label}”: „{value[:20]}” nav skaitlis")
                continue
            if number < 0:
                problems.append(f"{index}. rinda, „{col.label}”: negatīvs skaitlis")
            elif number > 1e9:
                problems.append(f"{index}. rinda, „{col.label}”: neticami liels skaitlis")
            row[col.name] = int(round(number)) if col.whole else number
        rows.append(row)
        if len(rows) > max_rows:
            raise CsvImportError(f"Par daudz rindu: ne vairāk kā {max_rows} mēneši.")
    if problems:
        raise CsvImportError(" ".join(problems[:3]) + (" …" if len(problems) > 3 else "") + ".")
    if len(rows) < min_rows:
        raise CsvImportError(f"Vajag vismaz {min_rows} datu rindas (tagad: {len(rows)}).")
    return rows
