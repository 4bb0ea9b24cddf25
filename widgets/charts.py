"""Draw :class:`~widgets.blocks.Chart` blocks with matplotlib (imported here only).

The Agg backend is forced: charts are rendered to PNG bytes for the app, the
book and the PDF export alike, never to a window.
"""

from __future__ import annotations

import io

from . import fmt
from .blocks import Chart

PALETTE = ["#8c5a3c", "#d9a441", "#4f7b5a", "#5b7fa6", "#b5523b", "#7d6b91", "#9a9a9a"]


def render_png(chart: Chart, width: float = 7.0, height: float = 4.0) -> bytes:
    """Render a chart to PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = max(len(chart.labels), 1)
    if chart.kind == "barh":
        height = max(height, 0.45 * rows + 1.2)
    fig = Figure(figsize=(width, height), dpi=100)
    ax = fig.add_subplot()
    ax.set_title(chart.title, fontsize=11)
    numbers = FuncFormatter(lambda v, _pos: fmt.number(v, 0 if abs(v) >= 10 else 1))
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
                ax.bar(xs, values, width=width_each, label=name, color=PALETTE[i % len(PALETTE)])
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
        for i, (name, values) in enumerate(series):
            ax.plot(chart.labels, values, marker="o", label=name, color=PALETTE[i % len(PALETTE)])
        ax.yaxis.set_major_formatter(numbers)
        if len(series) > 1:
            ax.legend(fontsize=8)
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
