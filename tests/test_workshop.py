"""Workshop mode without a server: rooms and participants in the store, signed identity, the
grid's counts, the class views and the class exports (issue 7)."""

from __future__ import annotations

import csv
import io
import time
import zipfile

import openpyxl
import pytest

from widgets import registry
from widgets.identity import learner_and_suffix, learner_from, participant_from, sign_participant
from widgets.render_html import render_blocks
from widgets.store import Store
from widgets.workshop import exports
from widgets.workshop.class_views import blocks_for, generic
from widgets.workshop.model import ARCHIVED, CLOSED, Workshop, digest, normalise_code

SECRET = "s" * 64


@pytest.fixture
def ws(tmp_path):
    return Workshop(Store(f"sqlite:///{tmp_path / 'w.sqlite'}"))


def save(store, learner, exercise_id, **changes):
    ex = registry.get(exercise_id)
    raw = {**ex.default_raw(), **changes}
    values, errors, results, _ = ex.evaluate(raw)
    store.save(learner, exercise_id, raw, ex.profile_out(values, results) if results else {}, results is not None)


def test_rooms_keep_secrets_hashed_and_codes_apart(ws):
    room, key = ws.create_room("Rīta grupa")
    other, other_key = ws.create_room("Pēcpusdiena")
    assert room.code != other.code and len(room.code) == 6
    with ws.engine.connect() as conn:
        stored = " ".join(str(v) for row in conn.exec_driver_sql("SELECT * FROM ws_rooms") for v in row)
    assert key not in stored and digest(key) in stored
    assert ws.room_for_key(room.slug, key) == room
    assert ws.room_for_key(room.slug, other_key) is None  # one trainer's key does not open another's room
    assert ws.open_room_by_code(room.code.lower()[:3] + "-" + room.code[3:]) == room
    assert normalise_code(" ab c-12 3 ") == "ABC123"
    ws.set_state(room, CLOSED)
    assert ws.open_room_by_code(room.code) is None  # a closed room takes nobody new
    second, _ = ws.create_room("Otrā", key=key)
    assert {r.slug for r in ws.rooms_for_key(key)} == {room.slug, second.slug}


def test_the_same_name_twice_is_two_participants(ws):
    room, _ = ws.create_room("R")
    anna, token = ws.join(room, "  Anna   Bērziņa ")
    again, token2 = ws.join(room, "Anna Bērziņa")
    assert anna.name == "Anna Bērziņa" and anna.learner != again.learner and token != token2
    assert ws.by_token(token)[0] == anna and ws.by_token(token2)[0] == again
    assert ws.by_token("x" * 32) is None and ws.by_token("") is None
    assert anna.learner.startswith(f"ws:{room.slug}:")
    # the participant's id can never come from ?learner= (":" is outside its alphabet)
    assert learner_from(f"learner={anna.learner}") == "local"
    with ws.engine.connect() as conn:
        assert token not in " ".join(str(v) for row in conn.exec_driver_sql("SELECT * FROM ws_participants") for v in row)


def test_only_a_valid_fresh_signature_names_a_participant(monkeypatch):
    learner = "ws:abcd1234:0123456789abcdef"
    query = "exercise=E28&" + "&".join(f"{k}={v}" for k, v in sign_participant(learner, SECRET))
    monkeypatch.setenv("CRAFTBOOK_WS_SECRET", SECRET)
    assert participant_from(query) == learner
    assert learner_from(query + "&learner=anna") == learner
    assert learner_and_suffix(query) == (learner, "")  # the cookie travels, not the id
    assert learner_from(query, "marta") == "marta"  # the hub user is stronger
    forged = query.replace(learner, "ws:abcd1234:fedcba9876543210")
    assert participant_from(forged) is None and learner_from(forged) == "local"
    assert participant_from(query, secret="other") is None
    old = "&".join(f"{k}={v}" for k, v in sign_participant(learner, SECRET, now=time.time() - 3600))
    assert participant_from(old) is None
    monkeypatch.delenv("CRAFTBOOK_WS_SECRET")
    assert participant_from(query) is None  # no secret, no participant


