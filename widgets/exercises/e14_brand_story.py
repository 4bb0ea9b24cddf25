"""E14 Zīmola stāsta veidotājs (chapter 7)."""

from __future__ import annotations

from .. import fmt
from ..blocks import Check, Metric, Note, Text
from ..calc.text import capitalise, readability, repeated_words, sentence, vague_words
from ..exercise import ComputationError, Exercise
from ..fields import LongTextField, TextField

# Story length: short enough to read in one breath (the same limits as the brand sheet, E13).
STORY_WORDS = (40, 150)
MAX_WORDS_PER_SENTENCE = 20  # a readability guide of this book, not a handbook figure
# The five elements, as the handbook names them (section „Stāstniecība amatniecībā”).
ELEMENTS = [
    ("journey", "Personīgais ceļš"),
    ("tradition", "Saikne ar tradīcijām"),
    ("process", "Procesa īpatnības"),
    ("vision", "Vīzija"),
    ("values", "Vērtības un filozofija"),
]


def _brand_words(text: str) -> list[str]:
    return [w.strip() for w in (text or "").replace(";", ",").split(",") if w.strip()]


def compute(a: dict) -> dict:
    said = {name: sentence(capitalise(a[name])) for name, _ in ELEMENTS if a[name]}
    if not said:
        raise ComputationError("Aizpildiet vismaz vienu stāsta elementu: no tukšām atbildēm stāstu nevar salikt.")
    # the journey and tradition open the story, the process is its middle, the vision and values close it
    paragraphs = [" ".join(said[n] for n in group if n in said)
                  for group in (("journey", "tradition"), ("process",), ("vision", "values"))]
    name = (a["business_name"] or "").strip()
    title_line = f"{name}: mūsu stāsts" if name else "Mūsu stāsts"
    story = "\n\n".join(p for p in paragraphs if p)
    measures = readability(story)
    missing = [label for key, label in ELEMENTS if not a[key]]
    repeated = repeated_words(story)
    vague = vague_words(story)
    brand = _brand_words(a["brand_words"])
    story_lower = story.lower()
    echoed = [w for w in brand if w.lower()[:5] and w.lower()[:5] in story_lower]
    low, high = STORY_WORDS
    checks = [
        ("Visi pieci elementi", not missing, "Trūkst: " + ", ".join(missing).lower() + "."),
        (f"Garums {low}–{high} vārdi", low <= measures["words"] <= high,
         f"Tagad {measures['words']} vārdi: " + ("papildiniet stāstu ar detaļām." if measures["words"] < low
                                                  else "saīsiniet līdz būtiskajam.")),
        (f"Teikumi vidēji līdz {MAX_WORDS_PER_SENTENCE} vārdiem", measures["words_per_sentence"] <= MAX_WORDS_PER_SENTENCE,
         f"Tagad vidēji {fmt.number(measures['words_per_sentence'], 1)} vārdi teikumā: sadaliet garos teikumus."),
        ("Bez tukšiem vārdiem", not vague,
         "Aizstājiet „" + "”, „".join(vague) + "” ar konkrētu detaļu: vietu, materiālu, cilvēku."),
        ("Vārdi neatkārtojas pārāk bieži", not repeated,
         "Bieži atkārtojas: " + ", ".join(f"„{w}” ({n}×)" for w, n in repeated[:3]) + "."),
    ]
    if brand:
        checks.append(("Stāsts atspoguļo zīmola raksturu", bool(echoed),
                       "Neviena no zīmola īpašībām („" + "”, „".join(brand).lower()
                       + "”) stāstā neparādās: parādiet tās ar darbību vai detaļu."))
    return {"title": title_line, "story": story, "measures": measures, "checks": checks, "missing": missing,
            "score": sum(ok for _, ok, _ in checks)}


def view(a: dict, r: dict) -> list:
    m = r["measures"]
    blocks = [
        Text(r["title"], r["story"]),
        Metric("Vārdi stāstā", fmt.integer(m["words"]), f"Ieteicams {STORY_WORDS[0]}–{STORY_WORDS[1]}."),
        Metric("Teikumi", fmt.integer(m["sentences"])),
        Metric("Vidēji vārdi teikumā", fmt.number(m["words_per_sentence"], 1),
               f"Viegli lasāms: līdz {MAX_WORDS_PER_SENTENCE}."),
        Metric("Pārbaudes izietas", f"{r['score']} no {len(r['checks'])}"),
    ]
    blocks += [Check(label, ok, "Labi." if ok else hint) for label, ok, hint in r["checks"]]
    blocks.append(Note("Pieci stāsta elementi: rokasgrāmata, sadaļa „Stāstniecība amatniecībā”. "
                       "Garuma un teikumu robežas ir šīs grāmatas ieteikums."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"brand_story": r["story"]}


EXERCISE = Exercise(
    id="E14",
    title="Zīmola stāsta veidotājs",
    chapter=7,
    intro=(
        "Atbildiet uz pieciem jautājumiem par savu ceļu, tradīcijām, darba procesu, vīziju un vērtībām. "
        "Darblapa saliek no tiem vienotu zīmola stāstu un pārbauda tā garumu un lasāmību: patiess, konkrēts "
        "stāsts rada saikni ar pircēju un pamato roku darba cenu."
    ),
    fields=[
        TextField("business_name", "Zīmola nosaukums", default="Māla māja", max_length=80, required=False,
                  profile="business_name"),
        TextField("brand_words", "Zīmola raksturs", "Ņemts no E13: īpašības, kurām stāstā jāparādās.",
                  default="Siltums, Dabiskums, Meistarība", max_length=200, required=False, profile="brand_words"),
        LongTextField("journey", "Personīgais ceļš", "Kurš brīdis jūs pievērsa šim amatam?",
                      default="Pirmo reizi mālu rokās turēju vecmāmiņas lauku mājā Latgalē", max_length=600,
                      required=False),
        LongTextField("tradition", "Saikne ar tradīcijām", "Kam jūs esat pateicīgs par savu prasmi?",
                      default=("Virpot mācījos pie Latgales podnieka, kurš amatu bija mantojis no sava tēva"),
                      max_length=600, required=False),
        LongTextField("process", "Procesa īpatnības", "Ko jūs darāt citādi nekā citi?",
                      default=("Katru trauku virpoju ar roku, glazūras jaucu no vietējo augu pelniem un apdedzinu "
                               "malkas krāsnī"), max_length=600, required=False),
        LongTextField("vision", "Vīzija", "Kādu pēdu jūs gribat atstāt?",
                      default="Gribu, lai Latgales keramikas tradīcija dzīvo mūsdienu mājās un ikdienas rītos",
                      max_length=600, required=False),
        LongTextField("values", "Vērtības un filozofija", "Ko jūs nekad nedarītu pat peļņas dēļ?",
                      default=("Es nekad nepirkšu lētas rūpnieciskas sagataves: katrs trauks ir mans darbs no "
                               "sākuma līdz beigām, ar siltumu un rūpēm"), max_length=600, required=False),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
