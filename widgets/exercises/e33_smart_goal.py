"""E33 SMART mērķu veidotājs (chapter 15): a goal draft and its parts → SMART checks and a rewritten goal."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Metric, Note, Text
from ..calc.marketing import PACE_LIMIT, has_deadline, pace, vague_goal_words
from ..calc.text import capitalise, sentence, vague_words, words
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, LongTextField, NumberField, TextField

REVIEWS = ["katru nedēļu", "katra mēneša pirmajā pirmdienā", "reizi ceturksnī"]


def _number(value: float) -> str:
    return fmt.number(value, 2)


def compute(a: dict) -> dict:
    change = a["target"] - a["current"]
    p = pace(a["current"], a["target"], a["months"], a["pace_so_far"])
    vague = vague_goal_words(a["result"]) + vague_words(a["result"])
    unit = a["unit"]
    direction = "palielināt" if change >= 0 else "samazināt"
    goal = " ".join(part for part in (
        sentence(f"Līdz {a['deadline']} {direction} {a['result']} par {_number(abs(change))} "
                 f"({_number(a['current'])} → {_number(a['target'])} {unit}), {a['method']}"),
        sentence(f"Progresu pārbaudu {a['review']} pēc rādītāja: {a['measure']}"),
        sentence(f"Tas ir svarīgi, jo {a['relevance']}"),
    ) if part)
    pace_ok = p.ratio is None or p.ratio <= PACE_LIMIT
    checks = [
        ("S – specifisks", len(words(a["result"])) >= 2 and not vague,
         "Nosauciet precīzu rezultātu bez vārdiem „" + "”, „".join(vague) + "”." if vague
         else "Nosauciet precīzu rezultātu (vismaz divos vārdos), piemēram, „e-pasta abonentu skaitu”."),
        ("M – pārbaudāms ar skaitļiem", change != 0 and bool(unit) and len(words(a["measure"])) >= 2,
         "Mērķa skaitlim jāatšķiras no pašreizējā, jānorāda mērvienība un rādītājs, pēc kura sekosiet."),
        ("A – sasniedzams", len(words(a["method"])) >= 3 and pace_ok,
         "Aprakstiet paņēmienu (vismaz trīs vārdos)." if len(words(a["method"])) < 3 else
         f"Vajadzīgais temps ir {fmt.number(p.ratio or 0, 1)} reizes lielāks par līdzšinējo: pagariniet termiņu, "
         "samaziniet mērķi vai paredziet jaunu resursu."),
        ("R – atbilstošs", len(words(a["relevance"])) >= 3,
         "Uzrakstiet (vismaz trīs vārdos), kā mērķis palīdz jūsu biznesa stratēģijai."),
        ("T – ar termiņu", has_deadline(a["deadline"]),
         "Ierakstiet datumu vai mēnesi, piemēram, „30. jūnijam”."),
    ]
    draft_checks = {
        "number": any(ch.isdigit() for ch in a["draft"]),
        "deadline": has_deadline(a["draft"]),
        "vague": vague_goal_words(a["draft"]) + vague_words(a["draft"]),
    }
    return {"goal": capitalise(goal), "checks": checks, "score": sum(ok for _, ok, _ in checks),
            "change": change, "pace": p, "draft": draft_checks}


def view(a: dict, r: dict) -> list:
    p, d = r["pace"], r["draft"]
    missing = [name for name, ok in (("skaitlis", d["number"]), ("termiņš", d["deadline"])) if not ok]
    before = (f"Pirms: „{a['draft']}”\n\nPēc: „{r['goal']}”\n\n"
              + ("Uzmetumā trūka: " + ", ".join(missing) + "." if missing else "Uzmetumā jau bija skaitlis un termiņš.")
              + (" Neskaidri vārdi uzmetumā: " + ", ".join(d["vague"]) + "." if d["vague"] else ""))
    blocks = [
        Text("Jūsu SMART mērķis", r["goal"]),
        views.score_metric("SMART pārbaude", r["score"], len(r["checks"])),
        Metric("Vajadzīgais temps", f"{fmt.number(p.needed, 1)} {a['unit']} mēnesī".strip(),
               f"Līdz šim: {fmt.number(p.so_far, 1)} mēnesī." if p.so_far > 0 else "Līdzšinējais temps nav norādīts."),
    ]
    blocks += [Check(label, ok, "Labi." if ok else hint) for label, ok, hint in r["checks"]]
    blocks += [
        Text("Pirms un pēc", before),
        Note("Pieci SMART kritēriji un piemērs ar +200 e-pasta abonentiem: rokasgrāmata, sadaļa „Mārketings”, "
             "apakšsadaļa „Uzstādīt sasniedzamus mērķus”. Robeža „ne vairāk kā divreiz ātrāk nekā līdz šim” ir "
             "šīs darblapas pieņēmums, nevis rokasgrāmatas skaitlis."),
    ]
    return blocks


EXERCISE = Exercise(
    id="E33",
    title="SMART mērķu veidotājs",
    chapter=15,
    intro=(
        "Ierakstiet savu mērķi tā, kā to šobrīd domājat, un tad sadaliet to pa daļām: rezultāts, skaitļi, paņēmiens, "
        "nozīme un termiņš. Darblapa pārbauda piecus SMART kritērijus un saliek pārbaudāmu mērķi, pēc kura varēsiet "
        "pieņemt lēmumus."
    ),
    fields=[
        LongTextField("draft", "Mērķa uzmetums", "Kā jūs to teiktu tagad, piemēram, „gribu paplašināt e-pasta sarakstu”.",
                      default="Gribu paplašināt e-pasta sarakstu.", max_length=500),
        TextField("result", "Kāds rezultāts? (S)", "Ko tieši mainīsiet, piemēram, „e-pasta abonentu skaitu”.",
                  default="e-pasta abonentu skaitu", max_length=150),
        NumberField("current", "Pašreizējais skaitlis (M)", default="150", maximum=100_000_000),
        NumberField("target", "Mērķa skaitlis (M)", default="350", maximum=100_000_000),
        TextField("unit", "Mērvienība", "Piemēram, „abonenti”, „pasūtījumi”, „€”.", default="abonenti", max_length=40),
        TextField("measure", "Kur redzēsiet progresu? (M)", default="abonentu skaits e-pasta rīkā", max_length=150),
        TextField("method", "Kā to sasniegsiet? (A)", "Konkrēts paņēmiens vai resurss.",
                  default="piedāvājot vietnē bezmaksas linu kopšanas ceļvedi apmaiņā pret pierakstīšanos",
                  max_length=200),
        NumberField("pace_so_far", "Līdzšinējais pieaugums mēnesī (A)", "Cik vienību mēnesī pieauga līdz šim; "
                    "0, ja nezināt.", default="30", required=False, maximum=100_000_000),
        TextField("relevance", "Kāpēc tas svarīgi jūsu biznesam? (R)",
                  default="e-pasts ir mans galvenais atkārtotu pirkumu kanāls", max_length=200),
        TextField("deadline", "Termiņš (T)", "Datums vai mēnesis, piemēram, „30. jūnijam”.", default="30. jūnijam",
                  max_length=60),
        IntegerField("months", "Mēneši līdz termiņam", default="6", minimum=1, maximum=60, ),
        ChoiceField("review", "Cik bieži pārbaudīsiet progresu?", default=REVIEWS[1], options=REVIEWS),
    ],
    compute=compute,
    view=view,
)
