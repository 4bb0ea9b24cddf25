"""E37 Pinterest plāns (chapter 16): boards, pins a day and image size → board list, size check, monthly pins."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc.social import (
    BOARDS_RANGE,
    DAYS_PER_MONTH,
    GENERIC_BOARD_NAMES,
    PIN_RATIO,
    PIN_SIZE,
    PINS_PER_DAY,
    is_pin_ratio,
    pins_per_month,
)
from ..calc.text import words
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, TableField, TextField

PRIORITIES = {"Augsta": 3, "Vidēja": 2, "Zema": 1}  # the workbook's weights for sharing the month's pins
VIDEO_SECONDS = (15, 30)  # the handbook: video pins 15–30 seconds

COLUMNS = [
    TextField("name", "Dēļa nosaukums", "Vārdi, ko pircēji raksta meklēšanā", default="", max_length=80),
    ChoiceField("priority", "Prioritāte", default="Vidēja", options=list(PRIORITIES)),
]
_BOARDS = [
    ("Roku darba krūzes kafijai", "Augsta"), ("Keramikas bļodas ikdienas galdam", "Augsta"),
    ("Lauku mājas virtuves interjers", "Vidēja"), ("Dāvanas keramikas mīļotājiem", "Augsta"),
    ("Malkas krāsns apdedzināšana", "Zema"), ("Glazūras no augu pelniem", "Zema"),
    ("Ziemassvētku galda klāšana", "Vidēja"), ("Latgales māla tradīcijas", "Zema"),
    ("Podniecības pamācības iesācējiem", "Vidēja"), ("Ilgtspējīga mājas dzīve", "Zema"),
]


def compute(a: dict) -> dict:
    monthly = pins_per_month(a["pins_per_day"])
    weights = [PRIORITIES[b["priority"]] for b in a["boards"]]
    total_weight = sum(weights)
    boards = []
    for board, weight in zip(a["boards"], weights):
        name = board["name"]
        generic = name.lower().strip(" .!") in GENERIC_BOARD_NAMES or len(words(name)) < 2
        boards.append({**board, "pins": monthly * weight / total_weight if total_weight else 0.0, "generic": generic})
    width, height = a["width"], a["height"]
    return {
        "boards": boards,
        "monthly": monthly,
        "yearly": monthly * 12,
        "ratio_ok": is_pin_ratio(width, height),
        "size_ok": width >= PIN_SIZE[0] and height >= PIN_SIZE[1],
        "height_for_width": width * PIN_RATIO[1] / PIN_RATIO[0],
        "generic": [b["name"] for b in boards if b["generic"]],
    }


def view(a: dict, r: dict) -> list:
    b_low, b_high = BOARDS_RANGE
    p_low, p_high = PINS_PER_DAY
    v_low, v_high = VIDEO_SECONDS
    w, h = PIN_SIZE
    n = len(r["boards"])
    rows = [[i, b["name"], b["priority"], b["pins"], "pārdēvējiet" if b["generic"] else "labi"]
            for i, b in enumerate(r["boards"], start=1)]
    boards_ok = b_low <= n <= b_high
    pins_ok = p_low <= a["pins_per_day"] <= p_high
    video = a["video_seconds"]
    blocks = [
        Metric("Piespraudes mēnesī", fmt.integer(r["monthly"]),
               f"{a['pins_per_day']} dienā × {DAYS_PER_MONTH} dienas; gadā {fmt.integer(r['yearly'])}."),
        Metric("Dēļi", fmt.integer(n), f"Ieteicams {b_low}–{b_high}."),
        views.table("Dēļu saraksts un piespraudes mēnesī", ["Nr.", "Dēlis", "Prioritāte", "Piespraudes mēnesī",
                                                            "Nosaukums"],
                    rows, ["integer", None, None, "integer", None]),
        Chart("barh", "Piespraudes mēnesī pa dēļiem", [b["name"][:40] for b in r["boards"]],
              {"Piespraudes": [round(b["pins"]) for b in r["boards"]]}, xlabel="Piespraudes mēnesī", ylabel="Dēlis"),
        Check(f"{b_low}–{b_high} dēļi", boards_ok,
              "Labi." if boards_ok else f"Tagad {n}: rokasgrāmata iesaka {b_low}–{b_high} tematiskus dēļus."),
        Check("Dēļu nosaukumi ir meklēšanas vārdi", not r["generic"],
              "Labi." if not r["generic"] else "Pārdēvējiet ar vārdiem, ko pircēji meklē: " + ", ".join(r["generic"]) + "."),
        Check(f"{p_low}–{p_high} piespraudes dienā", pins_ok,
              "Labi: regulārs ritms." if pins_ok else f"Rokasgrāmata iesaka {p_low}–{p_high} piespraudes dienā; "
              "izmantojiet plānošanas rīku."),
        Check(f"Vertikāls attēls {PIN_RATIO[0]}:{PIN_RATIO[1]}", r["ratio_ok"],
              "Labi." if r["ratio_ok"] else
              f"Ar platumu {fmt.integer(a['width'])} px augstumam jābūt {fmt.integer(r['height_for_width'])} px."),
        Check(f"Vismaz {fmt.integer(w)} × {fmt.integer(h)} pikseļu", r["size_ok"],
              "Labi." if r["size_ok"] else f"Rokasgrāmatas izmērs ir {fmt.integer(w)} × {fmt.integer(h)} pikseļu."),
    ]
    if video:
        video_ok = v_low <= video <= v_high
        blocks.append(Check(f"Video piespraude {v_low}–{v_high} sekundes", video_ok,
                            "Labi." if video_ok else f"Optimāli {v_low}–{v_high} sekundes."))
    blocks += [
        Text("Dēļu saraksts", "\n".join(f"{i}. {b['name']}" for i, b in enumerate(r["boards"], start=1))),
        Note("10–15 dēļi, 5–10 piespraudes dienā, 2:3 attēli (1000 × 1500 pikseļu) un 15–30 sekunžu video: "
             "rokasgrāmata, sadaļa „Pinterest”. Piespraužu sadalījums pa dēļiem pēc prioritātes (3 : 2 : 1) ir šīs "
             "darblapas pieņēmums."),
    ]
    return blocks


EXERCISE = Exercise(
    id="E37",
    title="Pinterest plāns",
    chapter=16,
    intro=(
        "Uzskaitiet savus Pinterest dēļus, izvēlieties piespraužu ritmu un attēlu izmēru. Plāns parāda, cik "
        "piespraužu mēnesī vajag katram dēlim un vai attēli atbilst Pinterest vertikālajam formātam, jo Pinterest "
        "atalgo pacietīgu un regulāru darbu."
    ),
    fields=[
        TableField("boards", "Dēļi", "Viena rinda katram dēlim (rokasgrāmata: 10–15).", columns=COLUMNS, min_rows=1,
                   max_rows=30, default=[{"name": name, "priority": p} for name, p in _BOARDS]),
        IntegerField("pins_per_day", "Piespraudes dienā", "Rokasgrāmata: 5–10.", default="5", maximum=200),
        IntegerField("width", "Attēla platums", default="1000", minimum=1, maximum=20_000, unit="px"),
        IntegerField("height", "Attēla augstums", default="1500", minimum=1, maximum=20_000, unit="px"),
        IntegerField("video_seconds", "Video piespraudes garums", "0, ja video neveidojat. Rokasgrāmata: 15–30 s.",
                     default="20", maximum=600, unit="s", required=False),
    ],
    compute=compute,
    view=view,
)
