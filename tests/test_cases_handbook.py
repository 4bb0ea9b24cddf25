"""Hand-computed figures of the handbook's cases and of the journey-mapping article's examples.

Each test works the case's figures by hand from its data file and the source the case names, then
compares them with what the exercise computes. Sources: the handbook (bibliography key
``rokasgramata``) and the journey-mapping article (``celojums``); the sections are named per test.
"""

from __future__ import annotations

import math

import pytest

from widgets import cases


def results(slug: str, exercise: str) -> dict:
    run = cases.load(slug).run_for(exercise)
    _values, errors, computed, _blocks = cases.evaluate(run)
    assert not errors
    return computed


def test_all_handbook_cases_say_so_and_list_assumptions():
    for slug in ("lisabonas-keramika", "zviedrijas-tekstils", "milanas-juvelieris", "bavarijas-kokgriezumi",
                 "bavarijas-rotallietas", "andaluzijas-keramikis", "toskanas-keramika", "marija-karvalju",
                 "klauss-smits"):
        case = cases.load(slug)
        assert case.kind == "handbook" and case.assumptions and "Rokasgrāmata" in case.source
    journey = cases.load("klienta-celojuma-piemeri")
    assert journey.kind == "illustrative" and "vienkāršotiem piemēriem" in journey.source


def test_lisbon_studio_market_and_parcel_by_hand():
    """Handbook, "Veiksmes stāsti: Eiropas amatnieki" (Lisbon studio, 30+ countries); all scores are assumptions."""
    r = results("lisabonas-keramika", "E02")
    answers, weights = [3, 2, 5, 3, 4, 5], [3, 5, 3, 2, 4, 4]  # the data file's six rows
    total = sum(weights)  # 21
    global_score = sum(a * w for a, w in zip(answers, weights)) / total  # 76 / 21
    local_score = sum((6 - a) * w for a, w in zip(answers, weights)) / total  # 50 / 21
    assert (round(global_score, 4), round(local_score, 4)) == (round(76 / 21, 4), round(50 / 21, 4))
    assert r["global"] == pytest.approx(global_score) and r["local"] == pytest.approx(local_score)
    assert r["market"] == "Globālais"
    parcel = results("lisabonas-keramika", "E49")
    assert parcel["chargeable"] == pytest.approx(max(0.6, 20 * 15 * 15 / 5000))  # 0,9 kg volume weight


def test_swedish_collective_brand_sheet_by_hand():
    """Handbook, "Veiksmes stāsti: Eiropas amatnieki" ("Skandināvu tekstils"): the story is only the handbook's facts."""
    r = results("zviedrijas-tekstils", "E13")
    assert len(r["colours"]) == 3
    story_words = 11 + 9  # counted by hand, sentence by sentence
    checks = {label: ok for label, ok, _ in r["checks"]}
    assert checks["Stāsts 40–150 vārdos"] is False and f"Tagad {story_words} vārdi" in dict(
        (label, hint) for label, _, hint in r["checks"])["Stāsts 40–150 vārdos"]
    assert r["score"] == 3


def test_milan_jeweller_prestige_price_by_hand():
    """Handbook, "Cenas veidošanas stratēģijas" (prestige for luxury); the 464 € ring and 1 450 € anchor are assumptions."""
    r = results("milanas-juvelieris", "E29")
    assert r["prestige"] == math.ceil(464 / 10) * 10 == 470  # over 100 €: up to the next 10 €
    assert r["charm9"] == 459
    assert r["recommended"] == 470
    assert r["anchor_ratio"] == pytest.approx(1450 / 464)
    assert not r["below_floor"]


def test_bavarian_woodcarving_platforms_and_video_hours_by_hand():
    """Handbook, "Sociālie mediji" (woodworking: Instagram, YouTube main) and "Satura mārketings"; plan figures assumed."""
    r = results("bavarijas-kokgriezumi", "E35")
    points = {s.name: s.points for s in r["scored"]}
    assert points["Instagram"] == 3 + 2 and points["YouTube"] == 3 + 2 and points["Pinterest"] == 1
    assert [s.name for s in r["chosen"]] == ["Instagram", "YouTube", "Pinterest"]
    v = results("bavarijas-kokgriezumi", "E38")
    hours = 1 * 5 + 4 * 0.5 + 2 * 1 + 2 * 0.5
    assert v["hours"] == pytest.approx(hours) == 10
    assert v["count"] == 1 + 4 + 2 + 2
    assert v["time_cost"] == pytest.approx(hours * 20)
    assert v["minutes"] == pytest.approx((480 + 4 * 40 + 2 * 60 + 2 * 20) / 60)


