"""Carriers, protective materials and destinations, as chapter 22 lays them out.

Sources: the handbook, section "Iepakošana un piegāde": subsection "Kurjerpakalpojumi"
(DPD, DHL, GLS, Royal Mail / International, UPS, specialised art carriers and what each
suits), subsection "Iepakošanas materiālu salīdzinājums" (protection level and
sustainability of seven materials) and subsection "Starptautiskie sūtījumi" (customs
declarations with HS codes outside the EU, OSS VAT, restricted materials, tracking and
insurance). The sources give no carrier prices: the learner types them from the
carriers' price lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

DESTINATIONS = ["Latvija", "Cita ES valsts", "Ārpus ES"]

SIZES = ["Mazs un viegls sūtījums", "Vidēja svara paka", "Īpaši vērtīgs vai lielgabarīta priekšmets"]
PRIORITIES = ["Zemāka cena", "Ātra piegāde", "Izsekošana un apdrošināšana"]


@dataclass(frozen=True)
class Carrier:
    """A carrier from the handbook's list: what it is good at (tags) and when to choose it."""

    name: str
    strengths: str
    when: str
    tags: frozenset[str]


# The handbook, "Kurjerpakalpojumi": each carrier's strengths; the tags are this workbook's reading of them.
CARRIERS = [
    Carrier("DPD", "Plašs Eiropas tīkls, laba izsekošana, saprātīgas cenas", "Vidēja svara pakas",
            frozenset({SIZES[1], "Latvija", "Cita ES valsts", "Zemāka cena", "Izsekošana un apdrošināšana"})),
    Carrier("DHL", "Augsta kvalitāte, ļoti laba izsekošana, ātrāka piegāde, spēcīgs starptautiskais tīkls",
            "Steidzami un starptautiski sūtījumi",
            frozenset({SIZES[1], "Cita ES valsts", "Ārpus ES", "Ātra piegāde", "Izsekošana un apdrošināšana"})),
    Carrier("GLS", "Izdevīgs risinājums ar labu pārklājumu Eiropā", "Standarta sūtījumi",
            frozenset({SIZES[1], "Latvija", "Cita ES valsts", "Zemāka cena"})),
    Carrier("Vietējais pasts", "Ekonomisks, ar mērenām izsekošanas iespējām (rokasgrāmatā: Royal Mail / International)",
            "Mazi un viegli sūtījumi",
            frozenset({SIZES[0], "Latvija", "Cita ES valsts", "Ārpus ES", "Zemāka cena"})),
    Carrier("UPS", "Augstas klases pakalpojums ar ļoti labām apdrošināšanas iespējām",
            "Dārgi, augstas kvalitātes izstrādājumi",
            frozenset({SIZES[1], SIZES[2], "Cita ES valsts", "Ārpus ES", "Izsekošana un apdrošināšana"})),
    Carrier("Mākslas darbu pārvadātājs", "Īpaša apiešanās ar kravu", "Īpaši vērtīgi vai lielgabarīta priekšmeti",
            frozenset({SIZES[2], "Izsekošana un apdrošināšana"})),
]
CARRIER_NAMES = [c.name for c in CARRIERS]

FRAGILITY = ["Trausls (keramika, stikls, smalki kokgriezumi)", "Vidēji izturīgs", "Izturīgs (tekstils, āda)"]


@dataclass(frozen=True)
class Material:
    """A protective material: protection level (1 low – 4 high) and sustainability, as the handbook rates it."""

    name: str
    protection: int
    protection_text: str
    sustainability: str
    eco: bool


# The handbook, "Iepakošanas materiālu salīdzinājums" (rows as reconstructed in chapter 22).
MATERIALS = [
    Material("Burbuļplēve", 4, "augsts", "zema, ja vien to nepārstrādā", False),
    Material("Šūnveida papīrs", 4, "augsts", "augsta (pārstrādājams)", True),
    Material("Gofrēts papīrs", 3, "vidēji augsts", "augsta (pārstrādājams)", True),
    Material("Saburzīts kraftpapīrs", 2, "vidējs", "augsta (pārstrādājams)", True),
    Material("Gaisa spilveni", 2, "vidējs", "zema, ja vien tie nav bioloģiski noārdāmi", False),
    Material("Pārstrādājams iepakojums", 2, "vidējs", "augsta (pārstrādājams)", True),
    Material("Salvešu papīrs", 1, "zems", "ļoti augsta (kompostējams)", True),
]
NEEDED_PROTECTION = {FRAGILITY[0]: 4, FRAGILITY[1]: 3, FRAGILITY[2]: 2}


def packaging(fragility: str, eco_first: bool) -> list[Material]:
    """Materials that protect enough for the item, the sustainable ones first when ``eco_first``."""
    need = NEEDED_PROTECTION[fragility]
    fit = [m for m in MATERIALS if m.protection >= need]
    return sorted(fit, key=lambda m: (not m.eco, -m.protection)) if eco_first else sorted(fit, key=lambda m: -m.protection)


@dataclass(frozen=True)
class CarrierFit:
    carrier: Carrier
    points: int
    reasons: list[str]


def carrier_fit(size: str, priority: str, destinations: Iterable[str]) -> list[CarrierFit]:
    """Score each carrier by how many of the learner's needs its handbook description meets, best first."""
    needs = [size, priority, *destinations]
    out = []
    for carrier in CARRIERS:
        reasons = [n for n in needs if n in carrier.tags]
        out.append(CarrierFit(carrier, len(reasons), reasons))
    return sorted(out, key=lambda f: -f.points)  # stable: the handbook's order breaks ties


def chargeable_weight(weight_kg: float, length: float, width: float, height: float, divisor: float) -> float:
    """The weight a carrier charges: the larger of the real weight and the volume weight
    (length × width × height in cm ÷ the carrier's divisor); no divisor given (0) means the real weight."""
    if divisor <= 0:
        return weight_kg
    return max(weight_kg, length * width * height / divisor)


_HS = re.compile(r"^\d{6}(\d{2})?$")


def hs_code_ok(code: str) -> bool:
    """An HS code has 6 digits (worldwide) or 8 (the EU's Combined Nomenclature); spaces and points allowed."""
    return bool(_HS.match(re.sub(r"[\s.]", "", code or "")))
