"""One learner working on one exercise: where the answers start, and how they are saved.

The session sits between the worksheet (which only wires widgets) and the store. It decides the
starting answers in one place (saved answers, then the business profile, then the defaults), saves
each change together with the profile values it provides, and notices when an earlier exercise has
changed a profile value that this exercise took, so the app can offer the new value.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from typing import Any

from .exercise import Exercise
from .fields import SavedAnswersField
from .store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProfileUpdate:
    """A newer value in the business profile for one field of this exercise."""

    field: str
    label: str
    source: str  # id of the exercise that gave the value
    new_raw: Any
    current_raw: Any


class Session:
    """The learner's answers to one exercise.

    Parameters
    ----------
    exercise : the definition.
    store : where answers are saved; ``None`` keeps them in memory only.
    learner : whose answers these are.
    profile : business-profile values to use instead of reading the store (tests, case studies).
    """

    def __init__(self, exercise: Exercise, store: Store | None, learner: str, profile: dict[str, Any] | None = None,
                 start: dict[str, Any] | None = None):
        # ``start``: answers to begin with instead of the defaults (a case study's data in its sandbox)
        self.start = start
        self.exercise = exercise
        self.store = store
        self.learner = learner
        self.available = True
        saved_revision = None
        details: dict[str, tuple[str, int]] = {}
        if store is not None and profile is None:
            try:
                saved_revision = store.latest_revision(learner, exercise.id)
                profile = store.profile(learner)
                details = store.profile_details(learner)
            except Exception:
                log.exception("store not available")
                self.available, profile = False, {}
        elif store is not None:
            saved_revision = store.latest_revision(learner, exercise.id)
        self.profile = profile or {}
        self.saved = saved_revision["raw"] if saved_revision else None
        self.restored = self.saved is not None
        self._saved_id = saved_revision["id"] if saved_revision else 0
        self._details = details
        self._last_saved = copy.deepcopy(self.saved)
        # fields the session fills from the store (every exercise's saved answers), never saved with the answers
        self._filled = [f.name for f in exercise.fields if isinstance(f, SavedAnswersField)]

    # -- starting answers ------------------------------------------------
    def starting_raw(self) -> dict[str, Any]:
        """Saved answers, then profile values, then the definition's defaults, field by field."""
        raw = self.exercise.default_raw(self.profile)
        if self.start:
            raw.update({k: v for k, v in self.start.items() if k in raw})
        if self.saved:
            raw.update({k: v for k, v in self.saved.items() if k in raw})
        if self._filled:
            answers = self.saved_answers()
            raw.update({name: copy.deepcopy(answers) for name in self._filled})
        return raw

    def saved_answers(self) -> dict[str, dict[str, Any]]:
        """The learner's latest complete raw answers of every *other* exercise, by exercise id
        (empty without a store, or when the store cannot be read)."""
        if self.store is None:
            return {}
        try:
            answers = self.store.latest_complete(self.learner)
        except Exception:
            log.exception("store not available")
            return {}
        return {k: v for k, v in answers.items() if k != self.exercise.id and isinstance(v, dict)}

    def profile_used(self) -> list[str]:
        """Ids of the exercises whose profile values gave starting answers (only when nothing was saved)."""
        if self.restored:
            return []
        return sorted({self._details[f.profile][0] for f in self.exercise.fields
                       if f.profile and f.profile in self._details and self.profile.get(f.profile) not in (None, "", [])})

    def profile_updates(self, raw: dict[str, Any]) -> list[ProfileUpdate]:
        """Profile values saved *after* this exercise's last save that differ from what is in the form."""
        updates = []
        if not self.restored:
            return updates
        for f in self.exercise.fields:
            if not f.profile or f.profile not in self._details or self.profile.get(f.profile) in (None, "", []):
                continue
            source, revision = self._details[f.profile]
            new_raw = f.to_raw(self.profile[f.profile])
            if revision > self._saved_id and source != self.exercise.id and not _same(new_raw, raw.get(f.name)):
                updates.append(ProfileUpdate(f.name, f.label, source, new_raw, raw.get(f.name)))
        return updates

    # -- saving ------------------------------------------------------------
    def save(self, raw: dict[str, Any], values: dict[str, Any], results: dict[str, Any] | None) -> bool:
        """Append a revision if the answers changed; returns True when one was written.

        Raises whatever the store raises, so the worksheet can tell the learner.
        """
        raw = {k: v for k, v in raw.items() if k not in self._filled}  # filled from the store, not typed
        if self.store is None or raw == self._last_saved:
            return False
        complete = results is not None
        profile: dict[str, Any] = {}
        if complete:
            try:
                profile = self.exercise.profile_out(values, results)
            except Exception:
                log.exception("profile of %s failed", self.exercise.id)
        self._saved_id = self.store.save(self.learner, self.exercise.id, raw, profile, complete)
        self._last_saved = copy.deepcopy(raw)
        return True


def _same(a: Any, b: Any) -> bool:
    """Raw values equal as the learner would see them (``"45"`` and ``"45,00"`` are the same price)."""
    if a == b:
        return True
    try:
        from .fields import parse_number

        return abs(parse_number(a) - parse_number(b)) < 1e-9
    except Exception:
        return False
