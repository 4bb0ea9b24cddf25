"""Group a (chapters 2–6): E02, E03, E06, E07, E08, E10, E11, E12 with values hand-computed from the
chapters' and sources' figures."""

import pytest

from tests.test_exercises import metric, run
from widgets import fmt, registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import cashflow, product_lines


def note_text(blocks):
    return " ".join(b.text for b in blocks if isinstance(b, Note))


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


def rows_with(exercise_id, field, changes):
    """The default rows of a table field with some cells changed: {row index: {column: raw}}."""
    rows = [dict(r) for r in registry.get(exercise_id).default_raw()[field]]
    for index, cells in changes.items():
        rows[index].update(cells)
    return rows


def computation_note(exercise_id, **changes):
    _ex, _v, errors, results, blocks = run(exercise_id, **changes)
    assert errors == {} and results is None
    assert isinstance(blocks[0], Note)
    return blocks[0].text


# --- E02 Vietējais vai globālais tirgus --------------------------------------------------------------------

def test_e02_weighted_scores_by_hand():
    """Handbook, „Amatnieki un e-komercija”: local vs global buyers; the chapter's four questions.
    Defaults: answers 2, 4, 4, 3, 4, 4 with weights 4, 5, 3, 3, 3, 4 (sum 22):
    global = (8 + 20 + 12 + 9 + 12 + 16) / 22 = 3,5; local = (16 + 10 + 6 + 9 + 6 + 8) / 22 = 2,5."""
    _ex, _v, errors, r, blocks = run("E02")
    assert errors == {}
    assert r["global"] == pytest.approx(77 / 22) and r["local"] == pytest.approx(55 / 22)
    assert r["market"] == "Globālais"
    assert metric(blocks, "Globālā") == "3,5 no 5"
    assert registry.get("E02").profile_out({}, r) == {"target_market": "Globālais"}
    assert any(isinstance(b, Chart) and b.kind == "barh" for b in blocks)


def test_e02_balanced_answers_recommend_both_and_local_wins():
    middle = rows_with("E02", "answers", {i: {"answer": "3"} for i in range(6)})
    r = run("E02", answers=middle)[3]
    assert r["market"] == "Abi" and r["local"] == pytest.approx(3)
    local = rows_with("E02", "answers", {i: {"answer": "1"} for i in range(6)})
    r = run("E02", answers=local)[3]
    assert r["market"] == "Vietējais" and r["local"] == pytest.approx(5)


def test_e02_all_weights_zero_is_an_error():
    zero = rows_with("E02", "answers", {i: {"weight": "0"} for i in range(6)})
    assert "svarīgums ir 0" in computation_note("E02", answers=zero)


def test_e02_fragile_goods_warn_for_global():
    fragile = rows_with("E02", "answers", {1: {"answer": "1"}})
    blocks = run("E02", answers=fragile)[4]
    r = run("E02", answers=fragile)[3]
    assert r["market"] != "Vietējais"
    assert not check(blocks, "Globālajam tirgum").ok


# --- E03 Niša un mērķauditorija ----------------------------------------------------------------------------

def test_e03_persona_card_and_profile():
    """Buyer-journey guide, „Izveidojiet savu pircēja personību”: demographics and lifestyle; the chapter's card."""
    ex, _v, errors, r, blocks = run("E03")
    assert errors == {}
    card = next(b for b in blocks if isinstance(b, Text) and b.title.startswith("Pircēja personas kartīte"))
    assert "Ilze" in card.title and "34 gadi, Rīga, projektu vadītāja" in card.body
    niche = next(b for b in blocks if isinstance(b, Text) and b.title == "Nišas formulējums")
    assert niche.body.startswith("Es radu roku darinātus linu dvieļus cilvēkiem, kuri")
    out = ex.profile_out(_v, r)
    assert out["persona_name"] == "Ilze" and out["persona_summary"].startswith("Ilze, 34 gadi")
    assert metric(blocks, "Personas pilnīgums") == "5 no 5"


def test_e03_guess_and_vague_problem_fail_checks():
    blocks = run("E03", source="Mans pieņēmums", problem="skaista lieta", objections="", factors=[])[4]
    assert not check(blocks, "Persona balstīta").ok
    assert not check(blocks, "Problēma aprakstīta").ok
    assert not check(blocks, "Iebildumi").ok
    assert not check(blocks, "Zināmi 1–3").ok


