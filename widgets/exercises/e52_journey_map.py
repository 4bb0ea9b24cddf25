"""E52 Klienta ceļojuma karte (chapter 24): five stages × touchpoints, emotions and pain points."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc import journey
from ..calc.text import sentence
from ..exercise import Exercise
from ..fields import IntegerField, LongTextField, TableField, TextField

SOURCE = ("Avots: „Ko drīkst un ko nedrīkst, kartējot pircēja ceļojumu”, sadaļas „Kas ir klienta ceļojums?” "
          "un „Kā kartēt savu klientu ceļojumu”; rokasgrāmata, sadaļa „Klientu un pircēju pieredzes novērtēšana”.")

COLUMNS = [
    TextField("stage", "Posms", default="", max_length=30, readonly=True),
    TextField("touchpoints", "Saskares punkti", "Kur klients šajā posmā sastop jūs.", default="", max_length=200),
    TextField("feeling", "Ko klients domā vai jūt", default="", max_length=200, required=False),
    IntegerField("emotion", "Emocijas (−2…+2)", "−2 = ļoti slikti, 0 = neitrāli, +2 = ļoti labi", default="0",
                 minimum=journey.EMOTION_MIN, maximum=journey.EMOTION_MAX),
    TextField("pain", "Sāpju punkts", "Kur klientam kļūst grūti.", default="", max_length=200, required=False),
    TextField("improvement", "Ko uzlabot", default="", max_length=200, required=False),
]

# chapter 24's illustrative map of a ceramic mug, grouped into the five stages
_EXAMPLE = [
    ("Instagram ieraksts", "„Cik skaista glazūra!”", "1", "Nav saites uz veikalu", "Saite profilā un pie ieraksta"),
    ("Produkta lapa, atsauksmes", "„Vai tā ir pietiekami liela?”", "0", "Nav norādīts tilpums",
     "Izmēri, tilpums, foto rokā"),
    ("Norēķināšanās", "„Cik maksās piegāde?”", "-2", "Piegādes cena parādās tikai beigās",
     "Piegādes cena jau produkta lapā"),
    ("Ziņas par sūtījumu, paka, kopšanas kartīte", "„Vai tā nesaplīsīs?”", "-1", "Nav ziņu pēc apmaksas",
     "Automātiska vēstule ar izsekošanu"),
    ("Atsauksmes lūgums", "„Gribu parādīt draudzenei”", "1", "Nav aicinājuma dalīties", "Lūgums pēc divām nedēļām"),
]
DEFAULT_ROWS = [
    {"stage": stage, "touchpoints": t, "feeling": f, "emotion": e, "pain": p, "improvement": i}
    for stage, (t, f, e, p, i) in zip(journey.STAGES, _EXAMPLE)
]


def signed(value: float) -> str:
    """``+1``, ``0``, ``−1,5``: emotion scores with their sign."""
    text = fmt.number(abs(value), 1)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def compute(a: dict) -> dict:
    rows = a["stages"]
    stages = [row["stage"] or f"{i}. posms" for i, row in enumerate(rows, start=1)]
    scores = [row["emotion"] for row in rows]
    curve = journey.emotion_curve(stages, scores)
    order = sorted(range(len(rows)), key=lambda i: (scores[i], i))  # the worst moments first
    return {
        "stages": stages,
        "scores": scores,
        "curve": curve,
        "fix_first": [i for i in order if scores[i] < journey.NEUTRAL and rows[i]["improvement"]],
        "negative_without_pain": [s for s, row in zip(stages, rows) if row["emotion"] < journey.NEUTRAL and not row["pain"]],
        "pain_without_improvement": [s for s, row in zip(stages, rows) if row["pain"] and not row["improvement"]],
    }


def _map_text(a: dict, r: dict) -> str:
    who = a["persona_name"] or "jūsu pircējs"
    lines = [f"Persona: {who}."]
    if a["persona_summary"]:
        lines.append(a["persona_summary"])
    if a["product"]:
        lines.append(sentence(f"Produkts: {a['product']}"))
    for stage, row in zip(r["stages"], a["stages"]):
        lines.append("")
        lines.append(f"{stage} (emocijas {signed(row['emotion'])})")
        lines.append(sentence(f"Saskares punkti: {row['touchpoints']}"))
        if row["feeling"]:
            lines.append(f"Domā vai jūt: {row['feeling']}")
        if row["pain"]:
            lines.append(sentence(f"Sāpju punkts: {row['pain']}"))
        if row["improvement"]:
            lines.append(sentence(f"Uzlabojums: {row['improvement']}"))
    return "\n".join(lines).strip()


def view(a: dict, r: dict) -> list:
    curve = r["curve"]
    rows = [[stage, journey.HANDBOOK_STAGES.get(stage, "—"), row["touchpoints"], row["feeling"] or "—",
             signed(row["emotion"]), row["pain"] or "—", row["improvement"] or "—"]
            for stage, row in zip(r["stages"], a["stages"])]
    who = a["persona_name"] or "pircēja"
    blocks = [
        views.table(f"Klienta ceļojuma karte: {who}", ["Posms", "Rokasgrāmatas posms", "Saskares punkti",
                                                      "Domā vai jūt", "Emocijas", "Sāpju punkts", "Ko uzlabot"],
                    rows, [None] * 7),
        Chart("line", "Emociju līkne pa ceļojuma posmiem", r["stages"], {"Emocijas": r["scores"]},
              xlabel="Ceļojuma posms", ylabel="Emocijas (−2…+2)",
              options={"hline": (journey.NEUTRAL, "Neitrāli"), "values": "all"}),
        Metric("Zemākais punkts", f"{', '.join(curve.lowest_stages)} ({signed(curve.lowest)})",
               "Šeit pircējs visvieglāk aiziet: sāciet uzlabojumus ar šo posmu." if curve.lowest < 0
               else "Neviens posms nav negatīvs."),
        Metric("Vidējās emocijas", signed(curve.mean)),
    ]
    if curve.biggest_drop:
        start, end, fall = curve.biggest_drop
        blocks.append(Metric("Straujākais kritums", f"{start} → {end} ({signed(-fall)})"))
    if r["fix_first"]:
        blocks.append(Text("Ko uzlabot vispirms", "\n".join(
            f"{n}. {r['stages'][i]}: {sentence(a['stages'][i]['improvement'])}"
            for n, i in enumerate(r["fix_first"], start=1))))
    blocks += [
        Text("Ceļojuma karte tekstā", _map_text(a, r)),
        Check("Karte veidota konkrētai personai", bool(a["persona_name"]),
              "Labi." if a["persona_name"] else "Ierakstiet personas vārdu (to var izveidot vingrinājumā E03)."),
        Check("Katram negatīvajam posmam ir sāpju punkts", not r["negative_without_pain"],
              "Labi." if not r["negative_without_pain"]
              else "Uzrakstiet, kas traucē: " + ", ".join(r["negative_without_pain"]) + "."),
        Check("Katram sāpju punktam ir uzlabojums", not r["pain_without_improvement"],
              "Labi." if not r["pain_without_improvement"]
              else "Izdomājiet uzlabojumu: " + ", ".join(r["pain_without_improvement"]) + "."),
        Note("Karti pārskatiet regulāri, piemēram, reizi ceturksnī, un papildiniet to ar pircēju atsauksmēm."),
        Note(SOURCE),
    ]
    return blocks


EXERCISE = Exercise(
    id="E52",
    title="Klienta ceļojuma karte",
    chapter=24,
    intro=(
        "Katram no pieciem ceļojuma posmiem ierakstiet, kur pircējs jūs sastop, ko viņš jūt, kas viņam traucē "
        "un ko varat uzlabot. Emociju līkne parāda, kurā brīdī pircējs visvieglāk aiziet, tāpēc redzēsiet, "
        "kur uzlabojums atmaksāsies vislabāk."
    ),
    fields=[
        TextField("persona_name", "Pircēja persona", "Vārds no vingrinājuma E03, piemēram, „Ilze”.",
                  default="Ilze", required=False, max_length=80, profile="persona_name"),
        LongTextField("persona_summary", "Personas apraksts", "Īss apraksts no vingrinājuma E03.", default="",
                      required=False, max_length=1500, profile="persona_summary"),
        TextField("product", "Produkts", "Ko persona pērk.", default="Māla krūze", required=False, max_length=120,
                  profile="product_name"),
        TableField("stages", "Ceļojuma posmi", "5 rindas: viena katram posmam.", columns=COLUMNS,
                   min_rows=len(journey.STAGES), max_rows=len(journey.STAGES), fixed_rows=True, default=DEFAULT_ROWS),
    ],
    compute=compute,
    view=view,
)
