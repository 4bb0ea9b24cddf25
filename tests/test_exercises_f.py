"""Group f (chapters 24–27): E52–E58 with values hand-computed from the chapters' and sources' figures."""

import pytest

from tests.test_exercises import metric, run
from widgets import fmt, registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import journey, satisfaction


def note_text(blocks):
    return " ".join(b.text for b in blocks if isinstance(b, Note))


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


def text(blocks, title):
    return next(b.body for b in blocks if isinstance(b, Text) and b.title.startswith(title))


def table(blocks, title):
    return next(b for b in blocks if isinstance(b, Table) and b.title.startswith(title))


def error_note(blocks):
    assert len(blocks) == 1 and isinstance(blocks[0], Note) and blocks[0].level == "warning"
    return blocks[0].text


# --- E52 Klienta ceļojuma karte ----------------------------------------------------------------------

def test_e52_five_stages_and_emotion_curve():
    """Journey-mapping article, „Kas ir klienta ceļojums?”: five stages; chapter 24's ceramic-mug example map."""
    ex, values, errors, r, blocks = run("E52")
    assert errors == {}
    assert [row["stage"] for row in values["stages"]] == journey.STAGES
    assert journey.STAGES == ["Informētība", "Apsvēršana", "Pirkums", "Noturēšana", "Aizstāvība"]
    assert r["scores"] == [1, 0, -2, -1, 1]
    assert r["curve"].mean == pytest.approx(-0.2)
    assert r["curve"].lowest_stages == ["Pirkums"] and r["curve"].biggest_drop == ("Apsvēršana", "Pirkums", 2)
    assert metric(blocks, "Zemākais punkts") == "Pirkums (−2)"
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.kind == "line" and chart.options["hline"][0] == 0 and chart.series["Emocijas"] == r["scores"]
    plan = text(blocks, "Ko uzlabot vispirms")
    assert plan.startswith("1. Pirkums: Piegādes cena jau produkta lapā.")  # the worst moment first
    assert "Avots" in note_text(blocks) and "ceturksnī" in note_text(blocks)  # the article: review each quarter
    assert ex.field("stages").fixed_rows


def test_e52_reads_the_persona_and_flags_gaps():
    ex = registry.get("E52")
    raw = ex.default_raw({"persona_name": "Anna", "persona_summary": "Anna, 34 gadi, skolotāja (Rīga)."})
    assert raw["persona_name"] == "Anna" and raw["persona_summary"].startswith("Anna, 34")
    stages = [dict(row) for row in raw["stages"]]
    stages[1].update(emotion="-1", pain="")  # negative, but no pain point named
    stages[4].update(improvement="")  # a pain point without an improvement
    _v, errors, _r, blocks = ex.evaluate({**raw, "stages": stages, "persona_name": ""})
    assert errors == {}
    assert not check(blocks, "Karte veidota konkrētai personai").ok
    assert "Apsvēršana" in check(blocks, "Katram negatīvajam").message
    assert "Aizstāvība" in check(blocks, "Katram sāpju punktam").message
    assert "Anna, 34 gadi" in text(ex.evaluate(raw)[3], "Ceļojuma karte tekstā")


def test_e52_emotions_outside_the_scale_are_field_errors():
    ex = registry.get("E52")
    raw = ex.default_raw()
    stages = [dict(row) for row in raw["stages"]]
    stages[0]["emotion"] = "3"
    _v, errors, _r, _b = ex.evaluate({**raw, "stages": stages})
    assert "ne vairāk kā 2" in errors["stages"]


# --- E53 Saskares punktu prioritātes -----------------------------------------------------------------

def test_e53_weighted_priorities_and_quadrants():
    """Article, „Nosakiet savus saskares punktus”: rate each touchpoint by impact; weights 60/40 by default."""
    _ex, _v, errors, r, blocks = run("E53")
    assert errors == {}
    top = r["ranked"][0]
    assert top["name"] == "Produkta lapa" and top["score"] == pytest.approx(0.6 * 5 + 0.4 * (6 - 2))  # 4,6
    assert [row["place"] for row in r["ranked"]] == list(range(1, 11))
    assert journey.quadrant(5, 2) == journey.QUICK_WIN and journey.quadrant(4, 4) == journey.BIG_PROJECT
    assert journey.quadrant(3, 1) == journey.FILL_IN and journey.quadrant(3, 5) == journey.LATER
    assert r["by_quadrant"][journey.LATER] == ["Google meklēšana", "Stends amatnieku tirgū"]
    assert metric(blocks, "Pirmā prioritāte") == "Produkta lapa"
    scatter = next(b for b in blocks if isinstance(b, Chart))
    assert scatter.kind == "scatter" and scatter.options["highlight"] == "Produkta lapa"
    assert check(blocks, "Saskares punkti visos piecos").ok


