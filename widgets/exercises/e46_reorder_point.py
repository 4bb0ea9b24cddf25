"""E46 Krājumu pasūtīšanas punkts (chapter 20): daily use, lead time, safety stock → reorder point and chart."""

from __future__ import annotations

import math

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import stock
from ..exercise import ComputationError, Exercise
from ..fields import IntegerField, NumberField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Inventāra un krājumu pārvaldība” (pasūtīšanas punkti regulāri lietotiem "
          "materiāliem). Formulas ir standarta definīcijas, jo rokasgrāmata tās nedod; piemērs ar linu dziju — "
          "20. nodaļā.")


def _pl(n: int, one: str, many: str) -> str:
    """Latvian number agreement: 1, 21, 31 … take the singular form (not 11)."""
    return one if n % 10 == 1 and n % 100 != 11 else many


def _q(value: float, unit: str) -> str:
    return f"{fmt.number(value, 2)} {unit}".strip()


def compute(a: dict) -> dict:
    if a["avg_daily"] <= 0:
        raise ComputationError("Vidējais dienas patēriņš ir 0: bez patēriņa pasūtīšanas punkts nav vajadzīgs.")
    if a["max_daily"] < a["avg_daily"]:
        raise ComputationError("Lielākais dienas patēriņš nevar būt mazāks par vidējo.")
    if a["max_lead"] < a["avg_lead"]:
        raise ComputationError("Garākais piegādes laiks nevar būt īsāks par vidējo.")
    safety = stock.safety_stock(a["avg_daily"], a["max_daily"], a["avg_lead"], a["max_lead"])
    rop = stock.reorder_point(a["avg_daily"], a["avg_lead"], safety)
    run = stock.simulate_stock(a["on_hand"], a["avg_daily"], a["avg_lead"], a["order_qty"], rop, a["days"])
    days_left = max((a["on_hand"] - rop) / a["avg_daily"], 0.0)
    return {
        "safety": safety,
        "lead_use": a["avg_daily"] * a["avg_lead"],
        "rop": rop,
        "days_until_order": days_left,
        "order_now": a["on_hand"] <= rop,
        "run": run,
        "cover_days": a["order_qty"] / a["avg_daily"],
        "lead_covered": a["order_qty"] >= a["avg_daily"] * a["avg_lead"],
    }


