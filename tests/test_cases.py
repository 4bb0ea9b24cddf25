"""Case studies: each case's data runs through the exercise definitions without a field error, its
page has the fixed shape, its generator script rewrites its data exactly, the chapters link to it,
and its sandbox never touches the learner's own answers."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from widgets import cases, registry
from widgets.session import Session
from widgets.worksheet import Worksheet

ROOT = Path(__file__).resolve().parent.parent
CASES = cases.all_cases()
SLUGS = [c.slug for c in CASES]


def section(text: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


def test_there_are_enough_cases():
    assert len(CASES) >= 1
    assert all(c.kind in ("handbook", "illustrative") for c in CASES)


@pytest.mark.parametrize("slug", SLUGS)
def test_case_data_runs_through_its_exercises(slug):
    case = cases.load(slug)
    assert case.runs and case.chapters
    for run in case.runs:
        assert run.exercise in registry.ids()
        unknown = set(run.answers) - {f.name for f in registry.get(run.exercise).fields}
        assert not unknown, f"{run.exercise}: fields the exercise does not have: {unknown}"
        _values, errors, results, _blocks = cases.evaluate(run)
        assert not errors and results is not None, (run.exercise, errors)
    assert "Atvērt ar šī gadījuma datiem" in cases.case_html(case)


@pytest.mark.parametrize("slug", SLUGS)
def test_case_page_has_the_fixed_shape(slug):
    case = cases.load(slug)
    text = (ROOT / "case_studies" / f"{slug}.md").read_text(encoding="utf-8")
    assert f'show_case("{slug}")' in text
    heading = text.split("\n# ", 1)[1]
    if case.kind == "illustrative":
        assert "*Ilustratīvs gadījums" in heading.split("\n## ")[0]
    else:
        assert "rokasgrāmatā aprakstīts kā reāls" in heading.split("\n## ")[0].lower()
    questions = re.findall(r"^\d+\. ", section(text, "Jautājumi diskusijai"), re.M)
    assert 3 <= len(questions) <= 5
    assert re.search(r"\{doc\}`[^`]*</exercises/E\d\d>`", section(text, "Ko darītu jūs?"))
    assert section(text, "Avoti").strip()


@pytest.mark.parametrize("slug", [c.slug for c in CASES if c.kind == "illustrative"])
def test_data_script_rewrites_the_committed_data_exactly(slug, tmp_path):
    script = ROOT / "case_studies" / f"{slug}.py"
    assert script.exists(), "an illustrative case is made by a seeded script beside it"
    out = tmp_path / "data.json"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, cwd=tmp_path)
    assert out.read_bytes() == (ROOT / "case_studies" / f"{slug}.json").read_bytes()


@pytest.mark.parametrize("slug", SLUGS)
def test_chapters_link_to_their_cases(slug):
    case = cases.load(slug)
    for chapter in case.chapters:
        text = (ROOT / "book" / f"ch{chapter:02d}.md").read_text(encoding="utf-8")
        assert f"</case_studies/{slug}>`" in section(text, "Gadījumu izpēte"), f"ch{chapter:02d} does not link {slug}"


def test_chapter_case_lists_are_links_only():
    for path in sorted((ROOT / "book").glob("ch*.md"))[1:]:  # chapter 1 describes the kinds of cases
        items = [line for line in section(path.read_text(encoding="utf-8"), "Gadījumu izpēte").splitlines()
                 if line.startswith("- ")]
        for item in items:
            assert "{doc}`" in item, f"{path.name}: a case named but not linked: {item[:80]}"


def test_the_sandbox_never_touches_the_learners_own_answers(store):
    case = CASES[0]
    run = case.runs[0]
    exercise = registry.get(run.exercise)
    store.save("anna", exercise.id, exercise.default_raw(), {}, complete=True)
    own_before = store.history("anna", exercise.id)
    sandbox = cases.sandbox_learner("anna", case.slug)
    sheet = Worksheet(exercise, None, sandbox, session=Session(exercise, store, sandbox, profile={}, start=cases.raw_for(run)))
    assert sheet.raw == cases.raw_for(run)
    text_field = next(f for f in exercise.fields if f.kind in ("text", "money", "number", "percent", "integer"))
    sheet.set_raw(text_field.name, "7")
    assert store.latest(sandbox, exercise.id)[text_field.name] == "7"
    assert store.history("anna", exercise.id) == own_before
    assert store.profile("anna") == {}  # the sandbox gives the learner's business profile nothing
    sheet.load(cases.raw_for(run))  # "Sākt no jauna ar gadījuma datiem"
    assert sheet.raw == cases.raw_for(run) and store.latest(sandbox, exercise.id) == cases.raw_for(run)
    assert store.history("anna", exercise.id) == own_before
    assert not re.match(r"^[A-Za-z0-9_-]{1,64}$", sandbox)  # no ?learner= link token can name a sandbox


def test_woodturner_figures_by_hand():
    """The spoon's price in "Vidzemes virpotājs", worked by hand from the case's data with the handbook's
    build-up (section "Cenas veidošanas stratēģijas") and Etsy's fees (section "Īpaši amatniekiem")."""
    from widgets import fmt
    from widgets.blocks import Metric

    run = cases.load("vidzemes-virpotajs").run_for("E28")
    m, h = 1.78, 0.5  # the data file: materials 1,78 €, half an hour
    labour, waste = h * 18, m * 0.08
    cost = (m + waste + labour) * 1.15
    minimum = (cost + 0.50) / (1 - 0.105)
    retail = (cost * 1.35 + 0.50) / (1 - 0.105)
    assert (run.answers["materials"], run.answers["hours"]) == ("1,78", "0,5")
    blocks = cases.evaluate(run)[3]
    shown = {b.label: fmt.plain(b.value) for b in blocks if isinstance(b, Metric)}
    assert shown["Minimālā cena (bez peļņas)"] == fmt.plain(fmt.money(minimum))
    assert shown["Ieteicamā mazumtirdzniecības cena"] == fmt.plain(fmt.money(retail))
