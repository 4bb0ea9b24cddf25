"""Hand-computed figures of the illustrative Latvian cases (group lv), from each case's data file and
the rules its sources give (each test names its source). The shared checks (shape, data valid for its
exercises, the script rewrites the data exactly, chapter links, sandbox) are in ``test_cases.py``."""

from __future__ import annotations

from widgets import cases, fmt
from widgets.blocks import Metric


def shown(slug: str, exercise: str) -> dict[str, str]:
    """The headline numbers a case's run shows, label → value as plain text."""
    blocks = cases.evaluate(cases.load(slug).run_for(exercise))[3]
    return {b.label: fmt.plain(b.value) for b in blocks if isinstance(b, Metric)}


def money(value: float) -> str:
    return fmt.plain(fmt.money(value))


def percent(value: float) -> str:
    return fmt.plain(fmt.percent(value))


def test_linen_weaver_story_by_hand():
    """E14 joins the five story elements (handbook, „Stāstniecība amatniecībā”), one sentence each:
    13 + 12 + 24 + 13 + 16 words, counted by hand in the data file."""
    run = cases.load("linu-audeja").run_for("E14")
    assert run.answers["journey"].startswith("Pirmo reizi pie stellēm")
    m = shown("linu-audeja", "E14")
    assert m["Vārdi stāstā"] == "78" and m["Teikumi"] == "5"
    assert m["Vidēji vārdi teikumā"] == fmt.plain(fmt.number(78 / 5, 1))  # 15,6
    sheet = cases.load("linu-audeja").run_for("E13").answers
    assert len(sheet["colours"].split(",")) == 3  # the handbook's 2–3 main colours


def test_soap_maker_parcel_by_hand():
    """A parcel's cost: unit price × quantity ÷ parcels a unit lasts (handbook, „Iepakojums”, price ranges)."""
    rows = {r["name"]: r for r in cases.load("ziepju-meistare").run_for("E17").answers["materials"]}
    assert (rows["Papīra lente"]["price"], rows["Papīra lente"]["per_unit"]) == ("7,11", "39")
    cost = 1.08 + 0.29 + 7.11 / 39 + 24.38 / 69 + 2.03 + 0.16  # box, kraft paper, tape, fill, linen bag, card
    m = shown("ziepju-meistare", "E17")
    assert m["Vienas pakas izmaksas"] == money(cost) == "4,10 €"
    assert m["Iepakojums mēnesī"] == money(cost * 42)
    assert m["Daļa no produkta cenas"] == percent(cost / 27 * 100)
    assert m["Ilgtspējas novērtējums"] == percent((2 + 2 + 2 + 3 + 3 + 2) / 18 * 100)  # paper 2, reusable 3


def test_mitten_knitter_fees_by_hand():
    """Etsy: 0,20 € listing, 6,5 % of price and shipping, 4 % + 0,30 € processing (handbook, „Īpaši
    amatniekiem”); own shop: Stripe 1,4 % + 0,25 € („Drošas maksājumu iespējas”) and Shopify's costs
    („Pirmie ieguldījumi un ikmēneša izmaksas”)."""
    income = 89 + 6
    fees = 0.20 + income * 0.065 + income * 0.04 + 0.30
    m = shown("cimdu-aditaja", "E21")
    assert m["Etsy maksas par vienu pārdošanu"] == money(fees)
    assert m["Peļņa pēc izmaksām un piegādes"] == money(income - fees - 63 - 6)
    shop_month = 29 + 1 + 6 + 15 / 12  # plan, apps, e-mail, domain
    own_year = ((income - (income * 0.014 + 0.25)) * 6 - shop_month) * 12
    assert shown("cimdu-aditaja", "E22")["Visvairāk paliek: Savs veikals (Shopify, Stripe)"] == money(own_year)
    assert shown("cimdu-aditaja", "E23")["Lētākā pirmajā gadā: Shopify"] == money(29 * 12 + 1 * 12 + 15 + 6 * 12)


def test_bookbinder_pins_by_hand():
    """Pins a month: pins a day × 30 (handbook, „Pinterest”: 5–10 a day)."""
    answers = cases.load("gramatsejeja-pinterest").run_for("E37").answers
    assert answers["pins_per_day"] == "8" and 10 <= len(answers["boards"]) <= 15
    assert shown("gramatsejeja-pinterest", "E37")["Piespraudes mēnesī"] == "240"


