"""Group g (chapters 28–31): E59–E65 with values hand-computed from the chapters' and handbook's figures."""

import math

import pytest

from tests.test_exercises import metric, run
from widgets import fmt, registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import analytics, growth, stats
from widgets.csv_import import CsvImportError, decode, sample_text


def note_text(blocks):
    return " ".join(b.text for b in blocks if isinstance(b, Note))


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


# --- E59 KPI panelis ------------------------------------------------------------------------------------

def test_e59_sample_gives_seven_kpis_with_trends():
    """Handbook, „Analīze un optimizēšana”: 5–7 KPIs; formulas are standard definitions (chapter 28 table)."""
    _ex, values, errors, r, blocks = run("E59")
    assert errors == {} and len(values["data"]) == 24
    assert r["count"] == 7 and check(blocks, "5–7").ok
    assert r["revenue"] == pytest.approx(22000 + 25340)  # 2024 = the chapter's Latgale studio, 22 000 €
    assert r["orders"] == 1128
    assert metric(blocks, "Vidējā pasūtījuma") == fmt.plain(fmt.money(47340 / 1128))
    assert r["conversion"] == pytest.approx(1128 / sum(row["visitors"] for row in values["data"]) * 100)
    names = [s["kpi"].name for s in r["kpis"]]
    assert names[:4] == ["Ieņēmumi", "Pasūtījumi", "Vidējā pasūtījuma vērtība", "Konversijas likme"]
    margin = next(s for s in r["kpis"] if s["kpi"].name == "Bruto peļņas marža")
    assert margin["last"] == pytest.approx((3830 - 1149) / 3830 * 100)  # (price − cost) ÷ price
    assert any(isinstance(b, Chart) and b.kind == "line" and b.ylabel.endswith("€") for b in blocks)


def test_e59_hand_typed_latvian_csv():
    data = ("Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi, €\n"
            "Janvāris 2025;1 000;15;600,00\n"
            "Februāris 2025;1 000;20;1 000,50\n")
    _ex, _v, errors, r, blocks = run("E59", data=data, target_aov="50")
    assert errors == {}
    assert r["revenue"] == pytest.approx(1600.5) and r["conversion"] == pytest.approx(35 / 2000 * 100)
    assert r["count"] == 4 and not check(blocks, "5–7").ok  # 4 KPIs: the check asks for more columns
    assert not check(blocks, "Vidējā pasūtījuma vērtība sasniedz").ok  # 1 600,50 ÷ 35 = 45,73 € < 50 €
    assert run("E59", data=data, target_aov="45")[3]["aov"] >= 45
    assert registry.get("E59").profile_out({}, r) == {"conversion_rate": 1.75}


def test_e59_reads_avg_order_value_from_the_profile():
    ex = registry.get("E59")
    assert ex.default_raw({"avg_order_value": 45.5})["target_aov"] == "45,5"


def test_e59_bad_data_messages():
    _ex, _v, errors, _r, _b = run("E59", data="Mēnesis;Ieņēmumi\n2025-01;100")
    assert "Trūkst kolonnu" in errors["data"] and "Apmeklētāji" in errors["data"]
    _ex, _v, errors, _r, _b = run("E59", data="Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi\n2025-01;100;daudz;50")
    assert errors["data"] == "2. rinda, „Pasūtījumi”: „daudz” nav skaitlis."
    _ex, _v, errors, results, blocks = run("E59", data="Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi\n2025-01;100;2;50")
    assert errors == {} and results is None and "vismaz 2" in blocks[0].text
    _ex, _v, errors, results, blocks = run("E59", data="Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi\n1;0;0;0\n2;0;0;0")
    assert results is None and "0 pasūtījumu" in blocks[0].text


# --- CSV import: Latvian exports --------------------------------------------------------------------------

def test_decode_utf8_bom_and_windows_1257():
    text = "Mēnesis;Ieņēmumi\n2025-01;1 234,50\n"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("cp1257")) == text  # Windows Baltic: not UTF-8, so cp1257
    assert decode(text.replace("\n", "\r\n").encode("cp1257")) == text


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04" + b"\x00" * 100, "Excel"),
    (b"%PDF-1.7\n" + b"x" * 100, "PDF"),
    (bytes(range(256)) * 4, "nav teksta"),
    (b"   ", "tukšs"),
    (b"a" * (50 * 1024 * 1024), r"par lielu \(50 MB\)"),
])
def test_decode_refuses_what_is_not_a_csv(data, message):
    with pytest.raises(CsvImportError, match=message):
        decode(data)


def test_sample_file_is_a_latvian_export():
    text = sample_text()
    assert text.splitlines()[0].startswith("Mēnesis;") and ";1100,00;" in text


# --- E60 Sezonalitāte un prognoze ---------------------------------------------------------------------------