def test_grid_counts_equal_the_store(ws):
    store = ws.store
    room, _ = ws.create_room("R")
    other, _ = ws.create_room("Cita telpa")
    a, _ = ws.join(room, "Anna")
    b, _ = ws.join(room, "Juris")
    c, _ = ws.join(other, "Cits")
    assert ws.set_agenda(room, ["E28", "E21", "E99", "E28"]) == ["E28", "E21"]
    save(store, a.learner, "E28")
    save(store, b.learner, "E28", materials="abc")  # invalid: started, not done
    save(store, c.learner, "E28")
    grid = ws.grid(room)
    assert [p["name"] for p in grid["participants"]] == ["Anna", "Juris"]  # the other room stays apart
    assert grid["counts"]["E28"] == {"nav": 0, "iesākts": 1, "pabeigts": 1}
    assert grid["counts"]["E21"] == {"nav": 2, "iesākts": 0, "pabeigts": 0}
    for person, participant in zip(grid["participants"], (a, b)):
        progress = store.progress(participant.learner)
        for eid, cell in person["cells"].items():
            assert cell["state"] == progress.get(eid, "nav")


def test_every_exercise_has_a_class_view():
    for exercise in registry.all_exercises():
        values, errors = exercise.validate(exercise.default_raw())
        assert not errors, exercise.id
        html = render_blocks(blocks_for(exercise, [values, values]), charts=False)
        assert "cb-" in html, exercise.id
    # the views issue 7 names live in their exercises' definitions
    assert all(registry.get(e).class_view for e in ("E28", "E21", "E05", "E04", "E13", "E31"))
    assert "Vēl neviens" in render_blocks(blocks_for(registry.get("E28"), []))


def test_specific_class_views_show_what_issue_7_asks():
    e28 = registry.get("E28")
    values = [e28.validate({**e28.default_raw(), "materials": m, "hourly_rate": r})[0] for m, r in
              (("8,50", "15"), ("20", "25"), ("12", "18"))]
    html = render_blocks(blocks_for(e28, values), charts=False)
    assert "Mazumtirdzniecības cenas mediāna" in html and "Stundas likmes mediāna" in html
    titles = [b.title for b in blocks_for(e28, values) if hasattr(b, "kind")]
    assert titles == ["Mazumtirdzniecības cenas", "Stundas likmes"]
    e04 = registry.get("E04")
    usp = e04.validate({**e04.default_raw(), "customer": "<script>x</script> mājām"})[0]
    html = render_blocks(blocks_for(e04, [usp]))
    assert "&lt;script&gt;" in html and "<script>x" not in html
    e31 = registry.get("E31")
    html = render_blocks(blocks_for(e31, [e31.validate(e31.default_raw())[0]]), charts=False)
    assert "Populārākais mēnesis jaunumiem" in html
    # an exercise's own class_view wins over the generic one
    custom = registry.get("E09")
    assert generic(custom, [custom.validate(custom.default_raw())[0]])


def test_class_xlsx_has_a_sheet_per_exercise_and_numbers_as_numbers(ws):
    store = ws.store
    room, _ = ws.create_room("R")
    a, _ = ws.join(room, "Anna Ērgle")
    b, _ = ws.join(room, "<b>Juris</b>")
    ws.set_agenda(room, ["E28", "E21"])
    save(store, a.learner, "E28", materials="8,50", product="Māla krūze ķirbju krāsā")
    save(store, b.learner, "E28", materials="12,30")
    save(store, b.learner, "E21")
    wb = openpyxl.load_workbook(io.BytesIO(exports.class_xlsx(ws, room)))
    assert [s.title[:3] for s in wb.worksheets] == ["E28", "E21"]
    sheet = wb.worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["Anna Ērgle", "<b>Juris</b>"]
    materials = header.index("Materiālu izmaksas vienam izstrādājumam")
    assert rows[0][materials] == 8.5 and rows[1][materials] == 12.3
    assert sheet.cell(2, materials + 1).number_format == exports.EXCEL_FORMATS["money"]
    fee = header.index("Platformas komisija")
    assert sheet.cell(2, fee + 1).value == 10.5 and "%" in sheet.cell(2, fee + 1).number_format
    retail = header.index("Ieteicamā mazumtirdzniecības cena")
    assert isinstance(rows[0][retail], float) and rows[0][retail] == pytest.approx(70.89)
    assert rows[0][header.index("Produkts")] == "Māla krūze ķirbju krāsā"
    assert [r[0] for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)] == ["<b>Juris</b>"]

    text = exports.class_csv(ws, room, "E28").decode("utf-8")
    assert text.startswith("\ufeff")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert table[1][materials] == "8,50" and table[1][0] == "Anna Ērgle"
    with zipfile.ZipFile(io.BytesIO(exports.class_csv_zip(ws, room))) as z:
        assert sorted(n[:3] for n in z.namelist()) == ["E21", "E28"]


