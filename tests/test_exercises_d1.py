"""Chapters 15–16: marketing calendar, SMART goal, budget split, platforms, Instagram, Pinterest (E32–E37).

Known values are hand-computed from the figures of the handbook ("rokasgrāmata") as chapters 15 and 16
state them.
"""

import pytest

from tests.test_exercises import metric, run
from widgets import registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import marketing, social
from widgets.exercises.e01_profile import CRAFTS


def check(blocks, label):
    return next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))


def rows(campaigns):
    return [{"name": n, "start": s, "months": m, "prep": p, "activities": ""} for n, s, m, p in campaigns]


# --- E32 ------------------------------------------------------------------------------------------

def test_months_covered_wraps_and_splits():
    assert marketing.months_covered(0, 2) == [1, 1] + [0] * 10
    cover = marketing.months_covered(10.5, 3)  # mid-November for 3 months: ½ Nov, Dec, Jan, ½ Feb
    assert cover[10] == pytest.approx(0.5) and cover[11] == 1 and cover[0] == 1 and cover[1] == pytest.approx(0.5)
    assert sum(marketing.months_covered(3, 12)) == pytest.approx(12)


def test_e32_handbook_calendar_covers_the_year():
    """Handbook, „Mārketings” → „Mārketinga kalendārs”: five seasons Jan–Feb, Mar–May, Jun–Aug, Sep–Oct, Nov–Dec."""
    _ex, _v, errors, r, blocks = run("E32")
    assert errors == {}
    assert r["months_with_campaign"] == 12 and r["max_at_once"] == 1
    assert r["seasons_missing"] == [] and r["holiday_gaps"] == []
    # Q4 = 35 % (handbook 30–40 %) spread 0.8 : 1.0 : 1.4 over Oct–Dec → Nov + Dec = 35 × 2.4 / 3.2 = 26.25 %
    assert r["campaigns"][4]["revenue_share"] == pytest.approx(26.25)
    assert metric(blocks, "Gada ieņēmumu daļa") == "100 %"
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.kind == "timeline" and chart.series["start"] == [0, 2, 5, 8, 10]
    assert chart.series["length"] == [2, 3, 3, 2, 2]
    # the holiday campaign prepares from September (2 months before November)
    assert (4, 8, "sāk gatavot") in chart.options["points"]


def test_e32_gaps_and_late_holiday_prep():
    late = rows([("Pavasaris", "Marts", "3", "1"), ("Svētki", "Decembris", "1", "0")])
    _ex, _v, _e, r, blocks = run("E32", campaigns=late)
    assert r["holiday_gaps"] == ["Novembris"]
    assert not r["holiday_prep_ok"]
    assert r["seasons_missing"] == ["Janvāris–februāris", "Jūnijs–augusts", "Septembris–oktobris"]
    assert r["without_prep"] == ["Svētki"]
    assert not check(blocks, "Svētku maksimums").ok and "30–40" in check(blocks, "Svētku maksimums").message
    assert not check(blocks, "Gatavošanās svētkiem").ok


def test_e32_campaign_past_december_is_clipped_on_the_chart():
    _ex, _v, _e, r, blocks = run("E32", campaigns=rows([("Ziema", "Novembris", "4", "2")]))
    assert r["campaigns"][0]["wraps"] and r["campaigns"][0]["end_month"] == "Februāris"
    chart = next(b for b in blocks if isinstance(b, Chart))
    assert chart.series["length"] == [2]
    assert r["holiday_prep_ok"]


# --- E33 ------------------------------------------------------------------------------------------

def test_e33_handbook_example_passes_all_five():
    """Handbook, „Uzstādīt sasniedzamus mērķus”: „palielināt e-pasta abonentu skaitu par 200”."""
    _ex, _v, _e, r, blocks = run("E33")
    assert r["score"] == 5
    assert "par 200" in r["goal"] and r["goal"].startswith("Līdz 30. jūnijam palielināt")
    assert r["pace"].needed == pytest.approx(200 / 6)
    assert metric(blocks, "Vajadzīgais temps") == "33,3 abonenti mēnesī"
    assert r["draft"]["number"] is False and r["draft"]["deadline"] is False


def test_e33_failing_checks():
    _ex, _v, _e, r, blocks = run("E33", result="vairāk sekotāju", target="150", deadline="drīz", method="ar darbu",
                                 relevance="jā")
    assert r["score"] == 0
    assert "vairāk" in check(blocks, "S –").message
    assert not check(blocks, "M –").ok and not check(blocks, "T –").ok and not check(blocks, "R –").ok


