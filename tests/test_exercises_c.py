"""Group c (chapters 11–14): E22–E27, E29, E30 with values hand-computed from the chapters' and handbook's figures."""

import pytest

from tests.test_exercises import metric, run
from widgets import fmt, registry
from widgets.blocks import Chart, Check, Note, Table, Text
from widgets.calc import listing, platform_fees


def check(blocks, label):
    found = next(b for b in blocks if isinstance(b, Check) and b.label.startswith(label))
    return Check(found.label, found.ok, fmt.plain(found.message))


def text(blocks, title):
    return fmt.plain(next(b.body for b in blocks if isinstance(b, Text) and b.title.startswith(title)))


def notes(blocks):
    return fmt.plain(" ".join(b.text for b in blocks if isinstance(b, Note)))


def errors_note(blocks):
    return fmt.plain(blocks[0].text) if blocks and isinstance(blocks[0], Note) else ""


# --- E22 Tirgus platformu salīdzinājums ---------------------------------------------------------------

def test_e22_chapter_11_comparison_at_60_eur():
    """Chapter 11, „Kā salīdzināt platformas” (handbook, „Īpaši amatniekiem”): at 60 € Etsy takes
    0,20 + 3,90 + 2,70 = 6,80 € (53,20 € left), a 10 % platform 6,00 € (54,00 €), Notonthehighstreet 25 % 15,00 €."""
    ex, _v, errors, r, blocks = run("E22", price="60", shipping="0", sales_per_month="10")
    assert errors == {}
    by_name = {p["name"]: p for p in r["platforms"]}
    assert by_name["Etsy"]["fees"] == pytest.approx(6.80)
    assert by_name["Etsy"]["net_sale"] == pytest.approx(53.20)
    assert by_name["Eiropas platforma (10 %)"]["net_sale"] == pytest.approx(54.00)
    assert by_name["Notonthehighstreet"]["net_sale"] == pytest.approx(45.00)
    # first year: 10 sales a month × 12, less the 199 € joining fee (handbook's table)
    assert by_name["Notonthehighstreet"]["net_year"] == pytest.approx(45 * 10 * 12 - 199)
    assert by_name["Etsy"]["net_year"] == pytest.approx(53.20 * 120)
    assert metric(blocks, "Jums paliek no viena pārdevuma Etsy") == "53,20 €"
    assert ex.profile_out(_v, r) == {"marketplace": "Eiropas platforma (10 %)"}
    assert any(isinstance(b, Chart) and b.xlabel == "€" for b in blocks)
    assert "Īpaši amatniekiem" in notes(blocks)


def test_e22_uses_the_e21_etsy_fees_with_shipping():
    """Chapter 11 example: 35 € + 6 € shipping → Etsy fees 4,81 € (the transaction fee includes shipping)."""
    _ex, _v, _e, r, _b = run("E22", price="35", shipping="6")
    assert r["platforms"][0]["fees"] == pytest.approx(0.20 + 41 * 0.065 + 41 * 0.04 + 0.30)
    assert r["platforms"][0]["fees"] == pytest.approx(4.805)  # the chapter rounds it to 4,81 €


def test_e22_offsite_ads_mandatory_above_10000():
    """Handbook: offsite ads (12 %) mandatory above 10 000 € a year: 100 € × 10 × 12 = 12 000 €."""
    _ex, _v, _e, r, blocks = run("E22", price="100", sales_per_month="10", ads_share_pct="50")
    assert r["ads_mandatory"] and r["ads_rate"] == 12
    assert r["etsy"].offsite_ads == pytest.approx(100 * 0.12 * 0.5)
    assert "10 000 €" in notes(blocks)


def test_e22_price_zero_is_an_error():
    _ex, _v, errors, r, blocks = run("E22", price="0", shipping="0")
    assert errors == {} and r is None and "0 €" in errors_note(blocks)


# --- E23 Kopējās īpašumtiesību izmaksas ----------------------------------------------------------------