# --- E06 Tirgus izpētes plāns ------------------------------------------------------------------------------

def test_e06_plan_dates():
    """Chapter 3 table of methods; the tip to repeat the research after half a year (182 days).
    Start 4.01.2027, last method in week 4: 4.01 + 3 weeks + 6 days = 31.01.2027; repeat 5.07.2027."""
    _ex, _v, errors, r, blocks = run("E06")
    assert errors == {}
    assert metric(blocks, "Izpēte pabeigta līdz") == "31.01.2027"
    assert r["hours"] == pytest.approx(3 + 2 + 2 + 5 + 2 + 3)
    plan = next(b for b in blocks if isinstance(b, Text)).body
    assert "Atkārtot izpēti: 05.07.2027" in plan and "#handmadeceramics" in plan
    assert r["busiest"] == pytest.approx(5) and check(blocks, "Izpēte iekļaujas").ok
    assert any(isinstance(b, Chart) and b.kind == "timeline" for b in blocks)


def test_e06_checks_and_errors():
    only_two = rows_with("E06", "methods", {i: {"use": "Nē"} for i in (1, 3, 4, 5)})
    blocks = run("E06", methods=only_two, hours_per_week="2")[4]
    assert not check(blocks, "Vismaz trīs").ok
    assert not check(blocks, "Ieklausāties pašos pircējos").ok
    assert not check(blocks, "Lasāt pircēju atsauksmes").ok
    assert not check(blocks, "Izpēte iekļaujas").ok
    none = rows_with("E06", "methods", {i: {"use": "Nē"} for i in range(6)})
    assert "vismaz vienu" in computation_note("E06", methods=none)
    assert "dd.mm.gggg" in computation_note("E06", start_date="2026-03-02")
    assert "Šāda datuma nav" in computation_note("E06", start_date="31.02.2026")


# --- E07 SVID analīze --------------------------------------------------------------------------------------

def test_e07_grid_pairs_and_profile():
    """Chapter 4, „SVID analīze”: four boxes and the four strategic pairs with their questions."""
    ex, values, errors, r, blocks = run("E07")
    assert errors == {}
    assert r["lists"]["strengths"][0] == "Reta malkas krāsns apdedzināšanas tehnika"
    assert [p["code"] for p in r["pairs"]] == ["SO", "WO", "ST", "WT"]
    pairs = next(b for b in blocks if isinstance(b, Text)).body
    assert "SO (Stiprās puses + iespējas): „Reta malkas krāsns apdedzināšanas tehnika” + „Ārzemju pircēju" in pairs
    assert "Kur esat visievainojamākais un ko darīt?" in pairs
    grid = next(b for b in blocks if isinstance(b, Table))
    assert grid.rows[0][0] == "Iekšējie faktori" and "Vāji produktu foto" in grid.rows[0][2]
    assert all(b.ok for b in blocks if isinstance(b, Check))
    assert ex.profile_out(values, r)["swot_strengths"] == r["lists"]["strengths"]


def test_e07_vague_points_missing_actions_and_empty():
    blocks = run("E07", strengths="Laba kvalitāte", so_action="")[4]
    assert not check(blocks, "Punkti ir konkrēti").ok and "Laba kvalitāte" in check(blocks, "Punkti").message
    assert not check(blocks, "Katrā laukā").ok and not check(blocks, "Katram pārim").ok
    assert "vismaz vienu punktu" in computation_note("E07", strengths="", weaknesses="", opportunities="", threats="")


# --- E08 VDAR atbilstības pārbaude -------------------------------------------------------------------------

def test_e08_weighted_checklist_by_hand():
    """Handbook, „Likuma prasības”: five VDAR areas (weight 2); e-mail guide's consent steps (weight 1).
    Total 5 × 2 + 8 × 1 = 18; ticked: policy 2 + consent 2 + data list 1 + unsubscribe link 1 = 6 → 33,3 %."""
    _ex, _v, errors, r, blocks = run("E08")
    assert errors == {}
    assert r["result"].score_pct == pytest.approx(6 / 18 * 100)
    assert metric(blocks, "VDAR atbilstība") == "33,3 %"
    assert metric(blocks, "Rokasgrāmatas pamatjomas") == "2 no 5"
    assert not check(blocks, "Visas piecas").ok
    assert check(blocks, "Datu apstrādes līgums").message == "Trūkst 2 līgumu."
    missing = next(b for b in blocks if isinstance(b, Table))
    assert missing.rows[0][0].startswith("Klientu dati glabājas droši")  # core items first


