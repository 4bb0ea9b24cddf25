"""The learner's plan, assembled from every saved exercise (pure: no widgets, no I/O).

Input: the learner's latest complete raw answers per exercise (what
:class:`~widgets.fields.SavedAnswersField` holds). Each exercise definition is evaluated again
(``Exercise.evaluate``), its key results kept (metrics, tables, texts, charts, colour swatches; the
checks and notes stay in the exercise) and ordered by the book's parts (``registry.PARTS``). What is
not done yet is listed per part, with a link to its app. Nothing here knows any exercise by name:
an exercise that itself assembles saved answers (has a ``SavedAnswersField``) is left out of the plan.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from . import registry
from .blocks import Block, Chart, Metric, Section, Swatches, Table, Text
from .exercise import Exercise
from .fields import SavedAnswersField

log = logging.getLogger(__name__)

KEPT = (Metric, Table, Text, Chart, Swatches)  # the key results an exercise gives to the plan
CHARTS_PER_EXERCISE = 1  # the first chart is an exercise's main picture; the rest stay in the exercise

NOT_STARTED = "Nav aizpildīts"
TO_REVIEW = "Jāpārskata"


@dataclass
class Entry:
    """One exercise in the plan: the definition and its key result blocks."""

    exercise: Exercise
    blocks: list[Block]


@dataclass
class Part:
    """One part of the book in the plan: the exercises done and those still to do (or to review)."""

    title: str
    chapters: range
    done: list[Entry] = field(default_factory=list)
    missing: list[tuple[Exercise, str]] = field(default_factory=list)  # (exercise, NOT_STARTED or TO_REVIEW)

    @property
    def total(self) -> int:
        return len(self.done) + len(self.missing)


def plan_exercises() -> list[Exercise]:
    """Every exercise a plan is made of: all registered ones except those that assemble a plan themselves."""
    return [e for e in registry.all_exercises() if not any(isinstance(f, SavedAnswersField) for f in e.fields)]


def key_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks of an exercise's result that belong in the plan (its first chart only)."""
    kept, charts = [], 0
    for b in blocks:
        if isinstance(b, Chart):
            charts += 1
            if charts > CHARTS_PER_EXERCISE:
                continue
        if isinstance(b, KEPT):
            kept.append(b)
    return kept


_CACHE: dict[tuple[str, str], list[Block] | None] = {}


def _cache_key(exercise: Exercise, raw: dict[str, Any]) -> tuple[str, str] | None:
    try:
        return exercise.id, json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return None


def evaluate_saved(exercise: Exercise, raw: dict[str, Any]) -> list[Block] | None:
    """The key result blocks of saved raw answers, or None when they no longer compute
    (e.g. the exercise changed since they were saved). Fields added since then take their defaults.
    Remembered per (exercise, answers): the saved answers do not change while the learner edits the plan."""
    key = _cache_key(exercise, raw)
    if key is not None and key in _CACHE:
        cached = _CACHE[key]
        return None if cached is None else list(cached)
    blocks = _evaluate(exercise, raw)
    if key is not None:
        if len(_CACHE) > 500:
            _CACHE.clear()
        _CACHE[key] = blocks
    return None if blocks is None else list(blocks)


def _evaluate(exercise: Exercise, raw: dict[str, Any]) -> list[Block] | None:
    full = exercise.default_raw()
    full.update({k: v for k, v in raw.items() if k in full})
    try:
        _values, errors, results, blocks = exercise.evaluate(full)
    except Exception:  # a definition's bug must not break the learner's whole plan
        log.exception("plan: %s failed", exercise.id)
        return None
    if errors or results is None:
        return None
    return key_blocks(blocks)


def assemble(saved: dict[str, dict[str, Any]], exercises: list[Exercise] | None = None) -> list[Part]:
    """The plan's parts, in the book's order, from saved raw answers (exercise id → raw answers)."""
    exercises = plan_exercises() if exercises is None else exercises
    parts = []
    for title, chapters in registry.PARTS:
        part = Part(title, chapters)
        for exercise in sorted((e for e in exercises if e.chapter in chapters), key=lambda e: (e.chapter, e.id)):
            raw = saved.get(exercise.id)
            if not isinstance(raw, dict):
                part.missing.append((exercise, NOT_STARTED))
                continue
            blocks = evaluate_saved(exercise, raw)
            if blocks is None:
                part.missing.append((exercise, TO_REVIEW))
            else:
                part.done.append(Entry(exercise, blocks))
        parts.append(part)
    return parts


def missing_table(part: Part, suffix: str = "") -> Table:
    """What is still to do in one part, each row linking to its exercise's app."""
    from .app import app_url

    urls = [app_url(e.id, suffix) for e, _state in part.missing]
    rows = [[f"{e.id}. {e.title}", f"{e.chapter}. {registry.CHAPTERS.get(e.chapter, '')}", state, "Atvērt"]
            for e, state in part.missing]
    links = [[url, None, None, url] for url in urls]
    return Table("Vēl jāaizpilda", ["Vingrinājums", "Nodaļa", "Stāvoklis", "Saite"], rows,
                 [[None] * 4 for _ in rows], [None] * 4, links)


def part_blocks(parts: list[Part], suffix: str = "") -> list[Block]:
    """The plan's body: a section per part, a subsection with the key results of each exercise done,
    then the exercises still to do with links to their apps."""
    out: list[Block] = []
    for part in parts:
        out.append(Section(f"{part.title} ({len(part.done)} no {part.total})", 1))
        for entry in part.done:
            out.append(Section(f"{entry.exercise.id}. {entry.exercise.title}", 2))
            out.extend(entry.blocks)
        if part.missing:
            out.append(missing_table(part, suffix))
    return out


def progress_chart(parts: list[Part]) -> Chart:
    """Exercises done and still to do, per part of the book."""
    return Chart(
        "stacked", "Plāna gatavība pa grāmatas daļām", [p.title for p in parts],
        {"Aizpildīti": [len(p.done) for p in parts], "Vēl jāaizpilda": [len(p.missing) for p in parts]},
        xlabel="Grāmatas daļa", ylabel="Vingrinājumi",
    )