def _tco_rows(shopify, woo, squarespace):
    keys = ("plan", "theme", "apps", "hosting")
    return [dict(name=n, **dict(zip(keys, v))) for n, v in
            (("Shopify", shopify), ("WooCommerce", woo), ("Squarespace", squarespace))]


def test_e23_chapter_12_first_year_ranges():
    """Chapter 12 table (handbook, „Pirmie ieguldījumi un ikmēneša izmaksas”): first year Shopify 418–4 462 €,
    WooCommerce 430–2 714 €, Squarespace 286–824 €; domain 10–20 €/year, e-mail 5–12 €/month."""
    low = _tco_rows(("29", "0", "0", "0"), ("0", "0", "0", "30"), ("18", "0", "0", "0"))
    _ex, _v, errors, r, blocks = run("E23", platforms=low, domain="10", email="5")
    assert errors == {}
    assert [p["tco"].first_year for p in r["platforms"]] == pytest.approx([418, 430, 286])
    assert check(blocks, "Summas atbilst").ok
    high = _tco_rows(("299", "350", "30", "0"), ("0", "150", "50", "150"), ("40", "0", "15", "0"))
    _ex, _v, _e, r, blocks = run("E23", platforms=high, domain="20", email="12")
    assert [p["tco"].first_year for p in r["platforms"]] == pytest.approx([4462, 2714, 824])
    assert r["platforms"][0]["tco"].later_years == pytest.approx(4462 - 350)  # the theme is bought once
    assert r["cheapest"]["name"] == "Squarespace"
    assert metric(blocks, "Lētākā pirmajā gadā") == "824,00 €"
    assert any(isinstance(b, Chart) and b.kind == "stacked" and b.ylabel == "€" for b in blocks)


def test_e23_outside_the_handbook_range_is_flagged():
    rows = _tco_rows(("10", "0", "0", "0"), ("0", "0", "0", "30"), ("18", "0", "0", "0"))
    _ex, _v, _e, _r, blocks = run("E23", platforms=rows)
    c = check(blocks, "Summas atbilst")
    assert not c.ok and "Shopify" in c.message and "29,00 €" in c.message


def test_e23_other_platform_is_not_range_checked():
    rows = [{"name": "Wix", "plan": "17", "theme": "", "apps": "", "hosting": ""}]
    _ex, _v, errors, r, blocks = run("E23", platforms=rows, domain="15", email="")
    assert errors == {} and r["platforms"][0]["tco"].first_year == pytest.approx(17 * 12 + 15)
    assert check(blocks, "Summas atbilst").ok


# --- E24 Maksājumu vārteju izmaksas --------------------------------------------------------------------

def test_e24_chapter_12_example():
    """Chapter 12 example (handbook, „Drošas maksājumu iespējas”): 45 € × 20 orders → Stripe 17,60 €,
    PayPal 33,10 €, Klarna 26,41 €, Adyen 2,00 € + scheme fees; Stripe vs PayPal 15,50 € a month, 186 € a year."""
    ex, values, errors, r, blocks = run("E24", avg_order="45", orders="20")
    assert errors == {}
    months = {g["name"]: g["month"] for g in r["gateways"]}
    assert months == pytest.approx({"Stripe": 17.60, "PayPal": 33.10, "Klarna": 26.41, "Adyen": 2.00})
    assert r["cheapest"]["name"] == "Stripe"  # Adyen without its scheme fee is not ranked
    assert "15,50 €" in text(blocks, "Secinājums") and "186,00 €" in text(blocks, "Secinājums")
    table = next(b for b in blocks if isinstance(b, Table))
    assert fmt.plain(table.rows[1][1]) == "1,66 €"  # PayPal 1,655 € a order, as the chapter rounds it
    assert "karšu shēmas" in notes(blocks)
    assert ex.profile_out(values, r) == {"avg_order_value": 45, "orders_per_month": 20}
    assert any(isinstance(b, Chart) and b.kind == "barh" and b.xlabel == "€" for b in blocks)
    assert [g[0] for g in platform_fees.GATEWAYS] == ["Stripe", "PayPal", "Klarna", "Adyen"]