def test_e60_q4_share_and_holt_winters():
    """Handbook, „Pārdošanas datu analīze”: Q4 = 30–40 % of the year."""
    _ex, _v, errors, r, blocks = run("E60")
    assert errors == {}
    last = [1230, 1360, 1550, 1710, 1970, 1810, 2010, 1990, 2220, 2670, 2990, 3830]
    assert r["q4_share"] == pytest.approx((2670 + 2990 + 3830) / sum(last) * 100)
    assert check(blocks, "Ceturtais ceturksnis").ok
    assert r["forecast"].method == "holt-winters" and "Holta-Vintersa" in note_text(blocks)
    assert 0.9 * sum(last) < r["next_total"] < 1.4 * sum(last)
    assert all(lo <= v <= hi for lo, v, hi in zip(r["forecast"].low, r["forecast"].values, r["forecast"].high))
    line = next(b for b in blocks if isinstance(b, Chart) and b.kind == "line")
    assert "band" in line.options and len(line.labels) == 36


def test_e60_chapter_example_with_twelve_months_uses_the_profile_model():
    """Chapter 28, the Latgale studio: quarters 3 600 / 4 800 / 5 400 / 8 200 € → Q4 37,3 %; +15 % → Q4 9 430 €."""
    months = [1100, 1150, 1350, 1500, 1700, 1600, 1750, 1700, 1950, 2300, 2600, 3300]
    data = "Mēnesis;Ieņēmumi\n" + "\n".join(f"2024-{i + 1:02d};{v}" for i, v in enumerate(months))
    _ex, _v, errors, r, blocks = run("E60", data=data, growth="15")
    assert errors == {}
    assert metric(blocks, "Ceturtā ceturkšņa") == "37,3 %"
    assert r["forecast"].method == "profile" and "Sezonālais profils" in note_text(blocks)
    assert r["next_q4"] == pytest.approx(9430)
    assert r["next_total"] == pytest.approx(22000 * 1.15)
    assert r["next_low"] == pytest.approx(22000 * 1.15 * 0.85)


def test_e60_month_errors():
    rows = "\n".join(f"2024-{i + 1:02d};100" for i in range(12))
    _ex, _v, _e, results, blocks = run("E60", data="Mēnesis;Ieņēmumi\n" + rows.replace("2024-05", "maijā"))
    assert results is None and "nevar nolasīt" in blocks[0].text
    _ex, _v, _e, results, blocks = run("E60", data="Mēnesis;Ieņēmumi\n" + rows.replace("2024-05", "2024-06"))
    assert results is None and "bez izlaidumiem" in blocks[0].text
    _ex, _v, _e, results, blocks = run("E60", data="Mēnesis;Ieņēmumi\n" + rows.replace(";100", ";0"))
    assert results is None and "0 €" in blocks[0].text
    _ex, _v, errors, _r, _b = run("E60", data="Mēnesis;Ieņēmumi\n2024-01;100")
    assert "vismaz 12" in errors["data"]


# --- E61 Cenu elastības tests --------------------------------------------------------------------------------

def test_e61_chapter_example():
    """Chapter 28: 40 € → 50 sets, 44 € → 46 sets; log-log elasticity ln(46/50) ÷ ln(44/40) = −0,87
    (the chapter's simple percentages give −8 % ÷ 10 % = −0,8); revenue 2 000 € → 2 024 €."""
    _ex, _v, errors, r, blocks = run("E61", tests=[{"price": "40", "volume": "50"}, {"price": "44", "volume": "46"}])
    assert errors == {}
    assert r["elasticity"] == pytest.approx(math.log(46 / 50) / math.log(44 / 40))
    assert r["best_price"] == 44 and r["best_observed"]["revenue"] == 2024
    assert "augšējā mala" in next(b for b in blocks if isinstance(b, Text)).body
    assert not check(blocks, "Vismaz 3").ok


def test_e61_defaults_and_elastic_demand():
    _ex, _v, _e, r, blocks = run("E61")
    assert r["elasticity"] == pytest.approx(-0.8, abs=0.01) and r["best_price"] == 48
    assert metric(blocks, "Cena ar lielākajiem") == "48,00 €"
    elastic = run("E61", tests=[{"price": "20", "volume": "100"}, {"price": "25", "volume": "60"},
                                {"price": "30", "volume": "40"}])[3]
    assert elastic["elastic"] and elastic["best_price"] == 20  # |e| > 1: the lowest tested price


def test_e61_needs_two_prices():
    _ex, _v, _e, results, blocks = run("E61", tests=[{"price": "40", "volume": "50"}, {"price": "40", "volume": "46"}])
    assert results is None and "divas atšķirīgas cenas" in blocks[0].text


# --- E62 A/B testa nozīmīgums --------------------------------------------------------------------------------

