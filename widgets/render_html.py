"""Render result blocks as HTML for the app and the book (learner text escaped)."""

from __future__ import annotations

import base64
import re
from html import escape

from .blocks import Block, Chart, Check, Metric, Note, Section, Swatches, Table, Text

STYLE = """
<style>
.cb-metrics{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.cb-metric{background:#f6f1ea;border-radius:8px;padding:8px 12px;min-width:170px;flex:1 1 170px;line-height:1.3}
.cb-metric div{line-height:1.3}
.cb-metric .v{font-size:1.35em;font-weight:600;color:#5a3b26}
.cb-metric .l{font-size:.9em;color:#444}.cb-metric .n{font-size:.8em;color:#666}
.cb-table{border-collapse:collapse;margin:8px 0;font-size:.92em;max-width:100%}
.cb-table th,.cb-table td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
.cb-table th{background:#efe7dc}.cb-table td.num{text-align:right;white-space:nowrap}
.cb-scroll{overflow-x:auto;max-width:100%}
.cb-scroll:focus-visible{outline:3px solid #8c5a3c;outline-offset:2px}
.cb-scroll .cb-table tr>:first-child{position:sticky;left:0;background:#fff}
.cb-scroll .cb-table thead tr>:first-child{background:#efe7dc}
.cb-sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.cb-text{background:#fffdf8;border-left:4px solid #d9a441;padding:8px 12px;white-space:pre-wrap;margin:8px 0}
.cb-check{margin:4px 0}.cb-check .ok{color:#2e7d32;font-weight:600}.cb-check .no{color:#b23b1e;font-weight:600}
.cb-note{padding:6px 10px;border-radius:6px;margin:6px 0;background:#eef3f8}
.cb-note.warning{background:#fdecea;color:#8a1f11}.cb-note.success{background:#e8f5e9}
.cb-chart img{max-width:100%;height:auto}
.cb-swatches{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0}
.cb-swatch{border:1px solid #ccc;border-radius:8px;min-width:150px;flex:1 1 150px;overflow:hidden}
.cb-swatch .c{height:70px;padding:8px;line-height:1.3}.cb-swatch .l{padding:4px 8px;font-size:.9em}
h4.cb-h{margin:12px 0 4px 0}
h3.cb-section{margin:18px 0 6px 0;padding-bottom:3px;border-bottom:2px solid #d9a441;color:#5a3b26}
.widget-html-content{line-height:1.4}
.cb-worksheet textarea{font-family:inherit;font-size:inherit}
</style>
"""


def _table(block: Table) -> str:
    # a column without a heading still needs one for screen readers (hidden); with no heading over the
    # first column, its cells head their rows (a SWOT grid's "Iekšējie faktori")
    head = "".join(f"<th>{escape(c)}</th>" if c.strip() else f'<th><span class="cb-sr-only">{i + 1}. kolonna</span></th>'
                   for i, c in enumerate(block.columns))
    row_heads = bool(block.columns) and not block.columns[0].strip()
    body = []
    for r, row in enumerate(block.rows):
        cells = []
        for c, value in enumerate(row):
            numeric = block.numbers is not None and block.numbers[r][c] is not None
            link = cell_link(block, r, c)
            shown = f'<a href="{escape(link)}">{escape(value)}</a>' if link else escape(value)
            if c == 0 and row_heads:
                cells.append(f'<th scope="row">{shown}</th>')
                continue
            cells.append(f'<td class="num">{shown}</td>' if numeric else f"<td>{shown}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return titled_table(block.title, f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>")


def titled_table(title: str, table_body: str) -> str:
    """A heading and a table in a box that scrolls sideways on a narrow screen. The box is a named
    region in the tab order: a keyboard user can scroll it too (WCAG 2.1.1, axe's
    scrollable-region-focusable)."""
    return (f'<h4 class="cb-h">{escape(title)}</h4><div class="cb-scroll" tabindex="0" role="region" '
            f'aria-label="{escape(title)}"><table class="cb-table">{table_body}</table></div>')


_SAFE_LINK = re.compile(r"^(https?://|/|\.\./|\./|[A-Za-z0-9_-]+(/|$|\?))[^\s\"'<>]*$")


