"""E54 Klientu servisa standarti (chapter 25): channels and response targets → standards table, hours a week."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, NumberField, TableField

SOURCE = ("Avots: rokasgrāmata, sadaļa „Klientu serviss” (atbildes laika standarti); servisa rādītāji: "
          "„Klientu apkalpošana e-komercijas jomā: 6 paraugprakses pircēju lojalitātes veicināšanai”, "
          "sadaļa „Izsekojiet un uzlabojiet savu klientu apkalpošanu”.")

# The handbook's response-time standards (section „Klientu serviss”, as chapter 25 gives them):
# channel → (target in hours, as the handbook says it, how to keep it). 0 h = automatic, at once.
STANDARDS = {
    "E-pasts": (24, "24 stundu laikā (darba dienās)",
                "E-pasta veidnes un katru darba dienu īpaši atvēlēts laiks atbildēm"),
    "Sociālie mediji": (12, "12 stundu laikā", "Paziņojumi telefonā un plānotas pārbaudes"),
    "Pasūtījuma apstiprinājums": (0, "Automātiski, uzreiz", "E-komercijas platformas automatizācija"),
    "Pielāgoti pasūtījumi": (48, "24–48 stundu laikā", "Detalizēta atbilde ar darba laika grafiku"),
    "Problēmas risināšana": (12, "Pirmā atbilde 12 stundu laikā, risinājuma plāns 48 stundu laikā",
                             "Noteikta kārtība risinājuma meklēšanai un sekošana, līdz problēma atrisināta"),
}
OTHER = ["Tālrunis", "Tiešsaistes tērzēšana"]  # the handbook sets no standard for these
CHANNELS = [*STANDARDS, *OTHER]
# the five service metrics of the customer-service article
METRICS = ["atbildes laiks", "atrisināto problēmu skaits", "klienti, kas atgriežas ar to pašu problēmu",
           "biežākās sūdzības", "noslogotākās stundas"]

COLUMNS = [
    ChoiceField("channel", "Kanāls", default=CHANNELS[0], options=CHANNELS),
    IntegerField("messages", "Ziņas nedēļā", "Cik jautājumu vai pasūtījumu nedēļā", default="5", maximum=10_000),
    NumberField("minutes", "Minūtes vienai atbildei", "0, ja atbild automātika", default="5", unit="min",
                maximum=600, decimals=1),
    NumberField("target", "Jūsu mērķis, stundas", "Cik stundu laikā atbildēsiet; 0 = uzreiz", default="24",
                unit="h", maximum=720, decimals=1),
]
DEFAULT_ROWS = [
    {"channel": "E-pasts", "messages": "15", "minutes": "6", "target": "24"},
    {"channel": "Sociālie mediji", "messages": "20", "minutes": "4", "target": "12"},
    {"channel": "Pasūtījuma apstiprinājums", "messages": "10", "minutes": "0", "target": "0"},
    {"channel": "Pielāgoti pasūtījumi", "messages": "3", "minutes": "20", "target": "48"},
    {"channel": "Problēmas risināšana", "messages": "1", "minutes": "30", "target": "12"},
]


def _hours(value: float) -> str:
    return "uzreiz" if value == 0 else f"{fmt.number(value, 1)} h"


def compute(a: dict) -> dict:
    rows = []
    for row in a["channels"]:
        standard = STANDARDS.get(row["channel"])
        rows.append({**row, "hours": row["messages"] * row["minutes"] / 60,
                     "standard": standard, "meets": None if standard is None else row["target"] <= standard[0]})
    if sum(row["messages"] for row in rows) == 0:
        raise ComputationError("Ievadiet, cik ziņu nedēļā saņemat vismaz vienā kanālā.")
    hours = sum(row["hours"] for row in rows)
    per_day = hours / a["work_days"] * 60
    by_channel: dict[str, float] = {}
    for row in rows:
        by_channel[row["channel"]] = by_channel.get(row["channel"], 0.0) + row["hours"]
    return {
        "rows": rows,
        "hours_week": hours,
        "minutes_day": per_day,
        "minutes_slot": per_day / a["slots"],
        "share_pct": hours / a["hours_per_week"] * 100 if a["hours_per_week"] else None,
        "by_channel": by_channel,
        "late": [row["channel"] for row in rows if row["meets"] is False],
        "manual_confirmation": any(row["channel"] == "Pasūtījuma apstiprinājums" and row["minutes"] > 0 for row in rows),
    }


def _promise(row: dict) -> str:
    if row["target"] == 0:
        return f"{row['channel']}: automātiski, uzreiz."
    if row["channel"] == "Problēmas risināšana":
        return f"Problēmas risināšana: pirmā atbilde {fmt.number(row['target'], 1)} stundu laikā."
    suffix = " (darba dienās)" if row["channel"] == "E-pasts" else ""
    return f"{row['channel']}: atbildam {fmt.number(row['target'], 1)} stundu laikā{suffix}."


def view(a: dict, r: dict) -> list:
    rows = [[row["channel"], row["messages"], _hours(row["target"]),
             row["standard"][1] if row["standard"] else "Rokasgrāmatā nav",
             "—" if row["meets"] is None else "Jā" if row["meets"] else "Nē",
             row["standard"][2] if row["standard"] else "—", row["hours"]] for row in r["rows"]]
    blocks = [
        views.table("Servisa standarti", ["Kanāls", "Ziņas nedēļā", "Jūsu mērķis", "Rokasgrāmatas standarts",
                                          "Atbilst", "Kā to nodrošināt", "Stundas nedēļā"],
                    rows, [None, "integer", None, None, None, None, "number"]),
        Metric("Servisam nedēļā", f"{fmt.number(r['hours_week'], 1)} h",
               f"{fmt.integer(r['minutes_day'])} minūtes katrā no {a['work_days']} darba dienām."),
        Metric("Vienā atbilžu reizē", f"{fmt.integer(r['minutes_slot'])} min",
               f"Ja atbildat {a['slots']} reizes dienā fiksētos laikos."),
    ]
    if r["share_pct"] is not None:
        blocks.append(views.percent_metric("Daļa no jūsu darba laika", r["share_pct"],
                                           f"No {fmt.number(a['hours_per_week'], 1)} stundām nedēļā."))
    labels = [c for c, h in r["by_channel"].items() if h > 0]
    if labels:
        blocks.append(Chart("barh", "Servisa stundas nedēļā pa kanāliem", labels,
                            {"Stundas": [round(r["by_channel"][c], 1) for c in labels]}, xlabel="Stundas nedēļā"))
    blocks += [
        Text("Jūsu servisa solījums (vietnei vai biežāk uzdoto jautājumu lapai)", "\n".join(_promise(row) for row in r["rows"])),
        Check("Mērķi atbilst rokasgrāmatas standartiem", not r["late"],
              "Labi." if not r["late"] else "Mērķis lēnāks par standartu: " + ", ".join(dict.fromkeys(r["late"])) + "."),
        Check("Pasūtījuma apstiprinājums ir automātisks", not r["manual_confirmation"],
              "Labi." if not r["manual_confirmation"]
              else "Iestatiet platformā automātisku apstiprinājumu: tas ietaupa laiku un pircējs to saņem uzreiz."),
        Note("Reizi mēnesī pierakstiet servisa rādītājus: " + "; ".join(METRICS) + "."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E54",
    title="Klientu servisa standarti",
    chapter=25,
    intro=(
        "Ierakstiet savus saziņas kanālus, cik ziņu nedēļā saņemat, cik ilgi rakstāt atbildi un kādā laikā "
        "apņematies atbildēt. Rezultāts salīdzina jūsu mērķus ar rokasgrāmatas standartiem un parāda, cik stundu "
        "nedēļā serviss prasa, lai to varētu ieplānot kopā ar ražošanu."
    ),
    fields=[
        TableField("channels", "Saziņas kanāli", "Pievienojiet no 1 līdz 10 kanāliem.", columns=COLUMNS,
                   min_rows=1, max_rows=10, default=DEFAULT_ROWS),
        IntegerField("work_days", "Darba dienas nedēļā", default="5", minimum=1, maximum=7, unit="d."),
        IntegerField("slots", "Atbilžu reizes dienā", "Fiksēti laiki atbildēm, piemēram, no rīta un pēcpusdienā.",
                     default="2", minimum=1, maximum=12),
        NumberField("hours_per_week", "Jūsu darba stundas nedēļā", "No vingrinājuma E01.", default="30", unit="h",
                    maximum=168, decimals=1, required=False, profile="hours_per_week"),
    ],
    compute=compute,
    view=view,
)