def test_e08_without_email_marketing():
    """Without newsletters the five e-mail items are left out: total 4 × 2 + 4 × 1 = 12; ticked 2 + 1 = 3 → 25 %."""
    _ex, _v, _e, r, blocks = run("E08", sends_email="Nē")
    assert r["result"].score_pct == pytest.approx(25)
    assert r["core_total"] == 4
    assert "nesūtāt" in note_text(blocks)


def test_e08_agreement_numbers():
    ex = registry.get("E08")
    ticked = ex.default_raw()["done"] + [ex.field("done").options[4]]
    r = run("E08", done=ticked)[3]
    assert ex.field("done").options[4] in r["result"].missing  # 2 of 4 agreements: not done
    r = run("E08", done=ticked, agreements="4")[3]
    assert ex.field("done").options[4] in r["result"].done
    assert "vairāk nekā pakalpojumu" in computation_note("E08", processors="1", agreements="2")


# --- E10 Ieņēmumu plūsmu kombinācija -----------------------------------------------------------------------

def test_e10_shares_and_concentration():
    """Handbook, „Finanšu plānošana” (list „Ilgtspēja”): five revenue streams; > 50 % from one is our rule of thumb.
    Defaults 7 200 + 2 400 + 1 500 + 900 = 12 000 €: Etsy 60 %; HHI = 0,36 + 0,04 + 0,015625 + 0,005625."""
    ex, values, errors, r, blocks = run("E10")
    assert errors == {}
    assert r["total"] == pytest.approx(12000)
    assert r["largest"]["share"] == pytest.approx(60) and r["risky"]
    assert r["hhi"] == pytest.approx(0.42125)
    assert metric(blocks, "Efektīvais") == "2,4"
    assert not check(blocks, "Neviena plūsma").ok and "īkšķa likums" in note_text(blocks)
    assert check(blocks, "Plūsmas sasniedz").ok
    assert ex.profile_out(values, r)["revenue_streams"] == ["Etsy veikals", "Sava vietne", "Individuāli pasūtījumi",
                                                           "Keramikas meistarklases"]


def test_e10_goal_gap_balance_and_nothing():
    blocks = run("E10", revenue_goal="15000")[4]
    assert "trūkst 3 000,00 €" in fmt.plain(check(blocks, "Plūsmas sasniedz").message)
    even = [{"stream": s, "kind": "Cits", "amount": "1000"} for s in ("A", "B", "C")]
    _ex, _v, _e, r, blocks = run("E10", streams=even, revenue_goal="")
    assert not r["risky"] and r["effective"] == pytest.approx(3)
    assert not check(blocks, "Vismaz 2").ok
    assert not any(b.label.startswith("Plūsmas sasniedz") for b in blocks if isinstance(b, Check))
    zero = [{"stream": "A", "kind": "Cits", "amount": "0"}]
    assert "lielāki par 0" in computation_note("E10", streams=zero)


# --- E11 Produktu līniju rentabilitāte ---------------------------------------------------------------------

def test_e11_chapter_example_ranking():
    """Chapter 6, „Produktu līniju rentabilitāte” (handbook „Pārdošanas datu analīze”): costs 8/25/30 €,
    prices 28/85/140 €, hours 0,75/3/6 → profit per hour 26,67/20,00/18,33 €, margin 71/71/79 %."""
    lines = [{"product": "Krūze", "materials": "8", "hours": "0,75", "price": "28", "units": "1"},
             {"product": "Liela bļoda", "materials": "25", "hours": "3", "price": "85", "units": "1"},
             {"product": "Vāze", "materials": "30", "hours": "6", "price": "140", "units": "1"}]
    ex, values, errors, r, blocks = run("E11", lines=lines, overhead_pct="0", waste_pct="0", fee_pct="0", fee_fixed="0")
    assert errors == {}
    per_hour = {x.name: x.profit_per_hour for x in r["lines"]}
    assert per_hour == pytest.approx({"Krūze": 20 / 0.75, "Liela bļoda": 20.0, "Vāze": 110 / 6})
    assert [x.name for x in r["by_hour"]] == ["Krūze", "Liela bļoda", "Vāze"]
    assert r["by_margin"][0].name == "Vāze" and r["by_margin"][0].margin_pct == pytest.approx(110 / 140 * 100)
    assert ex.profile_out(values, r) == {"best_product_line": "Krūze"}
    assert not check(blocks, "Katra līnija nopelna").ok  # 18,33 €/h < 20 €/h
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0][5] == fmt.money(20 / 0.75)


