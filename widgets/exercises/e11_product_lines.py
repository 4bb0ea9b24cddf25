"""E11 Produktu līniju rentabilitāte (chapter 6)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note, Text
from ..calc import product_lines
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, PercentField, TableField, TextField

COLUMNS = [
    TextField("product", "Produkts", default="", max_length=80),
    MoneyField("materials", "Materiāli gabalam", default="", maximum=100_000),
    NumberField("hours", "Stundas gabalam", default="", maximum=1000, unit="h"),
    MoneyField("price", "Cena", default="", maximum=100_000),
    IntegerField("units", "Gabali mēnesī", default="0", maximum=10_000),
]
# Prices and hours from the chapter's ceramics example (section "Produktu līniju rentabilitāte");
# materials and units are assumptions the learner replaces.
DEFAULT_ROWS = [
    {"product": "Krūze", "materials": "5", "hours": "0,75", "price": "28", "units": "20"},
    {"product": "Liela bļoda", "materials": "12", "hours": "3", "price": "85", "units": "6"},
    {"product": "Vāze", "materials": "18", "hours": "6", "price": "140", "units": "3"},
]


def compute(a: dict) -> dict:
    if a["fee_pct"] >= 100:
        raise ComputationError("Platformas komisijai jābūt mazākai par 100 %.")
    rows = [r for r in a["lines"] if r["price"] > 0]
    if not rows:
        raise ComputationError("Ierakstiet vismaz vienam produktam cenu, kas lielāka par 0 €.")
    lines = [product_lines.line(r["product"], r["materials"], r["hours"], r["price"], r["units"], a["hourly_rate"],
                                a["overhead_pct"], a["waste_pct"], a["fee_pct"], a["fee_fixed"]) for r in rows]
    by_hour = product_lines.rank(lines, "profit_per_hour")
    by_margin = product_lines.rank(lines, "margin_pct")
    return {
        "lines": lines,
        "by_hour": by_hour,
        "by_margin": by_margin,
        "best": by_hour[0],
        "below_rate": [x.name for x in lines if x.profit_per_hour is not None and x.profit_per_hour < a["hourly_rate"]],
        "below_minimum": [x.name for x in lines if x.price < x.minimum_price],
        "loss": [x.name for x in lines if x.profit < 0],
        "profit_month": sum(x.profit_month for x in lines),
        "hours_month": sum(x.hours_month for x in lines),
    }


def _per_hour(x) -> float | str:
    return x.profit_per_hour if x.profit_per_hour is not None else "—"


def view(a: dict, r: dict) -> list:
    best = r["best"]
    top_margin = r["by_margin"][0]
    summary = (f"Par jūsu stundu visvairāk nopelna „{best.name}”"
               + (f": {fmt.money(best.profit_per_hour)} stundā." if best.profit_per_hour is not None else ".")
               + f" Augstākā marža ir „{top_margin.name}”: {fmt.percent(top_margin.margin_pct)}.")
    if best.name != top_margin.name:
        summary += (" Dārgākais vai ienesīgākais gabalā ne vienmēr ir izdevīgākais par stundu: "
                    "plānojot laiku pirms svētkiem, dodiet priekšroku tam, kas nopelna vairāk stundā.")
    rated = [x for x in r["by_hour"] if x.profit_per_hour is not None]
    blocks = [
        Text("Secinājums", summary),
        views.money_metric("Peļņa mēnesī no visām līnijām", r["profit_month"],
                           f"Pirms jūsu darba samaksas; {fmt.number(r['hours_month'], 1)} h mēnesī."),
        views.table("Produktu līnijas pēc peļņas stundā",
                    ["Vieta", "Produkts", "Cena", "Izmaksas", "Peļņa gabalā", "Peļņa stundā", "Bruto peļņas marža",
                     "Minimālā cena (E28)", "Peļņa mēnesī"],
                    [(i, x.name, x.price, x.costs, x.profit, _per_hour(x), x.margin_pct, x.minimum_price, x.profit_month)
                     for i, x in enumerate(r["by_hour"], start=1)],
                    ["integer", None, "money", "money", "money", "money", "percent", "money", "money"]),
        views.table("Produktu līnijas pēc maržas", ["Vieta", "Produkts", "Bruto peļņas marža", "Peļņa gabalā"],
                    [(i, x.name, x.margin_pct, x.profit) for i, x in enumerate(r["by_margin"], start=1)],
                    ["integer", None, "percent", "money"]),
    ]
    if rated:
        blocks.append(Chart("bar", f"Peļņa stundā pa produktiem (jūsu likme {fmt.money(a['hourly_rate'])})",
                            [x.name for x in rated], {"Peļņa stundā, €": [x.profit_per_hour for x in rated]},
                            ylabel="Peļņa stundā, €"))
    blocks += [
        Check(f"Katra līnija nopelna vismaz stundas likmi ({fmt.money(a['hourly_rate'])})", not r["below_rate"],
              "Zem likmes: " + ", ".join(r["below_rate"]) + ". Paceliet cenu, saīsiniet darba laiku vai pārdomājiet līniju."
              if r["below_rate"] else "Labi: katrs produkts samaksā par jūsu laiku."),
        Check("Neviena cena nav zem minimālās", not r["below_minimum"],
              "Zem minimālās cenas: " + ", ".join(r["below_minimum"]) + "." if r["below_minimum"] else "Labi."),
        Check("Nav zaudējumus nesošu līniju", not r["loss"],
              "Ar zaudējumiem: " + ", ".join(r["loss"]) + "." if r["loss"] else "Labi."),
        Note("Izmaksas šeit ir materiāli, zudumi, pieskaitāmās izmaksas un platformas maksas bez jūsu darba samaksas. "
             "Avoti: rokasgrāmata, sadaļas „Pārdošanas datu analīze” un „Cenas veidošanas stratēģijas”."),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"best_product_line": r["best"].name}


EXERCISE = Exercise(
    id="E11",
    title="Produktu līniju rentabilitāte",
    chapter=6,
    intro=(
        "Katram produktam ierakstiet materiālus, darba stundas, cenu un pārdoto gabalu skaitu mēnesī. "
        "Salīdzinājums parāda maržu un peļņu stundā: jūsu laiks ir ierobežots, tāpēc svarīgi zināt, kas nopelna visvairāk par stundu."
    ),
    fields=[
        TableField("lines", "Produktu līnijas", "Viena rinda katram produktam.", columns=COLUMNS, min_rows=1, max_rows=12,
                   default=DEFAULT_ROWS),
        MoneyField("hourly_rate", "Stundas likme", "No E28; rokasgrāmata iesaka vismaz 15–25 € stundā.", default="20",
                   maximum=1000, profile="hourly_rate"),
        PercentField("overhead_pct", "Pieskaitāmās izmaksas", "Parasti 10–20 % no materiāliem un darba.", default="15"),
        PercentField("waste_pct", "Materiālu zudumi", "Parasti 5–10 % no materiāliem.", default="7"),
        PercentField("fee_pct", "Platformas komisija", "Piemēram, Etsy: 6,5 % + 4 % = 10,5 %.", default="10,5", maximum=99),
        MoneyField("fee_fixed", "Fiksētā maksa par pārdošanu", "Piemēram, Etsy: 0,20 € + 0,30 € = 0,50 €.", default="0,50",
                   maximum=1000),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
