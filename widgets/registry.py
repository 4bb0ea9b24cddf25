"""All exercises, by id, and the book's chapter titles (for the landing app and links)."""

from __future__ import annotations

import re
from importlib import import_module
from pathlib import Path

from .exercise import Exercise

# id → module under widgets.exercises (``e28_price.py`` is E28); found by file name so that adding an
# exercise is adding one file, and imported only on first use (kernels stay light)
_MODULES = {
    f"E{m.group(1)}": m.group(0)
    for m in (re.fullmatch(r"e(\d\d)_\w+", p.stem) for p in (Path(__file__).parent / "exercises").glob("e[0-9][0-9]_*.py"))
    if m
}

PARTS = [
    ("I. Pamati", range(1, 7)), ("II. Zīmols", range(7, 10)), ("III. Veikals", range(10, 15)),
    ("IV. Mārketings", range(15, 20)), ("V. Darbība", range(20, 24)), ("VI. Klienti", range(24, 28)),
    ("VII. Izaugsme", range(28, 33)),
]

CHAPTERS = {
    1: "Par darba burtnīcu", 2: "Amatnieki un e-komercija", 3: "Tirgus un nišas izpēte",
    4: "Unikālais piedāvājums un biznesa plāns", 5: "Likuma prasības", 6: "Finanšu plānošana",
    7: "Zīmola veidošana", 8: "Vizuālā identitāte un fotografēšana", 9: "Iepakojums un izpakošanas pieredze",
    10: "Platformas izvēle", 11: "Amatniecības tirgus platformas", 12: "Sava e-komercijas vietne",
    13: "Produktu apraksti un SEO", 14: "Cenu noteikšana", 15: "Mārketinga stratēģija", 16: "Sociālie mediji",
    17: "Satura mārketings un video", 18: "E-pasta mārketings un automatizācija", 19: "Sadarbība ar ietekmētājiem",
    20: "Pasūtījumi, krājumi un ražošana", 21: "Darbnīca", 22: "Iepakošana un piegāde",
    23: "Personalizēti pasūtījumi", 24: "Klienta ceļojums", 25: "Klientu serviss",
    26: "Kopiena, lojalitāte un ieteikumi", 27: "Atsauksmes", 28: "Analītika", 29: "Vietnes optimizācija",
    30: "Izaugsmes plānošana", 31: "Resursi un atbalsts", 32: "Noslēgums: mans e-komercijas plāns",
}


def ids() -> list[str]:
    """Every exercise id, in catalogue order."""
    return sorted(_MODULES)


def get(exercise_id: str) -> Exercise:
    """The exercise with this id (KeyError if there is none)."""
    module = import_module(f".exercises.{_MODULES[exercise_id]}", __package__)
    return module.EXERCISE


def all_exercises() -> list[Exercise]:
    """Every exercise, ordered by chapter, then id."""
    return sorted((get(i) for i in ids()), key=lambda e: (e.chapter, e.id))


def chapter_page(chapter: int) -> str:
    """Book page of a chapter, relative to the book's root (``book/ch14.html``)."""
    return f"book/ch{chapter:02d}.html"
