"""Draw :class:`~widgets.blocks.Chart` blocks with matplotlib (imported here only).

The Agg backend is forced: charts are rendered to PNG bytes for the app, the
book and the PDF export alike, never to a window.
"""

from __future__ import annotations

import io

from . import fmt
from .blocks import Chart

PALETTE = ["#8c5a3c", "#d9a441", "#4f7b5a", "#5b7fa6", "#b5523b", "#7d6b91", "#9a9a9a"]


def _value(v: float, unit: str = "") -> str:
    """A value label on a chart: money when the axis is in euros, otherwise a plain number."""
    if unit.strip() in ("€", "EUR") or unit.endswith(", €"):
        return fmt.money(v, 0) if abs(v) >= 100 else fmt.money(v)
    if unit.strip() == "%" or unit.endswith(", %"):
        return fmt.percent(v, 0 if abs(v) >= 10 else 1)
    return fmt.number(v, 0 if float(v).is_integer() or abs(v) >= 100 else 1)


def _line(ax, chart: Chart, series) -> None:
    """Lines with markers. Options: ``band`` = {"label", "low", "high"} (a shaded range),
    ``hline`` = (value, label) (a reference line), ``marks`` = [(x index, label)] (vertical markers),
    ``values`` = "last" | "all" | "none" (value labels; default "all" for ≤ 12 points, else "last")."""
    xs = list(range(len(chart.labels)))
    band = chart.options.get("band")
    if band:
        ax.fill_between(xs, band["low"], band["high"], color=PALETTE[1], alpha=0.25, label=band.get("label", ""))
    shown = chart.options.get("values", "all" if len(xs) <= 12 else "last")
    for i, (name, values) in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        points = [(x, v) for x, v in zip(xs, values) if v is not None]
        ax.plot([x for x, _ in points], [v for _, v in points], marker="o", markersize=4, label=name, color=colour)
        labelled = points if shown == "all" else points[-1:] if shown == "last" else []
        for x, v in labelled:
            ax.annotate(_value(v, chart.ylabel), (x, v), xytext=(0, 5), textcoords="offset points", ha="center",
                        fontsize=7, color=colour)
    if chart.options.get("hline") is not None:
        value, label = chart.options["hline"]
        ax.axhline(value, color=PALETTE[4], linestyle="--", linewidth=1, label=label)
    for x, label in chart.options.get("marks", []):
        ax.axvline(x, color=PALETTE[2], linestyle=":", linewidth=1.5)
        ax.annotate(label, (x, 1), xycoords=("data", "axes fraction"), xytext=(3, -12), textcoords="offset points",
                    fontsize=8, color=PALETTE[2], fontweight="bold")
    step = max(1, len(xs) // 12)
    ax.set_xticks(xs[::step], chart.labels[::step])
    ax.tick_params(axis="x", labelrotation=30 if max((len(lbl) for lbl in chart.labels), default=0) > 4 else 0,
                   labelsize=8)
    ax.grid(alpha=0.3)
    if len(series) > 1 or band or chart.options.get("hline") is not None:
        ax.legend(fontsize=8)


def _timeline(ax, chart: Chart) -> None:
    """Horizontal bars from ``series["start"]`` lasting ``series["length"]`` (e.g. days), one row per label;
    ``options["points"]`` = [(row, x, text)] adds labelled dots (e.g. each e-mail of a flow)."""
    starts, lengths = chart.series["start"], chart.series["length"]
    for row, (start, length) in enumerate(zip(starts, lengths)):
        ax.barh(row, max(length, 0.15), left=start, color=PALETTE[row % len(PALETTE)], alpha=0.45, height=0.5)
    for row, x, text in chart.options.get("points", []):
        ax.plot([x], [row], "o", color=PALETTE[row % len(PALETTE)], markersize=6)
        ax.annotate(text, (x, row), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=7)
    ax.set_yticks(range(len(chart.labels)), chart.labels, fontsize=8)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)


