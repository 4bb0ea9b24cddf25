"""E32 Mārketinga kalendārs (chapter 15): seasonal campaigns on a year timeline."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc.marketing import HOLIDAY_MONTHS, HOLIDAY_PREP_BY, SEASONS, month_name, months_covered, seasons_without
from ..calc.seasonality import MONTHS, Q4_SHARE_RANGE, monthly_shares
from ..exercise import Exercise
from ..fields import ChoiceField, NumberField, PercentField, TableField, TextField

COLUMNS = [
    TextField("name", "Kampaņa", default="", max_length=80),
    ChoiceField("start", "Sākuma mēnesis", default=MONTHS[0], options=MONTHS),
    NumberField("months", "Ilgums, mēneši", "No 0,5 līdz 12", default="1", minimum=0.5, maximum=12,
                decimals=1),
    NumberField("prep", "Sagatavošanās, mēneši", "Cik mēnešus iepriekš sākt gatavot (foto, teksti)", default="1",
                minimum=0, maximum=6, decimals=1),
    TextField("activities", "Aktivitātes", default="", max_length=150, required=False),
]

# The handbook's calendar by season (section "Mārketings", "Mārketinga kalendārs") as example campaigns.
_ACTIVITIES = [
    "Iesaiste pēc svētkiem, izglītojošs saturs, semināri",
    "Jaunu produktu paziņojumi, fotografēšana ārā",
    "Gadatirgi, sadarbība ar citiem amatniekiem",
    "Dāvanu ceļvedis, agrā putniņa piedāvājums",
    "Dāvanu kampaņa, skaidri piegādes termiņi",
]
_PREP = ["1", "1", "2", "1", "2"]
DEFAULT_ROWS = [
    {"name": focus, "start": MONTHS[first], "months": str(count), "prep": prep, "activities": activity}
    for (first, count, _season, focus), prep, activity in zip(SEASONS, _PREP, _ACTIVITIES)
]


def compute(a: dict) -> dict:
    shares = monthly_shares(a["q4_share"])
    campaigns = []
    for row in a["campaigns"]:
        start = MONTHS.index(row["start"])
        cover = months_covered(start, row["months"])
        end = start + row["months"]
        campaigns.append({
            **row,
            "start_index": start,
            "cover": cover,
            "end_month": month_name(end - 1e-6),
            "wraps": end > 12 + 1e-9,
            "prep_start": start - row["prep"],
            "prep_month": month_name(start - row["prep"]),
            "revenue_share": sum(c * s for c, s in zip(cover, shares)),
        })
    active = [sum(1 for c in campaigns if c["cover"][m] > 0) for m in range(12)]
    in_campaign = [min(1.0, sum(c["cover"][m] for c in campaigns)) for m in range(12)]
    holiday = [c for c in campaigns if any(c["cover"][m] > 0 for m in HOLIDAY_MONTHS)]
    return {
        "campaigns": campaigns,
        "shares": shares,
        "active": active,
        "months_with_campaign": sum(1 for n in active if n),
        "max_at_once": max(active),
        "revenue_in_campaigns": sum(f * s for f, s in zip(in_campaign, shares)),
        "holiday_gaps": [MONTHS[m] for m in HOLIDAY_MONTHS if not active[m]],
        "holiday_prep_ok": bool(holiday) and min(c["prep_start"] for c in holiday) < HOLIDAY_PREP_BY + 1,
        "seasons_missing": seasons_without([c["cover"] for c in campaigns]),
        "without_prep": [c["name"] for c in campaigns if c["prep"] <= 0],
    }


def view(a: dict, r: dict) -> list:
    campaigns = r["campaigns"]
    rows = [[c["name"], c["prep_month"] + (" (gadu iepriekš)" if c["prep_start"] < 0 else "") if c["prep"] > 0 else "—", c["start"],
             c["end_month"] + (" (nākamajā gadā)" if c["wraps"] else ""), c["months"], c["revenue_share"],
             c["activities"] or "—"] for c in campaigns]
    points = [(i, c["prep_start"], "sāk gatavot") for i, c in enumerate(campaigns) if c["prep"] > 0 and c["prep_start"] >= 0]
    low, high = Q4_SHARE_RANGE
    return [
        views.table("Kampaņu kalendārs",
                    ["Kampaņa", "Sākt gatavot", "Sākums", "Beigas", "Ilgums, mēneši",
                     "Gada ieņēmumu daļa kampaņas laikā", "Aktivitātes"],
                    rows, [None, None, None, None, "number", "percent", None]),
        Chart("timeline", "Mārketinga gads: kampaņas pa mēnešiem", [c["name"][:40] for c in campaigns],
              {"start": [c["start_index"] for c in campaigns],
               "length": [min(c["months"], 12 - c["start_index"]) for c in campaigns]},
              xlabel="Mēneši kopš 1. janvāra (0 = janvāra sākums, 12 = gada beigas)", options={"points": points}),
        Metric("Mēneši ar kampaņu", f"{r['months_with_campaign']} no 12"),
        Metric("Lielākais kampaņu skaits vienlaikus", fmt.integer(r["max_at_once"])),
        views.percent_metric("Gada ieņēmumu daļa mēnešos ar kampaņu", r["revenue_in_campaigns"],
                             f"Pieņemot, ka 4. ceturksnis dod {fmt.percent(a['q4_share'], 0)} gada ieņēmumu."),
        Check("Svētku maksimums (novembris–decembris) ir kampaņā", not r["holiday_gaps"],
              "Labi: svētku pirkumu laikam ir kampaņa." if not r["holiday_gaps"]
              else "Bez kampaņas: " + ", ".join(r["holiday_gaps"]) + f". 4. ceturksnis dod {fmt.integer(low)}–"
              f"{fmt.percent(high, 0)} gada ieņēmumu."),
        Check("Gatavošanās svētkiem sākas ne vēlāk kā oktobrī", r["holiday_prep_ok"],
              "Labi: dāvanu ceļvedis un foto būs gatavi laikus." if r["holiday_prep_ok"]
              else "Sāciet svētku kampaņas sagatavošanu jau septembrī vai oktobrī (foto, dāvanu ceļvedis)."),
        Check("Katrai sezonai ir kampaņa", not r["seasons_missing"],
              "Labi: visas piecas sezonas ir aptvertas." if not r["seasons_missing"]
              else "Nav kampaņas: " + ", ".join(r["seasons_missing"]) + "."),
        Check("Katrai kampaņai paredzēts sagatavošanās laiks", not r["without_prep"],
              "Labi: strādājat vismaz soli uz priekšu." if not r["without_prep"]
              else "Bez sagatavošanās: " + ", ".join(r["without_prep"]) + "."),
        Note("Sezonas un aktivitātes: rokasgrāmata, sadaļa „Mārketings”, apakšsadaļa „Mārketinga kalendārs”. "
             f"4. ceturkšņa daļa {fmt.integer(low)}–{fmt.percent(high, 0)}: sadaļa „Pārdošanas datu analīze”; "
             "ieņēmumu sadalījums pa pārējiem mēnešiem ir pieņēmums."),
    ]


EXERCISE = Exercise(
    id="E32",
    title="Mārketinga kalendārs",
    chapter=15,
    intro=(
        "Ierakstiet gada sezonas kampaņas: kad tās sākas, cik ilgi ilgst un cik laikus jāsāk gatavoties. "
        "Laika josla parāda, vai svētku maksimumam un katrai sezonai ir sava kampaņa un vai sākat pietiekami agri."
    ),
    fields=[
        PercentField("q4_share", "Ceturtā ceturkšņa daļa gada ieņēmumos", "Rokasgrāmata: parasti 30–40 %.", default="35"),
        TableField("campaigns", "Kampaņas", "Viena rinda katrai kampaņai (līdz 12).", columns=COLUMNS,
                   min_rows=1, max_rows=12, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
)
