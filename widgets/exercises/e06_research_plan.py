"""E06 Tirgus izpētes plāns (chapter 3)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, IntegerField, NumberField, TableField, TextField

YES, NO = "Jā", "Nē"
# The handbook's three techniques and the e-commerce guide's methods, as the chapter's summary table lists them.
METHODS = [
    ("Tirgus platformas", "populāri produkti, cenu diapazons, neaizņemtas nišas", "Etsy: keramikas krūzes, 20 sludinājumi", "3", "1"),
    ("Atsauksmju izpēte", "atkārtotas sūdzības un vēlmes", "konkurentu atsauksmes, 50 atsauksmes", "2", "1"),
    ("Sociālie mediji", "vizuālās tendences, populāri tēmturi, iesaiste", "Instagram un Pinterest", "2", "2"),
    ("Gadatirgi un tirgi", "tiešas atsauksmes, konkurentu piedāvājums", "Kalnciema ielas tirgus", "5", "3"),
    ("Atslēgvārdi", "ko pircēji raksta meklētājā", "Etsy meklēšanas ieteikumi", "2", "2"),
    ("Aptaujas", "vajadzības, vēlmes, cenas gaidas", "5 sarunas ar pircējiem", "3", "4"),
]
DIRECT = {"Gadatirgi un tirgi", "Aptaujas"}  # methods that hear buyers themselves
REPEAT_DAYS = 182  # the chapter's tip: repeat the research after half a year

COLUMNS = [
    TextField("method", "Metode", default="", max_length=60, readonly=True),
    TextField("look_for", "Ko meklēt", default="", max_length=150, readonly=True, required=False),
    ChoiceField("use", "Izmantot", default=YES, options=[YES, NO]),
    TextField("where", "Kur vai ar ko", default="", max_length=150, required=False),
    NumberField("hours", "Stundas", default="2", maximum=200, unit="h"),
    IntegerField("week", "Nedēļa", "Kurā plāna nedēļā (1–12).", default="1", minimum=1, maximum=12),
]
DEFAULT_ROWS = [{"method": m, "look_for": lf, "use": YES, "where": w, "hours": h, "week": wk} for m, lf, w, h, wk in METHODS]


def parse_date(text: str) -> date:
    """A date typed as dd.mm.gggg (the Latvian way)."""
    match = re.fullmatch(r"\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?\s*", text)
    if not match:
        raise ComputationError("Ierakstiet sākuma datumu formā dd.mm.gggg, piemēram, 2.03.2026.")
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ComputationError("Šāda datuma nav: pārbaudiet dienu un mēnesi.") from None


def lv_date(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def hashtags(text: str) -> list[str]:
    """Hashtags from a free list: with or without #, separated by spaces or commas."""
    tags = []
    for tag in re.split(r"[\s,;]+", text):
        tag = tag.strip().lstrip("#")
        if tag and "#" + tag.lower() not in {t.lower() for t in tags}:
            tags.append("#" + tag)
    return tags


def compute(a: dict) -> dict:
    start = parse_date(a["start_date"])
    chosen = [row for row in a["methods"] if row["use"] == YES]
    if not chosen:
        raise ComputationError("Izvēlieties vismaz vienu izpētes metodi (kolonnā „Izmantot” — „Jā”).")
    chosen.sort(key=lambda row: row["week"])
    plan = []
    for row in chosen:
        begins = start + timedelta(weeks=row["week"] - 1)
        plan.append({**row, "from": begins, "to": begins + timedelta(days=6)})
    hours = sum(row["hours"] for row in chosen)
    weeks = max(row["week"] for row in chosen)
    per_week = {w: sum(r["hours"] for r in chosen if r["week"] == w) for w in range(1, weeks + 1)}
    return {
        "plan": plan,
        "hours": hours,
        "end": plan[-1]["to"] if plan else start,
        "repeat": start + timedelta(days=REPEAT_DAYS),
        "busiest": max(per_week.values()),
        "tags": hashtags(a["hashtags"]),
        "direct": [r["method"] for r in chosen if r["method"] in DIRECT],
        "methods": [r["method"] for r in chosen],
    }