def test_e24_adyen_with_a_typed_scheme_fee_is_ranked():
    rows = [{"name": "Stripe", "pct": "1,4", "fixed": "0,25", "monthly": ""},
            {"name": "Adyen", "pct": "0,5", "fixed": "0,10", "monthly": ""}]
    _ex, _v, _e, r, blocks = run("E24", gateways=rows, avg_order="45", orders="20")
    assert r["cheapest"]["name"] == "Adyen"
    assert r["cheapest"]["month"] == pytest.approx((45 * 0.005 + 0.10) * 20)
    assert "karšu shēmas" not in notes(blocks)


def test_e24_zero_order_is_an_error():
    _ex, _v, errors, r, blocks = run("E24", avg_order="0")
    assert errors == {} and r is None and "0 €" in errors_note(blocks)


# --- E25 Mobilās gatavības audits ----------------------------------------------------------------------

def test_e25_score_and_fixes():
    """Handbook, „Pirkumi viedtālruņos”: six mobile essentials (+ the tests the chapter recommends)."""
    ex = registry.get("E25")
    options = ex.field("done").options
    assert len(options) == 9
    _ex, _v, _e, r, blocks = run("E25", done=options[:3])
    assert r["result"].score_pct == pytest.approx(3 / 9 * 100)
    assert metric(blocks, "Mobilās gatavības") == "33,3 %"
    assert len(r["fixes"]) == 6 and "PageSpeed Insights" in text(blocks, "Uzlabojumu saraksts")
    _ex, _v, _e, r, blocks = run("E25", done=options)
    assert r["result"].score_pct == 100 and r["result"].level == "Ļoti labi"
    assert check(blocks, "Norēķināšanās").ok
    _ex, _v, _e, r, blocks = run("E25", done=[])
    assert r["result"].score_pct == 0 and not check(blocks, "Norēķināšanās").ok
    assert "55 %" in notes(blocks) and "70 %" in notes(blocks)


# --- E26 Produkta apraksta veidotājs -------------------------------------------------------------------

def test_e26_chapter_13_example_assembles_in_order():
    """Handbook, „Efektīvu produktu aprakstu formula”: seven parts in order; chapter 13's mug example."""
    ex, values, errors, r, blocks = run("E26")
    assert errors == {}
    d = r["description"]
    assert d.startswith("Krūze, kas silda plaukstas")
    assert d.index("svinu nesaturošu") < d.index("rudens migla") < d.index("nākamā partija")
    assert "Specifikācijas:\n- Izmēri: augstums 10 cm" in d
    assert metric(blocks, "Formulas daļas") == "7 no 7"
    assert check(blocks, "Visas septiņas").ok
    specs = check(blocks, "Visas tehniskās")
    assert not specs.ok and "izgatavošanas un piegādes laiks" in specs.message
    assert check(blocks, "Produkta nosaukums").ok
    assert ex.profile_out(values, r) == {"product_description": d}


def test_e26_missing_parts_repeats_and_length():
    _ex, _v, _e, r, blocks = run("E26", story="", cta="",
                                  benefits="Mīksta krūze, mīksta glazūra, mīksta forma, mīksta sajūta")
    parts = check(blocks, "Visas septiņas")
    assert not parts.ok and "stāsta elements" in parts.message and "aicinājums uz darbību" in parts.message
    rep = check(blocks, "Nav atkārtotu")
    assert not rep.ok and "„mīksta” (4×)" in rep.message
    _ex, _v, _e, r, blocks = run("E26", benefits="", craft="", materials="", practical="", story="", cta="")
    length = check(blocks, "Garums")
    assert not length.ok and "īss" in length.message
    assert r["stats"]["words"] < listing.SHORT_WORDS


def test_e26_vague_words_are_flagged():
    _ex, _v, _e, _r, blocks = run("E26", hook="Unikāla un skaista krūze rīta kafijai")
    assert "unikāla" in notes(blocks) and "skaista" in notes(blocks)


