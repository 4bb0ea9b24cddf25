"""E56 Klientu apmierinātība (NPS) (chapter 25): survey scores → NPS, CSAT and the distribution chart."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note
from ..calc import satisfaction
from ..exercise import ComputationError, Exercise
from ..fields import MAX_TEXT, LongTextField

SOURCE = ("Avots: NPS jautājums (skala 0–10) — „Klientu apkalpošana e-komercijas jomā: 6 paraugprakses pircēju "
          "lojalitātes veicināšanai”, sadaļa „Izsekojiet un uzlabojiet savu klientu apkalpošanu”; NPS un CSAT "
          "formulas ir standarta definīcijas.")

# chapter 25's worked example: 20 buyers; 12 gave 9–10, 5 gave 7–8, 3 gave 0–6 → NPS 45; 17 of 20 gave 4–5 → CSAT 85 %
DEFAULT_NPS = "10 9 10 8 9 10 6\n9 7 10 9 8 10 3\n9 10 8 7 9 5"
DEFAULT_CSAT = "5 5 4 5 3 4 5\n5 4 5 2 4 5 4\n5 5 3 4 5 4"


def signed(value: float) -> str:
    """NPS with its sign: ``+45``, ``0``, ``−12,5``."""
    return ("+" if value > 0 else "−" if value < 0 else "") + fmt.number(abs(value), 1)


def compute(a: dict) -> dict:
    try:
        nps_scores = satisfaction.parse_scores(a["nps_scores"], 0, 10)
    except satisfaction.ScoreError as err:
        raise ComputationError(f"Ieteikšanas vērtējumi: {err}") from None
    try:
        csat_scores = satisfaction.parse_scores(a["csat_scores"], 1, 5)
    except satisfaction.ScoreError as err:
        raise ComputationError(f"Apmierinātības vērtējumi: {err}") from None
    if not nps_scores:
        raise ComputationError("Ievadiet vismaz vienu ieteikšanas vērtējumu no 0 līdz 10.")
    result = satisfaction.nps(nps_scores)
    return {
        "nps": result,
        "score": result.score,
        "interval": result.interval(),
        "csat": satisfaction.csat(csat_scores) if csat_scores else None,
        "csat_n": len(csat_scores),
        "csat_counts": {s: csat_scores.count(s) for s in range(1, 6)},
    }


def view(a: dict, r: dict) -> list:
    n = r["nps"]
    low, high = r["interval"]
    scores = list(range(11))
    blocks = [
        Metric("NPS", signed(r["score"]),
               f"{fmt.percent(n.promoter_pct)} ieteicēju − {fmt.percent(n.detractor_pct)} kritizētāju; "
               f"{fmt.integer(n.n)} atbildes."),
        views.table("Atbilžu sadalījums", ["Grupa", "Vērtējums", "Atbildes", "Daļa"], [
            ["Ieteicēji", "9–10", n.promoters, n.promoter_pct],
            ["Neitrālie", "7–8", n.passives, n.passive_pct],
            ["Kritizētāji", "0–6", n.detractors, n.detractor_pct],
        ], [None, None, "integer", "percent"]),
        Chart("stacked", "Ieteikšanas vērtējumu sadalījums", [str(s) for s in scores], {
            "Kritizētāji (0–6)": [n.counts[s] if s <= satisfaction.DETRACTOR_MAX else 0 for s in scores],
            "Neitrālie (7–8)": [n.counts[s] if satisfaction.DETRACTOR_MAX < s < satisfaction.PROMOTER_MIN else 0
                                for s in scores],
            "Ieteicēji (9–10)": [n.counts[s] if s >= satisfaction.PROMOTER_MIN else 0 for s in scores],
        }, xlabel="Vērtējums (0–10)", ylabel="Atbildes"),
    ]
    if r["csat"] is not None:
        blocks += [
            views.percent_metric("CSAT", r["csat"], f"Vērtējumi 4–5 no {fmt.integer(r['csat_n'])} atbildēm."),
            Chart("bar", "Apmierinātības vērtējumu sadalījums", [str(s) for s in range(1, 6)],
                  {"Atbildes": [r["csat_counts"][s] for s in range(1, 6)]}, xlabel="Vērtējums (1–5)", ylabel="Atbildes"),
        ]
    else:
        blocks.append(Note("Ievadiet arī apmierinātības vērtējumus (1–5), lai redzētu CSAT."))
    blocks += [
        Check("Ieteicēju vairāk nekā kritizētāju", r["score"] > 0,
              "Labi: NPS ir pozitīvs." if r["score"] > 0
              else "Izlasiet kritizētāju komentārus un sāciet ar biežāko problēmu (vingrinājums E58)."),
        Note(f"Ar {fmt.integer(n.n)} atbildēm NPS vēl svārstās: 95 % ticamības intervāls ir aptuveni no "
             f"{signed(low)} līdz {signed(high)}. Salīdziniet rezultātus ar saviem iepriekšējiem mērījumiem, "
             "nevis ar lielu uzņēmumu skaitļiem."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"nps": round(r["score"], 1)}


EXERCISE = Exercise(
    id="E56",
    title="Klientu apmierinātība (NPS)",
    chapter=25,
    intro=(
        "Ielīmējiet vai ierakstiet aptaujas vērtējumus: ieteikšanas jautājumam no 0 līdz 10 un apmierinātības "
        "jautājumam no 1 līdz 5. Rezultāts parāda NPS, CSAT un vērtējumu sadalījumu, lai jūs redzētu, cik "
        "pircēju jūs ieteiks citiem un cik ir neapmierināti."
    ),
    fields=[
        LongTextField("nps_scores", "Ieteikšanas vērtējumi (0–10)",
                      "„Cik ticami jūs ieteiktu mūs draugam?” Veseli skaitļi, atdalīti ar atstarpi, komatu vai jaunu rindu.",
                      default=DEFAULT_NPS, max_length=MAX_TEXT),
        LongTextField("csat_scores", "Apmierinātības vērtējumi (1–5)",
                      "„Cik apmierināts esat ar pirkumu?” Var atstāt tukšu.", default=DEFAULT_CSAT, required=False,
                      max_length=MAX_TEXT),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
