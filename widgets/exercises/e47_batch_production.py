"""E47 Sērijveida ražošanas plānotājs (chapter 20): shared steps, set-up times → batch plan, time saved."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import stock
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, MoneyField, NumberField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Inventāra un krājumu pārvaldība” (sērijveida ražošanas pieci soļi; "
          "ražošanas posmu grupēšana). Piemērs ar 12 krūžu glazēšanu — 20. nodaļā.")

STEP_COLUMNS = [
    TextField("step", "Kopīgais darba solis", default="", max_length=80),
    NumberField("setup", "Sagatavošanās", "Iekārtošana, materiālu sagatavošana, uzkopšana", default="0",
                unit="min", maximum=10_000, decimals=1),
    NumberField("per_item", "Darbs vienam", default="0", unit="min", maximum=10_000, decimals=1),
    IntegerField("max_batch", "Lielākā partija", "Cik gabalu var apstrādāt vienā reizē; 0 = bez ierobežojuma",
                 default="0", unit="gab.", maximum=10_000),
]
PRODUCT_COLUMNS = [
    TextField("product", "Produkts", default="", max_length=80),
    IntegerField("quantity", "Skaits", default="1", unit="gab.", minimum=1, maximum=10_000),
]
DEFAULT_STEPS = [
    {"step": "Māla sagatavošana", "setup": "15", "per_item": "3", "max_batch": "0"},
    {"step": "Virpošana", "setup": "10", "per_item": "12", "max_batch": "0"},
    {"step": "Glazēšana", "setup": "20", "per_item": "10", "max_batch": "0"},
    {"step": "Apdedzināšana", "setup": "30", "per_item": "2", "max_batch": "20"},
]
DEFAULT_PRODUCTS = [
    {"product": "Krūzes", "quantity": "12"},
    {"product": "Bļodas", "quantity": "8"},
]


def _pl(n: int, one: str, many: str) -> str:
    """Latvian number agreement: 1, 21, 31 … take the singular form (not 11)."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def _hours(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def compute(a: dict) -> dict:
    items = sum(p["quantity"] for p in a["products"])
    steps = [stock.batch_step(s["step"], s["setup"], s["per_item"], items, s["max_batch"]) for s in a["steps"]]
    one = sum(s.one_by_one for s in steps)
    batched = sum(s.batched for s in steps)
    if one <= 0:
        raise ComputationError("Visu soļu laiks ir 0 minūtes: ievadiet sagatavošanās un darba laiku.")
    saved = one - batched
    return {
        "items": items,
        "steps": steps,
        "one_by_one": one,
        "batched": batched,
        "saved": saved,
        "saved_pct": saved / one * 100,
        "saved_value": saved / 60 * a["hourly_rate"],
        "per_item_batched": batched / items,
    }


def view(a: dict, r: dict) -> list:
    steps = r["steps"]
    contents = ", ".join(f"{p['product']} ({p['quantity']} gab.)" for p in a["products"])
    plan = [f"Partija: {contents}, kopā {r['items']} gab.", ""]
    for i, s in enumerate(steps, start=1):
        size = -(-s.items // s.batches) if s.batches else 0
        plan.append(f"{i}. {s.name}: "
                    f"{s.batches} {_pl(s.batches, 'partija', 'partijas')} (līdz {size} gab. katrā); "
                    f"sagatavošanās {_hours(s.batches * s.setup)}, darbs {_hours(s.items * s.per_item)}.")
    plan += ["", "Saglabājiet roku darba raksturu: partijā grupējiet darba posmus, nevis padariet darbus vienādus."]
    rows = [[s.name, s.batches, s.one_by_one / 60, s.batched / 60, s.saved / 60] for s in steps]
    rows.append(["Kopā", sum(s.batches for s in steps), r["one_by_one"] / 60, r["batched"] / 60, r["saved"] / 60])
    limited = [s.name for s in steps if s.batches > 1]
    return [
        Metric("Ietaupītais laiks", _hours(r["saved"]), f"{fmt.percent(r['saved_pct'], 0)} no laika pa vienam"),
        Metric("Laiks pa vienam", _hours(r["one_by_one"])),
        Metric("Laiks partijās", _hours(r["batched"]),
               f"{fmt.number(r['per_item_batched'], 1)} min vienam izstrādājumam"),
        views.money_metric("Ietaupītā laika vērtība", r["saved_value"],
                           f"Ar stundas likmi {fmt.money(a['hourly_rate'])}."),
        Text("Partiju plāns", "\n".join(plan)),
        views.table("Laiks pa soļiem, stundas", ["Solis", "Partijas", "Pa vienam, h", "Partijās, h", "Ietaupīts, h"],
                    rows, [None, "integer", "number", "number", "number"]),
        Chart("bar", "Laiks pa vienam un partijās", [s.name for s in steps],
              {"Pa vienam": [s.one_by_one / 60 for s in steps], "Partijās": [s.batched / 60 for s in steps]},
              xlabel="Darba solis", ylabel="Stundas"),
        Check("Partijas ietaupa laiku", r["saved"] > 0,
              "Labi: sagatavošanās notiek retāk." if r["saved"] > 0
              else "Ietaupījuma nav: pārbaudiet sagatavošanās laikus vai partiju lielumu."),
        Check("Viss tiek paveikts vienā partijā", not limited,
              "Labi. Saskaņojiet partijas lielumu ar uzglabāšanas vietu un pieejamo naudu." if not limited
              else "Ierobežota ietilpība (" + ", ".join(limited) + "): sagatavošanās atkārtojas katrai partijai."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E47",
    title="Sērijveida ražošanas plānotājs",
    chapter=20,
    intro=(
        "Ierakstiet produktus, ko gatavosiet vienā partijā, un kopīgos darba soļus ar sagatavošanās laiku. "
        "Plānotājs salīdzina darbu pa vienam ar darbu partijās un parāda, cik stundu ietaupāt radošajam darbam."
    ),
    fields=[
        TableField("products", "Produkti partijā", "Līdzīgi produkti ar kopīgiem materiāliem vai paņēmieniem.",
                   columns=PRODUCT_COLUMNS, min_rows=1, max_rows=10, default=DEFAULT_PRODUCTS),
        TableField("steps", "Kopīgie darba soļi", "Soļi, kuriem sagatavošanās jāveic vienreiz partijai, nevis "
                   "katram darbam.", columns=STEP_COLUMNS, min_rows=1, max_rows=12, default=DEFAULT_STEPS),
        MoneyField("hourly_rate", "Stundas likme", "Rokasgrāmata iesaka vismaz 15–25 € stundā.", default="20",
                   maximum=1000, profile="hourly_rate"),
    ],
    compute=compute,
    view=view,
)
