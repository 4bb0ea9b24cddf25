"""E07 SVID (SWOT) analīze (chapter 4)."""

from __future__ import annotations

from .. import views
from ..blocks import Chart, Check, Note, Text
from ..calc.text import sentence, vague_words, words
from ..exercise import ComputationError, Exercise
from ..fields import LongTextField, TextField

MIN_ITEMS = 2  # "a few concrete points" in each box (the chapter); two is our minimum
PAIRS = [
    ("SO", "Stiprās puses + iespējas", "strengths", "opportunities", "so_action",
     "Kā ar savām stiprajām pusēm izmantot iespējas?"),
    ("WO", "Vājās puses + iespējas", "weaknesses", "opportunities", "wo_action",
     "Kā iespēja palīdz novērst vājumu?"),
    ("ST", "Stiprās puses + draudi", "strengths", "threats", "st_action",
     "Kā stiprās puses pasargā no draudiem?"),
    ("WT", "Vājās puses + draudi", "weaknesses", "threats", "wt_action",
     "Kur esat visievainojamākais un ko darīt?"),
]
BOXES = [("strengths", "Stiprās puses"), ("weaknesses", "Vājās puses"), ("opportunities", "Iespējas"), ("threats", "Draudi")]


def items(text: str) -> list[str]:
    """One point per line; bullets and empty lines dropped."""
    return [line.strip(" -•*\t").rstrip(".;") for line in (text or "").splitlines() if line.strip(" -•*\t").rstrip(".;")]


def too_general(item: str) -> bool:
    """A point that names no fact: one word, or only vague praise ("laba kvalitāte")."""
    low = item.lower()
    return len(words(item)) < 2 or bool(vague_words(item)) or low in {"laba kvalitāte", "kvalitāte", "labi produkti"}


def compute(a: dict) -> dict:
    lists = {key: items(a[key]) for key, _ in BOXES}
    if not any(lists.values()):
        raise ComputationError("Ierakstiet vismaz vienu punktu kādā no četriem sarakstiem.")
    pairs = []
    for code, name, first, second, action, question in PAIRS:
        x, y = lists[first], lists[second]
        pairs.append({"code": code, "name": name, "question": question, "first": x[0] if x else "",
                      "second": y[0] if y else "", "action": a[action]})
    general = [item for key, _ in BOXES for item in lists[key] if too_general(item)]
    return {"lists": lists, "pairs": pairs, "general": general,
            "short": [label for key, label in BOXES if len(lists[key]) < MIN_ITEMS]}


def view(a: dict, r: dict) -> list:
    lists = r["lists"]
    cell = lambda key: "; ".join(lists[key]) or "—"  # noqa: E731
    lines = []
    for p in r["pairs"]:
        basis = " + ".join(f"„{x}”" for x in (p["first"], p["second"]) if x) or "—"
        lines.append(f"{p['code']} ({p['name']}): {basis}. {p['question']}")
        lines.append("Rīcība: " + (sentence(p["action"]) if p["action"] else "vēl nav ierakstīta."))
    missing_actions = [p["code"] for p in r["pairs"] if not p["action"]]
    return [
        views.table("SVID tabula", ["", "Pozitīvais", "Negatīvais"],
                    [("Iekšējie faktori", cell("strengths"), cell("weaknesses")),
                     ("Ārējie faktori", cell("opportunities"), cell("threats"))], [None, None, None]),
        Text("Stratēģiskie pāri", "\n".join(lines)),
        Chart("bar", "Punktu skaits SVID laukos", [label for _, label in BOXES],
              {"Punkti": [len(lists[key]) for key, _ in BOXES]}, ylabel="Punkti"),
        Check(f"Katrā laukā vismaz {MIN_ITEMS} punkti", not r["short"],
              "Papildiniet: " + ", ".join(r["short"]).lower() + "." if r["short"] else "Labi."),
        Check("Punkti ir konkrēti", not r["general"],
              "Konkretizējiet: „" + "”, „".join(r["general"]) + "”. Piemēram, „trauki iztur trauku mazgājamo mašīnu”."
              if r["general"] else "Labi: katrs punkts nosauc faktu."),
        Check("Katram pārim ir rīcība", not missing_actions,
              "Ierakstiet rīcību pāriem: " + ", ".join(missing_actions) + "." if missing_actions
              else "Labi: no tabulas ir radusies rīcība."),
        Note("Avots: rokasgrāmata, sadaļa „Konkurentu analīze” (konkurentu stiprās un vājās puses); "
             "SVID analīze ir standarta stratēģiskās plānošanas metode."),
    ]


def profile_out(a: dict, r: dict) -> dict:
    return {"swot_strengths": r["lists"]["strengths"]}


EXERCISE = Exercise(
    id="E07",
    title="SVID (SWOT) analīze",
    chapter=4,
    intro=(
        "Ierakstiet savas stiprās un vājās puses un ārējās iespējas un draudus, katru punktu savā rindā, "
        "un katram stratēģiskajam pārim vienu rīcību. Tā no analīzes rodas konkrēti darbi, kur ieguldīt laiku un naudu."
    ),
    fields=[
        LongTextField("strengths", "Stiprās puses (iekšējās)", "Prasmes, materiāli, atsauksmes, stāsts. Katru punktu savā rindā.",
                      default="Reta malkas krāsns apdedzināšanas tehnika\nVietējais Latgales māls\n40 labas atsauksmes Etsy",
                      required=False, max_length=1000),
        LongTextField("weaknesses", "Vājās puses (iekšējās)", "Laiks, foto, vietne, ražošanas jauda.",
                      default="Tikai 20 stundas nedēļā\nVāji produktu foto\nNav savas vietnes", required=False, max_length=1000),
        LongTextField("opportunities", "Iespējas (ārējās)", "Tendences, platformas, jauni pircēji.",
                      default="Ārzemju pircēju interese par roku darbu\nTūristi Latgalē vasarā", required=False, max_length=1000),
        LongTextField("threats", "Draudi (ārējie)", "Atdarinājumi, maksas, materiālu cenas, sezonalitāte.",
                      default="Lēti masveida atdarinājumi\nSezonalitāte: 35 % pārdošanas ceturtajā ceturksnī", required=False,
                      max_length=1000),
        TextField("so_action", "Rīcība SO", "Stiprās puses + iespējas.",
                  default="Parādīt malkas krāsns apdedzināšanu video ārzemju pircējiem", required=False, max_length=200),
        TextField("wo_action", "Rīcība WO", "Vājās puses + iespējas.",
                  default="Kamēr nav vietnes, pārdot Etsy", required=False, max_length=200),
        TextField("st_action", "Rīcība ST", "Stiprās puses + draudi.",
                  default="Katram traukam pievienot meistara zīmi un stāstu par Latgales mālu", required=False, max_length=200),
        TextField("wt_action", "Rīcība WT", "Vājās puses + draudi.",
                  default="Gatavot Ziemassvētku krājumus jau vasarā", required=False, max_length=200),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
