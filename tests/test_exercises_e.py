"""Group e (chapters 19–23): E43–E51 with values hand-computed from the chapters' and handbook's figures."""

import pytest

from tests.test_exercises import metric, run
from widgets import fmt, registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import custom_orders, shipping, stock


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


def text(blocks, title):
    return next(fmt.plain(b.body) for b in blocks if isinstance(b, Text) and b.title.startswith(title))


def table(blocks, title):
    return next(b for b in blocks if isinstance(b, Table) and b.title.startswith(title))


def warning(blocks):
    assert isinstance(blocks[0], Note) and blocks[0].level == "warning"
    return blocks[0].text


# --- E43 Ietekmētāju izvēles karte -------------------------------------------------------------------------

def test_e43_ranks_by_the_five_criteria():
    """Handbook, „Sadarbības partneri”: five criteria; equal weights → the plain mean of the five scores."""
    _ex, _v, errors, r, blocks = run("E43")
    assert errors == {}
    names = [c["name"] for c in r["ranking"]]
    assert names == ["@linu_maja", "@rigas_interjers", "@dabiska_dzive", "@modes_guru"]  # 4,0 tie keeps input order
    assert r["ranking"][0]["score"] == pytest.approx((5 + 4 + 4 + 5 + 5) / 5)
    assert r["ranking"][-1]["score"] == pytest.approx((2 + 3 + 4 + 2 + 1) / 5)
    assert r["ranking"][0]["engagement_rate"] == pytest.approx(620 / 12400 * 100)  # 5 %
    assert metric(blocks, "Labākais kandidāts") == "4,6 no 5"
    assert [c["name"] for c in r["shortlist"]] == names[:3]  # @modes_guru has scores of 1–2


def test_e43_micro_influencers_and_weights():
    """Handbook: micro-influencers have 5 000–50 000 followers."""
    blocks = run("E43")[4]
    micro = check(blocks, "Kandidāti ir mikroietekmētāji")
    assert not micro.ok and "@modes_guru" in micro.message
    r = run("E43", w_audience="0", w_aesthetics="5", w_quality="5", w_engagement="0", w_values="0")[3]
    assert r["ranking"][0]["name"] == "@rigas_interjers"  # aesthetics and quality 5 + 5
    blocks = run("E43", w_audience="0", w_aesthetics="0", w_quality="0", w_engagement="0", w_values="0")[4]
    assert "svari ir 0" in warning(blocks)


def test_e43_same_name_twice_stays_two_candidates():
    raw = registry.get("E43").default_raw()["candidates"]
    rows = [dict(raw[0]), dict(raw[0], followers="9000")]
    r = run("E43", candidates=rows)[3]
    assert sorted(c["name"] for c in r["ranking"]) == ["@linu_maja", "@linu_maja (2)"]


# --- E44 Sadarbības kampaņas rezultāti ---------------------------------------------------------------------

def test_e44_chapter_example_roi():
    """Chapter 19 example: 3 mugs × 20 € = 60 €; 9 sales × 15 € profit = 135 €; ROI = 125 %.
    15 € profit after the discount: 40 € × (1 − 15 %) − 19 € = 15 €."""
    _ex, _v, errors, r, blocks = run("E44", hours="0")
    assert errors == {}
    assert r["cost"] == pytest.approx(60) and r["profit"] == pytest.approx(135)
    assert r["roi_sales"] == pytest.approx(125)
    assert metric(blocks, "Kampaņas ROI no pārdošanas") == "125 %"
    # five photos at 15 € each: (135 + 75 − 60) ÷ 60 = 250 %
    assert r["roi_total"] == pytest.approx(250)
    assert check(blocks, "Kampaņa atmaksājās").ok
    assert r["discounts"] == pytest.approx(9 * 40 * 0.15)


def test_e44_own_time_is_a_cost_and_zero_cost_is_an_error():
    r = run("E44")[3]  # 3 h × 20 € = 60 € more
    assert r["cost"] == pytest.approx(120) and r["roi_sales"] == pytest.approx((135 - 120) / 120 * 100)
    blocks = run("E44", gift_cost="0", hours="0")[4]
    assert "0 €" in warning(blocks)
    losing = run("E44", discount_pct="60")[4]  # 40 × 0,4 − 19 < 0
    assert not check(losing, "Pārdošana ar atlaidi").ok


