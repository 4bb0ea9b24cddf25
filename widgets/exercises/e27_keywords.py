"""E27 Atslēgvārdu plāns (chapter 13): broad, specific, regional and seasonal terms → keyword table and titles."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Metric, Note, Text
from ..calc import listing
from ..exercise import ComputationError, Exercise
from ..fields import LongTextField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļa „SEO atslēgvārdi” (plaši, specifiski, reģionāli un sezonāli termini); "
          "nosaukuma paraugs — šīs grāmatas 13. nodaļa. Nosaukuma garuma robeža 140 rakstzīmes ir Etsy noteikumi, "
          "nevis rokasgrāmatas skaitlis: pārbaudiet Etsy aktuālo noteikumu.")

# (field, Latvian type, what to expect, where to use) — chapter 13, table „Atslēgvārdu veidi”
TYPES = (
    ("broad", "Plašs termins", "meklē daudzi, bet konkurence milzīga", "nosaukuma sākumā, birkās"),
    ("specific", "Specifisks apraksts", "meklē mazāk, bet pērk biežāk", "nosaukumā, apraksta pirmajā teikumā"),
    ("regional", "Reģionāls termins", "der, ja atbilst jūsu darbam", "nosaukumā, aprakstā, birkās"),
    ("seasonal", "Sezonāls vai aktuāls", "der noteiktā gada laikā; atjaunojiet laikus", "birkās, nosaukumā sezonā"),
)
SPECIFIC_MIN_WORDS = 3  # a specific (long-tail) term: three or more words, as in the handbook's examples


def compute(a: dict) -> dict:
    terms = {key: listing.split_terms(a[key]) for key, *_ in TYPES}
    rows, seen, duplicates = [], set(), []
    for key, label, expect, where in TYPES:
        for term in terms[key]:
            if term.lower() in seen:
                duplicates.append(term)
                continue
            seen.add(term.lower())
            rows.append({"type": label, "term": term, "words": len(term.split()), "expect": expect, "where": where})
    if not rows:
        raise ComputationError("Ierakstiet vismaz vienu atslēgvārdu.")
    first = {key: (terms[key][0] if terms[key] else "") for key, *_ in TYPES}
    main = first["broad"] or first["specific"] or rows[0]["term"]
    # the book's title pattern: what it is + main feature or material + technique or origin + use or occasion
    titles = []
    for candidate in (
        listing.title(main, a["feature"], first["regional"], first["seasonal"]),
        listing.title(first["specific"] or main, first["regional"]),
        listing.title(main, first["seasonal"], first["regional"]),
    ):
        if candidate and candidate not in titles:
            titles.append(candidate)
    return {
        "rows": rows,
        "terms": terms,
        "main": main,
        "duplicates": duplicates,
        "titles": [(t, len(t), len(t) <= listing.ETSY_TITLE_MAX) for t in titles],
        "short_specific": [t for t in terms["specific"] if len(t.split()) < SPECIFIC_MIN_WORDS],
        "empty_types": [label for key, label, *_ in TYPES if not terms[key]],
    }


def view(a: dict, r: dict) -> list:
    limit = listing.ETSY_TITLE_MAX
    too_long = [t for t, _n, ok in r["titles"] if not ok]
    title_text = "\n".join(f"{i}. {t} (garums: {fmt.integer(n)} no {fmt.integer(limit)} rakstzīmēm)"
                           for i, (t, n, _ok) in enumerate(r["titles"], start=1))
    blocks = [
        Metric("Atslēgvārdi plānā", fmt.integer(len(r["rows"])), f"Galvenais: „{r['main']}”."),
        views.table("Atslēgvārdu tabula", ["Veids", "Atslēgvārds", "Vārdi", "Ko sagaidīt", "Kur izmantot"],
                    [(x["type"], x["term"], x["words"], x["expect"], x["where"]) for x in r["rows"]],
                    [None, None, "integer", None, None]),
        Text(f"Nosaukuma varianti: {a['product']}", title_text),
        Check("Visi četri atslēgvārdu veidi", not r["empty_types"],
              "Trūkst: " + ", ".join(r["empty_types"]).lower() + "." if r["empty_types"]
              else "Labi: jums ir plaši, specifiski, reģionāli un sezonāli termini."),
        Check(f"Nosaukumi nepārsniedz {fmt.integer(limit)} rakstzīmes (Etsy noteikumi)", not too_long,
              f"Par garu: {len(too_long)} varianti. Saīsiniet īpašību vai izmetiet sezonālo terminu." if too_long
              else "Visi varianti iekļaujas Etsy nosaukuma garumā."),
        Check(f"Specifiskie apraksti ir vismaz {SPECIFIC_MIN_WORDS} vārdi", not r["short_specific"],
              "Papildiniet: " + ", ".join(f"„{t}”" for t in r["short_specific"]) + " — precīzs apraksts ir garāks."
              if r["short_specific"] else "Labi: specifiskie apraksti ir pietiekami precīzi."),
        Check("Nav atkārtotu atslēgvārdu", not r["duplicates"],
              "Atkārtojas: " + ", ".join(f"„{t}”" for t in r["duplicates"]) + "." if r["duplicates"]
              else "Katrs atslēgvārds ir tikai vienreiz."),
        Note("Svarīgākais atslēgvārds lai ir nosaukuma sākumā un apraksta pirmajā teikumā. Neatkārtojiet vienu "
             "vārdu daudzkārt: meklētājprogrammas to uzskata par manipulāciju."),
        Note(SOURCE),
    ]
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"keywords": [x["term"] for x in r["rows"]]}


EXERCISE = Exercise(
    id="E27",
    title="Atslēgvārdu plāns",
    chapter=13,
    intro=(
        "Sarakstiet vārdus, ko jūsu pircēji raksta meklētājā: plašus, specifiskus, reģionālus un sezonālus. "
        "Vingrinājums tos sakārto tabulā un ieteiks nosaukumus, lai pircēji jūsu darbus atrastu Etsy un Google."
    ),
    fields=[
        TextField("product", "Produkts", default="Keramikas krūze", max_length=120, profile="product_name"),
        LongTextField("broad", "Plaši termini", "Viens rindā vai atdalīti ar komatu, piemēram, „keramikas krūze”.",
                      default="keramikas krūze\nroku darba krūze", max_length=600),
        LongTextField("specific", "Specifiski apraksti", "Garāki, precīzi meklējumi: vismaz trīs vārdi.",
                      default="pelēkzila keramikas kafijas krūze 350 ml", max_length=600, required=False),
        LongTextField("regional", "Reģionāli termini", "Piemēram, „Latgales keramika”, „latviešu raksti”.",
                      default="Latgales keramika", max_length=600, required=False),
        LongTextField("seasonal", "Sezonāli vai aktuāli termini", "Piemēram, „Ziemassvētku dāvana”, „kāzu dāvana”.",
                      default="dāvana kafijas mīļotājam", max_length=600, required=False),
        TextField("feature", "Galvenā īpašība vai materiāls", "Ko ielikt nosaukumā aiz galvenā vārda.",
                  default="roku darbs, pelēkzila glazūra", max_length=120, required=False),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
