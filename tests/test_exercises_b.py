"""Exercises E14–E20 (chapters 7–10): known values from the sources' figures, errors and checks."""

import pytest

from tests.test_exercises import metric, run
from widgets.blocks import Chart, Check, Note, Swatches, Table, Text
from widgets.calc import contrast, packaging
from widgets.exercises import e16_photo_equipment, e19_platform_matrix


def checks(blocks):
    return {b.label: b for b in blocks if isinstance(b, Check)}


def texts(blocks):
    return {b.title: b.body for b in blocks if isinstance(b, Text)}


# --- E14 ---------------------------------------------------------------------

def test_e14_assembles_the_five_elements_in_order():
    """Handbook, section „Stāstniecība amatniecībā”: journey, tradition, process, vision, values."""
    _ex, _v, errors, r, blocks = run("E14", journey="sāku bērnībā", tradition="mācījos pie vectēva",
                                     process="virpoju ar roku", vision="gribu ienest tradīciju mājās",
                                     values="nekad nepērku sagataves", business_name="Māla māja")
    assert errors == {}
    assert r["story"] == ("Sāku bērnībā. Mācījos pie vectēva.\n\nVirpoju ar roku.\n\n"
                          "Gribu ienest tradīciju mājās. Nekad nepērku sagataves.")
    assert "Māla māja: mūsu stāsts" in texts(blocks)
    assert r["measures"]["words"] == 15 and r["measures"]["sentences"] == 5
    assert metric(blocks, "Vidēji vārdi teikumā") == "3"
    assert not checks(blocks)["Garums 40–150 vārdi"].ok  # 15 < 40


def test_e14_defaults_pass_and_feed_the_profile():
    ex, _v, _e, r, blocks = run("E14")
    assert all(c.ok for c in checks(blocks).values())
    assert ex.profile_out({}, r) == {"brand_story": r["story"]}


def test_e14_flags_vague_and_repeated_words_and_missing_elements():
    _ex, _v, _e, r, blocks = run("E14", vision="", values="unikāls darbs, darbs, darbs",
                                 brand_words="Drosme, Elegance")
    c = checks(blocks)
    assert not c["Visi pieci elementi"].ok and "vīzija" in c["Visi pieci elementi"].message
    assert not c["Bez tukšiem vārdiem"].ok and "unikāls" in c["Bez tukšiem vārdiem"].message
    assert not c["Stāsts atspoguļo zīmola raksturu"].ok


def test_e14_nothing_to_assemble():
    _ex, _v, errors, results, blocks = run("E14", journey="", tradition="", process="", vision="", values="")
    assert errors == {} and results is None
    assert isinstance(blocks[0], Note) and "vismaz vienu" in blocks[0].text


# --- E15 ---------------------------------------------------------------------

def test_contrast_published_values():
    """W3C WCAG 2.1 'contrast ratio': black on white is 21:1. WebAIM Contrast Checker: #777777 on #FFFFFF
    is 4.48:1 (fails AA for normal text); #767676 on white is 4.54:1, the lightest grey that passes."""
    assert contrast.ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast.ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast.ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.005)
    assert contrast.ratio("#767676", "#fff") == pytest.approx(4.54, abs=0.005)
    assert contrast.ratio("#123456", "#123456") == pytest.approx(1.0)
    grey = contrast.check("#777777", "#FFFFFF")
    assert (grey.aa, grey.aa_large, grey.aaa, grey.aaa_large) == (False, True, False, False)
    assert contrast.check("#767676", "#FFFFFF").aa


def test_contrast_luminance_linearisation():
    """WCAG 2.1 relative luminance: sRGB 0.03928 / 12.92 / ((c+0.055)/1.055)^2.4."""
    assert contrast.luminance("#FFFFFF") == pytest.approx(1.0)
    assert contrast.luminance("#000000") == 0.0
    assert contrast.luminance("#0A0A0A") == pytest.approx(10 / 255 / 12.92)  # below 0.03928: linear part
    assert contrast.luminance("#808080") == pytest.approx(((128 / 255 + 0.055) / 1.055) ** 2.4)