# --- E45 Pasūtījumu sistēmas izvēle ------------------------------------------------------------------------

@pytest.mark.parametrize("orders,tier", [("0", 0), ("3", 0), ("5", 0), ("12", 1), ("15", 1), ("16", 2), ("50", 2),
                                         ("51", 3), ("400", 3)])
def test_e45_handbook_tiers(orders, tier):
    """Handbook, „Maksājumu apstrāde”: manual 1–5, spreadsheet 5–15, platform tools 15–50, dedicated 50+ a week."""
    r = run("E45", orders_per_week=orders)[3]
    assert r["tier"] == tier
    assert r["border"] == (orders in ("5", "15", "50"))


def test_e45_time_and_growth():
    ex, values, _e, r, blocks = run("E45")
    assert metric(blocks, "Piemērotā") == "Izklājlapa"
    assert r["admin_hours"] == pytest.approx(12 * 15 / 60) and r["net_hours"] == pytest.approx(1 - 0.5)
    assert check(blocks, "Sistēma ietaupa").ok and check(blocks, "Sistēma der arī pēc gada").ok  # 14,4 a week
    later = run("E45", orders_per_week="13")[4]  # 13 × 1,2 = 15,6 → platform tools
    assert not check(later, "Sistēma der arī pēc gada").ok
    assert not check(run("E45", upkeep_hours="2")[4], "Sistēma ietaupa").ok
    assert ex.profile_out(values, r) == {"orders_per_week": 12.0}


# --- E46 Krājumu pasūtīšanas punkts -------------------------------------------------------------------------

def test_e46_chapter_example():
    """Chapter 20 example: safety = 0,5 × 18 − 0,4 × 15 = 3 kg; reorder point = 0,4 × 15 + 3 = 9 kg."""
    _ex, _v, errors, r, blocks = run("E46")
    assert errors == {}
    assert r["safety"] == pytest.approx(3) and r["rop"] == pytest.approx(9)
    assert metric(blocks, "Pasūtīšanas punkts") == "9 kg"
    assert metric(blocks, "Drošības krājums") == "3 kg"
    run_ = r["run"]
    assert run_.order_days[0] == 28  # 20 − 0,4 × 28 = 8,8 ≤ 9 (day 27: 9,2)
    assert run_.arrival_days[0] == 43 and not run_.short_days
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.kind == "line" and chart.options["hline"][1] == "Pasūtīšanas punkts"
    assert chart.options["hline"][0] == pytest.approx(9)
    assert chart.options["marks"][0] == (28, "Pasūtīt")
    assert len(chart.labels) == 61 and chart.xlabel and chart.ylabel


def test_e46_order_now_and_stockout():
    _ex, _v, _e, r, blocks = run("E46", on_hand="2")
    assert r["order_now"] and r["run"].order_days[0] == 0
    assert r["run"].short_days[0] == 6  # 2 kg ÷ 0,4 kg a day last 5 days; the order arrives on day 15
    assert not check(blocks, "Krājums grafika laikā nebeidzas").ok
    assert metric(blocks, "Līdz nākamajam") == "šodien"


def test_e46_impossible_combinations():
    assert "vidējo" in warning(run("E46", max_daily="0,3")[4])
    assert "piegādes laiks" in warning(run("E46", max_lead="10")[4])
    assert "0" in warning(run("E46", avg_daily="0", max_daily="0")[4])


# --- E47 Sērijveida ražošanas plānotājs ---------------------------------------------------------------------

def test_e47_chapter_glazing_example():
    """Chapter 20 example: 12 mugs, 20 min set-up, 10 min each: 360 min one by one, 140 in a batch, 220 saved."""
    steps = [{"step": "Glazēšana", "setup": "20", "per_item": "10", "max_batch": "0"}]
    products = [{"product": "Krūzes", "quantity": "12"}]
    _ex, _v, errors, r, blocks = run("E47", steps=steps, products=products)
    assert errors == {}
    assert (r["one_by_one"], r["batched"], r["saved"]) == (360, 140, 220)
    assert metric(blocks, "Ietaupītais laiks") == "3 h 40 min"
    assert metric(blocks, "Laiks pa vienam") == "6 h"


