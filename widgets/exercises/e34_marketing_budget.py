"""E34 Mārketinga budžeta sadalījums (chapter 15): a monthly budget split over areas by shares."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Note
from ..calc.marketing import BUDGET_AREAS, CONCENTRATION_LIMIT, HOURLY_RATE_RANGE, SHARE_TOLERANCE, split_budget
from ..exercise import ComputationError, Exercise
from ..fields import MoneyField, NumberField, PercentField, TableField, TextField

COLUMNS = [
    TextField("area", "Joma", default="", max_length=80),
    PercentField("share", "Daļa", "Procenti no mēneša budžeta", default="0"),
    NumberField("hours", "Jūsu stundas mēnesī", default="0", maximum=744, unit="h", decimals=1, required=False),
]
# An example split (the handbook names the areas but gives no shares): 25 % of 240 € is the 60 € of
# chapter 15's advertising example; 15 h of social media is 30 min a day (the handbook: 30–60 min a day).
_EXAMPLE = {"Satura veidošana": ("15", "8"), "Fotografēšana": ("15", "4"), "Sociālie mediji": ("20", "15"),
            "E-pasta mārketings": ("10", "3"), "Apmaksātā reklāma": ("25", "2"), "Gadatirgi": ("15", "8")}
DEFAULT_ROWS = [{"area": area, "share": _EXAMPLE[area][0], "hours": _EXAMPLE[area][1]} for area in BUDGET_AREAS]


def compute(a: dict) -> dict:
    rows = [(row["area"], row["share"], row["hours"] or 0.0) for row in a["areas"]]
    total_share = sum(share for _, share, _ in rows)
    try:
        allocation = split_budget(a["total"], rows, a["hourly_rate"])
    except ValueError:
        raise ComputationError(
            f"Jomu daļu summa ir {fmt.percent(total_share)}, bet tai jābūt tieši {fmt.percent(100, 0)}. "
            + (f"Sadaliet vēl {fmt.percent(100 - total_share)}." if total_share < 100
               else f"Samaziniet daļas kopā par {fmt.percent(total_share - 100)}.")
        ) from None
    hours = sum(x.hours for x in allocation)
    time_value = sum(x.time_value for x in allocation)
    used = [x for x in allocation if x.share > SHARE_TOLERANCE]
    biggest = max(allocation, key=lambda x: x.share)
    return {
        "allocation": allocation,
        "year": a["total"] * 12,
        "hours": hours,
        "time_value": time_value,
        "full_month": a["total"] + time_value,
        "areas_used": len(used),
        "biggest": biggest,
    }


def view(a: dict, r: dict) -> list:
    alloc = r["allocation"]
    rows = [[x.name, x.share, x.month, x.year, x.hours, x.time_value] for x in alloc]
    rows.append(["Kopā", sum(x.share for x in alloc), a["total"], r["year"], r["hours"], r["time_value"]])
    low, high = HOURLY_RATE_RANGE
    biggest = r["biggest"]
    blocks = [
        views.money_metric("Mārketinga budžets mēnesī", a["total"], f"Gadā: {fmt.money(r['year'])}."),
        views.money_metric("Jūsu laika vērtība mēnesī", r["time_value"],
                           f"{fmt.number(r['hours'], 1)} h × {fmt.money(a['hourly_rate'])} stundā."),
        views.money_metric("Pilnās mārketinga izmaksas mēnesī", r["full_month"], "Nauda un jūsu laiks kopā."),
        views.table("Budžeta sadalījums pa jomām", ["Joma", "Daļa", "Mēnesī", "Gadā", "Jūsu stundas mēnesī",
                                                     "Laika vērtība mēnesī"],
                    rows, [None, "percent", "money", "money", "number", "money"]),
    ]
    if a["total"] > 0:
        blocks.append(Chart("pie", "Mēneša budžets pa jomām", [x.name for x in alloc],
                            {"Mēnesī": [x.month for x in alloc]}))
    blocks += [
        Check("Budžets sadalīts vairākās jomās", r["areas_used"] >= 3,
              f"Labi: {r['areas_used']} jomas." if r["areas_used"] >= 3
              else "Rokasgrāmata iesaka nesākt ar vienu kanālu: sadaliet budžetu vismaz trīs jomās."),
        Check("Neviena joma nesaņem vairāk par pusi", biggest.share <= CONCENTRATION_LIMIT,
              "Labi: risks ir izkliedēts." if biggest.share <= CONCENTRATION_LIMIT
              else f"„{biggest.name}” saņem {fmt.percent(biggest.share)}: pārbaudiet, vai tās atdeve ir pierādīta."),
        Check(f"Jūsu laiks novērtēts ar vismaz {fmt.integer(low)} € stundā", a["hourly_rate"] >= low,
              "Labi." if a["hourly_rate"] >= low
              else f"Kvalificēta meistara darbs ir vismaz {fmt.integer(low)}–{fmt.integer(high)} € stundā."),
        Note("Budžeta jomas: rokasgrāmata, sadaļa „Mārketings”, apakšsadaļa „Mārketinga budžets” (daļas tur nav dotas: "
             "piemērā tās ir ilustratīvas). Stundas likme: sadaļa „Cenas veidošanas stratēģijas”. Reizi ceturksnī "
             "pārvietojiet naudu uz jomām ar pierādītu atdevi (sadaļa „Analīze un optimizēšana”)."),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"marketing_budget_month": a["total"]}


EXERCISE = Exercise(
    id="E34",
    title="Mārketinga budžeta sadalījums",
    chapter=15,
    intro=(
        "Ierakstiet mēneša mārketinga budžetu un sadaliet to procentos pa jomām; pierakstiet arī savas stundas. "
        "Tā redzēsiet, cik naudas un laika katrs kanāls patiesībā prasa, un varēsiet vēlāk salīdzināt to ar atdevi."
    ),
    fields=[
        MoneyField("total", "Mārketinga budžets mēnesī", default="240", maximum=1_000_000),
        MoneyField("hourly_rate", "Jūsu stundas likme", "Rokasgrāmata: kvalificētam meistaram 15–25 € stundā.",
                   default="20", maximum=1000, profile="hourly_rate"),
        TableField("areas", "Jomas", "Daļu summai jābūt 100 %.", columns=COLUMNS, min_rows=1, max_rows=12,
                   default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
