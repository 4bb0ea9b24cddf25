"""Exports: Markdown, Excel and PDF with Latvian letters and Latvian number formats."""

import io

import pytest

from widgets import exports, registry

LETTERS = "āēīūšžčļņķģ"


def evaluated(exercise_id, **changes):
    ex = registry.get(exercise_id)
    raw = {**ex.default_raw(), **changes}
    values, errors, _results, blocks = ex.evaluate(raw)
    assert not errors
    return ex, values, blocks


def test_markdown_keeps_letters_and_escapes_html():
    ex, values, blocks = evaluated("E04", materials=f"māls {LETTERS}", product="<b>krūzes</b> | bļodas")
    md = exports.to_markdown(ex, values, blocks)
    assert LETTERS in md and "&lt;b&gt;krūzes&lt;/b&gt; \\| bļodas" in md
    assert md.startswith("# E04. Unikālā pārdošanas piedāvājuma darblapa")


def test_markdown_numbers_as_latvians_write_them():
    ex, values, blocks = evaluated("E28")
    md = exports.to_markdown(ex, values, blocks)
    assert "70,89\u00a0€" in md and "10,5\u00a0%" in md


def test_excel_has_answers_results_and_real_numbers():
    from openpyxl import load_workbook

    ex, values, blocks = evaluated("E28", product=f"Krūze {LETTERS}")
    wb = load_workbook(io.BytesIO(exports.to_xlsx(ex, values, blocks)))
    assert wb.sheetnames == ["Atbildes", "Rezultāti"]
    answers = [c.value for row in wb["Atbildes"].iter_rows() for c in row]
    assert f"Krūze {LETTERS}" in answers
    cells = [c for row in wb["Rezultāti"].iter_rows() for c in row]
    materials = next(c for c in cells if c.value == 8.5)
    assert materials.number_format == '#,##0.00 "€"'
    assert any(c.value == "70,89\u00a0€" for c in cells)


@pytest.mark.parametrize("exercise_id", registry.ids())
def test_pdf_holds_latvian_text(exercise_id):
    from pypdf import PdfReader

    ex, values, blocks = evaluated(exercise_id)
    data = exports.to_pdf(ex, values, blocks)
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert ex.title.split()[0] in text
    assert any(ch in text for ch in LETTERS)


def test_filenames_are_readable():
    assert exports.filename(registry.get("E28"), "pdf") == "E28_Produkta_izmaksu_un_cenas_kalkulators.pdf"
    assert exports.filename(registry.get("E31"), "md") == "E31_12_mēnešu_satura_plāns.md"
