"""E63 Jaudas un vājo vietu analīze (chapter 30): time per step, hours available → bottleneck, capacity, buffer."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import growth
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, NumberField, PercentField, TableField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Izaugsmes plānošana”, apakšsadaļa „Jaudas palielināšana” (rezerve 15–20 % virs "
          "prognozes), un sadaļa „Izaugsmes ceļi” (vājo posmu izvērtēšana, ārpakalpojumu iespējas).")

DELEGABLE = ["Jā", "Nē"]
COLUMNS = [
    TextField("step", "Posms", default="", max_length=80),
    NumberField("hours", "Stundas vienam darbam", default="", unit="h", maximum=1000),
    ChoiceField("delegable", "Var uzticēt citiem", default="Nē", options=DELEGABLE),
]
# the blacksmith of chapter 30 (illustrative): 0,5 + 1,5 + 1,0 + 0,25 h, 30 orders, 100 h, 20 % buffer
EXAMPLE = [
    ("Sagatavošana (griešana, marķēšana)", "0,5", "Jā"),
    ("Kalšana", "1,5", "Nē"),
    ("Apdare (tīrīšana, vaskošana)", "1", "Jā"),
    ("Iepakošana", "0,25", "Jā"),
]


def compute(a: dict) -> dict:
    steps = a["steps"]
    hours = [s["hours"] for s in steps]
    if sum(hours) <= 0:
        raise ComputationError("Visu posmu laiks ir 0 stundu: ierakstiet, cik ilgi aizņem katrs posms.")
    cap = growth.capacity(hours, a["orders"], a["available"], a["buffer"])
    # the chapter's point: the constraint is often not the master's own craft step but what others could do
    # (preparation, finishing, packaging): the biggest such step is the one to relieve first
    delegable = [i for i, s in enumerate(steps) if s["delegable"] == "Jā" and s["hours"] > 0]
    weakest = max(delegable, key=lambda i: hours[i]) if delegable else cap.bottleneck
    # steps others could do, biggest first, until the shortage is covered
    relief, freed = [], 0.0
    for s in sorted((s for s in steps if s["delegable"] == "Jā"), key=lambda s: -s["hours"]):
        if freed >= cap.shortage:
            break
        relief.append(s["step"])
        freed += s["hours"] * a["orders"]
    return {"cap": cap, "weakest": weakest, "bottleneck": steps[weakest]["step"],
            "relief": relief, "freed": freed, "enough": cap.shortage <= 0}


def view(a: dict, r: dict) -> list:
    cap = r["cap"]
    steps = a["steps"]
    low, high = growth.BUFFER_RANGE
    rows = [[s["step"], s["hours"], s["hours"] * a["orders"], s["hours"] / cap.hours_per_item * 100, s["delegable"]]
            for s in steps]
    if r["enough"]:
        plan = (f"Jūsu {fmt.number(cap.available, 1)} stundas pietiek {fmt.integer(a['orders'])} darbiem ar "
                f"{fmt.percent(a['buffer'], 0)} rezervi. Ilgtspējīgi varat pieņemt līdz {fmt.integer(cap.max_items)} "
                "darbiem, saglabājot rezervi.")
    else:
        plan = (f"Ar {fmt.percent(a['buffer'], 0)} rezervi vajag {fmt.number(cap.with_buffer, 1)} stundas, bet pieejamas "
                f"{fmt.number(cap.available, 1)}: trūkst {fmt.number(cap.shortage, 1)} stundu. ")
        if r["relief"] and r["freed"] >= cap.shortage:
            plan += ("Uzticiet citiem (ārpakalpojums vai palīgs): " + ", ".join(r["relief"]) +
                     f". Tas atbrīvo {fmt.number(r['freed'], 1)} stundas.")
        elif r["relief"]:
            plan += ("Pat uzticot citiem " + ", ".join(r["relief"]) + f" (atbrīvo {fmt.number(r['freed'], 1)} h), laika "
                     "nepietiek: pieņemiet mazāk pasūtījumu, paātriniet posmus (sērijas, aprīkojums) vai meklējiet palīgu.")
        else:
            plan += "Atzīmējiet posmus, ko var uzticēt citiem, vai samaziniet pasūtījumu skaitu."
    reserve = cap.reserve_pct
    return [
        Metric("Vājā vieta", r["bottleneck"], f"{fmt.number(steps[r['weakest']]['hours'], 2)} h no "
               f"{fmt.number(cap.hours_per_item, 2)} h vienam darbam; lielākais posms, ko var atslogot "
               "(uzticēt citiem, veikt sērijās vai ar labāku aprīkojumu)."),
        Metric("Vajadzīgās stundas ar rezervi", f"{fmt.number(cap.with_buffer, 1)} h",
               f"Bez rezerves {fmt.number(cap.needed, 1)} h; pieejamas {fmt.number(cap.available, 1)} h."),
        Metric("Jauda ar rezervi", f"{fmt.integer(cap.max_items)} darbi", "Cik darbu var izgatavot, saglabājot rezervi."),
        views.percent_metric("Brīvā jauda virs prognozes", reserve if reserve is not None else 0,
                             "Pieejamās stundas virs vajadzīgajām, % no vajadzīgajām."),
        views.table("Posmi", ["Posms", "Stundas vienam darbam", "Stundas visiem darbiem", "Daļa no laika", "Var uzticēt citiem"],
                    rows, [None, "number", "number", "percent", None]),
        Chart("barh", "Stundas vienam darbam pa posmiem", [s["step"] for s in steps], {"Stundas": [s["hours"] for s in steps]},
              xlabel="Stundas", ylabel="Posms"),
        Text("Jaudas plāns", plan),
        Check("Rezerve 15–20 % virs prognozes", reserve is not None and reserve >= low,
              f"Brīvā jauda {fmt.percent(reserve or 0, 1)}; rokasgrāmata iesaka plānot {fmt.number(low, 0)}–"
              f"{fmt.percent(high, 0)} rezervi negaidītiem pasūtījumiem."),
        Check("Izvēlētā rezerve 15–20 %", low <= a["buffer"] <= high, "Rokasgrāmatas ieteikums ir 15–20 %."),
        Note(SOURCE),
    ]


EXERCISE = Exercise(
    id="E63",
    title="Jaudas un vājo vietu analīze",
    chapter=30,
    intro=(
        "Pierakstiet, cik ilgi aizņem katrs ražošanas posms, cik darbu gaidāt un cik stundu varat strādāt. Aprēķins "
        "parāda vājo vietu, jūsu jaudu un vai paliek ieteiktā 15–20 % rezerve, lai varētu pieņemt arī negaidītus pasūtījumus."
    ),
    fields=[
        TableField("steps", "Ražošanas posmi", "Laika uzskaite: cik stundu viens darbs pavada katrā posmā.", columns=COLUMNS,
                   min_rows=1, max_rows=12, default=[dict(zip(["step", "hours", "delegable"], row)) for row in EXAMPLE]),
        IntegerField("orders", "Prognozētie pasūtījumi mēnesī", default="30", unit="gab.", minimum=1, maximum=100_000,
                     profile="orders_per_month"),
        NumberField("available", "Pieejamās ražošanas stundas mēnesī", "Tikai ražošanai, bez administrēšanas.",
                    default="100", unit="h", maximum=10_000),
        PercentField("buffer", "Rezerve", "Rokasgrāmata: 15–20 % virs prognozētā.", default="20", maximum=100),
    ],
    compute=compute,
    view=view,
)