def test_e26_nothing_filled_is_an_error():
    empty = {key: "" for key, _ in listing.FORMULA} | {f"spec_{key}": "" for key, _ in listing.SPECS}
    _ex, _v, errors, r, blocks = run("E26", **empty)
    assert errors == {} and r is None and "Aizpildiet" in errors_note(blocks)


# --- E27 Atslēgvārdu plāns -----------------------------------------------------------------------------

def test_e27_keyword_table_and_titles():
    """Handbook, „SEO atslēgvārdi”: broad, specific, regional and seasonal terms; Etsy's 140-character title rule."""
    ex, values, errors, r, blocks = run("E27")
    assert errors == {}
    assert [x["type"] for x in r["rows"]] == ["Plašs termins", "Plašs termins", "Specifisks apraksts",
                                              "Reģionāls termins", "Sezonāls vai aktuāls"]
    assert ex.profile_out(values, r)["keywords"][0] == "keramikas krūze"
    titles = text(blocks, "Nosaukuma varianti")
    assert titles.startswith("1. Keramikas krūze, roku darbs, pelēkzila glazūra, Latgales keramika")
    assert listing.ETSY_TITLE_MAX == 140 and check(blocks, "Nosaukumi nepārsniedz 140").ok
    assert "Etsy noteikumi" in notes(blocks)
    assert check(blocks, "Visi četri").ok


def test_e27_checks_fail_on_long_title_duplicates_and_missing_types():
    _ex, _v, _e, r, blocks = run("E27", feature="ļoti " * 24, specific="krūze", regional="", seasonal="Keramikas krūze")
    assert not check(blocks, "Nosaukumi nepārsniedz").ok
    assert not check(blocks, "Specifiskie apraksti").ok
    dup = check(blocks, "Nav atkārtotu")
    assert not dup.ok and "Keramikas krūze" in dup.message
    missing = check(blocks, "Visi četri")
    assert not missing.ok and "reģionāls termins" in missing.message


def test_e27_split_terms():
    assert listing.split_terms("a, b;\nc\n a ") == ["a", "b", "c"]


def test_e27_no_terms_is_an_error():
    _ex, _v, errors, r, blocks = run("E27", broad=", ;", specific="", regional="", seasonal="")
    assert errors == {} and r is None and "vismaz vienu" in errors_note(blocks)


# --- E29 Psiholoģiskā cena -----------------------------------------------------------------------------

def test_e29_chapter_14_mug():
    """Chapter 14 (handbook, „Psiholoģiskie paņēmieni cenas noteikšanai”): 54,37 € with floor 47,28 € → charm 49 €
    (just over the floor); a …7 charm price 47 € is below the floor, so the next one is suggested (49 €)."""
    _ex, _v, errors, r, blocks = run("E29", base="54,37", floor="47,28")
    assert errors == {}
    assert r["charm9"] == 49 and r["prestige"] == 55
    assert metric(blocks, "Šarma cena") == "49,00 €"
    assert metric(blocks, "Ieteicamā cena") == "49,00 €"
    floor = check(blocks, "Visi varianti virs")
    assert not floor.ok and "47,00 €" in floor.message and "49,00 €" in floor.message
    # bundle: (54,37 + 18) × 0,9
    assert r["bundle"] == pytest.approx(round(72.37 * 0.9, 2))
    assert any(isinstance(b, Chart) and b.xlabel == "€" for b in blocks)


def test_e29_prestige_and_anchor():
    """Handbook: prestige price 50 €, not 49,99 €; anchor 180 € vase makes 65 € look reasonable."""
    _ex, _v, _e, r, blocks = run("E29", base="49,99", floor="", positioning="Augstākās klases vai kolekcijas darbs",
                                  anchor="180")
    assert r["prestige"] == 50 and metric(blocks, "Ieteicamā cena") == "50,00 €"
    _ex, _v, _e, r, blocks = run("E29", base="65", floor="", anchor="180")
    assert r["anchor_ratio"] == pytest.approx(180 / 65) and check(blocks, "Enkurs").ok
    _ex, _v, _e, r, blocks = run("E29", base="65", floor="", anchor="50")
    assert not check(blocks, "Enkurs").ok


