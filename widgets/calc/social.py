"""Social media planning: platform choice, Instagram hashtags and bio, the Pinterest rhythm.

Sources: the handbook, sections "Sociālie mediji" (the table "Piemērotu platformu izvēle", 2–3
platforms), "Instagram" (bio of 150 characters, hashtag sizes, 3–5 posts a week, 30–60 minutes a
day) and "Pinterest" (10–15 boards, 5–10 pins a day, 2:3 images of 1000 × 1500 pixels).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# --- Platform choice ("Sociālie mediji", table "Piemērotu platformu izvēle") ---------------------
# The handbook's table cells are scrambled in the text: the platform pairs and their counts are the
# handbook's, their assignment to categories is the reconstruction printed in chapter 16.
CATEGORIES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "Keramika un māla izstrādājumi": (("Instagram", "Pinterest"), ("YouTube", "TikTok")),
    "Tekstilizstrādājumi un apģērbs": (("Instagram", "Pinterest"), ("TikTok", "Facebook")),
    "Rotaslietas un aksesuāri": (("Instagram", "Pinterest"), ("TikTok", "Facebook")),
    "Kokapstrāde": (("Instagram", "YouTube"), ("Pinterest", "Facebook")),
    "Papīra amatniecība": (("Pinterest", "Instagram"), ("YouTube", "TikTok")),
    "Mājas dekors": (("Pinterest", "Instagram"), ("TikTok", "Facebook")),
}
# The crafts of the business profile (E01) → the handbook's category (our mapping).
CRAFT_CATEGORY = {
    "Keramika": "Keramika un māla izstrādājumi",
    "Aušana un tekstils": "Tekstilizstrādājumi un apģērbs",
    "Adīšana": "Tekstilizstrādājumi un apģērbs",
    "Rotaslietas": "Rotaslietas un aksesuāri",
    "Kokapstrāde": "Kokapstrāde",
    "Ādas izstrādājumi": "Rotaslietas un aksesuāri",
    "Stikls": "Mājas dekors",
    "Sveces un ziepes": "Mājas dekors",
    "Grāmatsiešana un papīrs": "Papīra amatniecība",
    "Kalēja darbi": "Kokapstrāde",
    "Pinumi": "Mājas dekors",
    "Cits amats": "Mājas dekors",
}
PLATFORMS = ["Instagram", "Pinterest", "YouTube", "TikTok", "Facebook"]
# Why each platform, in the handbook's words (chapter 16 "Platformu izvēle", "Instagram", "Pinterest").
PLATFORM_REASONS = {
    "Instagram": "vizuāla platforma ar aktīvu radošo kopienu un pārdošanas rīkiem",
    "Pinterest": "vizuāla meklētājprogramma: cilvēki meklē iedvesmu un produktus, piespraudes ved pircējus mēnešiem",
    "YouTube": "garāki procesa video un pamācības",
    "TikTok": "īsi procesa video jaunām auditorijām",
    "Facebook": "kopiena, grupas un pasākumi",
}
# What the audience does → the platform that serves it (chapter 16: video platforms for process
# demonstrations, Facebook for community and events, Pinterest for inspiration searches).
HABITS = {
    "Meklē iedvesmu un idejas mājai vai dāvanām": "Pinterest",
    "Seko meistariem un viņu ikdienai": "Instagram",
    "Skatās garas pamācības un procesa video": "YouTube",
    "Skatās īsus, izklaidējošus video": "TikTok",
    "Apmeklē vietējos tirgus un pasākumus": "Facebook",
}
MAIN_POINTS, EXTRA_POINTS, HABIT_POINTS = 3, 1, 2  # the workbook's weights, not the handbook's
PLATFORMS_RANGE = (2, 3)      # focus on 2–3 platforms ("Sociālie mediji")
POSTS_PER_WEEK = (3, 5)       # feed posts a week ("Instagram")
MINUTES_PER_DAY = (30, 60)    # engagement time a day ("Instagram")


@dataclass(frozen=True)
class PlatformScore:
    """A platform's points for one craft and audience, with the reasons that gave them."""

    name: str
    points: int
    reasons: tuple[str, ...]


def score_platforms(category: str, habits: Sequence[str]) -> list[PlatformScore]:
    """Every platform scored for a craft category and the audience's habits, best first.

    The handbook's main platforms of the category score 3, its additional ones 1, and each audience
    habit served by a platform adds 2. Ties keep the handbook's order of the category.
    """
    main, extra = CATEGORIES[category]
    order = [*main, *extra, *(p for p in PLATFORMS if p not in main + extra)]
    scored = []
    for name in order:
        points, reasons = 0, []
        if name in main:
            points += MAIN_POINTS
            reasons.append("rokasgrāmata to iesaka kā galveno platformu jūsu amatam")
        elif name in extra:
            points += EXTRA_POINTS
            reasons.append("rokasgrāmata to min kā papildu platformu jūsu amatam")
        for habit in habits:
            if HABITS.get(habit) == name:
                points += HABIT_POINTS
                reasons.append("jūsu pircēji: " + habit[:1].lower() + habit[1:])
        scored.append(PlatformScore(name, points, tuple(reasons)))
    return sorted(scored, key=lambda s: -s.points)  # stable: ties keep the order above


# --- Instagram ("Instagram") -------------------------------------------------------------------
BIO_MAX = 150                 # characters
POPULAR_MIN = 100_000         # posts: popular hashtags have more than this
NICHE_RANGE = (10_000, 50_000)  # posts: niche hashtags
POPULAR, NICHE, MIDDLE, SMALL = "Populārs", "Nišas", "Starp nišas un populāro", "Mazs"


def hashtag_size(posts: int) -> str:
    """The handbook's size group of a hashtag by its number of posts."""
    if posts > POPULAR_MIN:
        return POPULAR
    if NICHE_RANGE[0] <= posts <= NICHE_RANGE[1]:
        return NICHE
    if posts > NICHE_RANGE[1]:
        return MIDDLE
    return SMALL


def normalise_tag(tag: str) -> str:
    """A hashtag as written in a post: ``#`` plus the words joined, lower case."""
    return "#" + "".join((tag or "").replace("#", " ").split()).lower()


# --- Pinterest ("Pinterest") ------------------------------------------------------------------
BOARDS_RANGE = (10, 15)
PINS_PER_DAY = (5, 10)
PIN_RATIO = (2, 3)            # width : height
PIN_SIZE = (1000, 1500)       # pixels, the handbook's example
DAYS_PER_MONTH = 30           # chapter 16's example: 5–10 a day × 30 days = 150–300
RATIO_TOLERANCE = 0.01        # 1 % off 2:3 still counts as 2:3
GENERIC_BOARD_NAMES = ("mani darbi", "dažādi", "produkti", "jaunumi", "citi", "darbi", "kolekcija")


def is_pin_ratio(width: float, height: float) -> bool:
    """Whether an image is vertical 2:3 (within ``RATIO_TOLERANCE``)."""
    if width <= 0 or height <= 0:
        return False
    return abs(width / height - PIN_RATIO[0] / PIN_RATIO[1]) <= RATIO_TOLERANCE * PIN_RATIO[0] / PIN_RATIO[1]


def pins_per_month(per_day: float, days: int = DAYS_PER_MONTH) -> float:
    """Pins in a month at a daily rhythm."""
    return per_day * days
