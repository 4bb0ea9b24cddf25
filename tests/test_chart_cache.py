"""The shared folder of charts (widgets/chart_cache.py): what is drawn once, what is read back,
and that a chart never comes from a file of another chart or of older drawing code."""

from __future__ import annotations

import pytest

from widgets import chart_cache, registry, render_html
from widgets.blocks import Chart


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    """An empty chart folder of its own, and empty in-memory caches."""
    monkeypatch.setenv(chart_cache.ENV, str(tmp_path))
    chart_cache.folder.cache_clear()
    render_html._CHART_CACHE.clear()
    yield tmp_path / chart_cache.version()
    chart_cache.folder.cache_clear()
    render_html._CHART_CACHE.clear()


def chart(values=(1.0, 2.0)) -> Chart:
    return Chart(kind="bar", title="Pārdošana", labels=["janv.", "febr."], series={"Ieņēmumi": list(values)})


def test_key_follows_the_data():
    assert chart_cache.key(chart()) == chart_cache.key(chart())
    assert chart_cache.key(chart()) != chart_cache.key(chart((1.0, 2.5)))
    assert chart_cache.key(chart()).endswith(".png")


def test_written_chart_is_read_back_whole(folder):
    assert chart_cache.read(chart()) is None
    chart_cache.write(chart(), b"\x89PNG fake")
    assert chart_cache.read(chart()) == b"\x89PNG fake"
    assert chart_cache.read(chart((3.0, 4.0))) is None
    assert not list(folder.glob("*.tmp"))  # written under a temporary name, then renamed


def test_the_app_takes_a_drawn_chart_from_the_folder_and_draws_the_rest(folder, monkeypatch):
    drawn = []
    import widgets.charts as charts

    real = charts.render_png
    monkeypatch.setattr(charts, "render_png", lambda c, *a, **k: drawn.append(c) or real(c, *a, **k))
    chart_cache.write(chart(), b"from the folder")
    assert render_html.chart_png(chart()) == b"from the folder"
    assert drawn == []
    png = render_html.chart_png(chart((5.0, 6.0)))
    assert png.startswith(b"\x89PNG") and len(drawn) == 1
    assert chart_cache.read(chart((5.0, 6.0))) is None  # a learner's own chart stays in the kernel


def test_fill_draws_every_starting_chart_once_and_drops_old_versions(folder):
    old = folder.parent / "0000000000000000"
    old.mkdir(parents=True)
    (old / "stale.png").write_bytes(b"old drawing code")
    starting = chart_cache.starting_charts()
    e28 = registry.get("E28")
    e28_charts = [b for b in e28.evaluate(e28.default_raw())[3] if isinstance(b, Chart)]
    assert e28_charts and all(chart_cache.key(c) in {chart_cache.key(s) for s in starting} for c in e28_charts)
    drawn, present = chart_cache.fill()
    assert (drawn, present) == (len(starting), 0)
    assert chart_cache.fill() == (0, len(starting))
    assert not old.exists()
    assert all(chart_cache.read(c).startswith(b"\x89PNG") for c in starting)


def test_version_changes_with_matplotlib(monkeypatch):
    import matplotlib

    before = chart_cache.version()
    chart_cache.version.cache_clear()
    monkeypatch.setattr(matplotlib, "__version__", "0.0.0-test")
    try:
        assert chart_cache.version() != before
    finally:
        chart_cache.version.cache_clear()