def test_e15_contrast_table_and_swatches():
    _ex, _v, errors, r, blocks = run("E15", text="#777777", background="#ffffff", accent="#000")
    assert errors == {}
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows[0][:3] == ["Teksts uz fona", "#777777 / #FFFFFF", "4,48 : 1"]
    assert table.rows[0][3:] == ["neatbilst", "atbilst", "neatbilst", "neatbilst"]
    assert table.rows[1][2] == "21 : 1" and table.rows[1][3:] == ["atbilst"] * 4
    assert not checks(blocks)["Pamatteksts lasāms (AA, 4,5 : 1)"].ok
    swatches = [b for b in blocks if isinstance(b, Swatches)]
    assert len(swatches) == 2 and swatches[0].colours[2] == ("meža zaļš", "#000000")
    assert "ķ" in swatches[0].sample and swatches[0].font_family.endswith("serif")


def test_e15_profile_and_same_colours():
    ex, _v, _e, r, _b = run("E15", accent="")
    assert ex.profile_out({}, r) == {"brand_hex_colours": ["#4A2C1A", "#FAF3E0"],
                                     "brand_fonts": ["Georgia (ar serifiem)", "Helvetica vai Arial (bez serifiem)"]}
    _ex, _v, errors, results, blocks = run("E15", text="#fff", background="#FFFFFF")
    assert errors == {} and results is None and "vienāda" in blocks[0].text
    _ex, _v, errors, _r, _b = run("E15", text="brūns")
    assert "#RRGGBB" in errors["text"]


def test_e15_same_font_twice_is_flagged():
    _ex, _v, _e, r, blocks = run("E15", body_font="Georgia (ar serifiem)")
    assert r["fonts"] == ["Georgia (ar serifiem)"]
    assert not checks(blocks)["Virsrakstiem un pamattekstam atšķirīgi burtveidoli"].ok


# --- E16 ---------------------------------------------------------------------

@pytest.mark.parametrize("budget,tier", [(0, "Iesācējs"), (199, "Iesācējs"), (250, "Iesācējs"), (300, "Vidējais līmenis"),
                                         (500, "Vidējais līmenis"), (501, "Paplašinātais līmenis")])
def test_e16_handbook_tiers(budget, tier):
    """Handbook, „Prasības aprīkojumam”: beginner up to ~200 €, mid 300–500 €, advanced over 500 €."""
    assert e16_photo_equipment.tier(budget) == tier