def test_e47_defaults_and_capacity():
    _ex, _v, _e, r, blocks = run("E47")
    assert r["items"] == 20
    assert r["one_by_one"] == 20 * 18 + 20 * 22 + 20 * 30 + 20 * 32
    assert r["batched"] == (15 + 60) + (10 + 240) + (20 + 200) + (30 + 40)
    assert metric(blocks, "Ietaupītā laika vērtība") == "475,00 €"  # 1 425 min × 20 €/h
    limited = [{"step": "Apdedzināšana", "setup": "30", "per_item": "2", "max_batch": "8"}]
    r, blocks = run("E47", steps=limited)[3:]
    assert r["steps"][0].batches == 3 and r["batched"] == 3 * 30 + 20 * 2
    assert not check(blocks, "Viss tiek paveikts").ok
    zero = [{"step": "Pakošana", "setup": "0", "per_item": "0", "max_batch": "0"}]
    assert "0 minūtes" in warning(run("E47", steps=zero)[4])


# --- E48 Darbnīcas drošības un ergonomikas audits -----------------------------------------------------------

def test_e48_score_and_actions_start_with_safety():
    """Handbook, „Ražošanas telpu sagatavošana”: 7 safety points, 6 ergonomics, 6 layout steps, 4 storage."""
    _ex, _v, _e, r, blocks = run("E48")
    assert r["total"].score_pct == pytest.approx((3 + 3 + 3 + 2) / 23 * 100)
    assert r["actions"][0] == ("Drošība", "Pilnībā aprīkota pirmās palīdzības aptieciņa")
    assert not check(blocks, "Visi septiņi").ok
    assert "silīcija dioksīda" in text(blocks, "Darāmie darbi")


def test_e48_all_done_and_employees():
    from widgets.exercises.e48_workshop_audit import AREAS, FIELD_NAMES
    everything = {FIELD_NAMES[area]: list(items) for area, items in AREAS.items()}
    _ex, _v, _e, r, blocks = run("E48", employees="Ir darbinieki vai palīgi", craft="Adīšana", **everything)
    assert r["total"].score_pct == 100 and r["actions"] == []
    assert check(blocks, "Visi septiņi").ok
    assert any(isinstance(b, Note) and "Valsts darba inspekcijas" in b.text for b in blocks)
    assert metric(blocks, "Kopējais") == "100 %"


# --- E49 Piegādes iespēju salīdzinājums ---------------------------------------------------------------------

def test_e49_carriers_from_the_handbook_and_no_invented_prices():
    """Handbook, „Kurjerpakalpojumi”: DPD for medium parcels, DHL urgent/international, post small and light."""
    ex, values, _e, r, blocks = run("E49")
    assert r["best"] == "DPD" and r["quotes"] == []  # no prices until the learner types them
    assert not check(blocks, "Cenas ievadītas").ok
    assert any(isinstance(b, Note) and "cenrāž" in b.text for b in blocks)
    assert ex.profile_out(values, r) == {"shipping_destinations": ["Latvija", "Cita ES valsts"]}
    fast = run("E49", priority="Ātra piegāde", destinations=["Ārpus ES"])[3]
    assert fast["best"] == "DHL"
    small = run("E49", size="Mazs un viegls sūtījums", destinations=["Latvija"])[3]
    assert small["best"] == "Vietējais pasts"  # the handbook's Royal Mail role


def test_e49_typed_prices_and_volume_weight():
    quotes = [{"carrier": "DPD", "destination": "Latvija", "price": "4,50", "days": "2"},
              {"carrier": "GLS", "destination": "Latvija", "price": "3,90", "days": "3"},
              {"carrier": "DHL", "destination": "Ārpus ES", "price": "30", "days": "4"}]
    _ex, _v, errors, r, blocks = run("E49", quotes=quotes, divisor="4000", length="40", width="30", height="30")
    assert errors == {}
    assert r["cheapest"]["Latvija"]["carrier"] == "GLS"
    assert len(r["quotes"]) == 2  # „Ārpus ES” is not a chosen destination
    assert r["chargeable"] == pytest.approx(40 * 30 * 30 / 4000)  # 9 kg beats the real 1,2 kg
    assert "lētākā iespēja — GLS, 3,90 €" in text(blocks, "Jūsu piegādes izvēle")
    assert shipping.chargeable_weight(1.2, 20, 15, 15, 0) == 1.2


