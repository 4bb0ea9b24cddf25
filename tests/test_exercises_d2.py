"""Group d2: E38 (chapter 17) and E39–E42 (chapter 18), known values from the sources' figures."""

import pytest

from tests.test_exercises import metric, run
from widgets.blocks import Chart, Check, Note, Text
from widgets.calc import email


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


# --- shared e-mail arithmetic -------------------------------------------------------------------


def test_guide_roi_is_a_gross_return():
    """Guide, section „E-pasta mārketinga ROI: skaitļi un statistika”: 100 € bring back 3 200–3 700 €.
    That is 32–37 € per euro (gross); net ROI (return − cost) ÷ cost is 3 100–3 600 % (chapter 18)."""
    assert email.gross_return(3200, 100) == 32 and email.gross_return(3700, 100) == 37
    assert email.net_roi_pct(3200, 100) == pytest.approx(3100)
    assert email.net_roi_pct(3700, 100) == pytest.approx(3600)
    assert email.net_roi_pct(10, 0) is None and email.gross_return(10, 0) is None
    assert email.GUIDE_RETURN_PER_EUR == (32.0, 37.0)


def test_chapter_15_example_roi_from_profit():
    """Chapter 15: 5 orders × 22 € gross profit = 110 € on 60 € of ads → ROI ≈ 83 %."""
    assert email.net_roi_pct(5 * 22, 60) == pytest.approx(83.33, abs=0.01)


# --- E39 ------------------------------------------------------------------------------------------


def test_e39_funnel_and_roi():
    """800 subscribers × 4 e-mails, 40 % open, 12 % of openers click, 8 % of clickers buy, 45 € order,
    50 % gross profit; cost 15 € tool + 3 h × 20 € = 75 €."""
    _ex, _v, errors, r, blocks = run("E39")
    assert errors == {}
    f = r["funnel"]
    assert f.sent == 3200 and f.opens == pytest.approx(1280) and f.clicks == pytest.approx(153.6)
    assert f.orders == pytest.approx(12.288)
    assert f.revenue == pytest.approx(552.96) and f.gross_profit == pytest.approx(276.48)
    assert r["cost"] == 75
    assert r["return_multiple"] == pytest.approx(276.48 / 75)
    assert r["roi_pct"] == pytest.approx((276.48 - 75) / 75 * 100)
    assert metric(blocks, "Tīrā ROI") == "268,6 %"
    assert metric(blocks, "Bruto atdeve") == "3,7× (368,6 %)"  # side by side: gross is net + 100 points
    assert metric(blocks, "Ieņēmumi par 1") == "7,37 €"
    assert metric(blocks, "Tīrā peļņa") == "201,48 €"
    assert check(blocks, "E-pasts atmaksājas").ok
    assert not check(blocks, "Vēstuļu biežums 9–16").ok
    assert any(isinstance(b, Note) and "3 100–3 600 %" in b.text for b in blocks)


def test_e39_small_list_does_not_pay_and_profile():
    ex, values, _e, r, blocks = run("E39", list_size="50", emails="10")
    assert r["roi_pct"] < 0 and not check(blocks, "E-pasts atmaksājas").ok
    assert check(blocks, "Vēstuļu biežums").ok
    assert ex.profile_out(values, r) == {"email_list_size": 50}
    assert ex.field("order_value").profile == "avg_order_value"


def test_e39_nothing_spent():
    _ex, _v, errors, results, blocks = run("E39", tool_cost="0", hours="0")
    assert errors == {} and results is None
    assert isinstance(blocks[0], Note) and "0 €" in blocks[0].text


# --- E40 ------------------------------------------------------------------------------------------


def _flows(**changes):
    from widgets import registry

    rows = registry.get("E40").default_raw()["flows"]
    for index, delays in changes.items():
        rows[int(index[1:])]["delays"] = delays
    return rows


def test_e40_guide_timings():
    """Guide, six flows: welcome 0/2/4/6 days, cart 1/24/48 h, re-engagement 0/7/14 days."""
    _ex, _v, errors, r, blocks = run("E40")
    assert errors == {}
    flows = r["flows"]
    assert flows[0]["days"] == [0, 2, 4, 6]
    assert flows[1]["days"] == pytest.approx([1 / 24, 1, 2])
    assert flows[3]["days"] == [0, 7, 14]
    assert r["emails"] == 4 + 3 + 4 + 3 + 1 + 1
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.kind == "timeline" and len(chart.labels) == 6
    assert chart.series["length"][0] == 6 and len(chart.options["points"]) == 16
    assert all(b.ok for b in blocks if isinstance(b, Check))


def test_e40_checks_fail_off_guide():
    _ex, _v, _e, _r, blocks = run("E40", flows=_flows(r0="1; 3", r1="3; 24; 72"))
    assert not check(blocks, "Sveiciena vēstule pienāk uzreiz").ok
    assert not check(blocks, "Pirmais groza").ok
    assert not check(blocks, "Groza atgādinājumi beidzas").ok


@pytest.mark.parametrize("delays, message", [
    ("4; 2", "jābūt vēlāk"),
    ("0; x", "ar semikolu"),
    ("-1; 2", "negatīvs"),
    ("0; 1; 2; 3; 4; 5; 6", "ne vairāk kā 6"),
    ("9000", "neticami liels"),
])
def test_e40_delay_messages(delays, message):
    _ex, _v, errors, results, _b = run("E40", flows=_flows(r0=delays))
    assert results is None and message in errors["flows"] and errors["flows"].startswith("1. rinda")


