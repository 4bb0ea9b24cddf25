"""The server as learners meet it: one app behind short links, learners kept apart, kernels
released when pages go away, compressed and cached assets, the LAN binding and the hub user.

Each test talks to a server it started itself on 127.0.0.1 (or, for the LAN test, on all
interfaces of this machine), through lightweight clients that do what an app page does.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import time
import urllib.error
import urllib.request

import pytest
from appclient import run, type_value, visit
from conftest import Served

from widgets.serve import lan_address
from widgets.store import Store

pytestmark = pytest.mark.serving


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A server with a small pool and short culling limits (6 s without a page, 2 s checks)."""
    s = Served(tmp_path_factory.mktemp("serving"),
               ["--pool=2", "--cull-disconnected=6", "--cull-interval=2", "--fill-delay=1"]).wait_ready()
    yield s
    s.stop()


def get(url: str, headers: dict[str, str] | None = None):
    """(status, headers, body) without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def kernel_alive(base: str, kernel_id: str) -> bool:
    return get(f"{base}/api/kernels/{kernel_id}")[0] == 200


def wait_until(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(1)
    return predicate()


def test_short_link_renders_the_exercise_through_the_single_app(served):
    v = run(visit(served.base, "/apps/E28?learner=short-link"))
    assert v.status == 200 and not v.error, v.error
    assert "Minimālā cena" in v.text_of("cb-results")
    nav = [s["state"]["value"] for s in v.states.values() if "cb-chapter-link" in s["state"].get("value", "")]
    assert nav and 'href="/book/ch14.html"' in nav[0]
    # every exercise goes through the one app notebook: the server keeps no pool per exercise
    assert "Kernel pool of widgets/notebooks/app.ipynb" in served.log()
    assert "Kernel pool of exercises/" not in served.log()
    # the per-exercise notebooks, asked for directly, go to the same app
    status, headers, _ = get(f"{served.base}/voila/render/exercises/E28.ipynb?learner=x")
    assert status == 302 and headers["Location"] == "/apps/E28?learner=x"
    landing = run(visit(served.base, "/apps/?learner=short-link"))
    assert "E28. Produkta izmaksu un cenas kalkulators" in landing.all_text()


def test_unknown_exercise_gets_a_latvian_page(served):
    status, _h, body = get(f"{served.base}/apps/E99")
    text = body.decode("utf-8")
    assert status == 404 and 'lang="lv"' in text and "vēl nav pieejams" in text


def test_learners_are_kept_apart_through_the_single_app(served):
    async def scenario():
        anna = await visit(served.base, "/apps/E28?learner=anna-apart", keep_open=True)
        await type_value(anna, "cb-field-materials", "31,40", "31,40")
        anna.close()
        juris = await visit(served.base, "/apps/E28?learner=juris-apart")
        again = await visit(served.base, "/apps/E28?learner=anna-apart")
        return juris, again

    juris, again = run(scenario())
    assert "31,40" not in juris.text_of("cb-results")
    assert "31,40" in again.text_of("cb-results")
    store = Store(served.db_url)
    assert store.latest("anna-apart", "E28")["materials"] == "31,40"
    assert store.latest("juris-apart", "E28") is None


def test_a_page_that_never_connects_frees_its_kernel(served):
    status, _h, body = get(f"{served.base}/apps/E04?learner=never-connects")
    assert status == 200
    kernel_id = re.search(r'"kernelId"\s*:\s*"([0-9a-f-]{36})"', body.decode()).group(1)
    assert kernel_alive(served.base, kernel_id)
    assert wait_until(lambda: not kernel_alive(served.base, kernel_id), 40), "kernel still running"


def test_a_page_that_drops_without_the_unload_request_frees_its_kernel(served):
    async def scenario():
        v = await visit(served.base, "/apps/E05?learner=drops", keep_open=True)
        await asyncio.sleep(10)  # longer than the limit for pages that are gone
        alive_while_connected = kernel_alive(served.base, v.kernel_id)
        v.close()  # no unload request: a phone killed the tab
        return v, alive_while_connected

    v, alive_while_connected = run(scenario())
    assert not v.error, v.error
    assert alive_while_connected, "a connected learner's kernel was culled"
    assert wait_until(lambda: not kernel_alive(served.base, v.kernel_id), 40), "kernel still running"


def test_a_burst_larger_than_the_pool_is_served(served):
    async def burst():
        return await asyncio.gather(*[visit(served.base, f"/apps/E{n}?learner=burst-{i}")
                                      for i, n in enumerate(["28", "05", "21", "04", "13"])])

    visits = run(burst())
    assert all(v.status == 200 and not v.error for v in visits), [v.error for v in visits]
    assert all(v.text_of("cb-results") for v in visits)


def test_text_is_compressed_and_hashed_assets_are_cached(served):
    status, headers, body = get(f"{served.base}/apps/?learner=gzip", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(body)
    html = gzip.decompress(body).decode()
    scripts = re.findall(r'src="([^"]+\.js)"', html)
    assert scripts
    for src in scripts:
        s, h, _b = get(served.base + src, {"Accept-Encoding": "gzip"})
        assert s == 200 and h["Content-Encoding"] == "gzip", src
    # the widgets extension's webpack chunks carry a content hash: a second visit does not ask again
    found = [p for p in _labextension_files(html) if re.search(r"[./-][0-9a-f]{16,}\.js$", p)]
    assert found
    s, h, _b = get(served.base + found[0], {"Accept-Encoding": "gzip"})
    assert s == 200 and "immutable" in h["Cache-Control"] and h["Content-Encoding"] == "gzip"
    s, h, _b = get(f"{served.base}/vendor/fontawesome/css/all.min.css")
    assert s == 200 and "max-age=31536000" in h["Cache-Control"]


def _labextension_files(html: str) -> list[str]:
    """The lab extensions' entry files the page loads (from its page config)."""
    return [f"/voila/labextensions/{name}/{load}"
            for load, name in re.findall(r'"load":\s*"([^"]+)",\s*"name":\s*"([^"]+)"', html)]


