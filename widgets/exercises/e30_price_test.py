"""E30 Cenu testa plāns (chapter 14): two prices, a period and a metric → a plan; visitors and orders → a reading."""

from __future__ import annotations

import math

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import pricing, stats
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, MoneyField, PercentField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Cenas veidošanas stratēģijas”, apakšsadaļa „Cenas testēšana un pielāgošana”; "
          "izlases lielums — 29. nodaļas īkšķa likums 16 × p × (1 − p) ÷ d², nozīmīgums — divu proporciju z tests "
          "pie 5 % līmeņa.")
PROFIT, CONVERSION = "Peļņa uz vienu apmeklētāju", "Konversijas likme"


def _days(n: int) -> str:
    return f"{fmt.integer(n)} {'diena' if n % 10 == 1 and n % 100 != 11 else 'dienas'}"


def _margin(price: float, a: dict) -> float:
    """What one sale at ``price`` leaves after platform fees and the item's cost."""
    return round(price - pricing.fees_on(price, a["fee_pct"], a["fee_fixed"]) - a["unit_cost"], 6)  # no float noise


def compute(a: dict) -> dict:
    pa, pb = a["price_a"], a["price_b"]
    if pa == pb:
        raise ComputationError("Abas cenas ir vienādas: testam vajag divas atšķirīgas cenas.")
    for side in ("a", "b"):
        if a[f"orders_{side}"] > a[f"visitors_{side}"]:
            raise ComputationError(f"Cenā {side.upper()} pasūtījumu ir vairāk nekā apmeklētāju: pārbaudiet skaitļus.")
    ma, mb = _margin(pa, a), _margin(pb, a)
    p = a["expected_conv"] / 100
    # the conversion B needs to leave as much profit per visitor as A
    breakeven = p * ma / mb * 100 if ma > 0 and mb > 0 else None
    needed = None
    if breakeven is not None and 0 < p < 1:
        d = abs(breakeven / 100 - p)
        needed = math.ceil(16 * p * (1 - p) / d ** 2) if d > 0 else None
    days = math.ceil(2 * needed / a["visitors_per_day"]) if needed and a["visitors_per_day"] else None
    reading = None
    if a["visitors_a"] > 0 and a["visitors_b"] > 0:
        test = stats.ab_test(a["visitors_a"], a["orders_a"], a["visitors_b"], a["orders_b"])
        reading = {
            "test": test,
            "profit_a": a["orders_a"] * ma,
            "profit_b": a["orders_b"] * mb,
            "ppv_a": a["orders_a"] * ma / a["visitors_a"],
            "ppv_b": a["orders_b"] * mb / a["visitors_b"],
        }
    return {"margin_a": ma, "margin_b": mb, "breakeven": breakeven, "needed": needed, "days": days,
            "reading": reading}


def _verdict(a: dict, r: dict) -> str:
    rd = r["reading"]
    t = rd["test"]
    better_profit = "B" if rd["ppv_b"] > rd["ppv_a"] else "A"
    price = a["price_b"] if better_profit == "B" else a["price_a"]
    text = (f"Cena A ({fmt.money(a['price_a'])}): konversija {fmt.percent(t.rate_a)}, peļņa uz apmeklētāju "
            f"{fmt.money(rd['ppv_a'])}. Cena B ({fmt.money(a['price_b'])}): konversija {fmt.percent(t.rate_b)}, "
            f"peļņa uz apmeklētāju {fmt.money(rd['ppv_b'])}.\n\n")
    if rd["ppv_a"] == rd["ppv_b"]:
        return text + "Abas cenas dod vienādu peļņu uz apmeklētāju: izvēlieties to, kas labāk atbilst jūsu pozicionējumam."
    if a["metric"] == CONVERSION:
        winner = "B" if t.rate_b > t.rate_a else "A"
        text += f"Pēc konversijas likmes labāka ir cena {winner}. "
    text += f"Vairāk peļņas uz katru apmeklētāju dod cena {better_profit} ({fmt.money(price)}). "
    if t.significant:
        text += "Konversiju atšķirība ir statistiski nozīmīga (p < 0,05): rezultātam var ticēt."
    else:
        text += ("Konversiju atšķirība vēl nav statistiski nozīmīga: tā var būt nejauša. Turpiniet testu līdz "
                 "plānotajam apmeklētāju skaitam, pirms maināt cenu.")
    return text