def test_e16_plan_lighting_and_shot_list():
    _ex, _v, _e, r, blocks = run("E16", budget="150", material="Stikls", products="3", shots_per_type="2")
    assert r["tier"] == "Iesācējs" and metric(blocks, "Kadri kopā") == "24"  # 3 × 2 × 4 kinds
    plan = texts(blocks)["Aprīkojuma un gaismas plāns"]
    assert "12 megapikseļu" in plan and "Gaisma no aizmugures" in plan
    table = next(b for b in blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["Balts fons", "Dzīvesstila fotogrāfija", "Pietuvinātas detaļas",
                                              "Darba procesa fotogrāfija"]
    no_phone = run("E16", budget="150", phone="Nē")[4]
    assert not checks(no_phone)["Apgaismojums pirms dārgas kameras"].ok
    gap = run("E16", budget="250")[4]
    assert any(isinstance(b, Note) and "starp iesācēja" in b.text for b in gap)


# --- E17 ---------------------------------------------------------------------

def test_e17_chapter_example_costs_4_60():
    """Chapter 9 example within the handbook's price ranges: 1,20 + 0,40 + 0,20 + 0,50 + 2,00 + 0,30 = 4,60 €."""
    _ex, _v, _e, r, blocks = run("E17")
    assert r["cost"] == pytest.approx(4.60)
    assert metric(blocks, "Vienas pakas izmaksas") == "4,60 €"
    assert metric(blocks, "Iepakojums mēnesī") == "92,00 €"  # 20 parcels
    assert metric(blocks, "Daļa no produkta cenas") == "13,1 %"  # 4,60 / 35
    # points: box 2, kraft 2, tape 2, fill 3, bag 3, card 2 → 14 of 18
    assert r["score"] == pytest.approx(14 / 18 * 100)
    assert all(c.ok for c in checks(blocks).values())
    assert any(isinstance(b, Chart) and b.xlabel == "€" for b in blocks)


def _rows(**quantities):
    from widgets.exercises.e17_packaging_cost import DEFAULT_ROWS
    return [{**row, "quantity": quantities.get(row["name"], row["quantity"])} for row in DEFAULT_ROWS]


def test_e17_without_the_bag_and_with_plastic():
    """Chapter 9: without the linen bag the parcel costs 2,60 €."""
    _ex, _v, _e, r, _b = run("E17", materials=_rows(**{"Kokvilnas vai linu maisiņš": "0"}))
    assert r["cost"] == pytest.approx(2.60)
    _ex, _v, _e, r, blocks = run("E17", materials=_rows(**{"Burbuļplēve": "2", "Papīra lente": "0",
                                                          "Plastmasas līmlente": "1"}))
    assert r["cost"] == pytest.approx(4.60 - 0.20 + 0.80 + 0.10)
    assert not checks(blocks)["Bez plastmasas"].ok and "burbuļplēve" in checks(blocks)["Bez plastmasas"].message


def test_e17_price_outside_the_handbook_range_and_errors():
    rows = _rows()
    rows[0] = {**rows[0], "price": "4,00"}  # recycled box: 0,50–2,50 €
    blocks = run("E17", materials=rows)[4]
    assert not checks(blocks)["Cenas rokasgrāmatas robežās"].ok
    empty = _rows(**{name: "0" for name in packaging.BY_NAME})
    _ex, _v, errors, results, blocks = run("E17", materials=empty)
    assert errors == {} and results is None and "neviena materiāla" in blocks[0].text
    _ex, _v, _e, r, blocks = run("E17", price="")
    assert r["share"] is None


def test_packaging_line():
    line = packaging.parcel_line("Bioloģiski noārdāms tukšumu pildījums", 20, 1, 40)
    assert line.cost == pytest.approx(0.5) and line.points == 3 and line.in_range
    assert packaging.sustainability_pct([]) == 0.0


# --- E18 ---------------------------------------------------------------------

def test_e18_notes_from_the_three_templates():
    """Handbook, „Ar roku rakstītas zīmītes”: first purchase, repeat purchase, gift."""
    first = texts(run("E18")[4])["Pateicības zīmīte: pēc pirmā pirkuma"]
    assert first.startswith("Labdien, Anna!") and "pirmajam pirkumam izvēlējāties „Māla māja”" in first
    repeat = texts(run("E18", note_type="Pēc atkārtota pirkuma", order_number="3")[4])
    assert "jūsu trešais darbs no manas kolekcijas „Latgales rīts”" in repeat["Pateicības zīmīte: pēc atkārtota pirkuma"]
    gift_blocks = run("E18", note_type="Dāvana", giver="Jānis")[4]
    assert "Jānis vēlējās" in texts(gift_blocks)["Pateicības zīmīte: dāvana"]
    assert any(isinstance(b, Note) and "cenu" in b.text for b in gift_blocks)


def test_e18_checklist_score_and_sequence():
    """Weights: the note and the care instructions count double → 11 items, 13 weight."""
    _ex, _v, _e, r, blocks = run("E18")
    assert r["audit"].score_pct == pytest.approx(9 / 13 * 100)
    assert metric(blocks, "Izpakošanas pieredze") == "69,2 %"
    assert texts(blocks)["Atvēršanas secība"].startswith("1. Ārējā kaste")
    _ex, _v, _e, r, blocks = run("E18", elements=[], customer="")
    assert r["audit"].score_pct == 0
    c = checks(blocks)
    assert not c["Personīga zīmīte pakā"].ok and not c["Zīmīte aizpildīta"].ok


def test_e18_errors():
    _ex, _v, errors, results, blocks = run("E18", note_type="Dāvana", giver="")
    assert errors == {} and results is None and "dāvinātāja" in blocks[0].text
    _ex, _v, errors, results, blocks = run("E18", note_type="Pēc atkārtota pirkuma", order_number="1")
    assert results is None and "otrais" in blocks[0].text


# --- E19 ---------------------------------------------------------------------

def test_e19_default_ranking_and_sums():
    """Chapter 10 matrix: score × weight, summed. Weights 5,4,3,5,2,4; Shopify 4,3,5,4,5,5 →
    20 + 12 + 15 + 20 + 10 + 20 = 97; Squarespace 5,3,3,5,3,4 → 25 + 12 + 9 + 25 + 6 + 16 = 93."""
    ex, _v, _e, r, blocks = run("E19")
    assert r["sums"]["Shopify"] == pytest.approx(97) and r["sums"]["Squarespace"] == pytest.approx(93)
    assert [p.name for p in r["ranked"]][:2] == ["Shopify", "Squarespace"]
    assert metric(blocks, "Piemērotākā platforma") == "Shopify"
    assert checks(blocks)["Uzvarētājs ir stabils"].ok
    assert ex.profile_out({}, r) == {"platform": "Shopify"}
    assert [row["platform"] for row in ex.default_raw()["scores"]] == [
        "Etsy", "Shopify", "Wix", "Squarespace", "WooCommerce", "Big Cartel", "EKM"]


def test_e19_sensitivity_flips_the_winner():
    """Weights: ease 5, the rest 1. Shopify 5,1,1,1,1,1 → 30; Etsy 1,5,5,5,5,4 → 29. Ease −10 % (4,5):
    Shopify 22,5 + 5 = 27,5 < Etsy 4,5 + 24 = 28,5, so the winner changes."""
    rows = [{"platform": p, **{k: "1" for k, _ in e19_platform_matrix.CRITERIA}} for p in e19_platform_matrix.EXAMPLE]
    rows[0].update(ease="1", cost="5", scalability="5", presentation="5", integrations="5", mobile="4")   # Etsy
    rows[1].update(ease="5")                                                                         # Shopify
    weights = {f"w_{k}": "1" for k, _ in e19_platform_matrix.CRITERIA}
    _ex, _v, _e, r, blocks = run("E19", scores=rows, **{**weights, "w_ease": "5"})
    assert r["winner"] == "Shopify" and r["sums"]["Etsy"] == pytest.approx(29)
    assert r["moves"]["ease"] == {True: "Shopify", False: "Etsy"}
    assert r["changes"] == ["Etsy"]
    assert not checks(blocks)["Uzvarētājs ir stabils"].ok


# --- E20 ---------------------------------------------------------------------

@pytest.mark.parametrize("yes,level", [(0, "Iesācējs"), (1, "Iesācējs"), (2, "Vidējs"), (3, "Vidējs"),
                                       (4, "Padziļināts"), (5, "Padziļināts")])
def test_e20_levels(yes, level):
    """Chapter 10 rule of thumb: 0–1 „jā” → beginner group, 2–3 → mid, 4–5 → WooCommerce too."""
    keys = ["learn", "admin", "fix", "time", "helper"]
    answers = {k: "Jā" if i < yes else "Nē" for i, k in enumerate(keys)}
    ex, _v, _e, r, blocks = run("E20", **answers)
    assert r["level"] == level and ex.profile_out({}, r) == {"tech_level": level}
    assert metric(blocks, "Atbildes „jā”") == f"{yes} no 5"


def test_e20_platform_groups():
    """Handbook, „Nepieciešamās tehniskās zināšanas un prasmes”."""
    _ex, _v, _e, r, _b = run("E20")
    assert r["platforms"] == ["Shopify", "Wix"]
    assert r["reachable"] == ["Etsy", "Squarespace", "Big Cartel", "Shopify", "Wix"]