def test_bavarian_toys_story_by_hand():
    """Handbook, "Stāstniecība amatniecībā", "Veiksmīgi stāstniecības piemēri": no personal journey in the quote."""
    r = results("bavarijas-rotallietas", "E14")
    assert r["missing"] == ["Personīgais ceļš"]
    words = 11 + 12 + 11 + 10  # four sentences, counted by hand
    assert r["measures"]["words"] == words == 44
    assert r["measures"]["sentences"] == 4
    assert r["measures"]["words_per_sentence"] == pytest.approx(words / 4)


def test_andalusian_ceramicist_story_by_hand():
    """Handbook, "Stāstniecība amatniecībā", "Veiksmīgi stāstniecības piemēri": all five elements, 38 words."""
    r = results("andaluzijas-keramikis", "E14")
    assert r["missing"] == []
    words = 8 + 7 + 6 + 8 + 9
    assert r["measures"]["words"] == words == 38
    assert r["measures"]["words_per_sentence"] == pytest.approx(words / 5)
    failed = [label for label, ok, _ in r["checks"] if not ok]
    assert failed == ["Garums 40–150 vārdi"]


def test_tuscan_rebrand_price_by_hand():
    """Handbook, "Vizuālās identitātes izstrāde", "Veiksmes stāsts: Toskānas keramika": +30 % price; 45 € is assumed."""
    run = cases.load("toskanas-keramika").run_for("E29")
    new_price = round(45 * 1.30, 2)
    assert run.answers["base"] == "58,50" and new_price == 58.5
    r = results("toskanas-keramika", "E29")
    assert r["prestige"] == math.ceil(58.5 / 5) * 5 == 60  # under 100 €: up to the next 5 €
    assert r["charm9"] == 49  # 59 € would be above 58,50 €, so the charm price drops to 49 €
    assert r["recommended"] == 60
    brand = results("toskanas-keramika", "E13")
    assert brand["colours"] == ["terakota", "debeszils"]  # the handbook's palette
    assert brand["score"] == 4
    # the discussion question: if +87 % is in pieces, revenue grows 1,87 × 1,30 = 2,431 times (+143 %)
    assert round((1.87 * 1.30 - 1) * 100) == 143


def test_maria_carvalho_platforms_and_growth_by_hand():
    """Handbook, "Sociālie mediji": 500 → 15 000 Instagram followers in 18 months."""
    r = results("marija-karvalju", "E35")
    assert [(s.name, s.points) for s in r["chosen"]] == [("Instagram", 3 + 2), ("Pinterest", 3 + 2)]
    growth = 15_000 / 500
    monthly = growth ** (1 / 18) - 1
    assert growth == 30 and round(monthly * 100, 1) == 20.8
    assert any("20,8 %" in a for a in cases.load("marija-karvalju").assumptions)


def test_klaus_schmidt_video_plan_by_hand():
    """Handbook, "Satura mārketings", "Vācu kokapstrādes meistara panākumi Youtube"; plan figures are assumptions."""
    r = results("klauss-smits", "E38")
    hours = 6 + 8 + 5 + 4 * 0.5 + 2 * 0.5
    assert r["hours"] == pytest.approx(hours) == 22
    assert r["count"] == 3 + 4 + 2
    assert r["time_cost"] == pytest.approx(22 * 25) == 550
    assert r["minutes"] == pytest.approx((720 + 900 + 600 + 4 * 45 + 2 * 30) / 60) == 41
    assert round(20 * 0.65) == 13  # the discussion question: 65 % of 20 orders


def test_journey_examples_by_hand():
    """Article "Ko drīkst un ko nedrīkst, kartējot pircēja ceļojumu", "Klientu ceļojumu kartēšanas piemēri"."""
    case = cases.load("klienta-celojuma-piemeri")
    emotions = [int(row["emotion"]) for row in case.run_for("E52").answers["stages"]]
    assert emotions == [1, 1, -2, 1, 0]  # the generated data: the checkout queue is the low point
    curve = results("klienta-celojuma-piemeri", "E52")["curve"]
    assert curve.lowest_stages == ["Pirkums"] and curve.lowest == -2
    assert curve.mean == pytest.approx(sum(emotions) / 5)
    rows = {row["name"]: row for row in case.run_for("E53").answers["touchpoints"]}
    bank = rows["Banka: konta atvēršana tiešsaistē"]
    assert (bank["impact"], bank["effort"]) == ("5", "3")
    top = results("klienta-celojuma-piemeri", "E53")["ranked"][0]
    assert top["name"] == "Banka: konta atvēršana tiešsaistē"
    assert top["score"] == pytest.approx(0.6 * 5 + 0.4 * (5 + 1 - 3))  # impact 60 %, ease 40 %
