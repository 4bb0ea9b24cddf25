"""The book: built with warnings as errors, every chapter in place with its sources and
exercises, spelled right, every handbook section somewhere, nothing fetched from other hosts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from widgets import catalogue, registry

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
SHARED = ROOT.parent / "shared"
CHAPTERS = [line.split("|") for line in (ROOT / "tools" / "chapters.txt").read_text(encoding="utf-8").splitlines()]
CHAPTER_TITLES = {int(k): t for k, t in CHAPTERS if k.isdigit()}


def chapter_text(n: int) -> str:
    return (BOOK / f"ch{n:02d}.md").read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    match = re.search(rf"^## {heading}\s*$(.*?)(?=^## |^\[\^|\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


@pytest.mark.book
def test_book_builds_with_warnings_as_errors(built_book):
    assert (built_book / "book" / "ch32.html").exists()
    assert (built_book / "exercises" / "E28.html").exists()
    assert (built_book / "search.html").exists()


def test_toc_has_every_chapter_in_order_and_exercises_under_their_chapter():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = []
    for part in toc["parts"]:
        for chapter in part["chapters"]:
            files.append(chapter["file"])
            for sub in chapter.get("sections", []):
                if sub["file"].startswith("exercises/"):
                    ex = registry.get(sub["file"].split("/")[-1])
                    assert chapter["file"] == f"book/ch{ex.chapter:02d}"
                else:  # the case studies, in a part of their own
                    assert chapter["file"] == "case_studies/index" and sub["file"].startswith("case_studies/")
    assert [f for f in files if f.startswith("book/ch")] == [f"book/ch{n:02d}" for n in range(1, 33)]
    listed = {s["file"] for p in toc["parts"] for c in p["chapters"] for s in c.get("sections", [])}
    assert {f for f in listed if f.startswith("exercises/")} == {f"exercises/{i}" for i in registry.ids()}


@pytest.mark.parametrize("n", range(1, 33))
def test_chapter_shape_sources_and_exercises(n):
    text = chapter_text(n)
    assert text.startswith(f"(ch{n:02d})=\n# {n}. {CHAPTER_TITLES[n]}")
    assert len(re.findall(r"\w+", text)) > 700, "a full chapter, not a stub"
    assert "{cite" in text, "figures name their source"
    defs = set(re.findall(r"^\[\^([^\]]+)\]:", text, re.M))
    refs = set(re.findall(r"\[\^([^\]]+)\]", re.sub(r"^\[\^[^\]]+\]:", "", text, flags=re.M)))
    assert refs == defs
    exercises = section(text, "Vingrinājumi")
    assert exercises, "every chapter ends with its exercises"
    listed = re.findall(r"^- (?:\{doc\}`)?(E\d\d)\.", exercises, re.M)
    assert listed == [i for i, _t in catalogue.by_chapter(n)]
    for exercise_id in listed:
        linked = f"</exercises/{exercise_id}>`" in exercises
        assert linked == (exercise_id in registry.ids()), exercise_id


def test_spelling_with_hunspell_lv():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "spellcheck.py")], capture_output=True, text=True)
    assert result.returncode == 0, "unknown words:\n" + result.stdout


def test_project_word_list_is_short_and_has_no_plain_latvian_misspellings():
    words = [w.strip() for f in (ROOT / "tools" / "spelling").glob("*.txt") for w in f.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    assert len(set(words)) < 250


@pytest.mark.skipif(not (SHARED / "CURRICULUM.md").exists(), reason="../shared is not beside the checkout")
def test_every_handbook_section_of_the_map_is_covered():
    covered: dict[str, set[str]] = {}
    for tsv in (ROOT / "tools" / "coverage").glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                heading, chapter = line.rsplit("\t", 1)
                covered.setdefault(" ".join(heading.split()), set()).add(chapter.strip())
    handbook = " ".join((SHARED / "seeds" / "000_ae956277a222114b.txt").read_text(encoding="utf-8").split())
    for heading, chapters in covered.items():
        assert heading in handbook, f"not a handbook heading: {heading}"
        assert all((BOOK / f"{c}.md").exists() for c in chapters)
    curriculum = (SHARED / "CURRICULUM.md").read_text(encoding="utf-8")
    named = set()
    for line in curriculum.splitlines():
        if re.match(r"^\d+\. ", line):
            for group in re.findall(r"\b000 ((?:\"[^\"]+\",?\s*)+)", line):
                named.update(re.findall(r"\"([^\"]+)\"", group))
    assert len(named) > 40
    missing = sorted(h for h in named if h not in covered)
    assert not missing, f"handbook sections in no chapter: {missing}"


@pytest.mark.book
def test_built_pages_request_nothing_from_other_hosts(built_book):
    for page in built_book.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        remote = re.findall(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=\"(https?:)?//", html)
        assert not remote, f"{page.relative_to(built_book)} loads from another host"


def test_startup_budget_ranges_match_chapter_6():
    """E09 compares the learner's budget with the same categories and ranges the book prints."""
    from widgets.exercises.e09_budget import HANDBOOK_RANGES

    table = chapter_text(6).split("{list-table} Sākuma izmaksu kategorijas")[1].split("```")[0]
    rows = re.findall(r"^\* - (.+)\n  - ([\d ]+)–([\d ]+) €", table, re.M)
    book = {re.sub(r"\{term\}`([^<`]+?)\s*<[^>]+>`", r"\1", name).strip(): (int(lo.replace(" ", "")), int(hi.replace(" ", "")))
            for name, lo, hi in rows}
    assert book == HANDBOOK_RANGES


@pytest.mark.parametrize(
    "chapter, figures",
    [(11, ["0,20 €", "6,5 %", "4 % + 0,30 €", "12–15 %", "10 000 €"]),  # widgets/calc/etsy.py
     (14, ["15–25 €", "10–20 %", "5–10 %"])],                            # widgets/calc/pricing.py, E28 help texts
)
def test_calculator_figures_are_the_books(chapter, figures):
    """The calculators use the handbook's figures as the chapter states them."""
    from widgets.calc import etsy

    text = chapter_text(chapter)
    for figure in figures:
        assert figure in text, figure
    assert (etsy.LISTING_FEE, etsy.TRANSACTION_PCT, etsy.PROCESSING_PCT, etsy.PROCESSING_FIXED) == (0.20, 6.5, 4.0, 0.30)
    assert (etsy.OFFSITE_LARGE_PCT, etsy.OFFSITE_SMALL_PCT, etsy.OFFSITE_MANDATORY_ABOVE) == (12.0, 15.0, 10_000.0)
