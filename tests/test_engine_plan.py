"""The plan engine (E66): the saved-answers field, the store and session that fill it, Section blocks on every
surface, the Word export, and a learner who filled in many exercises getting a plan in four formats that open."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess

import pytest

from widgets import app, exports, registry
from widgets.blocks import Chart, Check, Metric, Note, Section, Table, Text
from widgets.exercise import Exercise
from widgets.fields import FieldError, SavedAnswersField, TextField
from widgets.plan import plan_exercises
from widgets.render_html import render_blocks
from widgets.session import Session
from widgets.store import Store
from widgets.worksheet import Worksheet

LETTERS = "āēīūšžčļņķģ"


# --- the field, the store, the session ------------------------------------------------

def test_saved_answers_field_reads_only_a_dict_of_answers():
    f = SavedAnswersField("saved", "Saglabātās atbildes")
    assert f.readonly and not f.required and f.default == {}
    assert f.parse(None) == {} and f.parse("") == {}
    assert f.parse({"E28": {"price": "1"}, "E01": "nav vārdnīca", 5: {}}) == {"E28": {"price": "1"}}
    with pytest.raises(FieldError, match="nav nolasāmas"):
        f.parse("teksts")
    assert f.display({"E01": {}, "E04": {}}) == "Saglabāti 2 vingrinājumi"


def test_store_gives_the_latest_complete_answers_per_exercise(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'a.sqlite'}")
    store.save("anna", "E28", {"price": "45"}, complete=True)
    store.save("anna", "E28", {"price": "x"}, complete=False)  # half-typed later: does not hide the good one
    store.save("anna", "E04", {"product": "krūzes"}, complete=False)  # never complete: not in the plan
    store.save("juris", "E05", {"a": "b"}, complete=True)  # another learner
    assert store.latest_complete("anna") == {"E28": {"price": "45"}}


def test_session_fills_the_field_from_the_store_and_never_saves_it(store):
    e28 = registry.get("E28")
    values, _errors, results, _blocks = e28.evaluate(e28.default_raw())
    Session(e28, store, "anna").save(e28.default_raw(), values, results)
    plan = registry.get("E66")
    session = Session(plan, store, "anna")
    raw = session.starting_raw()
    assert raw["saved"] == {"E28": e28.default_raw()}
    values, _errors, results, _blocks = plan.evaluate(raw)
    assert session.save(raw, values, results)
    saved = store.latest("anna", "E66")
    assert "saved" not in saved and saved["vision"] == raw["vision"]
    assert "E66" not in Session(plan, store, "anna").starting_raw()["saved"]  # the plan never holds itself
    assert Session(plan, None, "anna").starting_raw()["saved"] == {}


def test_worksheet_shows_a_summary_not_an_input(store):
    sheet = Worksheet(registry.get("E66"), store, "anna")
    control = next(c for c in sheet.controls if c.field.name == "saved")
    assert "Saglabāti 0 vingrinājumi" in control.input.value and not hasattr(control.input, "disabled")
    e28 = registry.get("E28")
    sheet.set_raw("saved", {"E28": e28.default_raw()})
    assert "Saglabāts 1 vingrinājums" in control.input.value
    assert "E28. Produkta izmaksu un cenas kalkulators" in sheet.results.value
    assert "70,89\u00a0€" in sheet.results.value


def test_index_puts_my_plan_first():
    html = app.index_html(None, "?learner=anna", "../")
    assert html.index("Mans plāns") < html.index('class="cb-h"')
    assert 'href="../apps/E66?learner=anna"' in html


# --- Section blocks and links on every surface -----------------------------------------

def _exercise() -> Exercise:
    return Exercise(
        id="E98", title="Gara ātrā pārbaude", chapter=32, intro="Pārbaude.",
        fields=[TextField("name", "Vārds", default="Ķīpsala")],
        compute=lambda a: {"name": a["name"]},
        view=lambda a, r: BLOCKS,
    )


BLOCKS = [
    Section("Pirmā daļa: ģimene"), Metric("Cena", "12,50\u00a0€"),
    Table("Izmaksas", ["Pozīcija", "Summa", "Daļa"], [["Māls", "8,50\u00a0€", "10,5\u00a0%"]], [[None, 8.5, 10.5]],
          [None, "money", "percent"]),
    Section("Apakšdaļa ļoti gara", 2), Text("Stāsts", "Šūpuļdziesma\n\nOtrā rindkopa"), Check("Pārbaude", True, "Labi."),
    Section("Otrā daļa"), Note("Avots: rokasgrāmata."),
    Table("Vēl jāaizpilda", ["Vingrinājums", "Saite"], [["E05. Konkurenti", "/apps/E05"], ["E06", "javascript:x"]],
          links=[["/apps/E05?learner=anna", None], ["javascript:alert(1)", None]]),
    Chart("bar", "Pārdošana", ["Jan", "Feb"], {"Ieņēmumi": [100, 200]}, "Mēnesis", "€"),
]


def test_sections_and_links_in_html():
    html = render_blocks(BLOCKS, charts=False)
    assert '<h3 class="cb-section">Pirmā daļa: ģimene</h3>' in html
    assert '<h4 class="cb-h cb-subsection">Apakšdaļa ļoti gara</h4>' in html
    assert '<a href="/apps/E05?learner=anna">E05. Konkurenti</a>' in html
    assert "javascript" not in html.split("E05. Konkurenti")[1].split("</table>")[0].replace(">javascript:x<", "")


def test_sections_in_markdown():
    md = exports.to_markdown(_exercise(), {"name": "Ķīpsala"}, BLOCKS)
    assert "\n### Pirmā daļa: ģimene\n" in md and "\n#### Apakšdaļa ļoti gara\n" in md
    assert "[E05. Konkurenti](/apps/E05?learner=anna)" in md and "](javascript" not in md


def test_sections_in_excel_are_sheets_with_real_numbers():
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(exports.to_xlsx(_exercise(), {"name": "Ķīpsala"}, BLOCKS)))
    assert wb.sheetnames == ["Atbildes", "Pirmā daļa ģimene", "Otrā daļa"]
    cells = {c.value: c for row in wb["Pirmā daļa ģimene"].iter_rows() for c in row if c.value is not None}
    assert cells[8.5].number_format == exports.EXCEL_FORMATS["money"]
    assert cells[10.5].number_format == exports.EXCEL_FORMATS["percent"]
    assert "Apakšdaļa ļoti gara" in cells and "Avots: rokasgrāmata." in [
        c.value for row in wb["Otrā daļa"].iter_rows() for c in row]


def test_sections_in_pdf_make_a_table_of_contents():
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(exports.to_pdf(_exercise(), {"name": "Ķīpsala"}, BLOCKS)))
    titles = _outline_titles(reader.outline)
    assert {"Manas atbildes", "Rezultāti", "Pirmā daļa: ģimene", "Apakšdaļa ļoti gara", "Otrā daļa"} <= set(titles)
    first = reader.pages[0].extract_text()
    assert "Saturs" in first and "Pirmā daļa: ģimene" in first


def test_pdf_without_sections_has_no_table_of_contents():
    from pypdf import PdfReader

    ex = registry.get("E28")
    values, _e, _r, blocks = ex.evaluate(ex.default_raw())
    reader = PdfReader(io.BytesIO(exports.to_pdf(ex, values, blocks)))
    assert "Saturs" not in reader.pages[0].extract_text() and not reader.outline


def test_word_export_of_sections_checks_notes_and_charts():
    from docx import Document

    doc = Document(io.BytesIO(exports.to_docx(_exercise(), {"name": "Ķīpsala"}, BLOCKS)))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert ("Title", "E98. Gara ātrā pārbaude") in headings
    assert ("Heading 2", "Pirmā daļa: ģimene") in headings and ("Heading 3", "Apakšdaļa ļoti gara") in headings
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "✔ Pārbaude: Labi." in text and "Šūpuļdziesma" in text and "Avots: rokasgrāmata." in text
    assert "Vārds: Ķīpsala" in text
    assert [[c.text for c in r.cells] for r in doc.tables[0].rows] == [["Pozīcija", "Summa", "Daļa"],
                                                                       ["Māls", "8,50\u00a0€", "10,5\u00a0%"]]
    assert len(doc.inline_shapes) == 1


def test_word_export_drops_characters_xml_cannot_hold():
    from docx import Document

    blocks = [Section("Daļa\x02"), Text("Teksts\x00", "Rinda\x1f"), Metric("Cena\x07", "1\u00a0€", "piezīme\x08")]
    doc = Document(io.BytesIO(exports.to_docx(_exercise(), {"name": "Ā\x01b"}, blocks)))
    text = _docx_text(doc)
    assert "Daļa" in text and "Rinda" in text and "Cena: 1\u00a0€ (piezīme)" in text and "Vārds: Āb" in text


def test_word_is_offered_with_the_other_downloads():
    assert exports.MIME["docx"].endswith("wordprocessingml.document")
    assert exports.filename(registry.get("E28"), "docx") == "E28_Produkta_izmaksu_un_cenas_kalkulators.docx"
    sheet = Worksheet(registry.get("E28"), None, "t")
    sheet.prepare_downloads()
    for ext in ("md", "xlsx", "docx", "pdf"):
        assert f"cb-download-{ext}" in sheet.downloads.value


@pytest.mark.parametrize("exercise_id", registry.ids())
def test_word_export_of_every_exercise_keeps_latvian_letters(exercise_id):
    from docx import Document

    ex = registry.get(exercise_id)
    values, errors, _results, blocks = ex.evaluate(ex.default_raw())
    assert not errors
    doc = Document(io.BytesIO(exports.to_docx(ex, values, blocks)))
    text = _docx_text(doc)
    assert doc.paragraphs[0].text == f"{ex.id}. {ex.title}"
    assert any(ch in text for ch in LETTERS)
    assert len(doc.inline_shapes) == sum(isinstance(b, Chart) for b in blocks)


# --- a learner who filled in many exercises ----------------------------------------------

def _outline_titles(outline) -> list[str]:
    out = []
    for item in outline:
        out += _outline_titles(item) if isinstance(item, list) else [item.title]
    return out


def _docx_text(doc) -> str:
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """Anna saved the example answers of every exercise but two she never opened and one she left half-typed;
    one exercise has a half-typed revision after its complete one (its complete answers still count)."""
    tmp = tmp_path_factory.mktemp("plan")
    store = Store(f"sqlite:///{tmp / 'answers.sqlite'}")
    exercises = plan_exercises()
    never = {exercises[len(exercises) // 2].id, exercises[-1].id}
    half = exercises[1].id
    complete = set()
    for ex in exercises:
        if ex.id in never:
            continue
        raw = ex.default_raw()
        values, _errors, results, _blocks = ex.evaluate(raw)
        broken = {**raw, ex.fields[0].name: "x" * 5000}
        if ex.id == half:
            Session(ex, store, "anna").save(broken, values, None)
            continue
        Session(ex, store, "anna").save(raw, values, results)
        if results is not None:
            complete.add(ex.id)
    first = exercises[0]
    Session(first, store, "anna").save({**first.default_raw(), first.fields[0].name: "x" * 5000}, {}, None)
    sheet = Worksheet(registry.get("E66"), store, "anna")
    sheet.prepare_downloads()
    files = {ext: base64.b64decode(data) for ext, data in
             re.findall(r'cb-download-(\w+)" download="[^"]+" href="data:[^;]+;base64,([^"]+)"', sheet.downloads.value)}
    return {"sheet": sheet, "complete": complete, "expected_missing": {e.id for e in exercises} - complete,
            "files": files, "tmp": tmp, "first_done": next(e for e in exercises if e.id in complete)}


def test_plan_has_every_part_and_the_right_missing_list(filled):
    sheet, r = filled["sheet"], filled["sheet"].results_data
    assert sheet.complete and r is not None
    assert r["done"] == len(filled["complete"]) and set(r["missing"]) | set(r["to_review"]) == filled["expected_missing"]
    assert not r["to_review"]  # every saved complete answer still computes
    assert {"E28", filled["first_done"].id} <= filled["complete"]
    parts = [b.title for b in sheet.blocks if isinstance(b, Section) and b.level == 1]
    for title, chapters in registry.PARTS:
        count = sum(1 for e in plan_exercises() if e.chapter in chapters)
        done = sum(1 for e in plan_exercises() if e.chapter in chapters and e.id in filled["complete"])
        assert f"{title} ({done} no {count})" in parts
    missing_rows = [row for b in sheet.blocks if isinstance(b, Table) and b.title == "Vēl jāaizpilda" for row in b.rows]
    assert {row[0].split(".")[0] for row in missing_rows} == filled["expected_missing"]
    missing_links = [links for b in sheet.blocks if isinstance(b, Table) and b.title == "Vēl jāaizpilda" for links in b.links]
    assert all(row[3] == "Atvērt" and links[3] == app.app_url(row[0].split(".")[0])
               for row, links in zip(missing_rows, missing_links))
    summary = next(c for c in sheet.controls if c.field.name == "saved").input.value
    assert f" {len(filled['complete'])} vingrināj" in summary and summary.count("Saglabāt") == 1
    assert "E28. Produkta izmaksu un cenas kalkulators" in sheet.results.value


def test_plan_downloads_in_four_formats_read_back(filled):
    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    files, r = filled["files"], filled["sheet"].results_data
    assert set(files) == {"md", "xlsx", "docx", "pdf"}
    done = f"{r['done']} no {r['total']}"
    md = files["md"].decode("utf-8")
    assert all(f"### {title} (" in md for title, _c in registry.PARTS) and "70,89\u00a0€" in md and done in md

    wb = load_workbook(io.BytesIO(files["xlsx"]))
    for title, _chapters in registry.PARTS:
        assert any(name.startswith(title) for name in wb.sheetnames)
    shop = wb[next(n for n in wb.sheetnames if n.startswith("III. Veikals"))]  # E28 is in chapter 14
    materials = next(c for row in shop.iter_rows() for c in row if c.value == 8.5)
    assert materials.number_format == exports.EXCEL_FORMATS["money"]

    doc = Document(io.BytesIO(files["docx"]))
    headings = {p.text for p in doc.paragraphs if p.style.name.startswith("Heading")}
    assert "E28. Produkta izmaksu un cenas kalkulators" in headings
    assert all(any(h.startswith(title) for h in headings) for title, _c in registry.PARTS)
    assert len(doc.inline_shapes) >= 2 and "70,89\u00a0€" in _docx_text(doc)

    reader = PdfReader(io.BytesIO(files["pdf"]))
    titles = _outline_titles(reader.outline)
    assert all(any(t.startswith(title) for t in titles) for title, _c in registry.PARTS)
    assert "E28. Produkta izmaksu un cenas kalkulators" in titles
    assert "Saturs" in reader.pages[0].extract_text()


def test_plan_downloads_open_in_libreoffice(filled):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-writer-nogui libreoffice-calc-nogui)")
    from pypdf import PdfReader

    tmp, r = filled["tmp"], filled["sheet"].results_data
    names = []
    for ext in ("md", "docx", "xlsx"):
        path = tmp / f"plans_{ext}.{ext}"
        path.write_bytes(filled["files"][ext])
        names.append(str(path))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp / "out"), *names], check=True, capture_output=True, timeout=300)
    first = filled["first_done"]
    for ext in ("md", "docx", "xlsx"):
        text = " ".join(p.extract_text() for p in PdfReader(tmp / "out" / f"plans_{ext}.pdf").pages)
        text = " ".join(text.replace("\u00a0", " ").split())
        assert sum(ch in text for ch in LETTERS) >= 8, ext
        assert "70,89 €" in text, ext  # E28's price (handbook, „Cenas veidošanas stratēģijas”)
        assert f"{r['done']} no {r['total']}" in text, ext
        assert f"{first.id}. {first.title}" in text, ext