def view(a: dict, r: dict) -> list:
    lines = [f"{lv_date(p['from'])}–{lv_date(p['to'])}: {p['method']} ({p['where'] or p['look_for']}), "
             f"{fmt.number(p['hours'], 1)} h" for p in r["plan"]]
    if r["tags"]:
        lines.append("Tēmturi, ko izpētīt: " + " ".join(r["tags"]))
    if a["fairs"]:
        lines.append("Gadatirgi un pasākumi: " + a["fairs"])
    lines.append(f"Atkārtot izpēti: {lv_date(r['repeat'])}. Pierakstiet katram atradumam avotu un datumu.")
    over = r["busiest"] > a["hours_per_week"]
    return [
        Text("Jūsu tirgus izpētes plāns", "\n".join(lines)),
        Metric("Izpēte pabeigta līdz", lv_date(r["end"])),
        Metric("Kopā laika izpētei", f"{fmt.number(r['hours'], 1)} h"),
        views.table("Izpētes grafiks", ["Metode", "No", "Līdz", "Kur vai ar ko", "Stundas"],
                    [(p["method"], lv_date(p["from"]), lv_date(p["to"]), p["where"], p["hours"]) for p in r["plan"]],
                    [None, None, None, None, "number"]),
        Chart("timeline", "Izpētes nedēļas", [p["method"] for p in r["plan"]],
              {"start": [p["week"] - 1 for p in r["plan"]], "length": [1 for _ in r["plan"]]},
              xlabel="Nedēļa no sākuma"),
        Check("Vismaz trīs metodes", len(r["methods"]) >= 3,
              "Labi: vairāki avoti dod pilnīgāku ainu." if len(r["methods"]) >= 3
              else "Sāciet ar trim: tirgus platformas, sociālie mediji, gadatirgi."),
        Check("Ieklausāties pašos pircējos", bool(r["direct"]),
              "Labi: " + ", ".join(r["direct"]).lower() + "." if r["direct"]
              else "Pievienojiet aptauju vai gadatirgu: personu neizdomājiet no galvas."),
        Check("Lasāt pircēju atsauksmes", "Atsauksmju izpēte" in r["methods"],
              "Atsauksmes atklāj neapmierinātas vajadzības un vēlamos uzlabojumus."),
        Check("Izpēte iekļaujas jūsu nedēļā", not over,
              f"Noslogotākajā nedēļā {fmt.number(r['busiest'], 1)} h, bet jūs varat veltīt "
              f"{fmt.number(a['hours_per_week'], 1)} h: sadaliet metodes pa vairākām nedēļām." if over else "Labi."),
        Note("Avoti: rokasgrāmata, sadaļa „Tirgus izpētes tehnikas”; „E-komercijas uzņēmuma izveide: globāls ceļvedis”, "
             "sadaļa „1.2. Veiciet tirgus izpēti”."),
    ]


EXERCISE = Exercise(
    id="E06",
    title="Tirgus izpētes plāns",
    chapter=3,
    intro=(
        "Izvēlieties izpētes metodes, ierakstiet, kur pētīsiet, un ieplānojiet nedēļas. "
        "Plāns ar datumiem palīdz izpēti tiešām izdarīt, nevis atlikt, un pēc pusgada to atkārtot un salīdzināt."
    ),
    fields=[
        TextField("start_date", "Sākuma datums", "Formā dd.mm.gggg.", default="4.01.2027", max_length=12),
        NumberField("hours_per_week", "Stundas nedēļā izpētei", "Cik stundu nedēļā varat veltīt izpētei.", default="5",
                    maximum=80, unit="h"),
        TextField("hashtags", "Tēmturi, ko izpētīt", "Atdaliet ar atstarpēm vai komatiem.",
                  default="#handmadeceramics #latvianceramics #keramika", required=False, max_length=300),
        TextField("fairs", "Gadatirgi un pasākumi", "Kur novērosiet pircējus un konkurentus.",
                  default="Kalnciema ielas tirgus, Starptautiskais gadatirgus Brīvdabas muzejā", required=False, max_length=300),
        TableField("methods", "Izpētes metodes", "Viena rinda katrai metodei.", columns=COLUMNS, min_rows=len(METHODS),
                   max_rows=len(METHODS), fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
)
