"""E20 Tehnisko prasmju pašnovērtējums (chapter 10)."""

from __future__ import annotations

from .. import views
from ..blocks import Check, Metric, Note, Text
from ..exercise import Exercise
from ..fields import ChoiceField

# Handbook, section „Vai nepieciešamas tehniskās zināšanas?”: five questions.
QUESTIONS = [
    ("learn", "Vai jūs viegli apgūstat jaunas digitālās sistēmas?"),
    ("admin", "Vai jums ir pieredze tīmekļa vietņu administrēšanā?"),
    ("fix", "Vai varat pats novērst vienkāršas tehniskas problēmas?"),
    ("time", "Vai jums ir laiks rūpēties par vietnes uzturēšanu?"),
    ("helper", "Vai budžets ļauj vajadzības gadījumā nolīgt tehnisku palīgu?"),
]
ANSWERS = ["Jā", "Nē"]
# Handbook, „Nepieciešamās tehniskās zināšanas un prasmes”: three platform groups.
# The cut-offs (0–1, 2–3, 4–5 "yes") are this book's rule of thumb (chapter 10).
LEVELS = [
    (1, "Iesācējs", "Iesācējiem draudzīgas platformas", ["Etsy", "Squarespace", "Big Cartel"],
     "intuitīva saskarne, vajadzīgas minimālas tehniskās zināšanas"),
    (3, "Vidējs", "Vidēja līmeņa platformas", ["Shopify", "Wix"],
     "vajadzīgas digitālās pamatprasmes; veidnes un atbalsts palīdz ar lielāko daļu funkciju"),
    (5, "Padziļināts", "Platformas padziļinātām zināšanām", ["WooCommerce"],
     "maksimāla elastība, bet jāpārzina WordPress un, iespējams, jāprot pielāgot kodu"),
]


def level(yes: int) -> tuple:
    """The skill level and platform group for a number of "yes" answers (0–5)."""
    return next(entry for entry in LEVELS if yes <= entry[0])


def compute(a: dict) -> dict:
    yes = [key for key, _ in QUESTIONS if a[key] == "Jā"]
    top, name, group, platforms, meaning = level(len(yes))
    # everything up to the learner's level is within reach
    reachable = [p for entry in LEVELS if entry[0] <= top for p in entry[3]]
    return {"yes": len(yes), "level": name, "group": group, "platforms": platforms, "meaning": meaning,
            "reachable": reachable, "no": [label for key, label in QUESTIONS if key not in yes]}


def view(a: dict, r: dict) -> list:
    advice = (f"Jūsu tehnisko prasmju līmenis: {r['level'].lower()}.\n"
              f"Piemērotā grupa: {r['group'].lower()} ({', '.join(r['platforms'])}): {r['meaning']}.\n"
              f"Jums pa spēkam: {', '.join(r['reachable'])}.")
    blocks = [
        Metric("Atbildes „jā”", f"{r['yes']} no {len(QUESTIONS)}"),
        Metric("Tehnisko prasmju līmenis", r["level"]),
        Text("Ieteikums", advice),
        views.table("Platformu grupas", ["Līmenis", "Platformas", "Ko tas nozīmē"],
                    [(group, ", ".join(p), m) for _top, _n, group, p, m in LEVELS], [None, None, None]),
        Check("Laiks vietnes uzturēšanai", a["time"] == "Jā",
              "Labi." if a["time"] == "Jā" else "Bez laika uzturēšanai izvēlieties platformu, kas atjauninājumus "
              "veic pati (Etsy, Squarespace, Shopify)."),
    ]
    if r["level"] != "Padziļināts":
        blocks.append(Note("Ja prasmes vai laiks ir ierobežoti, Shopify un Squarespace parasti piedāvā vislabāko "
                           "iespēju un vienkāršības līdzsvaru."))
    blocks.append(Note("Pieci jautājumi un trīs platformu grupas: rokasgrāmata, sadaļas „Vai nepieciešamas tehniskās "
                       "zināšanas?” un „Izvēlies piemērotāko e-komercijas platformu”. Robežas (0–1, 2–3, 4–5 „jā”) ir "
                       "šīs grāmatas orientieris."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"tech_level": r["level"]}


EXERCISE = Exercise(
    id="E20",
    title="Tehnisko prasmju pašnovērtējums",
    chapter=10,
    intro=(
        "Godīgi atbildiet uz pieciem jautājumiem par savām tehniskajām prasmēm, laiku un budžetu. Rezultāts parāda, "
        "kurai platformu grupai esat gatavs, lai vietnes uzturēšana neaprītu laiku, kas vajadzīgs amatam."
    ),
    fields=[ChoiceField(key, label, default=default, options=ANSWERS)
            for (key, label), default in zip(QUESTIONS, ["Jā", "Nē", "Jā", "Nē", "Nē"])],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