def test_candle_maker_emails_by_hand():
    """Welcome discount: every buyer gets it, only the extra buyers add profit; carts: recovered orders ×
    order value (e-mail guide, „2. Pamestā groza atgādinājumi”: up to 10 %)."""
    with_, without = 64 * 0.07, 64 * 0.02
    m = shown("rigas-svecu-lejeja", "E41")
    assert m["Atlaides izmaksas mēnesī"] == money(with_ * 40 * 0.10)  # 17,92 €
    assert m["Papildu bruto peļņa mēnesī"] == money((with_ - without) * 40 * 0.60)  # 76,80 €
    orders = 38 * 0.08
    m = shown("rigas-svecu-lejeja", "E42")
    assert m["Atgūtie ieņēmumi mēnesī"] == money(orders * 40)
    assert m["Bruto peļņa no atgūtajiem groziem mēnesī"] == money(orders * 40 * 0.60 - orders * 3.50)
    assert m["Daļa no kopējiem ieņēmumiem"] == percent(orders * 40 / 3680 * 100)


def test_jewellery_duo_campaign_by_hand():
    """ROI = (gain − cost) ÷ cost (standard definition); criteria from the handbook, „Sadarbības partneri”."""
    assert shown("juvelieru-duets", "E43")["Labākais kandidāts: @lina_un_sudrabs"] == "4,8 no 5"  # (5+5+4+5+5) ÷ 5
    profit = (65 * 0.85 - 23) * (3 + 3 + 5)
    cost = 3 * 30 + 5 * 20  # three gifts, the duo's five hours
    m = shown("juvelieru-duets", "E44")
    assert m["Izmaksas kopā"] == money(cost)
    assert m["Kampaņas ROI no pārdošanas"] == percent((profit - cost) / cost * 100)
    assert m["ROI ar satura vērtību"] == percent((profit + (4 + 2 + 3) * 15 - cost) / cost * 100)


def test_blacksmith_capacity_by_hand():
    """Chapter 30's example: (0,5 + 1,5 + 1 + 0,25) h × 30 orders × 1,2 (handbook, „Izaugsmes plānošana”:
    15–20 % buffer) = 117 h against 100 h available."""
    m = shown("kaleja-darbnica", "E63")
    assert m["Vajadzīgās stundas ar rezervi"] == "117 h"
    assert m["Vājā vieta"] == "Apdare (tīrīšana, vaskošana)"
    answers = cases.load("kaleja-darbnica").run_for("E48").answers
    done = sum(len(answers[k]) for k in ("safety", "ergonomics", "layout", "storage"))
    assert done == 9 and shown("kaleja-darbnica", "E48")["Kopējais novērtējums"] == percent(9 / 23 * 100)


def test_amber_jeweller_checklist_by_hand():
    """Outside the EU with a leather cord: all six steps of chapter 22's checklist apply (handbook,
    „Starptautiskie sūtījumi”), three are done; no carrier prices are invented."""
    assert shown("liepajas-dzintars", "E50")["Sagatavotība"] == "3 no 6"
    quotes = cases.load("liepajas-dzintars").run_for("E49").answers["quotes"]
    assert all(q["price"] == "" for q in quotes)


def test_leather_maker_payments_by_hand():
    """Price from materials and hours at 20 €/h (handbook: 15–25 €) with 15 % overhead; the rush surcharge
    applies because 16 days < 21; deposit 50 % of the total."""
    price = round((67 + 12 * 20) * 1.15 / 5) * 5
    assert price == 355 and cases.load("adas-meistara-pasutijumi").run_for("E51").answers["price"] == "355"
    total = price * 1.25
    m = shown("adas-meistara-pasutijumi", "E51")
    assert m["Kopējā cena"] == money(total) and m["Depozīts pirms darba sākuma"] == money(total * 0.5)


def test_basket_weaver_nps_by_hand():
    """NPS = % promoters (9–10) − % detractors (0–6), CSAT = % of 4–5 (standard definitions; the 0–10 question
    from the customer service article). Counted by hand in the data: 19 promoters, 9 passives, 2 detractors
    of 30; 26 of 30 satisfied. The feedback priorities are chapter 27's table."""
    m = shown("pinumu-pineja", "E56")
    assert m["NPS"] == "+" + fmt.plain(fmt.number((19 - 2) / 30 * 100, 1))
    assert m["CSAT"] == percent(26 / 30 * 100)
    items = cases.load("pinumu-pineja").run_for("E58").answers["items"]
    assert [int(i["frequency"]) * int(i["benefit"]) * int(i["ease"]) for i in items] == [18, 12, 6, 3]


def test_latgale_studio_q4_by_hand():
    """Chapter 28's example: Q4 8 200 € of 22 000 € = 37,3 % (handbook, „Pārdošanas datu analīze”: 30–40 %);
    with 15 % growth (handbook, „Izaugsmes plānošana”) 25 300 € a year and 9 430 € in Q4."""
    m = shown("latgales-keramika", "E60")
    assert m["Ceturtā ceturkšņa daļa"] == percent(8200 / 22000 * 100)
    assert m["Nākamo 12 mēnešu prognoze"] == money(22000 * 1.15)
    assert m["Prognoze ceturtajam ceturksnim"] == money(8200 * 1.15)
    assert cases.load("latgales-keramika").run_for("E12").answers["yearly_revenue"] == "25300"