def test_e49_packaging_by_fragility():
    """Handbook, „Iepakošanas materiālu salīdzinājums”: high protection for fragile items, tissue paper low."""
    names = [m.name for m in shipping.packaging(shipping.FRAGILITY[0], eco_first=True)]
    assert names == ["Šūnveida papīrs", "Burbuļplēve"]
    sturdy = [m.name for m in shipping.packaging(shipping.FRAGILITY[2], eco_first=True)]
    assert "Salvešu papīrs" not in sturdy and sturdy[0] == "Šūnveida papīrs"


# --- E50 Starptautiskās sūtīšanas kontrolsaraksts -----------------------------------------------------------

def test_e50_outside_eu_needs_hs_code_and_duties():
    """Handbook, „Starptautiskie sūtījumi”: customs declarations with HS codes, OSS, restricted materials."""
    _ex, _v, _e, r, blocks = run("E50")
    body = text(blocks, "Jūsu kontrolsaraksts")
    assert "OSS" in body and "VID" in body and "Muitas deklarācija" in body
    assert "Koksne" in body and "CITES" in body
    assert not check(blocks, "HS kods").ok
    assert check(run("E50", hs_code="6912 00")[4], "HS kods").ok
    assert check(run("E50", hs_code="6912.00.10")[4], "HS kods").ok
    assert not shipping.hs_code_ok("691")
    assert r["checklist"].score_pct == pytest.approx(2 / 6 * 100)


def test_e50_eu_only_and_domestic():
    r, blocks = run("E50", destinations=["Cita ES valsts"], materials=["Māls vai keramika"])[3:]
    assert not r["outside"] and r["restricted"] == []
    assert len(r["checklist"].done) + len(r["checklist"].missing) == 3  # no HS code, duties, restrictions
    assert not any(isinstance(b, Check) and b.label.startswith("HS kods") for b in blocks)
    domestic = run("E50", destinations=["Latvija"])[4]
    assert "neattiecas" in text(domestic, "Jūsu kontrolsaraksts")
    vague = run("E50", description="Dāvana")[4]
    assert not check(vague, "Apraksts muitai").ok


def test_e50_reads_the_destinations_of_e49():
    raw = registry.get("E50").default_raw({"shipping_destinations": ["Ārpus ES"]})
    assert raw["destinations"] == ["Ārpus ES"]


# --- E51 Personalizēta pasūtījuma brīfs un depozīts ---------------------------------------------------------

def test_e51_rush_deposit_and_schedule():
    """Handbook, „Personalizēti pasūtījumi”: non-refundable deposit, rush surcharge, full payment before dispatch."""
    _ex, _v, errors, r, blocks = run("E51")
    assert errors == {} and r["rush"]  # 14 days < 21 usual
    assert metric(blocks, "Kopējā cena") == "150,00 €"  # 120 € + 25 %
    assert metric(blocks, "Depozīts") == "75,00 €"
    assert metric(blocks, "Atlikums") == "75,00 €"
    schedule = table(blocks, "Maksājumu grafiks")
    assert [row[1] for row in schedule.rows] == ["Depozīts (neatmaksājams)", "Atlikums", "Kopā"]
    brief = text(blocks, "Brīfs klientam")
    assert "Anna Kalniņa" in brief and "piemaksa par steidzamību 25 %" in brief and "Lūdzu, apstipriniet" in brief
    assert check(blocks, "Depozīts sedz").ok  # 35 € + 2 h × 20 € = 75 €


def test_e51_no_rush_low_deposit_budget():
    _ex, _v, _e, r, blocks = run("E51", days_available="30", deposit_pct="30", budget="100")
    assert not r["rush"] and r["pay"].total == 120 and r["pay"].deposit == pytest.approx(36)
    assert not check(blocks, "Depozīts sedz").ok and not check(blocks, "Cena iekļaujas").ok
    assert "0 €" in warning(run("E51", price="0")[4])
    assert custom_orders.payments(100, 50, 20, rush=False).balance == 50


def test_calc_tiers_match_the_chapter():
    assert [t.volume for t in stock.TIERS] == ["1–5 pasūtījumi nedēļā", "5–15 pasūtījumi nedēļā",
                                               "15–50 pasūtījumi nedēļā", "vairāk nekā 50 pasūtījumi nedēļā"]
