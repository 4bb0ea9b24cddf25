"""Result blocks: what an exercise's view returns, for every surface to render.

A view turns answers and computed results into a list of these plain data
objects; ``render_html``, the exports and the charts read them. No ipywidgets,
no I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Metric:
    """One headline number, already formatted (``1 234,50 €``)."""

    label: str
    value: str
    note: str = ""


@dataclass
class Table:
    """A table of formatted cells."""

    title: str
    columns: list[str]
    rows: list[list[str]]
    # raw numbers per cell, for Excel (None where the cell is text)
    numbers: list[list[float | None]] | None = None
    number_formats: list[str | None] | None = None  # per column: "money", "percent", "number"
    # optional link per cell (an app URL), shown as a link where the format has links; None: no link
    links: list[list[str | None]] | None = None


@dataclass
class Text:
    """A generated text (statement, plan, letter) the learner can copy."""

    title: str
    body: str


@dataclass
class Check:
    """A pass/fail check with an explanation."""

    label: str
    ok: bool
    message: str = ""


@dataclass
class Chart:
    """A chart described as data; ``charts.render_png`` draws it with matplotlib.

    kind: "bar", "barh", "stacked", "scatter", "pie" or "line".
    """

    kind: str
    title: str
    labels: list[str] = field(default_factory=list)
    series: dict[str, list[float]] = field(default_factory=dict)
    xlabel: str = ""
    ylabel: str = ""
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Note:
    """A short message: ``level`` is "info", "warning" or "success"."""

    text: str
    level: str = "info"


@dataclass
class Swatches:
    """Colour samples: (name, hex) pairs, with an optional sample text shown in ``font_family``.

    ``colours`` are ``(name, "#RRGGBB")`` pairs; the renderers draw a colour only when its
    code is a valid hex code. ``sample`` is shown on each colour in ``font_family`` (a CSS
    generic or local family name), so the learner sees the palette and the fonts together.
    """

    title: str
    colours: list[tuple[str, str]] = field(default_factory=list)
    sample: str = ""
    font_family: str = ""


@dataclass
class Section:
    """A heading that splits a long result (a plan) into parts.

    ``level`` 1 is a part: a new sheet in Excel and an entry of the PDF's table of contents;
    level 2 is a heading inside a part (also listed in the table of contents, indented).
    """

    title: str
    level: int = 1


Block = Metric | Table | Text | Check | Chart | Note | Swatches | Section
