"""Product listings: the handbook's seven-part description formula, the specification list,
keyword types and title checks (chapter 13, exercises E26 and E27).

Sources: handbook, sections „Efektīvu produktu aprakstu formula” (seven parts), „Tehniskās
specifikācijas prasības” (seven specifications) and „SEO atslēgvārdi” (broad, specific, regional and
seasonal terms). The title pattern is the book's suggestion (chapter 13, „Kur izvietot atslēgvārdus”).
The 140-character title limit is Etsy's own rule, not the handbook's.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import text

# handbook, section „Efektīvu produktu aprakstu formula”: (key, Latvian name)
FORMULA = (
    ("hook", "Ievada āķis"),
    ("benefits", "Emocionālie ieguvumi"),
    ("craft", "Amatniecības detaļas"),
    ("materials", "Materiālu kvalitāte"),
    ("practical", "Praktiskās specifikācijas"),
    ("story", "Stāsta elements"),
    ("cta", "Aicinājums uz darbību"),
)

# handbook, section „Tehniskās specifikācijas prasības”: (key, Latvian name)
SPECS = (
    ("dimensions", "Izmēri"),
    ("weight", "Svars"),
    ("composition", "Materiālu sastāvs"),
    ("care", "Kopšana"),
    ("lead_time", "Izgatavošanas un piegādes laiks"),
    ("variants", "Varianti un pielāgošana"),
    ("use", "Lietojums un ierobežojumi"),
)

# Etsy's rule (Etsy noteikumi), not in the handbook: a listing title has at most 140 characters
ETSY_TITLE_MAX = 140

# Orientation values of this workbook (not the handbook's): a description with fewer words leaves
# questions open, a much longer one hides the essentials; long sentences are hard to read on a phone.
SHORT_WORDS, LONG_WORDS, LONG_SENTENCE_WORDS = 60, 300, 20


def split_terms(raw: str) -> list[str]:
    """Terms typed one per line or separated by commas/semicolons, trimmed, each once (case-insensitive)."""
    out: list[str] = []
    seen: set[str] = set()
    for part in (raw or "").replace(";", "\n").replace(",", "\n").splitlines():
        term = " ".join(part.split())
        if term and term.lower() not in seen:
            seen.add(term.lower())
            out.append(term)
    return out


def assemble(parts: dict[str, str], specs: dict[str, str]) -> str:
    """The description: the formula's parts as sentences in order, then the specifications as a list."""
    body = " ".join(text.sentence(parts.get(key, "")) for key, _ in FORMULA if (parts.get(key) or "").strip())
    lines = [f"- {name}: {specs[key].strip().rstrip('.')}" for key, name in SPECS if (specs.get(key) or "").strip()]
    if lines:
        body = (body + "\n\n" if body else "") + "Specifikācijas:\n" + "\n".join(lines)
    return body


def missing(values: dict[str, str], names: Sequence[tuple[str, str]]) -> list[str]:
    """The Latvian names of the items left empty."""
    return [name for key, name in names if not (values.get(key) or "").strip()]


def title(*pieces: str) -> str:
    """A title from the non-empty pieces, the first with a capital letter, joined by commas."""
    kept = [" ".join(p.split()) for p in pieces if p and p.strip()]
    return text.capitalise(", ".join(kept))