def test_e33_pace_over_twice_so_far_is_not_achievable():
    # +200 in 2 months = 100 a month against 30 so far: 3.3 times the pace (limit 2, the workbook's assumption)
    _ex, _v, _e, r, blocks = run("E33", months="2")
    assert r["pace"].ratio == pytest.approx(100 / 30)
    assert not check(blocks, "A –").ok and "3,3 reizes" in check(blocks, "A –").message
    assert run("E33", months="2", pace_so_far="")[3]["pace"].ratio is None


def test_has_deadline_needs_a_date_word():
    assert marketing.has_deadline("līdz jūnija beigām") and marketing.has_deadline("30.06.")
    assert not marketing.has_deadline("SMART mērķis drīz")


# --- E34 ------------------------------------------------------------------------------------------

def test_e34_split_matches_the_chapter_example():
    """Chapter 15's example: 60 € a month for social media ads; 15–25 €/h for the maker's time (handbook)."""
    _ex, values, _e, r, blocks = run("E34")
    ads = next(x for x in r["allocation"] if x.name == "Apmaksātā reklāma")
    assert ads.month == pytest.approx(60) and ads.year == pytest.approx(720)
    assert metric(blocks, "Mārketinga budžets mēnesī") == "240,00 €"
    # 40 h × 20 €/h = 800 €; full cost 240 + 800 = 1 040 €
    assert metric(blocks, "Jūsu laika vērtība") == "800,00 €"
    assert metric(blocks, "Pilnās") == "1 040,00 €"
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[-1][:3] == ["Kopā", "100\u00a0%", "240,00\u00a0€"]
    assert registry.get("E34").profile_out(values, r) == {"marketing_budget_month": 240}


def test_e34_shares_must_sum_to_100():
    ex = registry.get("E34")
    raw = ex.default_raw()
    raw["areas"][0]["share"] = "10"  # 95 %
    _v, errors, results, blocks = ex.evaluate(raw)
    assert errors == {} and results is None
    assert isinstance(blocks[0], Note) and "95" in blocks[0].text and "Sadaliet vēl 5" in blocks[0].text
    raw["areas"][0]["share"] = "25"  # 110 %
    assert "Samaziniet" in ex.evaluate(raw)[3][0].text
    with pytest.raises(ValueError):
        marketing.split_budget(100, [("A", 50, 0)])


def test_e34_concentration_and_rate_checks():
    one = [{"area": "Apmaksātā reklāma", "share": "100", "hours": "0"}]
    _ex, _v, _e, r, blocks = run("E34", areas=one, hourly_rate="10", total="0")
    assert not check(blocks, "Budžets sadalīts").ok
    assert not check(blocks, "Neviena joma").ok
    assert not check(blocks, "Jūsu laiks").ok
    assert not any(isinstance(b, Chart) for b in blocks)  # nothing to draw at 0 €


# --- E35 ------------------------------------------------------------------------------------------

def test_craft_mapping_covers_the_profile_crafts():
    assert list(social.CRAFT_CATEGORY) == CRAFTS
    assert set(social.CRAFT_CATEGORY.values()) == set(social.CATEGORIES)


def test_e35_ceramics_gets_instagram_and_pinterest():
    """Handbook, „Sociālie mediji”, table „Piemērotu platformu izvēle”: ceramics → Instagram, Pinterest."""
    _ex, values, _e, r, blocks = run("E35")
    assert [s.name for s in r["chosen"]] == ["Instagram", "Pinterest"]
    assert [s.points for s in r["scored"]] == [5, 5, 1, 1, 0]
    assert registry.get("E35").profile_out(values, r) == {"social_platforms": ["Instagram", "Pinterest"]}
    assert all(check(blocks, label).ok for label in ("Platformu skaits", "3–5", "30–60"))


def test_e35_woodwork_and_video_audience():
    _ex, _v, _e, r, _b = run("E35", craft="Kokapstrāde", habits=["Skatās garas pamācības un procesa video"], count="3")
    # Instagram 3, YouTube 3 + 2 = 5, Pinterest 1, Facebook 1, TikTok 0
    assert [(s.name, s.points) for s in r["chosen"]] == [("YouTube", 5), ("Instagram", 3), ("Pinterest", 1)]


def test_e35_rhythm_checks():
    _ex, _v, _e, _r, blocks = run("E35", count="5", posts="1", minutes="10")
    assert not check(blocks, "Platformu skaits").ok
    assert not check(blocks, "3–5").ok
    assert not check(blocks, "30–60").ok and "30–60" in check(blocks, "30–60").message