def test_pdf_zip_has_a_folder_per_learner(ws):
    room, _ = ws.create_room("R")
    a, _ = ws.join(room, "Anna Ērgle")
    ws.join(room, "Nekas nav saglabāts")
    save(ws.store, a.learner, "E28")
    with zipfile.ZipFile(io.BytesIO(exports.pdf_zip(ws, room))) as z:
        names = z.namelist()
        assert names == ["01_Anna_Ērgle/E28_Produkta_izmaksu_un_cenas_kalkulators.pdf"]
        assert z.read(names[0]).startswith(b"%PDF")


def test_archived_rooms_stay_listed_for_their_trainer(ws):
    room, key = ws.create_room("R")
    ws.set_state(room, ARCHIVED)
    assert ws.rooms_for_key(key)[0].state == ARCHIVED
    assert ws.open_room_by_code(room.code) is None


def test_a_case_on_the_agenda_opens_its_sandbox_and_stays_out_of_the_answers(ws, tmp_path, monkeypatch):
    from widgets import cases
    from widgets.workshop.learner import agenda_html

    store = ws.store
    room, _ = ws.create_room("R")
    anna, _ = ws.join(room, "Anna")
    case = next(c for c in cases.all_cases() if c.kind == "illustrative")
    run = case.runs[0]
    assert ws.set_case_agenda(room, [case.slug, "nav-tada-gadijuma", case.slug]) == [case.slug]
    ws.set_agenda(room, ["E28"])
    grid = ws.grid(room)
    assert grid["cases"] == [{"slug": case.slug, "title": case.title,
                              "exercises": [r.exercise for r in case.runs], "opened": 0}]
    assert grid["participants"][0]["case_cells"][case.slug]["state"] == "nav"

    # working in the case's sandbox shows in the grid, and never as the participant's own answers
    store.save(cases.sandbox_learner(anna.learner, case.slug), run.exercise, cases.raw_for(run), {}, True)
    grid = ws.grid(room)
    assert grid["participants"][0]["case_cells"][case.slug]["state"] == "iesākts"
    assert grid["cases"][0]["opened"] == 1
    assert grid["participants"][0]["cells"]["E28"]["state"] == "nav"
    assert (anna.learner, run.exercise) not in ws.latest(room)
    assert run.exercise not in ws.answered_exercises(room) or run.exercise == "E28"

    # the participant's list shows the case with links that open each exercise on the case's data
    monkeypatch.setenv("CRAFTBOOK_DB", str(store.engine.url))
    html = agenda_html(anna.learner, {}, "/")
    assert "Gadījumi diskusijai" in html and case.title in html
    assert f'href="/case_studies/{case.slug}.html"' in html
    for r in case.runs:
        assert f'href="/apps/{r.exercise}?case={case.slug}"' in html


def test_a_hub_user_takes_part_in_two_rooms_with_their_own_answers(ws):
    store = ws.store
    morning, _ = ws.create_room("Rīts", key=Workshop.hub_trainer_key("ilze"))
    evening, _ = ws.create_room("Vakars", key=Workshop.hub_trainer_key("ilze"))
    assert [r.name for r in ws.rooms_for_key(Workshop.hub_trainer_key("ilze"))] == ["Vakars", "Rīts"]
    first = ws.join_as_hub_user(morning, "anna", "Anna")
    again = ws.join_as_hub_user(morning, "anna", "Anna Ērgle")  # joining again renames, adds nobody
    assert again.id == first.id and [p.name for p in ws.participants(morning)] == ["Anna Ērgle"]
    ws.join_as_hub_user(evening, "anna", "Anna")
    assert ws.by_learner("anna") is None  # outside a hub, only workshop ids name a participant
    assert ws.by_learner("anna", hub=True)[1].name == "Vakars"  # the room joined last
    ws.set_agenda(morning, ["E28"])
    save(store, "anna", "E28")
    save(store, "juris", "E28")  # not in the room: never in its grid
    grid = ws.grid(morning)
    assert [(p["name"], p["cells"]["E28"]["state"]) for p in grid["participants"]] == [("Anna Ērgle", "pabeigts")]
