"""Customer journey: the five stages, the emotion curve and the impact × effort matrix (chapter 24).

Used by the journey map (E52) and the touchpoint priorities (E53).

- The five stages are those of the journey-mapping article „Ko drīkst un ko nedrīkst, kartējot pircēja
  ceļojumu”, section „Kas ir klienta ceļojums?” (awareness, consideration, purchase, retention, advocacy),
  named as chapter 24 names them; the handbook's finer stages („Klientu un pircēju pieredzes novērtēšana”)
  map onto them as in chapter 24's table.
- Emotions are scored −2 … +2 (0 = neutral), a common journey-map scale (assumption of this workbook).
- The impact × effort matrix on 1–5 scales is the usual four-quadrant prioritisation; the article asks to
  rate every touchpoint by its impact on the whole journey (section „Nosakiet savus saskares punktus”).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

STAGES = ["Informētība", "Apsvēršana", "Pirkums", "Noturēšana", "Aizstāvība"]
# the handbook's stages within each of the five (chapter 24, „Kā abi skatījumi sader kopā”)
HANDBOOK_STAGES = {
    "Informētība": "Atklāšana",
    "Apsvēršana": "Izpēte",
    "Pirkums": "Pirkums",
    "Noturēšana": "Piegāde, lietošana",
    "Aizstāvība": "Dalīšanās ar pieredzi",
}
EMOTION_MIN, EMOTION_MAX, NEUTRAL = -2, 2, 0

SCALE_MIN, SCALE_MAX = 1, 5
HIGH_IMPACT = 4  # impact 4–5 is high
LOW_EFFORT = 3  # effort 1–3 is manageable
QUICK_WIN, BIG_PROJECT, FILL_IN, LATER = "Ātrs ieguvums", "Liels projekts", "Sīks darbs", "Atlikt"


@dataclass(frozen=True)
class Curve:
    """The emotion curve: mean, the lowest points and the steepest fall between neighbouring stages."""

    mean: float
    lowest: float
    lowest_stages: list[str]
    negative_stages: list[str]
    biggest_drop: tuple[str, str, float] | None  # (from stage, to stage, fall in points), None: never falls


def emotion_curve(stages: Sequence[str], scores: Sequence[float]) -> Curve:
    """Summarise emotion scores given per stage, in journey order (at least one stage)."""
    if not scores:
        raise ValueError("no stages")
    lowest = min(scores)
    drops = [(stages[i], stages[i + 1], scores[i] - scores[i + 1]) for i in range(len(scores) - 1)]
    falls = [d for d in drops if d[2] > 0]
    return Curve(
        mean=sum(scores) / len(scores),
        lowest=lowest,
        lowest_stages=[s for s, v in zip(stages, scores) if v == lowest],
        negative_stages=[s for s, v in zip(stages, scores) if v < NEUTRAL],
        biggest_drop=max(falls, key=lambda d: d[2]) if falls else None,
    )


def quadrant(impact: float, effort: float) -> str:
    """The impact × effort quadrant of a touchpoint (both on 1–5)."""
    if impact >= HIGH_IMPACT:
        return QUICK_WIN if effort <= LOW_EFFORT else BIG_PROJECT
    return FILL_IN if effort <= LOW_EFFORT else LATER


QUADRANT_ORDER = [QUICK_WIN, BIG_PROJECT, FILL_IN, LATER]