def test_e11_reuses_e28_minimum_price():
    """Same inputs as E28's default (handbook „Cenas veidošanas stratēģijas”): minimum price 50,79 €."""
    line = product_lines.line("Māla krūze", 8.5, 1.5, 45, 1, 20, 15, 7, 10.5, 0.5)
    assert line.minimum_price == pytest.approx((44.95925 + 0.5) / 0.895)
    lines = [{"product": "Māla krūze", "materials": "8,50", "hours": "1,5", "price": "45", "units": "10"}]
    blocks = run("E11", lines=lines)[4]
    assert not check(blocks, "Neviena cena nav zem").ok


def test_e11_errors_and_no_hours():
    none = [{"product": "X", "materials": "5", "hours": "1", "price": "0", "units": "1"}]
    assert "cenu" in computation_note("E11", lines=none)
    no_hours = [{"product": "Pirkta prece", "materials": "5", "hours": "0", "price": "10", "units": "1"}]
    _ex, _v, errors, r, blocks = run("E11", lines=no_hours)
    assert errors == {} and r["best"].profit_per_hour is None
    assert not any(isinstance(b, Chart) for b in blocks)


# --- E12 12 mēnešu naudas plūsma ---------------------------------------------------------------------------

def test_e12_defaults_break_even_in_may():
    """Handbook, „Pārdošanas datu analīze”: Q4 = 30–40 % of the year (35 % by default); the chapter's −3 000 € start.
    Year: 18 000 € sales − 5 550 € materials − 4 800 € fixed − 3 000 € = 4 650 €. January: 18 000 × 6,9 % = 1 242 €,
    minus 700 € → −2 458 €; by May the balance is 128 € and stays positive."""
    ex, values, errors, r, blocks = run("E12")
    assert errors == {}
    assert r["sales"][0] == pytest.approx(1242)
    assert r["flow"].balances[3] < 0 < r["flow"].balances[4] == pytest.approx(128)
    assert metric(blocks, "Atmaksāšanās") == "Maijs"
    assert metric(blocks, "Atlikums gada beigās") == "4 650,00 €"
    assert r["q4"] == pytest.approx(35)
    chart = next(b for b in blocks if isinstance(b, Chart) and b.kind == "line")
    assert chart.options["marks"] == [(4, "Atmaksājas")] and chart.options["hline"] == (0, "0 €")
    out = ex.profile_out(values, r)
    assert out == {"yearly_revenue": 18000, "monthly_costs": pytest.approx((5550 + 4800) / 12, abs=0.01)}
    assert all(b.ok for b in blocks if isinstance(b, Check))


def test_e12_not_reached_and_reserve():
    _ex, _v, _e, r, blocks = run("E12", startup="20000")
    assert r["break_even"] is None and metric(blocks, "Atmaksāšanās") == "nav 12 mēnešu laikā"
    assert next(b for b in blocks if isinstance(b, Chart) and b.kind == "line").options["marks"] == []
    _ex, _v, _e, r, blocks = run("E12", yearly_revenue="6000")
    assert not check(blocks, "Atlikums nenokrīt").ok


def test_e12_shares_not_100_and_q4_out_of_range():
    flat = rows_with("E12", "months", {i: {"share": "10"} for i in range(12)})
    _ex, _v, _e, r, blocks = run("E12", months=flat)
    assert r["q4"] == pytest.approx(25) and not check(blocks, "4. ceturksnis").ok
    assert "120 %" in fmt.plain(note_text(blocks))
    zero = rows_with("E12", "months", {i: {"share": "0"} for i in range(12)})
    assert "kopā 100 %" in computation_note("E12", months=zero)


def test_cash_flow_break_even_must_stay_positive():
    flow = cashflow.cash_flow(-100, [150, 0, 200], [0, 100, 0])
    assert flow.balances == [50, -50, 150] and flow.break_even == 2
    assert flow.lowest == -50 and flow.lowest_month == 1
    assert cashflow.cash_flow(-100, [10], [0]).break_even is None
