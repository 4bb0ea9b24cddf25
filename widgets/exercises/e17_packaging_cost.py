"""E17 Iepakojuma izmaksas un ilgtspēja (chapter 9)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..calc.packaging import BY_NAME, MATERIALS, parcel_line, sustainability_pct
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, TableField, TextField

# The chapter's worked example (a ceramic bowl): 4,60 € a parcel, within the handbook's price ranges.
EXAMPLE = {
    "Pārstrādāta kartona kaste": ("1,20", "1", "1"),
    "Kraftpapīrs": ("0,20", "2", "1"),
    "Papīra lente": ("5,00", "1", "25"),
    "Bioloģiski noārdāms tukšumu pildījums": ("20,00", "1", "40"),
    "Kokvilnas vai linu maisiņš": ("2,00", "1", "1"),
    "Pateicības un kopšanas kartīte": ("0,30", "1", "1"),
    "Plastmasas līmlente": ("2,50", "0", "25"),
    "Burbuļplēve": ("0,40", "0", "1"),
}
COLUMNS = [
    TextField("name", "Materiāls", max_length=60, readonly=True),
    TextField("unit", "Vienība", max_length=20, readonly=True),
    MoneyField("price", "Cena par vienību", default="0", maximum=1000),
    NumberField("quantity", "Vienības vienā pakā", default="0", maximum=100),
    IntegerField("per_unit", "Vienība pietiek pakām", "Rullis vai maiss pietiek vairākām pakām.", default="1",
                 minimum=1, maximum=1000),
]
DEFAULT_ROWS = [{"name": m.name, "unit": m.unit, "price": EXAMPLE[m.name][0], "quantity": EXAMPLE[m.name][1],
                 "per_unit": EXAMPLE[m.name][2]} for m in MATERIALS]
GOOD_SCORE = 70.0  # this book's line for "mostly natural, recycled or reusable"


def compute(a: dict) -> dict:
    used = [r for r in a["materials"] if r["quantity"] > 0]
    if not used:
        raise ComputationError("Pakā nav neviena materiāla: ierakstiet daudzumu vismaz vienam materiālam.")
    lines = [parcel_line(r["name"], r["price"], r["quantity"], r["per_unit"]) for r in used]
    cost = sum(line.cost for line in lines)
    return {
        "lines": lines,
        "cost": cost,
        "score": sustainability_pct(lines),
        "plastic": [line.name for line in lines if line.points == 0],
        "out_of_range": [line.name for line in lines if not line.in_range],
        "monthly": cost * a["orders"],
        "share": cost / a["price"] * 100 if a["price"] else None,
    }


def view(a: dict, r: dict) -> list:
    rows = [(line.name, line.cost, line.cost / r["cost"] * 100 if r["cost"] else 0.0, f"{line.points} no 3")
            for line in r["lines"]]
    blocks = [
        views.money_metric("Vienas pakas izmaksas", r["cost"], "Iekļaujiet tās produkta pašizmaksā."),
        views.percent_metric("Ilgtspējas novērtējums", r["score"], "Dabīgi, pārstrādāti vai atkārtoti lietojami materiāli."),
        views.money_metric("Iepakojums mēnesī", r["monthly"], f"{fmt.integer(a['orders'])} pakas mēnesī."),
    ]
    if r["share"] is not None:
        blocks.append(views.percent_metric("Daļa no produkta cenas", r["share"], f"Cena {fmt.money(a['price'])}."))
    blocks += [
        views.table("Vienas pakas sastāvs", ["Materiāls", "Izmaksas pakā", "Daļa", "Ilgtspēja"], rows,
                    [None, "money", "percent", None]),
        Chart("barh", "Kas veido pakas izmaksas", [line.name for line in r["lines"]],
              {"Izmaksas pakā": [round(line.cost, 2) for line in r["lines"]]}, xlabel="€"),
        Check("Bez plastmasas", not r["plastic"],
              "Labi: viss iepakojums ir papīrs, kartons vai audums." if not r["plastic"]
              else "Aizstājiet ar papīra vai dabīgiem materiāliem: " + ", ".join(r["plastic"]).lower() + "."),
        Check(f"Ilgtspēja vismaz {fmt.percent(GOOD_SCORE, 0)}", r["score"] >= GOOD_SCORE,
              "Labi." if r["score"] >= GOOD_SCORE else "Izvēlieties vairāk atkārtoti lietojamu vai kompostējamu materiālu."),
        Check("Cenas rokasgrāmatas robežās", not r["out_of_range"],
              "Labi." if not r["out_of_range"] else "Pārbaudiet cenu: " + "; ".join(
                  f"{n.lower()} ({fmt.money(BY_NAME[n].low)}–{fmt.money(BY_NAME[n].high)} par vienību)"
                  for n in r["out_of_range"]) + "."),
        Note("Materiālu cenu robežas: rokasgrāmata, sadaļa „Iepakojums”, apakšsadaļa „Videi draudzīgs iepakojums”. "
             "Ilgtspējas punkti (3 — atkārtoti lietojams vai kompostējams, 2 — pārstrādāts vai papīrs, "
             "0 — plastmasa) ir šīs grāmatas vērtējums."),
    ]
    return blocks


EXERCISE = Exercise(
    id="E17",
    title="Iepakojuma izmaksas un ilgtspēja",
    chapter=9,
    intro=(
        "Ierakstiet, kādus materiālus un cik daudz izmantojat vienā pakā un cik maksā vienība. Darblapa aprēķina "
        "vienas pakas izmaksas, kas jāiekļauj cenā, un novērtē, cik videi draudzīgs ir jūsu iepakojums."
    ),
    fields=[
        TableField("materials", "Materiāli vienā pakā", "Daudzums 0 nozīmē, ka materiālu neizmantojat.",
                   columns=COLUMNS, min_rows=len(MATERIALS), max_rows=len(MATERIALS), fixed_rows=True,
                   default=DEFAULT_ROWS),
        MoneyField("price", "Produkta cena", "Ņemta no E28, ja to esat aizpildījis.", default="35", required=False,
                   maximum=100_000, profile="retail_price"),
        IntegerField("orders", "Pakas mēnesī", default="20", maximum=100_000),
    ],
    compute=compute,
    view=view,
)