# --- E36 ------------------------------------------------------------------------------------------

def test_hashtag_sizes_follow_the_handbook():
    """Handbook, „Instagram”: popular > 100 000 posts, niche 10 000–50 000."""
    assert social.hashtag_size(100_001) == social.POPULAR
    assert social.hashtag_size(100_000) == social.MIDDLE
    assert social.hashtag_size(50_000) == social.NICHE and social.hashtag_size(10_000) == social.NICHE
    assert social.hashtag_size(9_999) == social.SMALL
    assert social.normalise_tag("Latvian Ceramics") == "#latvianceramics"


def test_e36_defaults():
    _ex, _v, _e, r, blocks = run("E36")
    assert r["length"] == 134 and r["bio_ok"]
    assert r["sizes"] == {social.POPULAR: 3, social.NICHE: 2, social.MIDDLE: 0, social.SMALL: 1}
    assert metric(blocks, "Populārie un nišas") == "3 : 2"
    assert all(b.ok for b in blocks if isinstance(b, Check))
    assert metric(blocks, "Profila elementi") == "3 no 5"


def test_e36_long_bio_and_unbalanced_tags():
    tags = [{"tag": "#ceramics", "posts": "20000000", "kind": "Amata vai produkta"},
            {"tag": "ceramics", "posts": "20000000", "kind": "Amata vai produkta"}]
    _ex, _v, _e, r, blocks = run("E36", bio="x" * 160, hashtags=tags, username="Māla Māja!")
    assert not check(blocks, "Apraksts līdz 150").ok and "10 rakstzīmēm" in check(blocks, "Apraksts līdz 150").message
    assert not check(blocks, "Aprakstā ir aicinājums").ok
    assert not check(blocks, "Lietotājvārds atbilst").ok
    assert not check(blocks, "Līdzsvars").ok and "100\u00a0000" in check(blocks, "Līdzsvars").message
    assert not check(blocks, "Ir zīmola").ok and not check(blocks, "Ir vietas").ok
    assert r["duplicates"] == ["#ceramics"]


def test_e36_reads_the_profile():
    ex = registry.get("E36")
    raw = ex.default_raw({"business_name": "Linu stāsts", "usp_statement": "Linu dvieļi no Latgales."})
    assert raw["business_name"] == "Linu stāsts"
    _v, _e, r, _b = ex.evaluate(raw)
    assert not r["username_similar"] and r["usp_ok"]


# --- E37 ------------------------------------------------------------------------------------------

def test_e37_monthly_pins_and_boards():
    """Handbook, „Pinterest”: 5–10 pins a day × 30 days = 150–300 pins a month; 10–15 boards."""
    _ex, _v, _e, r, blocks = run("E37")
    assert r["monthly"] == 150 and r["yearly"] == 1800
    assert run("E37", pins_per_day="10")[3]["monthly"] == 300
    # priorities 3 × Augsta, 3 × Vidēja, 4 × Zema → weight 19; a high-priority board gets 150 × 3 / 19
    assert r["boards"][0]["pins"] == pytest.approx(150 * 3 / 19)
    assert sum(b["pins"] for b in r["boards"]) == pytest.approx(150)
    assert all(b.ok for b in blocks if isinstance(b, Check))
    assert any(isinstance(b, Text) and "10. Ilgtspējīga" in b.body for b in blocks)


def test_e37_size_and_board_checks():
    boards = [{"name": "Mani darbi", "priority": "Augsta"}, {"name": "Dažādi", "priority": "Zema"}]
    _ex, _v, _e, r, blocks = run("E37", boards=boards, width="1000", height="1000", pins_per_day="2",
                                 video_seconds="60")
    assert r["generic"] == ["Mani darbi", "Dažādi"]
    assert not check(blocks, "10–15").ok and not check(blocks, "5–10").ok
    assert not check(blocks, "Vertikāls").ok and "1 500 px" in check(blocks, "Vertikāls").message.replace("\xa0", " ")
    assert not check(blocks, "Vismaz").ok
    assert not check(blocks, "Video").ok
    no_video = run("E37", video_seconds="0")[4]
    assert not any(isinstance(b, Check) and b.label.startswith("Video") for b in no_video)


def test_pin_ratio():
    assert social.is_pin_ratio(1000, 1500) and social.is_pin_ratio(600, 900)
    assert not social.is_pin_ratio(1500, 1000) and not social.is_pin_ratio(0, 1500)