def render_png(chart: Chart, width: float = 7.0, height: float = 4.0) -> bytes:
    """Render a chart to PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = max(len(chart.labels), 1)
    if chart.kind in ("barh", "timeline"):
        height = max(height, 0.45 * rows + 1.2)
    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.add_subplot()
    ax.set_title(chart.title, fontsize=11)
    # axis ticks: as many decimals as the tick step needs (0,05 0,10 0,15, not 0,1 0,1 0,2)
    # trailing zeros are dropped, so small steps keep their digits (0,05 0,1 0,15) and big ones have none
    numbers = FuncFormatter(lambda v, _pos: fmt.number(v, 0 if abs(v) >= 10 else 1 if abs(v) >= 1 else 3))
    series = list(chart.series.items())
    if chart.kind == "barh":
        values = series[0][1]
        ax.barh(chart.labels, values, color=PALETTE[: len(values)])
        ax.invert_yaxis()
        ax.xaxis.set_major_formatter(numbers)
        for y, v in enumerate(values):
            ax.annotate(fmt.money(v) if chart.xlabel == "€" else fmt.number(v), (v, y), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=8)
    elif chart.kind in ("bar", "stacked"):
        bottom = [0.0] * len(chart.labels)
        width_each = 0.8 / (len(series) if chart.kind == "bar" else 1)
        for i, (name, values) in enumerate(series):
            if chart.kind == "stacked":
                ax.bar(chart.labels, values, bottom=bottom, label=name, color=PALETTE[i % len(PALETTE)])
                bottom = [b + v for b, v in zip(bottom, values)]
            else:
                xs = [x + i * width_each for x in range(len(chart.labels))]
                bars = ax.bar(xs, values, width=width_each, label=name, color=PALETTE[i % len(PALETTE)])
                if len(series) * len(chart.labels) <= 24:  # values on the bars while they stay legible
                    ax.bar_label(bars, labels=[_value(v, chart.ylabel) for v in values], fontsize=7, padding=2)
        if chart.kind == "bar":  # the labels under the middle of each group of bars
            ax.set_xticks([x + (len(series) - 1) * width_each / 2 for x in range(len(chart.labels))], chart.labels)
        if chart.kind == "stacked" and len(chart.labels) <= 24:
            for x, total in enumerate(bottom):
                ax.annotate(_value(total, chart.ylabel), (x, total), xytext=(0, 2), textcoords="offset points",
                            ha="center", fontsize=7)
        ax.yaxis.set_major_formatter(numbers)
        if all(float(v).is_integer() for _, values in series for v in values):
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no "2,5 ieraksti"
        if len(series) > 1:
            ax.legend(fontsize=8)
        ax.tick_params(axis="x", labelrotation=30 if max(len(label) for label in chart.labels or [""]) > 4 else 0,
                       labelsize=8)
    elif chart.kind == "scatter":
        highlight = chart.options.get("highlight")
        xs, ys = chart.series["x"], chart.series["y"]
        for label, x, y in zip(chart.labels, xs, ys):
            mine = label == highlight
            ax.scatter([x], [y], s=90 if mine else 50, color=PALETTE[4] if mine else PALETTE[3], zorder=3)
            ax.annotate(label, (x, y), xytext=(5, 4), textcoords="offset points", fontsize=8,
                        fontweight="bold" if mine else "normal")
        ax.xaxis.set_major_formatter(numbers)
        ax.grid(alpha=0.3)
    elif chart.kind == "pie":
        values = series[0][1]
        shown = [(label, v) for label, v in zip(chart.labels, values) if v > 0]
        ax.pie([v for _, v in shown], labels=[f"{label}\n{fmt.money(v)}" for label, v in shown],
               colors=PALETTE[: len(shown)], startangle=90, textprops={"fontsize": 8})
        ax.axis("equal")
    elif chart.kind == "line":
        _line(ax, chart, series)
        ax.yaxis.set_major_formatter(numbers)
    elif chart.kind == "timeline":
        _timeline(ax, chart)
    else:  # pragma: no cover - a definition error, caught by the unit tests
        raise ValueError(f"unknown chart kind {chart.kind!r}")
    if chart.xlabel:
        ax.set_xlabel(chart.xlabel)
    if chart.ylabel:
        ax.set_ylabel(chart.ylabel)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