def test_e53_impact_only_and_duplicates():
    ex = registry.get("E53")
    raw = ex.default_raw()
    r = ex.evaluate({**raw, "impact_weight": "100"})[2]
    assert r["ranked"][0]["impact"] == 5 and r["ranked"][0]["score"] == pytest.approx(5)
    rows = raw["touchpoints"][:3] + [dict(raw["touchpoints"][0], name="instagram IERAKSTI")]
    _v, errors, results, blocks = ex.evaluate({**raw, "touchpoints": rows})
    assert errors == {} and results is None and "divreiz" in error_note(blocks)
    _v, _e, _r, blocks = ex.evaluate({**raw, "touchpoints": raw["touchpoints"][:3]})
    assert "Apsvēršana" in check(blocks, "Saskares punkti visos piecos").message


# --- E54 Klientu servisa standarti -------------------------------------------------------------------

def test_e54_standards_and_hours():
    """Handbook, „Klientu serviss”: e-mail 24 h, social media 12 h, order confirmation automatic, custom orders
    24–48 h, problems: first reply 12 h. Hours: 15×6 + 20×4 + 10×0 + 3×20 + 1×30 = 260 min = 4,33 h a week."""
    _ex, _v, errors, r, blocks = run("E54")
    assert errors == {}
    assert r["hours_week"] == pytest.approx(260 / 60)
    assert r["minutes_day"] == pytest.approx(52) and r["minutes_slot"] == pytest.approx(26)
    assert r["share_pct"] == pytest.approx(260 / 60 / 30 * 100)
    assert metric(blocks, "Servisam nedēļā") == "4,3 h"
    assert check(blocks, "Mērķi atbilst").ok and check(blocks, "Pasūtījuma apstiprinājums").ok
    standards = table(blocks, "Servisa standarti")
    assert standards.rows[0][3] == "24 stundu laikā (darba dienās)" and standards.rows[1][3] == "12 stundu laikā"
    assert "E-pasts: atbildam 24 stundu laikā (darba dienās)." in text(blocks, "Jūsu servisa solījums")
    assert "noslogotākās stundas" in note_text(blocks)  # the customer-service article's five metrics


def test_e54_slow_targets_and_nothing_to_answer():
    ex = registry.get("E54")
    raw = ex.default_raw()
    rows = [dict(row) for row in raw["channels"]]
    rows[1]["target"] = "24"  # social media: the handbook asks for 12 h
    rows[2]["minutes"] = "2"  # confirmations typed by hand
    _v, _e, _r, blocks = ex.evaluate({**raw, "channels": rows})
    assert not check(blocks, "Mērķi atbilst").ok and "Sociālie mediji" in check(blocks, "Mērķi atbilst").message
    assert not check(blocks, "Pasūtījuma apstiprinājums").ok
    quiet = [dict(row, messages="0") for row in raw["channels"]]
    _v, errors, results, blocks = ex.evaluate({**raw, "channels": quiet})
    assert errors == {} and results is None and "vismaz vienā kanālā" in error_note(blocks)
    no_hours = ex.evaluate({**raw, "hours_per_week": ""})[2]
    assert no_hours["share_pct"] is None


# --- E55 Problēmu risināšanas scenārijs --------------------------------------------------------------

def test_e55_reply_follows_the_five_steps():
    """Handbook, „Problēmu risināšanas rāmis”: listen, investigate, offer, act, do not repeat; chapter 25's
    broken-mug reply. Costs: a new mug 14 + 4,50 = 18,50 €; a full refund 38 €."""
    _ex, _v, errors, r, blocks = run("E55")
    assert errors == {}
    draft = text(blocks, "Atbildes melnraksts")
    assert draft.startswith("Labdien, Mārtiņ!\n\nMan ļoti žēl")
    order = ["žēl", "fotogrāfiju", "divas iespējas", "izsekošanas numuru", "vairs neatkārtotos"]
    assert [draft.index(w) for w in order] == sorted(draft.index(w) for w in order)
    assert draft.endswith("Ar cieņu\nMāla māja")
    assert r["costs"] == [("Jauns izstrādājums bez maksas", pytest.approx(18.5)), ("Pilna atmaksa", 38)]
    assert metric(blocks, "Lētākais") == "18,50 €"
    assert check(blocks, "Pirmā atbilde 12").ok and check(blocks, "Risinājuma plāns 48").ok


