"""E66 Mans e-komercijas plāns (chapter 32): known values.

Sources: chapter 32 "Noslēgums: mans e-komercijas plāns" (the plan is assembled from the latest saved answers,
ordered like the book, and shows what is still missing); handbook, section „Par šo rokasgrāmatu”; the guide
„E-komercijas uzņēmuma izveide: globāls ceļvedis”, section „Secinājums” (three principles).
"""

import pytest

from tests.test_exercises import metric, run
from widgets import app, fmt, registry
from widgets.blocks import Chart, Check, Note, Section, Table
from widgets.exercises.e66_my_plan import sentences
from widgets.plan import NOT_STARTED, TO_REVIEW, plan_exercises


def test_e66_without_saved_answers_lists_every_exercise_as_missing():
    ex, _v, errors, r, blocks = run("E66")
    assert errors == {} and r is not None
    ids = [e.id for e in plan_exercises()]
    assert "E66" not in ids  # the plan does not contain itself
    assert r["done"] == 0 and r["total"] == len(ids) and sorted(r["missing"]) == sorted(ids)
    assert metric(blocks, "Aizpildīti vingrinājumi") == f"0 no {fmt.plain(fmt.integer(len(ids)))}"
    assert metric(blocks, "Plāna gatavība") == "0 %"
    assert any(isinstance(b, Note) and b.level == "warning" and "Sāciet ar pamatiem" in b.text for b in blocks)
    # one section per part of the book, in the book's order
    parts = [b.title.split(" (")[0] for b in blocks if isinstance(b, Section) and b.level == 1][1:]
    assert parts == [title for title, _chapters in registry.PARTS]


def test_e66_90_days_from_the_start_month():
    """1 January 2027 + 90 days: the last day is 31 March (31 + 28 + 31 = 90), the mid-point 14 February (31 + 14 = 45)."""
    _ex, _v, _e, r, blocks = run("E66", start_month="janvāris", start_year="2027")
    assert fmt.plain(r["end"].strftime("%d.%m.%Y")) == "31.03.2027" and r["review"].strftime("%d.%m.%Y") == "14.02.2027"
    table = next(b for b in blocks if isinstance(b, Table) and b.title.startswith("Prioritātes 90 dienām"))
    assert table.rows[0][1:] == ["Atvērt Etsy veikalu ar 20 produktiem", "14.02.2027.", "31.03.2027."]
    assert len(table.rows) == 3
    # a leap year: 1 February 2028 + 90 days ends on 30 April (29 + 31 + 30 = 90)
    _ex, _v, _e, r, _b = run("E66", start_month="februāris", start_year="2028")
    assert r["end"].strftime("%d.%m.%Y") == "30.04.2028"


def test_e66_same_priority_twice_is_a_computation_error():
    _ex, _v, errors, r, blocks = run("E66", priority_2=" atvērt etsy  veikalu ar 20 produktiem ")
    assert errors == {} and r is None
    assert isinstance(blocks[0], Note) and "divreiz" in blocks[0].text


def test_e66_vision_in_one_or_two_sentences():
    assert sentences("Viens teikums.") == 1 and sentences("Viens. Divi! Trīs?") == 3 and sentences("Bez punkta") == 1
    assert sentences("Pēc 3,5 gadiem — 1 000 € mēnesī… Un vēl.") == 2
    _ex, _v, _e, _r, blocks = run("E66", vision="Pirmais. Otrais. Trešais.")
    check = next(b for b in blocks if isinstance(b, Check) and b.label == "Vīzija īsi")
    assert not check.ok and "3 teikumi" in check.message
    _ex, _v, _e, _r, blocks = run("E66")
    assert next(b for b in blocks if isinstance(b, Check) and b.label == "Vīzija īsi").ok


def test_e66_assembles_saved_answers_and_marks_broken_ones_for_review():
    e28 = registry.get("E28")
    first = plan_exercises()[0]
    saved = {"E28": e28.default_raw(), first.id: {f.name: "x" * 5000 for f in first.fields}, "E66": {"vision": "x"}}
    _ex, _v, errors, r, blocks = run("E66", saved=saved)
    assert errors == {}
    assert r["done"] == 1 and r["to_review"] == [first.id] and "E28" not in r["missing"]
    heading = next(i for i, b in enumerate(blocks) if isinstance(b, Section) and b.title.startswith("E28."))
    # E28's key results follow its heading: the price (handbook, „Cenas veidošanas stratēģijas”), its chart
    after = blocks[heading + 1:]
    after = after[:next((i for i, b in enumerate(after) if isinstance(b, (Section, Table)) and
                         (isinstance(b, Section) or b.title == "Vēl jāaizpilda")), len(after))]
    assert any(getattr(b, "value", "") == "70,89\u00a0€" for b in after)
    assert sum(isinstance(b, Chart) for b in after) <= 1 and not any(isinstance(b, (Note, Check)) for b in after)
    states = {row[0].split(".")[0]: row[2] for b in blocks if isinstance(b, Table) and b.title == "Vēl jāaizpilda"
              for row in b.rows}
    assert states[first.id] == TO_REVIEW and states[plan_exercises()[1].id] == NOT_STARTED and "E28" not in states


def test_e66_missing_exercises_link_to_their_apps(monkeypatch):
    monkeypatch.setattr(app, "_link_suffix", "?learner=anna")
    _ex, _v, _e, _r, blocks = run("E66")
    table = next(b for b in blocks if isinstance(b, Table) and b.title == "Vēl jāaizpilda")
    first = table.rows[0][0].split(".")[0]
    assert table.links[0][0] == app.app_url(first, "?learner=anna") == f"/apps/{first}?learner=anna"


@pytest.mark.parametrize("n, text", [(0, "Saglabāti 0 vingrinājumi"), (1, "Saglabāts 1 vingrinājums"),
                                     (11, "Saglabāti 11 vingrinājumi"), (21, "Saglabāts 21 vingrinājums")])
def test_e66_saved_answers_summary(n, text):
    f = registry.get("E66").field("saved")
    assert f.display({f"E{i:02d}": {} for i in range(n)}) == text
