"""Every exercise's pure computation: known values, and no crash on any input."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets import catalogue, fmt, registry
from widgets.blocks import Chart, Check, Metric, Note, Table, Text
from widgets.exercise import ComputationError
from widgets.fields import ChecklistField, ChoiceField, TableField
from widgets.render_html import render_blocks

IDS = registry.ids()


def metric(blocks, label):
    return next(fmt.plain(b.value) for b in blocks if isinstance(b, Metric) and b.label.startswith(label))


def run(exercise_id, **changes):
    ex = registry.get(exercise_id)
    raw = ex.default_raw()
    raw.update(changes)
    values, errors, results, blocks = ex.evaluate(raw)
    return ex, values, errors, results, blocks


@pytest.mark.parametrize("exercise_id", IDS)
def test_defaults_compute_and_match_the_catalogue(exercise_id):
    ex, _v, errors, results, blocks = run(exercise_id)
    assert errors == {} and results is not None
    assert any(isinstance(b, (Metric, Table, Text, Chart)) for b in blocks)
    assert (ex.id, ex.chapter, ex.title) in catalogue.CATALOGUE
    for f in ex.fields:
        assert f.label and f.label[0].isupper()


def test_e28_price_build_up():
    _ex, _v, _e, r, blocks = run("E28")
    assert r["cost"].waste == pytest.approx(0.595)
    assert r["cost"].overhead == pytest.approx((8.5 + 0.595 + 30) * 0.15)
    assert r["minimum_price"] == pytest.approx((44.95925 + 0.5) / 0.895)
    assert metric(blocks, "Ieteicamā") == "70,89 €"
    assert metric(blocks, "Minimālā") == "50,79 €"
    assert metric(blocks, "Psiholoģiskā") == "69,00 €"
    low_rate = run("E28", hourly_rate="10")[4]
    assert any(isinstance(b, Check) and not b.ok and "15–25" in b.message for b in low_rate)


def test_e28_nothing_to_price():
    _ex, _v, errors, results, blocks = run("E28", materials="0", hours="0")
    assert errors == {} and results is None
    assert isinstance(blocks[0], Note) and "0 €" in blocks[0].text


def test_e21_handbook_fees():
    _ex, _v, _e, r, blocks = run("E21", price="45", shipping="6", offsite_ads="Nē")
    assert r["fees"].listing == 0.20
    assert r["fees"].transaction == pytest.approx(51 * 0.065)
    assert r["fees"].processing == pytest.approx(51 * 0.04 + 0.30)
    assert r["fees"].offsite_ads == 0
    assert metric(blocks, "Etsy maksas") == "5,86 €"
    with_ads = run("E21", price="45", shipping="6", offsite_ads="Jā", ads_share_pct="20")[3]
    assert with_ads["fees"].offsite_ads == pytest.approx(51 * 0.15 * 0.20)


def test_e21_offsite_ads_mandatory_above_10000():
    _ex, _v, _e, r, blocks = run("E21", price="100", shipping="6", sales_per_month="10", offsite_ads="Nē")
    assert r["ads_mandatory"] and r["ads_rate"] == 12
    assert any(isinstance(b, Note) and "obligāta" in b.text for b in blocks)


def test_e05_needs_five_competitors_and_ranks_me():
    ex = registry.get("E05")
    raw = ex.default_raw()
    _v, errors, _r, _b = ex.evaluate({**raw, "competitors": raw["competitors"][:3]})
    assert "vismaz 5" in errors["competitors"]
    _v, errors, r, blocks = ex.evaluate(raw)
    assert r["my_rank"] == [row["name"] for row in r["ranking"]].index("Mans uzņēmums") + 1
    assert r["avg_price"] == pytest.approx((32 + 24 + 55 + 18 + 70) / 5)
    scatter = next(b for b in blocks if isinstance(b, Chart))
    assert scatter.kind == "scatter" and "Mans uzņēmums" in scatter.labels


def test_e09_budget_against_handbook_ranges():
    _ex, values, _e, r, blocks = run("E09")
    assert r["total"] == sum(row["amount"] for row in values["items"])
    assert all(x["verdict"] == "diapazonā" for x in r["rows"])
    over = run("E09", items=[{"category": "Fotografēšanas aprīkojums", "amount": "2000", "when": "Vajag tagad"},
                             {"category": "Mana krāsns", "amount": "900", "when": "Var atlikt"}])[3]
    assert [x["verdict"] for x in over["rows"]] == ["virs diapazona", "savs"]
    assert over["now"] == 2000 and over["later"] == 900


def test_e04_usp_checks():
    _ex, _v, _e, r, _b = run("E04")
    assert r["statement"].startswith("Māla māja rada")
    assert r["score"] == 5  # no proof in the example
    vague = run("E04", value="unikāls un kvalitatīvs produkts", proof="20 gadu pieredze")[3]
    assert not dict((c[0], c[1]) for c in vague["checks"])["Bez tukšiem vārdiem"]


def test_e13_brand_checks():
    _ex, _v, _e, r, _b = run("E13")
    assert r["colours"] == ["māla brūns", "krēmbalts", "meža zaļš"]
    assert r["score"] == 4
    clash = run("E13", voice="Rotaļīga un dzīvespriecīga", attributes=["Elegance", "Siltums", "Drosme"])[3]
    assert not dict((c[0], c[1]) for c in clash["checks"])["Balss saskan ar raksturu"]


def test_e31_80_20_and_peaks():
    _ex, values, _e, r, _b = run("E31")
    assert len(values["months"]) == 12
    assert r["promo_share"] <= 20 and not r["peaks_without_launch"]
    months = [dict(m) for m in registry.get("E31").default_raw()["months"]]
    months[11]["launch"], months[0]["promo_posts"] = "", "10"
    r2 = run("E31", months=months)[3]
    assert r2["peaks_without_launch"] == ["Decembris"] and "Janvāris" in r2["over_promo"]


def test_e01_profile_goal_per_hour():
    _ex, _v, _e, r, _b = run("E01")
    assert r["products"] == ["Krūzes", "Bļodas", "Vāzes"]
    assert r["revenue_per_hour"] == pytest.approx(12000 / (20 * 46))


# --- any input: a Latvian message, never a crash --------------------------------------

NASTY_TEXT = st.one_of(
    st.text(max_size=50),
    st.sampled_from(["", " ", "-5", "1e309", "NaN", "12,5", "9" * 40, "<script>alert(1)</script>", "ĀČĒĢĪĶĻŅŠŪŽ",
                     "\u202e\u0000\ufeff", "x" * 3000, "0", "-0,01", "1 000 000 000"]),
)


def raw_for(field):
    if isinstance(field, TableField):
        return st.lists(st.fixed_dictionaries({c.name: raw_for(c) for c in field.columns}), max_size=12)
    if isinstance(field, ChecklistField):
        return st.lists(st.sampled_from(field.options + ["nav tādas"]), max_size=len(field.options) + 1)
    if isinstance(field, ChoiceField):
        return st.one_of(st.sampled_from(field.options), NASTY_TEXT)
    return NASTY_TEXT


@pytest.mark.parametrize("exercise_id", IDS)
def test_any_input_gives_errors_or_results(exercise_id):
    ex = registry.get(exercise_id)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.fixed_dictionaries({f.name: raw_for(f) for f in ex.fields}))
    def check(raw):
        values, errors, results, blocks = ex.evaluate(raw)
        for message in errors.values():
            assert message and (message[0].isupper() or message[0].isdigit())
        if results is None:
            assert blocks and isinstance(blocks[0], Note)
        html = render_blocks(blocks, charts=False)
        assert "<script>" not in html

    check()


@pytest.mark.parametrize("exercise_id", IDS)
def test_defaults_with_one_field_broken_keep_the_rest(exercise_id):
    ex = registry.get(exercise_id)
    for f in ex.fields:
        raw = ex.default_raw()
        raw[f.name] = "x" * 5000 if not isinstance(f, (TableField, ChecklistField)) else "nav saraksts"
        values, errors, _r, _b = ex.evaluate(raw)
        assert f.name in errors or not f.required
        assert all(values.get(g.name) is not None for g in ex.fields if g.name != f.name)


def test_computation_error_is_latvian():
    err = ComputationError("Pievienojiet vismaz 5 konkurentus.")
    assert str(err).startswith("Pievienojiet")