def cell_link(block: Table, r: int, c: int) -> str | None:
    """The cell's link if it is a web or relative address (never ``javascript:`` or another scheme)."""
    try:
        link = block.links[r][c] if block.links else None
    except IndexError:
        return None
    return link if isinstance(link, str) and _SAFE_LINK.match(link) else None


_FONT = re.compile(r"[^A-Za-z0-9 ,'\"-]")


def _ink(hex_code: str) -> str:
    """Black or white, whichever reads better on the colour (WCAG relative luminance)."""
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(hex_code[i:i + 2], 16)) for i in (1, 3, 5))
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.179 else "#FFFFFF"


def _swatches(block: Swatches) -> str:
    from .fields import normalise_hex

    font = _FONT.sub("", block.font_family)[:200]
    style = f"font-family:{font};" if font else ""
    items = []
    for name, raw in block.colours:
        code = normalise_hex(raw)
        if code is None:
            continue  # only a validated hex code ever reaches a style attribute
        sample = escape(block.sample) if block.sample else "&nbsp;"
        items.append(f'<div class="cb-swatch"><div class="c" style="background:{code};color:{_ink(code)};'
                     f'{escape(style)}">{sample}</div><div class="l"><b>{escape(name)}</b> {code}</div></div>')
    return f'<h4 class="cb-h">{escape(block.title)}</h4><div class="cb-swatches">{"".join(items)}</div>'


_CHART_CACHE: dict[str, bytes] = {}


def chart_png(block: Chart) -> bytes:
    """The chart as PNG, remembered by its data: a long result (the plan) keeps most charts unchanged
    while the learner types, and its downloads draw the same charts again. Charts of the starting
    answers come drawn from :mod:`widgets.chart_cache`."""
    from . import chart_cache

    key = repr(block)
    if key not in _CHART_CACHE:
        if len(_CHART_CACHE) > 200:
            _CHART_CACHE.clear()
        png = chart_cache.read(block)
        if png is None:
            from .charts import render_png

            png = render_png(block)
        _CHART_CACHE[key] = png
    return _CHART_CACHE[key]


def _chart_data(block: Chart) -> str:
    return base64.b64encode(chart_png(block)).decode("ascii")


def render_block(block: Block, charts: bool = True) -> str:
    """HTML of one block; charts become inline PNG images (or are skipped)."""
    if isinstance(block, Metric):
        note = f'<div class="n">{escape(block.note)}</div>' if block.note else ""
        return (f'<div class="cb-metric"><div class="l">{escape(block.label)}</div>'
                f'<div class="v">{escape(block.value)}</div>{note}</div>')
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Text):
        return f'<h4 class="cb-h">{escape(block.title)}</h4><div class="cb-text">{escape(block.body)}</div>'
    if isinstance(block, Check):
        mark = '<span class="ok">✔</span>' if block.ok else '<span class="no">✘</span>'
        message = f" — {escape(block.message)}" if block.message else ""
        return f'<div class="cb-check">{mark} <b>{escape(block.label)}</b>{message}</div>'
    if isinstance(block, Swatches):
        return _swatches(block)
    if isinstance(block, Section):
        if block.level <= 1:
            return f'<h3 class="cb-section">{escape(block.title)}</h3>'
        return f'<h4 class="cb-h cb-subsection">{escape(block.title)}</h4>'
    if isinstance(block, Note):
        return f'<div class="cb-note {escape(block.level)}">{escape(block.text)}</div>'
    if isinstance(block, Chart):
        if not charts:
            return ""
        data = _chart_data(block)
        return (f'<div class="cb-chart"><img alt="{escape(block.title)}" '
                f'src="data:image/png;base64,{data}"/></div>')
    raise TypeError(f"unknown block {block!r}")


def render_blocks(blocks: list[Block], charts: bool = True) -> str:
    """HTML of a list of blocks, with consecutive metrics grouped in one row."""
    parts, metrics = [STYLE], []
    for block in blocks:
        if isinstance(block, Metric):
            metrics.append(render_block(block))
            continue
        if metrics:
            parts.append('<div class="cb-metrics">' + "".join(metrics) + "</div>")
            metrics = []
        parts.append(render_block(block, charts))
    if metrics:
        parts.append('<div class="cb-metrics">' + "".join(metrics) + "</div>")
    return "\n".join(parts)
