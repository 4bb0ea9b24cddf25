"""Weighted scoring and checklists, shared by every exercise that ranks options or audits a list.

Used by the market choice, the platform matrix, influencer selection, touchpoint priorities
(weighted scores) and by the VDAR, mobile and workshop-safety audits (checklists).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Ranked:
    """One option's weighted score (0–``scale``) and its place (1 = best)."""

    name: str
    score: float
    place: int


def weighted_scores(scores: Mapping[str, Mapping[str, float]], weights: Mapping[str, float],
                    scale: float = 5.0) -> list[Ranked]:
    """Rank options by the weighted mean of their criterion scores.

    Parameters
    ----------
    scores : option name → criterion → score (0–``scale``).
    weights : criterion → weight (any non-negative numbers; they are normalised).
    scale : the top of the score scale, so the result stays on the same scale.

    Returns
    -------
    The options best first; ties keep the input order and share no place.

    Raises
    ------
    ValueError
        When every weight is zero (nothing to rank by).
    """
    total = sum(max(w, 0.0) for w in weights.values())
    if total <= 0:
        raise ValueError("all weights are zero")
    means = {
        name: sum(max(weights.get(c, 0.0), 0.0) * s for c, s in crit.items()) / total
        for name, crit in scores.items()
    }
    order = sorted(means, key=lambda n: -means[n])  # sorted() is stable: ties keep input order
    return [Ranked(name, min(means[name], scale), place) for place, name in enumerate(order, start=1)]


@dataclass(frozen=True)
class Sensitivity:
    """What happens to the winner when one weight moves by ``change`` (a fraction, e.g. 0.1)."""

    criterion: str
    change: float
    winner: str
    changed: bool


def winner_sensitivity(scores: Mapping[str, Mapping[str, float]], weights: Mapping[str, float],
                       change: float = 0.10) -> list[Sensitivity]:
    """Move each weight up and down by ``change`` (relative) in turn and report the winner each time."""
    base = weighted_scores(scores, weights)[0].name
    out = []
    for criterion in weights:
        for sign in (+1, -1):
            moved = {c: w * (1 + sign * change) if c == criterion else w for c, w in weights.items()}
            try:
                winner = weighted_scores(scores, moved)[0].name
            except ValueError:
                continue
            out.append(Sensitivity(criterion, sign * change, winner, winner != base))
    return out


@dataclass(frozen=True)
class ChecklistResult:
    """A checklist audit: score in percent of the weight ticked, and what is still to do."""

    done: list[str]
    missing: list[str]
    score_pct: float

    @property
    def level(self) -> str:
        """A Latvian verdict for the score."""
        if self.score_pct >= 90:
            return "Ļoti labi"
        if self.score_pct >= 70:
            return "Labi, bet ir ko uzlabot"
        if self.score_pct >= 40:
            return "Jāstrādā"
        return "Jāsāk no pamatiem"


def checklist(items: Sequence[str], ticked: Sequence[str], weights: Mapping[str, float] | None = None) -> ChecklistResult:
    """Score a checklist: the ticked items' weight (default 1 each) as a share of all items' weight."""
    weights = weights or {}
    chosen = set(ticked)
    done = [i for i in items if i in chosen]
    missing = [i for i in items if i not in chosen]
    total = sum(weights.get(i, 1.0) for i in items)
    score = sum(weights.get(i, 1.0) for i in done) / total * 100 if total else 0.0
    return ChecklistResult(done, missing, score)
