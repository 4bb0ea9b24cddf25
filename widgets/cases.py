"""Case studies: a business's own answers run through the same exercise definitions.

Each case lives in ``case_studies/``: a page (``<slug>.md``, MyST with one code cell that calls
:func:`show_case`) and its data (``<slug>.json``). Illustrative cases also have the seeded script
that wrote the data (``<slug>.py``). The data file holds, per exercise the case runs, the raw
answers as a learner would type them, plus the assumptions added to complete a calculation.

In the book a case page shows each run's results (the engine's blocks → HTML, charts included)
and a button *Atvērt ar šī gadījuma datiem* that opens the exercise app in a **sandbox**: a
learner id of its own (``<learner>~<slug>``, outside the alphabet of link tokens), so the case's
answers never mix with the learner's own. The learner can change them, start again from the
case's data, and download them.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from . import registry
from .render_html import STYLE, render_blocks

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = ROOT / "case_studies"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")
SANDBOX_MARK = "~"


@dataclass
class Run:
    """One exercise run on the case's data."""

    exercise: str
    answers: dict[str, Any]
    note: str = ""


@dataclass
class Case:
    """A case study's data (the page's prose lives in its Markdown)."""

    slug: str
    title: str
    kind: str  # "handbook" (described by the handbook as real) or "illustrative" (made up for teaching)
    chapters: list[int]
    runs: list[Run]
    assumptions: list[str] = field(default_factory=list)
    source: str = ""

    def run_for(self, exercise_id: str) -> Run | None:
        """The run of one exercise, if the case has one."""
        return next((r for r in self.runs if r.exercise == exercise_id), None)


def valid_slug(slug: str) -> bool:
    """Whether ``slug`` could name a case (letters, digits, hyphens)."""
    return bool(_SLUG.match(slug or ""))


def load(slug: str) -> Case:
    """The case with this slug (KeyError if there is none)."""
    path = CASES_DIR / f"{slug}.json"
    if not valid_slug(slug) or not path.exists():
        raise KeyError(slug)
    data = json.loads(path.read_text(encoding="utf-8"))
    return Case(slug=slug, title=data["title"], kind=data["kind"], chapters=list(data.get("chapters", [])),
                runs=[Run(r["exercise"], r["answers"], r.get("note", "")) for r in data["runs"]],
                assumptions=list(data.get("assumptions", [])), source=data.get("source", ""))


def all_cases() -> list[Case]:
    """Every case with a data file, by first chapter, then slug."""
    cases = [load(p.stem) for p in sorted(CASES_DIR.glob("*.json")) if valid_slug(p.stem)]
    return sorted(cases, key=lambda c: (min(c.chapters or [99]), c.slug))


def raw_for(run: Run) -> dict[str, Any]:
    """The run's answers completed with the exercise's defaults for any field the case leaves out."""
    exercise = registry.get(run.exercise)
    raw = exercise.default_raw()
    raw.update({k: v for k, v in run.answers.items() if k in raw})
    return raw


def evaluate(run: Run):
    """Values, field errors, results and blocks of one run (the exercise's own ``evaluate``)."""
    return registry.get(run.exercise).evaluate(raw_for(run))


def sandbox_learner(learner: str, slug: str) -> str:
    """The learner id of a case's sandbox: never a learner's own id, never reachable by a link token."""
    return f"{learner}{SANDBOX_MARK}{slug}"


def case_app_url(slug: str, exercise_id: str, root: str) -> str:
    """Link that opens an exercise app with a case's data in the sandbox."""
    from .app import app_url

    return app_url(exercise_id, f"?case={slug}", root)


def case_html(case: Case, root: str = "../") -> str:
    """The computed part of a case page: each run's results and its sandbox button."""
    parts = [STYLE]
    if case.kind == "illustrative":
        parts.append('<div class="cb-note warning cb-illustrative"><b>Ilustratīvs gadījums.</b> Uzņēmums un tā skaitļi '
                     "ir izdomāti mācību vajadzībām; dati ģenerēti ar skriptu, kas glabājas blakus šai lapai.</div>")
    else:
        parts.append('<div class="cb-note cb-handbook-case">Rokasgrāmatā aprakstīts kā reāls gadījums. '
                     "Aprēķinos izmantoti tikai rokasgrāmatas skaitļi; katrs pieņēmums ir atzīmēts.</div>")
    if case.assumptions:
        parts.append('<h4 class="cb-h">Pieņēmumi aprēķinam</h4><ul class="cb-assumptions">'
                     + "".join(f"<li>{escape(a)}</li>" for a in case.assumptions) + "</ul>")
    for run in case.runs:
        exercise = registry.get(run.exercise)
        _values, errors, _results, blocks = evaluate(run)
        if errors:  # a data file that no longer fits its exercise is a bug; show it plainly in the build
            raise ValueError(f"case {case.slug}: {run.exercise} answers invalid: {errors}")
        parts.append(f'<h3 class="cb-case-run">{escape(exercise.id)}. {escape(exercise.title)}</h3>')
        if run.note:
            parts.append(f"<p>{escape(run.note)}</p>")
        parts.append(f'<p><a class="cb-open-app cb-open-case" href="{escape(case_app_url(case.slug, exercise.id, root))}" '
                     'style="display:inline-block;background:#8c5a3c;color:#fff;padding:8px 16px;border-radius:6px;'
                     'text-decoration:none;font-weight:600">Atvērt ar šī gadījuma datiem</a></p>')
        parts.append(render_blocks(blocks))
    return "".join(parts)


def show_case(slug: str) -> None:
    """The one code cell of a case page: its results as static HTML (the book executes it)."""
    from IPython.display import HTML, display

    root = "../" if os.environ.get("CRAFTBOOK_STATIC") == "1" else "/"
    display(HTML(case_html(load(slug), root)))


def typed_money(value: float) -> str:
    """An amount as a learner types it into a field (``12,50``), for generated case data."""
    return f"{value:.2f}".replace(".", ",")


def write_data(data: dict[str, Any], script: str, argv: list[str] | None = None) -> None:
    """The command line of every case's data script: write ``data`` beside the script (``<slug>.json``)
    or to ``--out PATH``, always byte for byte the same for the same data (the tests compare them)."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(script).with_suffix(".json"))
    args = parser.parse_args(argv)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
