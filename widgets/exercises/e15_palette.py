"""E15 Krāsu palete un tipogrāfija (chapter 8)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Metric, Note, Swatches
from ..calc.contrast import AA, AAA, check
from ..exercise import ComputationError, Exercise
from ..fields import ChoiceField, ColorField, TextField

# Fonts every computer has, or generic families: nothing is fetched from another host.
FONTS = {
    "Georgia (ar serifiem)": "Georgia, 'Times New Roman', serif",
    "Times New Roman (ar serifiem)": "'Times New Roman', Times, serif",
    "Palatino (ar serifiem)": "Palatino, 'Palatino Linotype', 'Book Antiqua', serif",
    "Helvetica vai Arial (bez serifiem)": "Helvetica, Arial, sans-serif",
    "Verdana (bez serifiem)": "Verdana, Geneva, sans-serif",
    "Trebuchet MS (bez serifiem)": "'Trebuchet MS', Tahoma, sans-serif",
    "DejaVu Sans (bez serifiem)": "'DejaVu Sans', sans-serif",
    "Rokraksta stils (cursive)": "cursive",
    "Vienāda platuma (monospace)": "monospace",
}
FONT_NAMES = list(FONTS)
# every Latvian letter with a diacritic: ā č ē ģ ī ķ ļ ņ š ū ž
SAMPLE = "Ņinas ģimenes šķūnī žūst čaklu roku virpotas krūzes ar ļoti smalku ķiršu ēnas glazūru un māla smaržu."


def _ratio(value: float) -> str:
    return f"{fmt.number(value, 2)} : 1"


def _yes(ok: bool) -> str:
    return "atbilst" if ok else "neatbilst"


def compute(a: dict) -> dict:
    if a["text"] == a["background"]:
        raise ComputationError("Teksta un fona krāsa ir vienāda: tekstu nevarēs izlasīt. Izvēlieties atšķirīgas krāsas.")
    names = [n.strip() for n in (a["names"] or "").replace(";", ",").split(",") if n.strip()]
    colours = [("Teksts", a["text"]), ("Fons", a["background"])] + ([("Akcents", a["accent"])] if a["accent"] else [])
    labelled = [(names[i] if i < len(names) else role, code) for i, (role, code) in enumerate(colours)]
    pairs = [("Teksts uz fona", check(a["text"], a["background"]))]
    if a["accent"]:
        pairs.append(("Akcents uz fona (virsraksti, pogas)", check(a["accent"], a["background"])))
    fonts = [a["heading_font"]] if a["heading_font"] == a["body_font"] else [a["heading_font"], a["body_font"]]
    return {"colours": labelled, "pairs": pairs, "fonts": fonts, "hex": [code for _, code in colours]}


def view(a: dict, r: dict) -> list:
    sample = a["sample"] or SAMPLE
    rows = [[name, f"{c.text} / {c.background}", _ratio(c.ratio), _yes(c.aa), _yes(c.aa_large), _yes(c.aaa),
             _yes(c.aaa_large)] for name, c in r["pairs"]]
    main = r["pairs"][0][1]
    blocks = [
        Swatches(f"Virsraksti: {a['heading_font']}", r["colours"], sample, FONTS[a["heading_font"]]),
        Swatches(f"Pamatteksts: {a['body_font']}", r["colours"], sample, FONTS[a["body_font"]]),
        views.table("Kontrasts pēc WCAG 2.1", ["Pāris", "Krāsas", "Attiecība",
                                               f"AA parastam tekstam ({_ratio(AA[0])})",
                                               f"AA lielam tekstam ({_ratio(AA[1])})",
                                               f"AAA parastam tekstam ({_ratio(AAA[0])})",
                                               f"AAA lielam tekstam ({_ratio(AAA[1])})"],
                    rows, [None] * 7),
        Metric("Teksta un fona kontrasts", _ratio(main.ratio), "AA parastam tekstam vajag vismaz 4,5 : 1."),
        Check("Pamatteksts lasāms (AA, 4,5 : 1)", main.aa,
              "Labi: tekstu varēs izlasīt arī telefonā." if main.aa
              else "Padariet tekstu tumšāku vai fonu gaišāku: kontrasts ir par mazu."),
    ]
    if a["accent"]:
        accent = r["pairs"][1][1]
        blocks.append(Check("Akcents der lielam tekstam (AA, 3 : 1)", accent.aa_large,
                            "Labi: akcenta krāsu var lietot virsrakstiem un pogām." if accent.aa_large
                            else "Akcenta krāsu lietojiet tikai rotājumiem, ne tekstam."))
    blocks.append(Check("Virsrakstiem un pamattekstam atšķirīgi burtveidoli", len(r["fonts"]) == 2,
                        "Labi: izteiksmīgs virsrakstiem, vienkāršs pamattekstam." if len(r["fonts"]) == 2
                        else "Apsveriet izteiksmīgāku burtveidolu virsrakstiem un tīru pamattekstam."))
    blocks.append(Note("2–3 primārās krāsas un 2–3 burtveidoli: rokasgrāmata, sadaļa „Vizuālās identitātes "
                       "izstrāde”. Kontrasta formula un robežas: W3C tīmekļa satura pieejamības vadlīnijas "
                       "WCAG 2.1 (1.4.3. un 1.4.6. kritērijs)."))
    return blocks


def profile_out(a: dict, r: dict) -> dict:
    return {"brand_hex_colours": r["hex"], "brand_fonts": r["fonts"]}


EXERCISE = Exercise(
    id="E15",
    title="Krāsu palete un tipogrāfija",
    chapter=8,
    intro=(
        "Izvēlieties 2–3 zīmola krāsas un divus burtveidolus. Darblapa parāda paraugu ar latviešu burtiem un "
        "aprēķina teksta un fona kontrastu: ja tas ir par mazu, pircējs telefonā jūsu tekstu neizlasīs."
    ),
    fields=[
        TextField("names", "Krāsu nosaukumi", "Ņemts no E13: teksta, fona un akcenta krāsas nosaukums, ar komatiem.",
                  default="māla brūns, krēmbalts, meža zaļš", max_length=150, required=False, profile="brand_colours"),
        ColorField("text", "Teksta krāsa", "Krāsas kods formā #RRGGBB.", default="#4A2C1A"),
        ColorField("background", "Fona krāsa", default="#FAF3E0"),
        ColorField("accent", "Akcenta krāsa", "Virsrakstiem, pogām, iepakojuma lentei.", default="#2E5E4E",
                   required=False),
        ChoiceField("heading_font", "Virsrakstu burtveidols", default=FONT_NAMES[0], options=FONT_NAMES),
        ChoiceField("body_font", "Pamatteksta burtveidols", default=FONT_NAMES[3], options=FONT_NAMES),
        TextField("sample", "Parauga teksts", "Teksts ar garumzīmēm un mīkstinājuma zīmēm.", default=SAMPLE,
                  max_length=160, required=False),
    ],
    compute=compute,
    view=view,
    profile_out=profile_out,
)