def test_e62_chapter_examples():
    """Chapter 29: 2 000/40 vs 2 000/62 → +55 %, p ≈ 3 % (significant); 1 000/20 vs 1 000/28 → +40 %, p ≈ 24 %.
    Hand computation of the first: pooled p = 102/4 000, SE = √(p(1−p)·2/2 000) = 0,004985, z = 0,011/SE = 2,207."""
    _ex, _v, _e, r, blocks = run("E62")
    assert r["test"].z == pytest.approx(2.2066, abs=1e-3)
    assert r["test"].p_value == pytest.approx(0.0273, abs=5e-4) and r["test"].significant
    assert metric(blocks, "Pieaugums") == "55 %"
    second = run("E62", visitors_a="1000", conversions_a="20", visitors_b="1000", conversions_b="28")[3]["test"]
    assert second.p_value == pytest.approx(0.2425, abs=1e-3) and not second.significant


def test_e62_published_example_openintro_mammograms():
    """OpenIntro Statistics (4th ed.), §6.2.3, the mammogram study: 500 of 44 925 vs 505 of 44 910 died;
    the book reports Z ≈ −0,17 and p-value 0,8650 (computed from the rounded Z) — not significant."""
    t = stats.ab_test(44925, 500, 44910, 505)
    assert abs(t.z) == pytest.approx(0.17, abs=0.01)
    assert t.p_value == pytest.approx(0.865, abs=0.01) and not t.significant


def test_e62_sample_size_lehr_rule_of_chapter_29():
    """Chapter 29: p = 2 %, d = 1 point: 16 · 0,02 · 0,98 ÷ 0,01² = 3 136 ≈ 3 100 per variant (Lehr's rule).
    statsmodels (Cohen's h, 80 % power, 5 %) asks for more: about 3 800."""
    t = stats.ab_test(2000, 40, 2000, 60)
    assert t.lehr_per_variant == 3137  # 3 136 rounded up (floating point)
    assert 3700 < t.needed_per_variant < 3900


def test_e62_impossible_and_degenerate_input():
    _ex, _v, _e, results, blocks = run("E62", conversions_a="3000")
    assert results is None and "vairāk nekā apmeklētāju" in blocks[0].text
    _ex, _v, _e, r, blocks = run("E62", conversions_a="0", conversions_b="0")
    assert r["test"].p_value is None and "nevar aprēķināt" in next(b for b in blocks if isinstance(b, Text)).body


# --- E63 Jaudas un vājo vietu analīze ---------------------------------------------------------------------------

def test_e63_blacksmith_of_chapter_30():
    """Chapter 30 (illustrative blacksmith): 3,25 h per item × 30 = 97,5 h; with 20 % buffer 117 h > 100 h.
    Handbook, „Jaudas palielināšana”: buffer 15–20 %."""
    _ex, _v, _e, r, blocks = run("E63")
    cap = r["cap"]
    assert cap.hours_per_item == 3.25 and cap.needed == 97.5 and cap.with_buffer == pytest.approx(117)
    assert cap.shortage == pytest.approx(17) and not r["enough"]
    assert metric(blocks, "Vājā vieta") == "Apdare (tīrīšana, vaskošana)"  # not forging, as the chapter says
    assert not check(blocks, "Rezerve 15–20").ok
    # after the chapter's changes: 0,1 + 1,5 + 0,8 + 0,25 = 2,65 h → 79,5 h, with buffer 95,4 h ≤ 100 h
    after = [{"step": "Sagatavošana", "hours": "0,1", "delegable": "Jā"}, {"step": "Kalšana", "hours": "1,5", "delegable": "Nē"},
             {"step": "Apdare", "hours": "0,8", "delegable": "Jā"}, {"step": "Iepakošana", "hours": "0,25", "delegable": "Jā"}]
    r2, blocks2 = run("E63", steps=after)[3:]
    assert r2["cap"].with_buffer == pytest.approx(95.4) and r2["enough"]
    assert check(blocks2, "Rezerve 15–20").ok  # (100 − 79,5) ÷ 79,5 = 25,8 %


def test_e63_nothing_to_measure():
    _ex, _v, _e, results, blocks = run("E63", steps=[{"step": "Kalšana", "hours": "0", "delegable": "Nē"}])
    assert results is None and "0 stundu" in blocks[0].text


# --- E64 Izaugsmes plāns ------------------------------------------------------------------------------------------