def test_e55_slow_replies_one_offer_and_bad_times():
    ex = registry.get("E55")
    raw = ex.default_raw()
    _v, _e, r, blocks = ex.evaluate({**raw, "first_reply_hours": "20", "plan_hours": "72", "offers": ["Daļēja atmaksa"],
                                     "investigate": "Varat atsūtīt foto?"})
    assert not check(blocks, "Pirmā atbilde 12").ok and not check(blocks, "Risinājuma plāns 48").ok
    assert not check(blocks, "Klientam ir izvēle").ok
    draft = text(blocks, "Atbildes melnraksts")
    assert "Piedāvāju risinājumu: atmaksāšu 30 % no summas (11,40 €)." in fmt.plain(draft)
    assert "Varat atsūtīt foto?" in draft  # a question keeps its question mark
    assert "2. Izpētiet" in check(blocks, "Visi pieci soļi").message  # four words or more
    _v, errors, results, blocks = ex.evaluate({**raw, "first_reply_hours": "30", "plan_hours": "24"})
    assert errors == {} and results is None and "ātrāk par pirmo atbildi" in error_note(blocks)
    _v, errors, _r, _b = ex.evaluate({**raw, "offers": []})
    assert "vismaz 1" in errors["offers"]


# --- E56 Klientu apmierinātība (NPS) -----------------------------------------------------------------

def test_e56_chapter_example():
    """Chapter 25's worked example: 20 answers, 12 × 9–10, 5 × 7–8, 3 × 0–6 → NPS 60 − 15 = 45;
    17 of 20 answered 4–5 → CSAT 85 %."""
    ex, _v, errors, r, blocks = run("E56")
    assert errors == {}
    n = r["nps"]
    assert (n.n, n.promoters, n.passives, n.detractors) == (20, 12, 5, 3)
    assert r["score"] == pytest.approx(45)
    assert metric(blocks, "NPS") == "+45" and metric(blocks, "CSAT") == "85 %"
    assert ex.profile_out({}, r) == {"nps": 45}
    chart = next(b for b in blocks if isinstance(b, Chart) and b.kind == "stacked")
    assert sum(sum(v) for v in chart.series.values()) == 20 and chart.series["Ieteicēji (9–10)"][10] == 6
    low, high = r["interval"]  # normal approximation: 45 ± 1,96 × √((0,6 + 0,15 − 0,45²) ÷ 20) × 100
    assert low == pytest.approx(45 - 32.43, abs=0.01) and high == pytest.approx(45 + 32.43, abs=0.01)


def test_e56_published_example_dela_2018():
    """DELA annual report 2018, glossary „Net Promotor Score”: 30 % promoters and 20 % detractors give NPS +10."""
    scores = "9 10 9, 7 8 7 8 8\n3 6"  # 3 promoters, 5 passives, 2 detractors of 10
    _ex, _v, errors, r, blocks = run("E56", nps_scores=scores, csat_scores="")
    assert errors == {}
    assert r["nps"].promoter_pct == 30 and r["nps"].detractor_pct == 20 and r["score"] == pytest.approx(10)
    assert metric(blocks, "NPS") == "+10" and r["csat"] is None
    assert "CSAT" in note_text(blocks)


def test_e56_bad_items_are_named():
    for scores, expected in (("9 10 desmit", "3. vērtējums „desmit” nav vesels skaitlis"),
                             ("9, 11", "2. vērtējums „11” ir ārpus skalas"),
                             ("8,5 9", None), ("7.5", "„7.5” nav vesels skaitlis"), (" , ;", "vismaz vienu")):
        _ex, _v, errors, results, blocks = run("E56", nps_scores=scores)
        if expected is None:  # a comma separates: 8 and 5
            assert results["nps"].n == 3
            continue
        assert errors == {} and results is None and expected in error_note(blocks)
        assert error_note(blocks).startswith(("Ieteikšanas", "Ievadiet"))
    _ex, _v, _e, results, blocks = run("E56", csat_scores="5 4 0")
    assert results is None and error_note(blocks).startswith("Apmierinātības vērtējumi: 3. vērtējums „0”")
    with pytest.raises(satisfaction.ScoreError):
        satisfaction.parse_scores("1 " * (satisfaction.MAX_SCORES + 1), 0, 10)