@pytest.fixture(scope="module")
def lan_hub(tmp_path_factory):
    """A server on all interfaces, running as a JupyterHub user would."""
    s = Served(tmp_path_factory.mktemp("lan"), ["--pool=1"], env={"JUPYTERHUB_USER": "marta"},
               host="0.0.0.0").wait_ready()
    yield s
    s.stop()


def test_host_all_interfaces_prints_the_lan_address(lan_hub):
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no LAN address")
    assert f"http://{address}:{lan_hub.port}/" in lan_hub.log()
    assert get(f"http://{address}:{lan_hub.port}/apps/E99")[0] == 404  # reachable from the network


def test_default_listens_on_loopback_only(served):
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no LAN address")
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://{address}:{served.port}/apps/E99", timeout=5)
    assert "http://localhost:" in served.log()


def test_the_hub_user_wins_over_a_link_token(lan_hub):
    async def scenario():
        v = await visit(lan_hub.base, "/apps/E28?learner=anna", keep_open=True)
        await type_value(v, "cb-field-materials", "12,30", "12,30")
        v.close()

    run(scenario())
    store = Store(lan_hub.db_url)
    assert store.latest("marta", "E28")["materials"] == "12,30"
    assert store.latest("anna", "E28") is None


def test_kernels_are_forks_of_the_template_and_end_with_the_server(tmp_path):
    """Every kernel is forked from the template (widgets/kernel_fork.py): its parent is the template,
    ps names it as the kernel command it stands for, it shares most of its memory, it serves an app
    with widgets and charts; and when the server ends, the template and every kernel end with it."""
    import psutil

    s = Served(tmp_path, ["--pool=2", "--fill-delay=1"]).wait_ready()
    try:
        v = run(visit(s.base, "/apps/E60?learner=fork", timeout=120))  # its kernel stays until culled
        assert not v.error, v.error
        assert "Prognoze ceturtajam ceturksnim" in v.all_text()  # statsmodels' forecast, imported by the template
        assert any("data:image/png;base64," in (st.get("state", {}).get("value") or "") for st in v.states.values())
        children = psutil.Process(s.proc.pid).children(recursive=True)
        templates = [c for c in children if "kernel_template" in " ".join(c.cmdline())]
        kernels = [c for c in children if "ipykernel_launcher" in " ".join(c.cmdline())]
        assert len(templates) == 1
        assert len(kernels) >= 2  # the learner's and the pool's (its refill may not have started yet)
        for k in kernels:
            assert k.ppid() == templates[0].pid
            assert "(forked)" in " ".join(k.cmdline())
        mine = next(k for k in kernels if v.kernel_id in " ".join(k.cmdline()))
        memory = mine.memory_full_info()
        assert memory.uss < memory.rss / 2  # most of it shared with the template
        everyone = [templates[0], *kernels]
    finally:
        s.stop()
    gone, alive = psutil.wait_procs(everyone, timeout=30)
    assert not alive, [p.pid for p in alive]


def test_forking_can_be_turned_off(tmp_path):
    """CRAFTBOOK_FORK_KERNELS=0: kernels start as fresh processes, as Jupyter starts them."""
    import psutil

    s = Served(tmp_path, ["--pool=1", "--fill-delay=1"], env={"CRAFTBOOK_FORK_KERNELS": "0"}).wait_ready()
    try:
        v = run(visit(s.base, "/apps/E28?learner=plain", timeout=120))
        assert not v.error, v.error
        kernels = [c for c in psutil.Process(s.proc.pid).children(recursive=True)
                   if "ipykernel_launcher" in " ".join(c.cmdline())]
        assert kernels and all(k.ppid() == s.proc.pid for k in kernels)
        assert not any("(forked)" in " ".join(k.cmdline()) for k in kernels)
    finally:
        s.stop()
