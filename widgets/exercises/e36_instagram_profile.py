"""E36 Instagram profila optimizācija (chapter 16): bio and hashtag sets → checks and the hashtag mix."""

from __future__ import annotations

import difflib
import re
import unicodedata

from .. import fmt, views
from ..blocks import Chart, Check, Metric, Note, Text
from ..calc.scoring import checklist
from ..calc.social import BIO_MAX, MIDDLE, NICHE, NICHE_RANGE, POPULAR, POPULAR_MIN, SMALL, hashtag_size, normalise_tag
from ..calc.text import words
from ..exercise import Exercise
from ..fields import ChecklistField, ChoiceField, IntegerField, LongTextField, TableField, TextField

CRAFT_TAG, BRAND_TAG, PLACE_TAG = "Amata vai produkta", "Zīmola", "Vietas"
COLUMNS = [
    TextField("tag", "Tēmturis", default="", max_length=60),
    IntegerField("posts", "Ierakstu skaits", "Ko rāda Instagram meklēšana", default="0", maximum=10_000_000_000),
    ChoiceField("kind", "Veids", default=CRAFT_TAG, options=[CRAFT_TAG, BRAND_TAG, PLACE_TAG]),
]
# Illustrative counts: the learner types what Instagram's search shows today.
DEFAULT_TAGS = [
    ("#ceramics", "20000000", CRAFT_TAG), ("#handmadepottery", "4000000", CRAFT_TAG),
    ("#woodfiredpottery", "45000", CRAFT_TAG), ("#latvianceramics", "12000", CRAFT_TAG),
    ("#malamaja", "40", BRAND_TAG), ("#latgale", "150000", PLACE_TAG),
]
PROFILE_ITEMS = [
    "Lietotājvārds vienāds visās platformās",
    "Profila attēls: logotips vai atpazīstams produkts",
    "Kontaktinformācija: e-pasts, tālrunis, vieta",
    "Saite uz e-veikalu vai saišu rīku",
    "Izceltie stāsti: jautājumi, produkti, process",
]
CTA_STEMS = ("saite", "saiti", "pasūt", "raksti", "rakstiet", "ziņo", "veikal", "apskat", "piesakies", "dm", "link")
_USERNAME = re.compile(r"^[a-z0-9._]{1,30}$")  # Instagram's rule: letters, digits, points, underscores, ≤ 30


def _ascii(text: str) -> str:
    """Lower case, Latvian letters without marks, only letters and digits."""
    text = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def _mentions(text: str, phrase: str) -> bool:
    """Whether ``text`` uses any content word of ``phrase`` (compared by its first five letters)."""
    stems = {w[:5] for w in words((phrase or "").lower()) if len(w) >= 4}
    return any(w[:5] in stems for w in words((text or "").lower()))


def compute(a: dict) -> dict:
    bio = a["bio"]
    tags, seen, duplicates = [], set(), []
    for row in a["hashtags"]:
        tag = normalise_tag(row["tag"])
        if tag in seen:
            duplicates.append(tag)
        seen.add(tag)
        tags.append({**row, "tag": tag, "size": hashtag_size(row["posts"])})
    sizes = {s: sum(1 for t in tags if t["size"] == s) for s in (POPULAR, NICHE, MIDDLE, SMALL)}
    kinds = {k: sum(1 for t in tags if t["kind"] == k) for k in (CRAFT_TAG, BRAND_TAG, PLACE_TAG)}
    username = a["username"].lstrip("@").lower()
    name = _ascii(a["business_name"])
    similar = bool(name) and (name in _ascii(username) or
                              difflib.SequenceMatcher(None, name, _ascii(username)).ratio() >= 0.6)
    low_bio = bio.lower()
    return {
        "length": len(bio),
        "bio_ok": len(bio) <= BIO_MAX,
        "location_ok": _mentions(bio, a["location"]),
        "usp_ok": not a["usp_statement"] or _mentions(bio, a["usp_statement"]),
        "cta_ok": any(w.startswith(CTA_STEMS) for w in words(low_bio)),
        "username_ok": bool(_USERNAME.match(username)),
        "username_similar": similar,
        "tags": tags,
        "sizes": sizes,
        "kinds": kinds,
        "duplicates": duplicates,
        "profile": checklist(PROFILE_ITEMS, a["profile_items"]),
    }