def test_e56_all_detractors():
    _ex, _v, _e, r, blocks = run("E56", nps_scores="0 0 6", csat_scores="1")
    assert r["score"] == -100 and metric(blocks, "NPS") == "−100" and r["interval"][0] == -100
    assert r["csat"] == 0 and not check(blocks, "Ieteicēju vairāk").ok


# --- E57 Lojalitātes un ieteikumu programma ----------------------------------------------------------

def test_e57_chapter_referral_example():
    """Handbook, „Lojalitāte”: 15 % for the new customer, 20 € for the referrer; chapter 26's example of an
    80 € first order: 80 × 0,15 + 20 = 32 €."""
    _ex, _v, errors, r, blocks = run("E57")
    assert errors == {}
    assert r["per_referral"] == pytest.approx(32)
    assert metric(blocks, "Viens ieteiktais pircējs") == "32,00 €"
    # 20 referrals × 1,5 orders × 80 € = 2 400 €; gross profit 50 % = 1 200 €; cost 20 × 32 = 640 €
    assert r["referral"] == pytest.approx({"revenue": 2400, "profit": 1200, "cost": 640, "net": 560})
    # loyalty: 200 × 30 % = 60 members; extra 60 × 0,5 × 80 = 2 400 €;
    # rewards 60 × (1,2 + 0,5) × 80 × 5 % = 408 € + 120 € fixed = 528 €
    assert r["loyalty"] == pytest.approx({"revenue": 2400, "profit": 1200, "cost": 528, "net": 672})
    assert metric(blocks, "Ieguvums gadā pēc izmaksām") == "1 232,00 €"
    # break-even: (60 × 1,2 × 80 × 5 % + 120) ÷ (60 × 80 × (50 % − 5 %)) = 408 ÷ 2 160
    assert r["loyalty_break_even"] == pytest.approx(408 / 2160)
    assert check(blocks, "Ieteikuma atlīdzība iekļaujas").ok
    assert any(isinstance(b, Chart) and b.ylabel == "€" for b in blocks)


def test_e57_thin_margin_and_no_order_value():
    _ex, _v, _e, r, blocks = run("E57", margin_pct="12", reward_pct="12")
    assert r["loyalty_break_even"] is None  # the reward eats the whole margin
    assert not check(blocks, "Ieteikuma atlīdzība iekļaujas").ok  # 32 € > 80 × 12 % = 9,60 €
    assert not check(blocks, "Atlaide jaunajam pircējam").ok and not check(blocks, "Lojalitātes atlīdzība").ok
    assert not check(blocks, "Lojalitātes programma atmaksājas").ok
    _ex, _v, errors, results, blocks = run("E57", aov="0")
    assert errors == {} and results is None and "vidējo pasūtījuma vērtību" in error_note(blocks)
    r = run("E57", customers="0", referrals="0")[3]
    assert r["loyalty"]["net"] == -120 and r["referral"]["net"] == 0


# --- E58 Atsauksmju apstrāde -------------------------------------------------------------------------

def test_e58_chapter_priority_table():
    """Chapter 27's basket-weaver table (frequency × benefit × ease, 1–3 each): 18, 12, 6, 3; handbook
    „Pircēju rekomendāciju ieviešana”: four categories."""
    _ex, _v, errors, r, blocks = run("E58")
    assert errors == {}
    assert [row["priority"] for row in r["ranked"][:4]] == [18, 12, 6, 3]
    assert r["ranked"][-1]["theme"] == "Gribētos plastmasas versiju"  # does not fit the brand: last
    assert table(blocks, "Atsauksmju prioritātes").rows[-1][-1] == "Neatbilst zīmolam"
    assert metric(blocks, "Sāciet ar") == "Nav skaidrs, kā grozu kopt"
    assert r["by_category"]["Produkta dizains"] == {"items": 2, "frequency": 3}
    plan = text(blocks, "Rīcības plāns")
    assert plan.startswith("1. Nav skaidrs, kā grozu kopt (klientu pieredze, prioritāte 18): Kopšanas kartīte")
    assert not check(blocks, "Pirmajām prioritātēm").ok  # two of the first three have no step yet


def test_e58_nothing_fits_the_brand():
    ex = registry.get("E58")
    raw = ex.default_raw()
    rows = [dict(row, brand_fit="Nē") for row in raw["items"]]
    _v, errors, results, blocks = ex.evaluate({**raw, "items": rows})
    assert errors == {} and results is None and "neatbilst jūsu zīmolam" in error_note(blocks)
    one = [dict(raw["items"][0])]
    _v, errors, r, blocks = ex.evaluate({**raw, "items": one})
    assert errors == {} and check(blocks, "Pirmajām prioritātēm").ok
