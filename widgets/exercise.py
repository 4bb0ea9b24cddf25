"""One exercise, defined once: answers model, pure computation, view.

Every surface (Voilà app, book page, exports, landing page) is generated from
an :class:`Exercise`. Nothing here imports ipywidgets or touches storage.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .blocks import Block, Note
from .fields import Field, FieldError


class ComputationError(ValueError):
    """The answers are valid one by one but do not make sense together.

    ``str(err)`` is a Latvian message for the learner.
    """


Answers = dict[str, Any]
Results = dict[str, Any]


@dataclass
class Exercise:
    """The single definition of an exercise.

    Parameters
    ----------
    id : catalogue id, e.g. ``"E28"``.
    title : Latvian title.
    chapter : chapter number (1–32) the exercise belongs to.
    intro : one or two Latvian sentences: what to do and why.
    fields : the answers model.
    compute : pure function, valid answers → results dict.
    view : pure function, (answers, results) → list of blocks.
    profile_out : pure function, (answers, results) → business-profile values this
        exercise provides to later ones.
    class_view : pure function, list of every learner's valid answers → list of blocks: what a
        workshop's class answered (the trainer's class view and projector). ``None``: the generic
        view of :func:`widgets.workshop.class_views.generic`, built from the fields.
    """

    id: str
    title: str
    chapter: int
    intro: str
    fields: list[Field]
    compute: Callable[[Answers], Results]
    view: Callable[[Answers, Results], list[Block]]
    profile_out: Callable[[Answers, Results], dict[str, Any]] = lambda a, r: {}
    class_view: Callable[[list[Answers]], list[Block]] | None = None

    @property
    def notebook(self) -> str:
        """Path of the thin notebook, relative to the repository root."""
        return f"exercises/{self.id}.ipynb"

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def default_raw(self, profile: dict[str, Any] | None = None) -> dict[str, Any]:
        """Raw defaults, taking business-profile values where a field names one."""
        profile = profile or {}
        raw = {}
        for f in self.fields:
            if f.profile and profile.get(f.profile) not in (None, "", []):
                raw[f.name] = f.to_raw(profile[f.profile])
            else:
                raw[f.name] = copy.deepcopy(f.default)
        return raw

    def validate(self, raw: dict[str, Any]) -> tuple[Answers, dict[str, str]]:
        """Parse every field. Returns (values, errors by field name)."""
        values, errors = {}, {}
        for f in self.fields:
            try:
                values[f.name] = f.parse(raw.get(f.name, f.default))
            except FieldError as err:
                errors[f.name] = str(err)
        return values, errors

    def evaluate(self, raw: dict[str, Any]) -> tuple[Answers, dict[str, str], Results | None, list[Block]]:
        """Validate, compute and view in one step, never raising for bad input.

        Returns (values, field errors, results or None, blocks). When fields are
        invalid the computation is not called and the blocks hold one note.
        """
        values, errors = self.validate(raw)
        if errors:
            return values, errors, None, [
                Note("Izlabojiet sarkanā krāsā atzīmētos laukus, lai redzētu rezultātu.", "warning")
            ]
        try:
            results = self.compute(values)
            blocks = self.view(values, results)
        except ComputationError as err:
            return values, {}, None, [Note(str(err), "warning")]
        return values, {}, results, blocks