def test_e64_chapter_30_table():
    """Chapter 30: 20 000 € at 15 % → 23 000 / 26 450 / 30 418 €; at 30 % → 26 000 / 33 800 / 43 940 €."""
    _ex, _v, _e, r, blocks = run("E64", growth="15")
    assert [p.revenue for p in r["rows"]] == pytest.approx([20000, 23000, 26450, 30417.5])  # the chapter: 30 418 €
    assert r["first_trigger"] is None  # 30 418 ÷ 41 × 1,5 × 1,2 = 1 335 h ≤ 30 h × 46 = 1 380 h
    fast = run("E64", growth="30")[3]
    assert [round(p.revenue) for p in fast["rows"]] == [20000, 26000, 33800, 43940]
    assert [p.action for p in fast["rows"]] == ["pietiek", "pietiek", "ārpakalpojums", "nepilna slodze"]
    assert fast["rows"][3].short_per_week == pytest.approx((43940 / 41 * 1.5 * 1.2 - 1380) / 46)
    assert registry.get("E64").profile_out({"growth": 30.0}, fast) == {"growth_rate": 30.0}


def test_e64_checks_and_triggers():
    blocks = run("E64", growth="50")[4]
    assert not check(blocks, "Izaugsme 15–30").ok
    assert [growth.trigger(h) for h in (0, 8, 8.1, 20, 20.1)] == [
        "pietiek", "ārpakalpojums", "nepilna slodze", "nepilna slodze", "pilna slodze"]
    _ex, _v, _e, results, blocks = run("E64", price="0")
    assert results is None and "0 €" in blocks[0].text


def test_e64_reads_yearly_revenue():
    assert registry.get("E64").default_raw({"yearly_revenue": 31000})["revenue"] == "31000"


# --- E65 Finansējuma iespēju atlase -----------------------------------------------------------------------------

def test_e65_heritage_craft_matches_heritage_funds_and_marks_checks():
    """Handbook, „Resursi un tālākais atbalsts”: Creative Europe, ERDF, COSME, national grants, heritage funds."""
    _ex, _v, _e, r, blocks = run("E65")
    names = [p["name"] for p in r["programmes"]]
    assert names[0] == "Kultūras mantojuma saglabāšanas fondi"
    assert any("COSME" in n for n in names) and any("Radošā Eiropa" in n for n in names)
    body = next(b for b in blocks if isinstance(b, Text)).body
    assert "Pārbaudiet aktuālajā konkursa nolikumā" in body
    assert "pārbaudiet aktuālajā konkursa nolikumā" in note_text(blocks)


def test_e65_loan_and_export_point_to_the_single_market_programme():
    r = run("E65", traits=["Vajag aizdevumu vai garantiju", "Plānoju eksportu vai jaunus tirgus"], region="Rīga")[3]
    assert r["programmes"][0]["name"].startswith("Vienotā tirgus programma")
    unregistered = run("E65", form="Vēl nav reģistrēts")
    assert not check(unregistered[4], "Uzņēmums ir reģistrēts").ok
    assert all("nereģistrēts" in p["conditions"][0] for p in unregistered[3]["programmes"])
    _ex, _v, _e, results, blocks = run("E65", traits=[])
    assert results is None and "vismaz vienu" in blocks[0].text


def test_group_g_views_have_tables_or_charts():
    for exercise_id in ("E59", "E60", "E61", "E62", "E63", "E64", "E65"):
        blocks = run(exercise_id)[4]
        assert any(isinstance(b, (Table, Chart)) for b in blocks)
        assert any(isinstance(b, Note) and "Avots" in b.text for b in blocks)


def test_analytics_helpers():
    assert analytics.parse_month("Decembris 2024") == (2024, 12)
    assert analytics.parse_month("2024-13") is None
    assert analytics.consecutive([(2024, 12), (2025, 1)]) and not analytics.consecutive([(2024, 1), (2024, 3)])
    assert analytics.trend_pct([1, None]) is None
    assert analytics.trend_pct([100, 110, 120]) == pytest.approx(10 / 110 * 100)


# --- any CSV with the right columns: a Latvian message or a result, never a crash ---------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from widgets.render_html import render_blocks  # noqa: E402

CELL = st.one_of(st.integers(0, 10**9).map(str), st.sampled_from(["0", "", "1,5", "1 234,50", "-3", "x", "1e309", "0,0001"]))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(CELL, CELL, CELL, CELL, CELL), min_size=0, max_size=40), st.booleans())
def test_e59_e60_any_monthly_csv(cells, months_ok):
    for exercise_id in ("E59", "E60"):
        lines = ["Mēnesis;Apmeklētāji;Pasūtījumi;Ieņēmumi;Atgriezti pasūtījumi"]
        for i, row in enumerate(cells):
            month = f"{2020 + i // 12}-{i % 12 + 1:02d}" if months_ok else f"m{i}"
            lines.append(";".join((month, *row[:4])))
        ex = registry.get(exercise_id)
        _values, errors, results, blocks = ex.evaluate({**ex.default_raw(), "data": "\n".join(lines)})
        assert errors or blocks
        if results is None:
            assert isinstance(blocks[0], Note) or errors
        render_blocks(blocks, charts=False)