def test_e29_small_prices_use_cents():
    _ex, _v, _e, r, _b = run("E29", base="5,50", floor="", companion="", anchor="")
    assert r["charm9"] == pytest.approx(4.90) and len(r["variants"]) == 4


def test_e29_errors():
    _ex, _v, errors, r, blocks = run("E29", base="40", floor="47,28")
    assert errors == {} and r is None and "grīdas" in errors_note(blocks)
    _ex, _v, errors, r, blocks = run("E29", base="0", floor="")
    assert r is None and "0 €" in errors_note(blocks)


# --- E30 Cenu testa plāns ------------------------------------------------------------------------------

def test_e30_plan_break_even_and_sample():
    """Margins with Etsy's 10,5 % + 0,50 € (handbook, „Īpaši amatniekiem”) and chapter 14's cost 41,82 €:
    A 55 € → 6,905 €, B 59 € → 10,485 €; B breaks even at 2 % × 6,905 ÷ 10,485 = 1,317 %;
    chapter 29's rule 16 × p × (1 − p) ÷ d² → 6 725 visitors per price; at 40 a day 2 × 6 725 ÷ 40 → 337 days."""
    _ex, _v, errors, r, blocks = run("E30")
    assert errors == {}
    assert r["margin_a"] == pytest.approx(6.905) and r["margin_b"] == pytest.approx(10.485)
    assert r["breakeven"] == pytest.approx(2 * 6.905 / 10.485)
    assert r["needed"] == 6725 and r["days"] == 337
    assert not check(blocks, "Testa periods pietiek").ok
    assert check(blocks, "Periods ir pilnas").ok and check(blocks, "Abas cenas sedz").ok
    assert "1,32 %" in text(blocks, "Cenu testa plāns")
    assert r["reading"] is None


def test_e30_chapter_29_rule_of_thumb():
    """Chapter 29: at 2 % conversion, spotting 1 point needs ~3 100 visitors per variant (16 × 0,02 × 0,98 ÷ 0,01²)."""
    # B's margin twice A's → B breaks even at 1 %: d = 1 point
    _ex, _v, _e, r, _b = run("E30", price_a="50", price_b="60", unit_cost="0", fee_pct="0", fee_fixed="0")
    assert r["breakeven"] == pytest.approx(2 * 50 / 60)
    _ex, _v, _e, r, _b = run("E30", price_a="10", price_b="20", unit_cost="0", fee_pct="0", fee_fixed="0")
    assert r["breakeven"] == pytest.approx(1.0) and r["needed"] == 3136


def test_e30_reading_results():
    """Chapter 29's first test: 2 000 / 40 vs 2 000 / 62 is significant (p ≈ 3 %)."""
    _ex, _v, _e, r, blocks = run("E30", visitors_a="2000", orders_a="40", visitors_b="2000", orders_b="62")
    rd = r["reading"]
    assert rd["test"].significant and rd["ppv_b"] == pytest.approx(62 * 10.485 / 2000)
    verdict = text(blocks, "Ko rāda")
    assert "cena B" in verdict and "nozīmīga" in verdict
    _ex, _v, _e, r, blocks = run("E30", visitors_a="600", orders_a="12", visitors_b="600", orders_b="11")
    assert not r["reading"]["test"].significant and "vēl nav" in text(blocks, "Ko rāda")
    assert any(isinstance(b, Chart) and b.xlabel == "€" for b in blocks)


def test_e30_errors():
    _ex, _v, errors, r, blocks = run("E30", price_b="55")
    assert errors == {} and r is None and "vienādas" in errors_note(blocks)
    _ex, _v, errors, r, blocks = run("E30", visitors_a="10", orders_a="11", visitors_b="10", orders_b="1")
    assert r is None and "vairāk nekā apmeklētāju" in errors_note(blocks)
