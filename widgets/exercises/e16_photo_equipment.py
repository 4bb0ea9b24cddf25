"""E16 Fotografēšanas aprīkojuma plāns (chapter 8)."""

from __future__ import annotations

from .. import fmt, views
from ..blocks import Check, Metric, Note, Text
from ..exercise import Exercise
from ..fields import ChoiceField, IntegerField, MoneyField

# Handbook, section „Produktu fotografēšana”, „Prasības aprīkojumam”: three budget tiers.
# The beginner tier is "up to about 200 €", the mid tier 300–500 €, the advanced tier over 500 €;
# a budget between 200 and 300 € still buys the beginner kit (with money left for light).
BEGINNER_MAX = 200.0
MID_RANGE = (300.0, 500.0)
TIERS = {
    "Iesācējs": ("līdz aptuveni 200 €", "Viedtālrunis ar vismaz 12 megapikseļu kameru",
                 "Salokāms gaismas kastes komplekts ar LED gaismām", "Galda statīvs, balts putuplasta dēlis, atstarotāji"),
    "Vidējais līmenis": ("300–500 €", "Iesācēju klases spoguļkamera vai bezspoguļa kamera",
                         "Divas gaismas kastes (softbox) ar difuzoriem", "Statīvs, gaismas telts, fons"),
    "Paplašinātais līmenis": ("vairāk par 500 €",
                              "Vidējās klases spoguļkamera vai bezspoguļa kamera ar makro objektīvu",
                              "Profesionāls apgaismojuma komplekts ar difuzoriem", "Statīvs, fons"),
}
# Handbook, „Apgaismojums”: lighting by material.
LIGHTING = {
    "Keramika un māls": "Maiga, izkliedēta gaisma bez asiem atspīdumiem; sānu gaisma, kas parāda faktūru un formu.",
    "Rotaslietas un metāls": "Vairāki mazi gaismas avoti atspīdumu kontrolei; gaismas telts nevēlamu atspīdumu mazināšanai.",
    "Tekstils un apģērbs": "Vienmērīga, maiga gaisma, kas precīzi parāda krāsas un detaļas; manekens vai dzīvesstila kadri.",
    "Koks": "Gaisma slīpi no sāna, kas izceļ koksnes rakstu un faktūru; silta gaismas temperatūra.",
    "Stikls": "Gaisma no aizmugures, kas parāda caurspīdīgumu; melns vai pārejas (gradienta) fons.",
}
MATERIALS = list(LIGHTING)
# Handbook, „Kompozīcija”: four kinds of shots (where to use them: this book's advice).
SHOTS = [
    ("Balts fons", "Galvenais attēls veikalā un tirgus platformā"),
    ("Dzīvesstila fotogrāfija", "Sociālie tīkli, vietnes sākumlapa, e-pasti"),
    ("Pietuvinātas detaļas", "Produkta lapas papildu attēli"),
    ("Darba procesa fotogrāfija", "Zīmola stāsts, sadaļa „Par mani”, sociālie tīkli"),
]


def tier(budget: float) -> str:
    """The handbook's equipment tier a budget buys."""
    if budget < MID_RANGE[0]:
        return "Iesācējs"
    if budget <= MID_RANGE[1]:
        return "Vidējais līmenis"
    return "Paplašinātais līmenis"


def compute(a: dict) -> dict:
    level = tier(a["budget"])
    shots = a["products"] * a["shots_per_type"] * len(SHOTS)
    return {"tier": level, "kit": TIERS[level], "lighting": LIGHTING[a["material"]], "shots": shots,
            "has_phone": a["phone"] == "Jā", "gap": BEGINNER_MAX < a["budget"] < MID_RANGE[0]}


def view(a: dict, r: dict) -> list:
    price, camera, light, extras = r["kit"]
    if r["tier"] == "Iesācējs" and r["has_phone"]:
        camera += " (jums jau ir: naudu ieguldiet gaismā)"
    plan = "\n".join([
        f"Līmenis: {r['tier']} ({price}).",
        f"Kamera: {camera}.",
        f"Apgaismojums: {light}.",
        f"Piederumi: {extras}.",
        f"Gaisma materiālam „{a['material'].lower()}”: {r['lighting']}",
    ])
    rows = [(name, where, a["products"] * a["shots_per_type"]) for name, where in SHOTS]
    blocks = [
        Metric("Jūsu aprīkojuma līmenis", r["tier"], f"Budžets {fmt.money(a['budget'])}; līmenis {price}."),
        Metric("Kadri kopā", fmt.integer(r["shots"]), "Katram izstrādājumam visi četri kadru veidi."),
        Text("Aprīkojuma un gaismas plāns", plan),
        views.table("Kadru saraksts", ["Kadra veids", "Kur izmantot", "Kadri"], rows, [None, None, "integer"]),
        Check("Apgaismojums pirms dārgas kameras", not (r["tier"] == "Iesācējs" and not r["has_phone"]),
              "Labi: ar pareizu gaismu profesionālus attēlus var uzņemt pat ar viedtālruni." if r["has_phone"]
              or r["tier"] != "Iesācējs" else "Bez viedtālruņa ar labu kameru budžets būs ļoti ciešs: sāciet ar gaismu."),
    ]
    if r["gap"]:
        blocks.append(Note("Budžets ir starp iesācēja (līdz 200 €) un vidējo (no 300 €) līmeni: pērciet iesācēja "
                           "komplektu un atlikumu ieguldiet otrā gaismas avotā vai labā fonā.", "info"))
    blocks.append(Note("Aprīkojuma līmeņi, apgaismojums pēc materiāla un četri kadru veidi: rokasgrāmata, sadaļa "
                       "„Produktu fotografēšana”. Kolonna „Kur izmantot” ir šīs grāmatas ieteikums."))
    return blocks


EXERCISE = Exercise(
    id="E16",
    title="Fotografēšanas aprīkojuma plāns",
    chapter=8,
    intro=(
        "Ievadiet fotografēšanai paredzēto budžetu un galveno materiālu. Darblapa iesaka aprīkojuma līmeni, "
        "apgaismojumu un kadru sarakstu: pircējs jūsu darbu tiešsaistē redz tikai fotogrāfijās."
    ),
    fields=[
        MoneyField("budget", "Budžets aprīkojumam", "Cik esat gatavs ieguldīt kamerā, gaismā un piederumos.",
                   default="350", maximum=20_000),
        ChoiceField("material", "Galvenais materiāls", default=MATERIALS[0], options=MATERIALS),
        ChoiceField("phone", "Vai jums ir viedtālrunis ar vismaz 12 megapikseļu kameru?", default="Jā",
                    options=["Jā", "Nē"]),
        IntegerField("products", "Izstrādājumi, ko fotografēt", default="10", minimum=1, maximum=500, unit="gab."),
        IntegerField("shots_per_type", "Kadri katram veidam", "Piemēram, balts fons no priekšpuses un sāniem: 2.",
                     default="2", minimum=1, maximum=20),
    ],
    compute=compute,
    view=view,
)