def view(a: dict, r: dict) -> list:
    sizes, kinds = r["sizes"], r["kinds"]
    n_low, n_high = NICHE_RANGE
    tag_line = " ".join(t["tag"] for t in r["tags"])
    rows = [[t["tag"], t["posts"], t["size"], t["kind"]] for t in r["tags"]]
    balanced = sizes[POPULAR] >= 1 and sizes[NICHE] >= 1
    return [
        Metric("Apraksta garums", f"{fmt.integer(r['length'])} no {BIO_MAX} rakstzīmēm"),
        Check(f"Apraksts līdz {BIO_MAX} rakstzīmēm", r["bio_ok"],
              "Labi." if r["bio_ok"] else f"Saīsiniet par {fmt.integer(r['length'] - BIO_MAX)} rakstzīmēm."),
        Check("Aprakstā minēta atrašanās vieta", r["location_ok"],
              "Labi." if r["location_ok"] else f"Pievienojiet vietu, piemēram, „{a['location'] or 'Rēzekne'}”."),
        Check("Aprakstā atspoguļots jūsu piedāvājums", r["usp_ok"],
              "Labi." if r["usp_ok"] else "Izmantojiet kādu atslēgvārdu no sava piedāvājuma teksta (E04)."),
        Check("Aprakstā ir aicinājums uz darbību", r["cta_ok"],
              "Labi." if r["cta_ok"] else "Pievienojiet, piemēram, „Pasūtījumi – saite zemāk”."),
        Check("Lietotājvārds atbilst Instagram noteikumiem", r["username_ok"],
              "Labi." if r["username_ok"] else "Tikai latīņu burti bez garumzīmēm, cipari, punkti un pasvītras, "
              "ne vairāk kā 30 rakstzīmes."),
        Check("Lietotājvārds tuvs uzņēmuma nosaukumam", r["username_similar"],
              "Labi: pircēji jūs atpazīs." if r["username_similar"]
              else f"Izvēlieties lietotājvārdu, kas atgādina „{a['business_name']}”."),
        views.table("Tēmturi", ["Tēmturis", "Ierakstu skaits", "Lielums", "Veids"], rows,
                    [None, "integer", None, None]),
        Chart("bar", "Tēmturu maisījums pēc lieluma", [POPULAR, NICHE, "Starp abiem", SMALL],
              {"Tēmturi": [sizes[POPULAR], sizes[NICHE], sizes[MIDDLE], sizes[SMALL]]},
              xlabel="Lielums pēc ierakstu skaita", ylabel="Tēmturi"),
        Metric("Populārie un nišas tēmturi", f"{sizes[POPULAR]} : {sizes[NICHE]}",
               f"Vēl {sizes[MIDDLE]} starp abiem un {sizes[SMALL]} mazi (zem {fmt.integer(n_low)} ierakstu)."),
        Check("Līdzsvars: gan populārie, gan nišas tēmturi", balanced,
              "Labi: plaša sasniedzamība un ieinteresēta auditorija." if balanced
              else f"Vajag abus: populāros (vairāk nekā {fmt.integer(POPULAR_MIN)} ierakstu) un nišas "
              f"({fmt.integer(n_low)}–{fmt.integer(n_high)} ierakstu)."),
        Check("Ir zīmola tēmturis", kinds[BRAND_TAG] >= 1,
              "Labi: mudiniet pircējus to lietot." if kinds[BRAND_TAG] else "Izveidojiet savu zīmola tēmturi."),
        Check("Ir vietas tēmturis", kinds[PLACE_TAG] >= 1,
              "Labi." if kinds[PLACE_TAG] else "Pievienojiet pilsētas, novada vai valsts tēmturi."),
        Check("Tēmturi neatkārtojas", not r["duplicates"],
              "Labi." if not r["duplicates"] else "Atkārtojas: " + ", ".join(sorted(set(r["duplicates"]))) + "."),
        views.score_metric("Profila elementi", len(r["profile"].done), len(PROFILE_ITEMS), r["profile"].level),
        Text("Apraksts un tēmturu komplekts", f"{a['bio']}\n\n{tag_line}"),
        Note("150 rakstzīmes, profila elementi un tēmturu lielumi (populārie – vairāk nekā 100 000 ierakstu, nišas – "
             "10 000–50 000): rokasgrāmata, sadaļa „Instagram”; vietas tēmturi: sadaļa „Sociālie mediji”. "
             "Piemēra ierakstu skaiti ir ilustratīvi: ierakstiet tos, ko rāda Instagram meklēšana."),
    ]


EXERCISE = Exercise(
    id="E36",
    title="Instagram profila optimizācija",
    chapter=16,
    intro=(
        "Ierakstiet sava Instagram profila aprakstu un tēmturus ar to ierakstu skaitu. Darblapa pārbauda apraksta "
        "garumu un saturu un to, vai tēmturu maisījums sasniedz gan plašu, gan ieinteresētu auditoriju."
    ),
    fields=[
        TextField("business_name", "Uzņēmuma nosaukums", default="Māla māja", max_length=80, profile="business_name"),
        TextField("username", "Lietotājvārds", "Piemēram, „mala.maja”.", default="mala.maja", max_length=60),
        TextField("location", "Atrašanās vieta", default="Rēzekne", max_length=80, required=False, profile="location"),
        LongTextField("usp_statement", "Jūsu piedāvājums", "Ņemts no E04, ja to aizpildījāt.",
                      default="Māla māja rada roku darinātas krūzes un bļodas no vietējā Latgales māla.",
                      required=False, max_length=2000, profile="usp_statement"),
        LongTextField("bio", "Profila apraksts", "Līdz 150 rakstzīmēm: specialitāte, vieta, piedāvājums, aicinājums.",
                      default="Roku darba krūzes un bļodas no Latgales māla, Rēzekne. Virpotas uz ripas, apdedzinātas malkas "
                              "krāsnī. Pasūtījumi visā ES – saite zemāk", max_length=600),
        TableField("hashtags", "Tēmturi", "Līdz 30 tēmturiem ar to ierakstu skaitu.", columns=COLUMNS, min_rows=1,
                   max_rows=30, default=[dict(zip(["tag", "posts", "kind"], row)) for row in DEFAULT_TAGS]),
        ChecklistField("profile_items", "Kas profilā jau ir?", options=PROFILE_ITEMS, default=PROFILE_ITEMS[:3]),
    ],
    compute=compute,
    view=view,
)