def test_e40_commas_as_separators():
    _ex, _v, errors, r, _b = run("E40", flows=_flows(r0="0,2,4,6", r3="0, 7, 14"))
    assert errors == {} and r["flows"][0]["days"] == [0, 2, 4, 6] and r["flows"][3]["days"] == [0, 7, 14]


# --- E41 ------------------------------------------------------------------------------------------


def test_e41_discount_cost_against_gain():
    """40 new subscribers, 3 % buy without and 8 % with a 10 % discount (handbook: 10–15 %), 45 € order,
    50 % gross profit: cost 3,2 × 45 × 10 % = 14,40 €; gain 2 × 45 × 50 % = 45 €; net 30,60 €."""
    _ex, _v, errors, r, blocks = run("E41")
    assert errors == {}
    d = r["discount"]
    assert d.buyers_with == pytest.approx(3.2) and d.buyers_without == pytest.approx(1.2)
    assert metric(blocks, "Atlaides izmaksas") == "14,40 €"
    assert metric(blocks, "Papildu bruto peļņa") == "45,00 €"
    assert metric(blocks, "Atlaides tīrais") == "30,60 €"
    text = next(b for b in blocks if isinstance(b, Text))
    assert text.body.count("vēstule") == 4 and "6. dienā" in text.body
    assert all(b.ok for b in blocks if isinstance(b, Check))


def test_e41_checks():
    _ex, _v, _e, r, blocks = run("E41", discount_pct="20")
    assert not check(blocks, "Atlaide 10–15 %").ok
    assert r["discount"].discount_cost == pytest.approx(3.2 * 45 * 0.2)
    _ex, _v, _e, _r, blocks = run("E41", discount_pct="60")
    assert not check(blocks, "Atlaide mazāka par bruto").ok
    from widgets import registry

    rows = registry.get("E41").default_raw()["emails"]
    rows[0]["discount"], rows[3]["discount"] = "Jā", "Nē"
    rows[1]["day"] = "0"
    _ex, _v, _e, _r, blocks = run("E41", emails=rows)
    assert not check(blocks, "Atlaide ir vienā no vēlākajām").ok
    assert not check(blocks, "Katra vēstule savā dienā").ok
    _ex, _v, errors, _r, _b = run("E41", emails=rows[:2])
    assert "vismaz 3" in errors["emails"]


def test_e41_discount_loses_buyers():
    _ex, _v, errors, results, blocks = run("E41", conv_with="1")
    assert errors == {} and results is None and "mazāks" in blocks[0].text


# --- E42 ------------------------------------------------------------------------------------------


def test_e42_recovered_revenue():
    """Guide, „2. Pamestā groza atgādinājumi”: up to 10 % recovered; 40 carts × 10 % = 4 orders × 45 € = 180 €;
    gross profit 4 × 45 × 50 % − 4 × 3,50 € free delivery = 76 €; 180 € of 3 000 € = 6 % (guide: 5–8 %)."""
    _ex, _v, errors, r, blocks = run("E42")
    assert errors == {}
    assert r["month"]["orders"] == pytest.approx(4)
    assert metric(blocks, "Pamesto grozu vērtība") == "1 800,00 €"
    assert metric(blocks, "Atgūtie ieņēmumi mēnesī") == "180,00 €"
    assert metric(blocks, "Atgūtie ieņēmumi gadā") == "2 160,00 €"
    assert metric(blocks, "Bruto peļņa no") == "76,00 €"
    assert metric(blocks, "Daļa no kopējiem") == "6 %"
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.series["€"] == pytest.approx([36, 90, 180, 180])
    assert all(b.ok for b in blocks if isinstance(b, Check))


def test_e42_checks_and_errors():
    _ex, _v, _e, _r, blocks = run("E42", recovery_pct="20", monthly_revenue="1 000")
    assert not check(blocks, "Atgūšanas īpatsvars līdz 10").ok
    assert not check(blocks, "Daļa no ieņēmumiem").ok
    _ex, _v, errors, r, blocks = run("E42", monthly_revenue="")
    assert errors == {} and r["share_pct"] is None
    assert not any(isinstance(b, Check) and b.label.startswith("Daļa") for b in blocks)
    _ex, _v, errors, results, blocks = run("E42", incentive="50")
    assert results is None and "Stimuls" in blocks[0].text


# --- E38 ------------------------------------------------------------------------------------------


def test_e38_production_plan():
    """Handbook: Instagram videos 15–90 s, Pinterest video pins 15–30 s; five default videos."""
    _ex, _v, errors, r, blocks = run("E38")
    assert errors == {}
    assert r["count"] == 1 + 4 + 2 + 2 + 1
    assert r["hours"] == pytest.approx(5 + 2 + 2 + 1 + 3)
    assert metric(blocks, "Jūsu laika vērtība") == "260,00 €"
    assert r["per_platform"] == {"Instagram īsie video": 6, "Pinterest video piespraude": 2, "YouTube": 2}
    assert all(b.ok for b in blocks if isinstance(b, Check))


def test_e38_checks():
    from widgets import registry

    rows = registry.get("E38").default_raw()["videos"]
    rows[1]["seconds"] = "120"  # Reels longer than 90 s
    rows[3]["seconds"] = "45"   # Pinterest longer than 30 s
    _ex, _v, _e, r, blocks = run("E38", videos=rows, max_hours="10")
    assert r["wrong_length"] == ["Pirmais griezums un forma", "Plaisa sagatavē: pirms un pēc"]
    assert not check(blocks, "Garums atbilst").ok
    assert not check(blocks, "Ritms").ok
    _ex, _v, _e, r, blocks = run("E38", videos=rows[:1])
    assert not check(blocks, "Vismaz trīs").ok and not check(blocks, "Filmējiet vienreiz").ok
