"""Charts drawn once for every kernel: a folder of PNGs, keyed by the chart's data.

Drawing a chart with matplotlib costs 0,1–0,6 s of CPU, most of an app's first result. When a
class opens exercises at once, every learner starts from the same answers (the exercise's
example, or a case study's data), so every kernel would draw the same charts again.
``python -m widgets.chart_cache`` (started in the background by ``widgets.serve``) draws those
charts once into this folder; an app reads a chart from here when it has it and draws it
otherwise. Kernels only read: a learner's own charts stay in the kernel's memory, so the folder
holds a bounded set (examples and cases) and needs no eviction.

The folder's name carries a digest of the code that draws charts and of matplotlib's version, so
a changed chart never comes from an old file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .blocks import Chart

ROOT = Path(__file__).resolve().parent.parent
ENV = "CRAFTBOOK_CHART_CACHE"
_DRAWING_CODE = ("charts.py", "fmt.py", "blocks.py")


@lru_cache(maxsize=1)
def version() -> str:
    """A digest of what decides a chart's pixels: the drawing code and matplotlib's version."""
    import matplotlib

    digest = hashlib.sha256(matplotlib.__version__.encode())
    for name in _DRAWING_CODE:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def folder() -> Path:
    """Where the charts are: ``CRAFTBOOK_CHART_CACHE``, else ``.cache/charts`` in the checkout, else
    (a read-only install) the user's cache folder; one subfolder per :func:`version`."""
    if os.environ.get(ENV):
        base = Path(os.environ[ENV])
    elif os.access(ROOT, os.W_OK):
        base = ROOT / ".cache" / "charts"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "amatnieku-burtnica" / "charts"
    return base / version()


def key(chart: Chart) -> str:
    """The file name of a chart: a digest of everything it shows."""
    return hashlib.sha256(repr(chart).encode("utf-8")).hexdigest()[:32] + ".png"


def read(chart: Chart) -> bytes | None:
    """The chart's PNG if it was drawn before, else None."""
    try:
        return (folder() / key(chart)).read_bytes()
    except OSError:
        return None


def write(chart: Chart, png: bytes) -> None:
    """Keep a drawn chart. Written to a temporary file and renamed, so a kernel reading at the same
    moment sees the whole file or none."""
    target = folder() / key(chart)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(png)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def starting_charts() -> list[Chart]:
    """The charts learners see first: every exercise's example answers and every case study's runs."""
    from . import cases, registry

    found: dict[str, Chart] = {}
    raws = [(exercise, exercise.default_raw()) for exercise in registry.all_exercises()]
    raws += [(registry.get(run.exercise), cases.raw_for(run)) for case in cases.all_cases() for run in case.runs]
    for exercise, raw in raws:
        for block in exercise.evaluate(raw)[3]:
            if isinstance(block, Chart):
                found.setdefault(key(block), block)
    return list(found.values())


def fill() -> tuple[int, int]:
    """Draw every starting chart not in the folder yet; returns (drawn now, there already). Older
    versions' folders are removed."""
    from .charts import render_png

    drawn = present = 0
    for chart in starting_charts():
        if (folder() / key(chart)).exists():
            present += 1
            continue
        write(chart, render_png(chart))
        drawn += 1
    for old in folder().parent.iterdir():
        if old.is_dir() and old.name != version():
            for f in old.iterdir():
                f.unlink(missing_ok=True)
            old.rmdir()
    return drawn, present


if __name__ == "__main__":
    try:
        os.nice(10)  # behind the learners: this only saves them work later
    except OSError:
        pass
    try:
        new, old = fill()
    except OSError:  # a read-only install: the apps draw their charts themselves
        print(f"Grafikus sākuma atbildēm nevar saglabāt mapē {folder()}; lietotnes tos zīmēs pašas.", flush=True)
        raise SystemExit(0) from None
    if new:
        print(f"Grafiki sākuma atbildēm sagatavoti: {new} jauni, {old} jau bija ({folder()}).", flush=True)
