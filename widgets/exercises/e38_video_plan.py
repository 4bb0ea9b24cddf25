"""E38 Video satura plāns (chapter 17)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, MoneyField, NumberField, TableField, TextField

# Handbook, section "Satura mārketings": five process video kinds, materials videos and tutorials.
TYPES = ["Paātrināts process", "Tehnikas apskats", "Instrumenti un aprīkojums", "Problēmu risināšana",
         "Pirms un pēc", "Materiāli un izcelsme", "Pamācība"]
REELS, PIN, YOUTUBE, SITE = "Instagram īsie video", "Pinterest video piespraude", "YouTube", "Sava vietne"
PLATFORMS = [REELS, PIN, YOUTUBE, SITE]
# Handbook, sections "Instagram" (15–90 s videos) and "Pinterest" (video pins, best 15–30 s);
# the handbook sets no length for YouTube or one's own site.
LENGTHS = {REELS: (15, 90), PIN: (15, 30)}
SHORT = (REELS, PIN)

COLUMNS = [
    TextField("topic", "Tēma", "Piemēram, „Bļodas virpošana no bluķa līdz eļļošanai”.", default="", max_length=120),
    ChoiceField("type", "Video veids", default=TYPES[0], options=TYPES),
    ChoiceField("platform", "Platforma", default=REELS, options=PLATFORMS),
    IntegerField("seconds", "Garums", "Sekundēs: 10 minūtes = 600.", default="30", minimum=1, maximum=36_000,
                 unit="s"),
    IntegerField("per_month", "Reizes mēnesī", default="1", maximum=60),
    NumberField("hours", "Darbs vienam video", "Filmēšana un montāža, stundās.", default="1", unit="h", maximum=200),
]
DEFAULT_ROWS = [
    {"topic": "Bļodas virpošana no bluķa līdz eļļošanai", "type": "Paātrināts process", "platform": YOUTUBE,
     "seconds": "600", "per_month": "1", "hours": "5"},
    {"topic": "Pirmais griezums un forma", "type": "Tehnikas apskats", "platform": REELS, "seconds": "45",
     "per_month": "4", "hours": "0,5"},
    {"topic": "Kāpēc bērzs, kāpēc ozols", "type": "Materiāli un izcelsme", "platform": REELS, "seconds": "60",
     "per_month": "2", "hours": "1"},
    {"topic": "Plaisa sagatavē: pirms un pēc", "type": "Pirms un pēc", "platform": PIN, "seconds": "20",
     "per_month": "2", "hours": "0,5"},
    {"topic": "Kā eļļot koka traukus", "type": "Pamācība", "platform": YOUTUBE, "seconds": "300", "per_month": "1",
     "hours": "3"},
]


def _length(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def compute(a: dict) -> dict:
    videos = []
    for v in a["videos"]:
        low_high = LENGTHS.get(v["platform"])
        fits = low_high is None or low_high[0] <= v["seconds"] <= low_high[1]
        videos.append({**v, "fits": fits, "range": low_high, "month_hours": v["hours"] * v["per_month"]})
    hours = sum(v["month_hours"] for v in videos)
    per_platform = {p: sum(v["per_month"] for v in videos if v["platform"] == p) for p in PLATFORMS}
    long_videos = sum(v["per_month"] for v in videos if v["platform"] not in SHORT)
    short_videos = sum(v["per_month"] for v in videos if v["platform"] in SHORT)
    return {
        "videos": videos,
        "count": sum(v["per_month"] for v in videos),
        "hours": hours,
        "time_cost": hours * a["hourly_rate"],
        "per_platform": {p: n for p, n in per_platform.items() if n},
        "types": sorted({v["type"] for v in videos if v["per_month"]}),
        "wrong_length": [v["topic"] for v in videos if not v["fits"]],
        "long": long_videos,
        "short": short_videos,
        "minutes": sum(v["seconds"] * v["per_month"] for v in videos) / 60,
    }


def _plan(r: dict) -> str:
    lines = []
    for platform in PLATFORMS:
        rows = [v for v in r["videos"] if v["platform"] == platform and v["per_month"]]
        if not rows:
            continue
        lines.append(f"{platform}:")
        for v in rows:
            lines.append(f"– {v['topic']} ({v['type'].lower()}, {_length(v['seconds'])}, "
                         f"{v['per_month']}× mēnesī, {fmt.plain(fmt.number(v['hours'], 1))} h katram)")
    return "\n".join(lines) or "Plānā vēl nav neviena video."


def view(a: dict, r: dict) -> list:
    rows = [(v["topic"], v["type"], v["platform"], _length(v["seconds"]),
             "—" if v["range"] is None else f"{v['range'][0]}–{v['range'][1]} s", v["per_month"], v["month_hours"])
            for v in r["videos"]]
    n_types = len(r["types"])
    blocks = [
        Metric("Video mēnesī", fmt.integer(r["count"]), f"Kopā {fmt.number(r['minutes'], 1)} minūtes gatava video."),
        Metric("Darbs mēnesī", f"{fmt.number(r['hours'], 1)} h", "Filmēšana un montāža."),
        views.money_metric("Jūsu laika vērtība mēnesī", r["time_cost"],
                           f"{fmt.number(r['hours'], 1)} h × {fmt.money(a['hourly_rate'])}: arī bezmaksas saturs maksā laiku."),
        views.table("Ražošanas plāns", ["Tēma", "Veids", "Platforma", "Garums", "Ieteicamais garums", "Reizes mēnesī",
                                        "Stundas mēnesī"], rows, [None, None, None, None, None, "integer", "number"]),
        Text(f"Video plāns: {a['craft']}" if a["craft"] else "Video plāns", _plan(r)),
    ]
    if r["per_platform"]:
        blocks.append(Chart("bar", "Video mēnesī pa platformām", list(r["per_platform"]),
                            {"Video": list(r["per_platform"].values())}, xlabel="Platforma", ylabel="Video mēnesī"))
    blocks += [
        Check("Garums atbilst platformai", not r["wrong_length"],
              "Labi: Instagram 15–90 s, Pinterest 15–30 s." if not r["wrong_length"] else
              "Pārbaudiet garumu: " + "; ".join(r["wrong_length"]) + ". Instagram 15–90 s, Pinterest 15–30 s."),
        Check("Vismaz trīs video veidi", n_types >= 3,
              "Labi: saturs ir daudzveidīgs." if n_types >= 3 else
              "Izvēlieties vismaz trīs pamattēmas, piemēram, process, materiāli un kopšana."),
        Check("Filmējiet vienreiz, izmantojiet daudzreiz", r["long"] == 0 or r["short"] >= r["long"],
              "Labi: no garajiem video top īsie fragmenti." if r["long"] == 0 or r["short"] >= r["long"] else
              "Uz katru garo video plānojiet vairākus īsus fragmentus sociālajiem medijiem."),
        Check("Ritms, ko var uzturēt", r["hours"] <= a["max_hours"],
              f"Labi: iekļaujas jūsu {fmt.number(a['max_hours'], 1)} h mēnesī." if r["hours"] <= a["max_hours"] else
              f"Plānam vajag {fmt.number(r['hours'], 1)} h, bet jūs varat veltīt {fmt.number(a['max_hours'], 1)} h: "
              "labāk mazāk video, bet vienmērīgi visu gadu."),
        Note("Avots: rokasgrāmata, sadaļa „Satura mārketings” (video veidi no darbnīcas, materiāli, pamācības), "
             "sadaļas „Instagram” (15–90 sekundes) un „Pinterest” (15–30 sekundes). YouTube garumu rokasgrāmata "
             "nenosaka; darba stundas ir jūsu novērtējums."),
    ]
    return blocks


EXERCISE = Exercise(
    id="E38",
    title="Video satura plāns",
    chapter=17,
    intro=(
        "Sarakstiet video, ko mēnesī gatavosiet: tēmu, veidu, platformu, garumu un darba laiku. Plāns pārbauda, vai "
        "garumi der platformām un vai ritmu varēsiet uzturēt arī sezonas kulminācijā."
    ),
    fields=[
        TextField("craft", "Jūsu amats", "Piemēram, virpošana, keramika, aušana.", default="Koka virpošana",
                  max_length=120, required=False, profile="craft"),
        TableField("videos", "Video", "Katrā rindā viens video vai sērija.", columns=COLUMNS, min_rows=1, max_rows=15,
                   default=DEFAULT_ROWS),
        NumberField("max_hours", "Laiks video mēnesī", "Cik stundu mēnesī varat veltīt video.", default="20", unit="h",
                    maximum=744),
        MoneyField("hourly_rate", "Stundas likme", "No E28; rokasgrāmata iesaka vismaz 15–25 € stundā.",
                   default="20", maximum=1000, profile="hourly_rate"),
    ],
    compute=compute,
    view=view,
)
