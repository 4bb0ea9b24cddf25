"""E26 Produkta apraksta veidotājs (chapter 13): the seven-part formula and specifications → a description."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Note, Text
from ..calc import listing, text
from ..exercise import ComputationError, Exercise
from ..fields import LongTextField, TextField

SOURCE = ("Avots: rokasgrāmata, sadaļas „Efektīvu produktu aprakstu formula” (septiņas daļas) un „Tehniskās "
          "specifikācijas prasības”. Garuma orientieri ir šīs darba burtnīcas ieteikums, nevis rokasgrāmatas.")

# the chapter's example, mug „Rīta migla” (chapter 13, „Septiņu daļu formula”)
PART_HELP = {
    "hook": ("Saistošs pirmais teikums, kas parāda darba būtību.",
             "Krūze, kas silda plaukstas tik ilgi kā saruna pie rīta kafijas"),
    "benefits": ("Kā priekšmets liks pircējam justies vai uzlabos viņa ikdienu.",
                 "Tās gludā glazūra patīkami guļ rokā, un katrs rīts sākas nedaudz lēnāk un mierīgāk"),
    "craft": ("Metodes, prasmes un laiks, kas ieguldīts darbā.",
              "Katru krūzi es virpoju uz podnieka ripas savā darbnīcā un apdedzinu divreiz"),
    "materials": ("Īpaši vai ilgtspējīgi materiāli un to īpašības.",
                  "Izmantoju vietējo sarkano mālu un svinu nesaturošu glazūru, kas ir droša pārtikai"),
    "practical": ("Izmēri, svars, kopšana un funkcionālās detaļas vienā teikumā (sīkāk — specifikācijās).",
                  "Tilpums 350 ml, drīkst mazgāt trauku mazgājamajā mašīnā"),
    "story": ("Iedvesma, tradīcija vai personīga pieredze.",
              "Glazūras pelēkzilo toni iedvesmoja rudens migla pār upi, ko redzu pa darbnīcas logu"),
    "cta": ("Godīgs mudinājums pirkt: ja rakstāt „palikuši tikai trīs”, tad tā arī jābūt.",
            "Šajā apdedzināšanas reizē tapa 12 krūzes — nākamā partija būs tikai pēc mēneša"),
}
SPEC_DEFAULTS = {
    "dimensions": "augstums 10 cm, diametrs 8 cm, tilpums 350 ml",
    "weight": "380 g",
    "composition": "sarkanais māls, svinu nesaturoša glazūra",
    "care": "drīkst mazgāt trauku mazgājamajā mašīnā",
    "lead_time": "",
    "variants": "",
    "use": "",
}
SPEC_HELP = {
    "dimensions": "Augstums, platums, garums, diametrs.",
    "weight": "Svarīgs piegādes izmaksām.",
    "composition": "Vajadzības gadījumā ar procentiem, piemēram, 70 % vilna, 30 % lini.",
    "care": "Mazgāšana, kopšana, apkope.",
    "lead_time": "Piemēram, „izgatavoju 5 darba dienās, piegāde Latvijā 2–3 dienas”.",
    "variants": "Krāsas, izmēri, gravējums.",
    "use": "Piemēram, „nav paredzēts mikroviļņu krāsnij”.",
}


def _parts(a: dict) -> dict:
    return {key: a[key] for key, _ in listing.FORMULA}


def _specs(a: dict) -> dict:
    return {key: a[f"spec_{key}"] for key, _ in listing.SPECS}


def compute(a: dict) -> dict:
    parts, specs = _parts(a), _specs(a)
    description = listing.assemble(parts, specs)
    if not description:
        raise ComputationError("Aizpildiet vismaz vienu formulas daļu vai specifikāciju.")
    prose = " ".join(text.sentence(v) for v in parts.values() if v)
    name_words = [w.lower() for w in text.words(a["product"]) if len(w) >= 4]
    first = text.sentences(prose)[0].lower() if prose.strip() else ""
    return {
        "description": description,
        "missing_parts": listing.missing(parts, listing.FORMULA),
        "missing_specs": listing.missing(specs, listing.SPECS),
        "stats": text.readability(prose),
        "repeated": text.repeated_words(description),
        "vague": text.vague_words(prose),
        "name_in_opening": bool(name_words) and any(w[:5] in first for w in name_words),
    }


def view(a: dict, r: dict) -> list:
    st = r["stats"]
    words = st["words"]
    if words < listing.SHORT_WORDS:
        length_msg = f"{fmt.integer(words)} vārdi: apraksts ir īss, pircējam var palikt neatbildēti jautājumi."
    elif words > listing.LONG_WORDS:
        length_msg = f"{fmt.integer(words)} vārdi: apraksts ir garš; svarīgāko ielieciet pirmajos teikumos."
    else:
        length_msg = f"{fmt.integer(words)} vārdi: labs garums."
    done = len(listing.FORMULA) - len(r["missing_parts"])
    blocks = [
        views.score_metric("Formulas daļas", done, len(listing.FORMULA)),
        views.score_metric("Specifikācijas", len(listing.SPECS) - len(r["missing_specs"]), len(listing.SPECS)),
        Text(f"Apraksts: {a['product']}", r["description"]),
        Check("Visas septiņas formulas daļas", not r["missing_parts"],
              "Trūkst: " + ", ".join(r["missing_parts"]).lower() + ". Ja kāda daļa trūkst, pircējam paliek neatbildēts jautājums."
              if r["missing_parts"] else "Labi: apraksts atbild uz visiem formulas jautājumiem."),
        Check("Visas tehniskās specifikācijas", not r["missing_specs"],
              "Trūkst: " + ", ".join(r["missing_specs"]).lower() + "." if r["missing_specs"]
              else "Labi: pircējs atradīs visas praktiskās ziņas."),
        Check(f"Garums {fmt.integer(listing.SHORT_WORDS)}–{fmt.integer(listing.LONG_WORDS)} vārdi",
              listing.SHORT_WORDS <= words <= listing.LONG_WORDS, length_msg),
        Check(f"Teikumi nav pārāk gari (vidēji līdz {listing.LONG_SENTENCE_WORDS} vārdiem)",
              st["words_per_sentence"] <= listing.LONG_SENTENCE_WORDS,
              f"Vidēji {fmt.number(st['words_per_sentence'], 1)} vārdi teikumā; telefonā īsus teikumus lasīt vieglāk."),
        Check("Nav atkārtotu vārdu", not r["repeated"],
              "Bieži atkārtojas: " + ", ".join(f"„{w}” ({n}×)" for w, n in r["repeated"][:5])
              + ". Meklētājprogrammas atkārtošanu uzskata par manipulāciju." if r["repeated"]
              else "Labi: vārdi neatkārtojas pārāk bieži."),
        Check("Produkta nosaukums pirmajā teikumā", r["name_in_opening"],
              "Labi: galvenais vārds ir jau sākumā." if r["name_in_opening"]
              else "Ielieciet galveno atslēgvārdu (piemēram, „krūze”) apraksta pirmajā teikumā."),
    ]
    if r["vague"]:
        blocks.append(Note("Vārdi, kas pircējam neko nepasaka: " + ", ".join(r["vague"])
                           + ". Aizstājiet tos ar faktu — materiālu, izmēru, tehniku.", "warning"))
    blocks.append(Note(SOURCE))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"product_description": r["description"]}


EXERCISE = Exercise(
    id="E26",
    title="Produkta apraksta veidotājs",
    chapter=13,
    intro=(
        "Aizpildiet septiņas formulas daļas un tehniskās specifikācijas: vingrinājums saliks aprakstu un parādīs, kas "
        "vēl trūkst. Tiešsaistē pircējs nevar jūsu darbu paņemt rokās, tāpēc apraksts ir viņa vienīgās „rokas”."
    ),
    fields=[
        TextField("product", "Produkts", default="Roku darba krūze „Rīta migla”", max_length=120, profile="product_name"),
        *[LongTextField(key, f"{name} ({i}. daļa)", PART_HELP[key][0], default=PART_HELP[key][1], max_length=600,
                        required=False)
          for i, (key, name) in enumerate(listing.FORMULA, start=1)],
        *[TextField(f"spec_{key}", f"Specifikācija: {name.lower()}", SPEC_HELP[key], default=SPEC_DEFAULTS[key],
                    max_length=200, required=False)
          for key, name in listing.SPECS],
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