def view(a: dict, r: dict) -> list:
    unit, name, run = a["unit"], a["material"], r["run"]
    days = math.floor(r["days_until_order"])
    cover = round(r["cover_days"])
    when = ("jau šodien: krājums ir pie pasūtīšanas punkta vai zem tā." if r["order_now"]
            else "ļoti drīz, mazāk nekā pēc dienas: krājums tuvojas pasūtīšanas punktam." if days < 1
            else f"pēc aptuveni {fmt.integer(days)} {_pl(days, 'dienas', 'dienām')}, kad paliks "
                 f"{_q(r['rop'], unit)}.")
    card = (
        f"{name}: pasūtiet nākamo partiju ({_q(a['order_qty'], unit)}), tiklīdz noliktavā paliek {_q(r['rop'], unit)}.\n"
        f"Drošības krājums: {_q(r['safety'], unit)}. Patēriņš piegādes laikā: {_q(r['lead_use'], unit)}.\n"
        f"Nākamais pasūtījums: {when}\n"
        "Padoms: atzīmējiet šo līmeni plauktā vai uz konteinera, lai nav jāatceras skaitļi."
    )
    labels = [str(d) for d in range(len(run.levels))]
    marks = [(d, "Pasūtīt") for d in run.order_days[:6]]
    order_rows = [[i, d, d + a["avg_lead"], a["order_qty"]] for i, d in enumerate(run.order_days, start=1)]
    blocks = [
        Metric("Pasūtīšanas punkts", _q(r["rop"], unit), f"{fmt.number(a['avg_daily'], 2)} × "
               f"{a['avg_lead']} + {fmt.number(r['safety'], 2)} (patēriņš × piegādes laiks + drošības krājums)"),
        Metric("Drošības krājums", _q(r["safety"], unit),
               f"{fmt.number(a['max_daily'], 2)} × {a['max_lead']} − {fmt.number(a['avg_daily'], 2)} × {a['avg_lead']}"),
        Metric("Līdz nākamajam pasūtījumam", "šodien" if r["order_now"]
               else "mazāk nekā diena" if days < 1 else f"{fmt.integer(days)} {_pl(days, 'diena', 'dienas')}"),
        Text("Krājumu kartīte", card),
        Chart("line", f"{name}: krājuma līmenis pa dienām", labels, {f"Krājums, {unit}": run.levels},
              xlabel="Diena", ylabel=f"Krājums, {unit}",
              options={"hline": (r["rop"], "Pasūtīšanas punkts"), "marks": marks}),
    ]
    if order_rows:
        blocks.append(views.table("Pasūtījumi grafikā", ["Nr.", "Pasūtīt dienā", "Piegāde dienā",
                                                         f"Daudzums, {unit}"],
                                  order_rows, ["integer", "integer", "integer", "number"]))
    blocks += [
        Check("Krājums grafika laikā nebeidzas", not run.short_days,
              "Labi: ar vidējo patēriņu materiāls nebeidzas." if not run.short_days
              else f"Krājums beidzas {fmt.integer(run.short_days[0])}. dienā: pasūtiet agrāk vai lielāku partiju."),
        Check("Partija sedz patēriņu piegādes laikā", r["lead_covered"],
              f"Viena partija pietiek {fmt.integer(cover)} {_pl(cover, 'dienai', 'dienām')}." if r["lead_covered"]
              else "Partija ir mazāka par patēriņu piegādes laikā: pasūtījumi pārklāsies, palieliniet partiju."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E46",
    title="Krājumu pasūtīšanas punkts",
    chapter=20,
    intro=(
        "Ievadiet, cik materiāla patērējat dienā un cik ilgi jāgaida piegāde. Darblapa aprēķina pasūtīšanas punktu "
        "un drošības krājumu un rāda grafikā, kad pasūtīt, lai ražošana neapstātos materiālu trūkuma dēļ."
    ),
    fields=[
        TextField("material", "Materiāls", "Regulāri lietots materiāls, piemēram, dzija, māls vai vasks.",
                  default="Linu dzija", max_length=80),
        TextField("unit", "Mērvienība", "Piemēram, kg, m vai gab.", default="kg", max_length=12),
        NumberField("avg_daily", "Vidējais dienas patēriņš", "Cik materiāla vidēji patērējat vienā darba dienā.",
                    default="0,4", maximum=100_000, decimals=3),
        NumberField("max_daily", "Lielākais dienas patēriņš", "Sezonas kulminācijā vai lielā pasūtījumā.",
                    default="0,5", maximum=100_000, decimals=3),
        IntegerField("avg_lead", "Parastais piegādes laiks", "Dienas no pasūtījuma līdz saņemšanai.",
                     default="15", unit="dienas", minimum=1, maximum=365),
        IntegerField("max_lead", "Garākais piegādes laiks", "Ilgākā piegāde, kāda ir bijusi.",
                     default="18", unit="dienas", minimum=1, maximum=365),
        NumberField("on_hand", "Krājums šodien", "Cik materiāla ir noliktavā tagad.", default="20",
                    maximum=1_000_000, decimals=3),
        NumberField("order_qty", "Vienas partijas daudzums", "Cik pasūtāt vienā reizē.", default="15",
                    minimum=0.001, maximum=1_000_000, decimals=3),
        IntegerField("days", "Grafika garums", "Cik dienas uz priekšu rādīt.", default="60", unit="dienas",
                     minimum=7, maximum=365),
    ],
    compute=compute,
    view=view,
)