def view(a: dict, r: dict) -> list:
    ma, mb = r["margin_a"], r["margin_b"]
    plan = (f"Produkts: {a['product']}.\nCena A: {fmt.money(a['price_a'])} (jums paliek {fmt.money(ma)}). "
            f"Cena B: {fmt.money(a['price_b'])} (jums paliek {fmt.money(mb)}).\n"
            f"Testa periods: {_days(a['period_days'])}. Galvenais rādītājs: {a['metric'].lower()}.\n"
            "Visā testa laikā mainiet tikai cenu: fotogrāfijas, aprakstu un reklāmu atstājiet tādu pašu.")
    if r["breakeven"] is not None:
        plan += (f"\n\nLai cena B dotu tikpat daudz peļņas kā A, tās konversijai jābūt vismaz "
                 f"{fmt.percent(r['breakeven'], 2)} (A: {fmt.percent(a['expected_conv'], 2)}).")
    blocks = [
        views.money_metric("Jums paliek no pārdevuma ar cenu A", ma),
        views.money_metric("Jums paliek no pārdevuma ar cenu B", mb),
    ]
    if r["breakeven"] is not None:
        blocks.append(views.percent_metric("Cenai B vajadzīgā konversija", r["breakeven"],
                                           "Tikpat liela peļņa uz apmeklētāju kā ar cenu A."))
    if r["needed"]:
        blocks.append(Metric("Apmeklētāji katrai cenai", fmt.integer(r["needed"]),
                             "Lai pamanītu šo konversijas atšķirību (īkšķa likums)."))
    blocks.append(Text("Cenu testa plāns", plan))
    if r["days"]:
        blocks.append(Check("Testa periods pietiek apmeklētājiem", a["period_days"] >= r["days"],
                            f"Pie {fmt.integer(a['visitors_per_day'])} apmeklētājiem dienā vajag apmēram {_days(r['days'])}. "
                            "Ja tas ir par ilgu, testējiet lielāku cenu atšķirību."
                            if a["period_days"] < r["days"] else f"Vajag apmēram {_days(r['days'])}: periods pietiek."))
    blocks.append(Check("Periods ir pilnas nedēļas", a["period_days"] >= 7 and a["period_days"] % 7 == 0,
                        "Ļaujiet testam ritēt pilnas nedēļas, lai abas cenas redzētu gan darbdienu, gan nedēļas "
                        "nogales pircēji."))
    blocks.append(Check("Abas cenas sedz izmaksas", ma > 0 and mb > 0,
                        "Cena, kas nesedz izmaksas un maksas, nav jātestē: tā ir zem cenas grīdas (E28)."
                        if not (ma > 0 and mb > 0) else "Labi: abas cenas ir virs grīdas."))
    rd = r["reading"]
    if rd:
        t = rd["test"]
        blocks += [
            views.money_metric("Peļņa uz apmeklētāju A", rd["ppv_a"], f"Konversija {fmt.percent(t.rate_a)}."),
            views.money_metric("Peļņa uz apmeklētāju B", rd["ppv_b"], f"Konversija {fmt.percent(t.rate_b)}."),
            views.table("Testa rezultāts", ["Cena", "Apmeklētāji", "Pasūtījumi", "Konversija", "Peļņa kopā",
                                            "Peļņa uz apmeklētāju"],
                        [(f"A: {fmt.money(a['price_a'])}", a["visitors_a"], a["orders_a"], t.rate_a, rd["profit_a"], rd["ppv_a"]),
                         (f"B: {fmt.money(a['price_b'])}", a["visitors_b"], a["orders_b"], t.rate_b, rd["profit_b"], rd["ppv_b"])],
                        [None, "integer", "integer", "percent", "money", "money"]),
            Chart("barh", "Peļņa uz vienu apmeklētāju",
                  [f"A: {fmt.money(a['price_a'])}", f"B: {fmt.money(a['price_b'])}"],
                  {"€": [rd["ppv_a"], rd["ppv_b"]]}, xlabel="€"),
            Text("Ko rāda rezultāts", _verdict(a, r)),
        ]
    else:
        blocks.append(Note("Kad tests beidzies, ierakstiet apmeklētājus un pasūtījumus katrai cenai, un šeit redzēsiet "
                           "rezultātu."))
    blocks.append(Note(SOURCE))
    return blocks


EXERCISE = Exercise(
    id="E30",
    title="Cenu testa plāns",
    chapter=14,
    intro=(
        "Izplānojiet, kuras divas cenas salīdzināt, cik ilgi un pēc kāda rādītāja, un pēc testa ierakstiet rezultātu. "
        "Salīdziniet peļņu, ne tikai pārdoto skaitu: augstāka cena ar nedaudz mazāk pircējiem var nopelnīt vairāk."
    ),
    fields=[
        TextField("product", "Produkts", default="Māla krūze", max_length=120, profile="product_name"),
        MoneyField("price_a", "Cena A (pašreizējā)", default="55", maximum=100_000, profile="retail_price"),
        MoneyField("price_b", "Cena B (testējamā)", "Sāciet no aprēķinātā cenu diapazona vidus.", default="59",
                   maximum=100_000),
        MoneyField("unit_cost", "Izstrādājuma pašizmaksa", "No cenas kalkulatora (E28).", default="41,82",
                   maximum=100_000, profile="unit_cost"),
        PercentField("fee_pct", "Platformas komisija", "Etsy: 6,5 % + 4 % = 10,5 %.", default="10,5", maximum=99),
        MoneyField("fee_fixed", "Fiksētā maksa par pārdevumu", "Etsy: 0,20 € + 0,30 € = 0,50 €.", default="0,50",
                   maximum=1000, required=False),
        PercentField("expected_conv", "Pašreizējā konversijas likme", "Cik no apmeklētājiem pērk (E59).", default="2",
                     decimals=2, profile="conversion_rate"),
        IntegerField("visitors_per_day", "Produkta lapas apmeklētāji dienā", default="40", maximum=1_000_000),
        IntegerField("period_days", "Testa periods", "Pilnas nedēļas: 14, 28 …", default="28", unit="dienas",
                     minimum=1, maximum=365),
        ChoiceField("metric", "Galvenais rādītājs", default=PROFIT, options=[PROFIT, CONVERSION]),
        IntegerField("visitors_a", "Rezultāts: apmeklētāji ar cenu A", default="", maximum=10_000_000, required=False),
        IntegerField("orders_a", "Rezultāts: pasūtījumi ar cenu A", default="", maximum=10_000_000, required=False),
        IntegerField("visitors_b", "Rezultāts: apmeklētāji ar cenu B", default="", maximum=10_000_000, required=False),
        IntegerField("orders_b", "Rezultāts: pasūtījumi ar cenu B", default="", maximum=10_000_000, required=False),
    ],
    compute=compute,
    view=view,
)
