"""Benchmarks (not tests): what a learner waits for and what a class costs, against plain Voilà.

Run: ``make bench`` (or ``.venv/bin/python bench/run.py [--quick]``). It prints Markdown for the
README. Every figure comes with its ratio to plain ``voila exercises/E28.ipynb`` measured in the
same run on the same machine, because a 2-core machine's speed moves between runs.

What it measures
----------------
1. One learner, fresh browser (Debian chromium, a new context each load): time from the request
   to the first result on screen, median of several loads; the bytes a first visit transfers.
2. The same learner again with a warm browser cache.
3. A classroom burst, with lightweight clients (HTTP plus the kernel websocket, as a page does;
   see ``tests/appclient.py``) and one real chromium among them: 30 learners open the same
   exercise at once, then 30 learners open 30 different exercises. p50/p95 time to the first
   result, and how many answered.
4. Memory (USS, the memory a process does not share): the server, the kernel template and an idle pool, and each
   active learner's kernel; then the kernels still alive 5 minutes after every page closed.
5. Start-up: from starting the server (book built) to the first app page answering.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import psutil  # noqa: E402
from appclient import visit  # noqa: E402

from widgets import registry  # noqa: E402
from widgets.serve import free_port, spawn, wait_for  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
RESULT = ".cb-results .cb-h, .cb-results .cb-metric"
CLASS = 30


def uss_mb(pid: int) -> float:
    try:
        return psutil.Process(pid).memory_full_info().uss / 2**20
    except psutil.Error:
        return 0.0


def kernels_of(pid: int) -> list[int]:
    """Kernel processes started by the server."""
    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True) if "ipykernel" in " ".join(c.cmdline())]
    except psutil.Error:
        return []


def in_thread(make_coro):
    """Run a coroutine to completion on its own event loop in another thread (Playwright's sync API
    keeps an event loop running in this one) and return its result."""
    import threading

    box: dict = {}

    def target():
        try:
            box["result"] = asyncio.run(make_coro())
        except Exception as err:  # surfaced below
            box["error"] = err

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["result"]


def kernel_pids(server_pid: int, kernel_ids: set[str]) -> list[int]:
    """The processes of these kernels (a kernel's command line names its connection file, kernel-<id>.json)."""
    out = []
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            line = " ".join(child.cmdline())
        except psutil.Error:
            continue
        if any(k in line for k in kernel_ids):
            out.append(child.pid)
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class Server:
    """Our server or plain Voilà, started by the benchmark on 127.0.0.1."""

    def __init__(self, tmp: Path, plain: bool = False, pool: int = CLASS):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.plain = plain
        env = {**os.environ, "CRAFTBOOK_DB": f"sqlite:///{tmp / f'answers-{self.port}.sqlite'}"}
        self.log = open(tmp / f"server-{self.port}.log", "w")
        self.started = time.monotonic()
        if plain:
            self.proc = subprocess.Popen([str(Path(sys.executable).parent / "voila"), "exercises/E28.ipynb", "--no-browser",
                                          f"--port={self.port}", "--Voila.ip=127.0.0.1"], cwd=ROOT, env=env,
                                         stdout=self.log, stderr=subprocess.STDOUT)
        else:
            self.proc = spawn(self.port, env, self.log, [f"--pool={pool}"])
        wait_for(self.base + ("/voila/static/voila.js" if plain else "/vendor/fontawesome/css/all.min.css"), 60)

    def url(self, exercise_id: str, learner: str) -> str:
        if self.plain:  # plain Voilà serves one notebook at / (it knows no learners or exercises)
            return f"{self.base}/?learner={learner}"
        return f"{self.base}/apps/{exercise_id}?learner={learner}"

    def path(self, exercise_id: str, learner: str) -> str:
        return self.url(exercise_id, learner)[len(self.base):]

    def mark(self) -> int:
        """Where the server's log is now (take it before the kernels are used, for ``wait_pool``)."""
        return Path(self.log.name).stat().st_size

    def wait_pool(self, since: int = 0, seconds: float = 400) -> float:
        """Seconds (since start) until every kernel of the pool is ready: the server's last "kernel pool:
        N of M ready" line after ``since`` says N = M (after the first fill, Voilà's own "is filled with"
        line cannot tell: it comes when the first refill ends). Plain Voilà has no pool: 0."""
        if self.plain:
            return 0.0
        import re

        path = Path(self.log.name)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            text = path.read_bytes()[since:].decode(errors="replace")
            counts = re.findall(r"kernel pool: (\d+) of (\d+) ready", text)
            if (counts and counts[-1][0] == counts[-1][1]) or (not counts and "is filled with" in text):
                return time.monotonic() - self.started
            time.sleep(0.5)
        return float("nan")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def browser_load(browser, url: str, context=None) -> tuple[float, int]:
    """(seconds to the first result, bytes transferred) for one page load."""
    own = context is None
    context = context or browser.new_context()
    page = context.new_page()
    sizes: list[int] = []

    def on_finished(request):
        try:
            s = request.sizes()
            sizes.append(s["responseBodySize"] + s["responseHeadersSize"])
        except Exception:
            pass

    page.on("requestfinished", on_finished)
    start = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=180_000)
    page.wait_for_selector(RESULT, timeout=180_000)
    elapsed = time.perf_counter() - start
    page.wait_for_timeout(300)
    page.close(run_before_unload=True)
    if own:
        context.close()
    return elapsed, sum(sizes)


def one_learner(browser, server: Server, loads: int) -> dict:
    fresh, transferred = [], []
    for i in range(loads):
        seconds, size = browser_load(browser, server.url("E28", f"fresh-{i}"))
        fresh.append(seconds)
        transferred.append(size)
        time.sleep(2)
    context = browser.new_context()
    browser_load(browser, server.url("E28", "warm"), context)
    time.sleep(2)
    warm = []
    for _ in range(loads):
        warm.append(browser_load(browser, server.url("E28", "warm"), context)[0])
        time.sleep(2)
    context.close()
    return {"fresh": statistics.median(fresh), "warm": statistics.median(warm), "bytes": statistics.median(transferred)}


def burst(browser, server: Server, ids: list[str], label: str) -> dict:
    """len(ids) learners at once: lightweight clients (another thread) plus one real chromium (this one)."""
    import threading

    box: dict = {}

    async def clients():
        return await asyncio.gather(*[visit(server.base, server.path(e, f"{label}-{i}"), timeout=180)
                                      for i, e in enumerate(ids[1:], start=1)])

    def run_clients():
        box["visits"] = asyncio.run(clients())

    thread = threading.Thread(target=run_clients)
    thread.start()
    real: dict = {}
    try:
        real["seconds"] = browser_load(browser, server.url(ids[0], f"{label}-chromium"))[0]
    except Exception as err:
        real["error"] = str(err)
    thread.join()
    visits = box.get("visits", [])
    times = [v.ready_seconds for v in visits if not v.error] + ([real["seconds"]] if "seconds" in real else [])
    return {"answered": len(times), "of": len(ids), "p50": pct(times, 0.5), "p95": pct(times, 0.95),
            "max": max(times) if times else float("nan"), "chromium": real.get("seconds", float("nan")),
            "errors": sorted({v.error for v in visits if v.error} | ({real["error"]} if "error" in real else set()))}


def template_of(pid: int) -> list[int]:
    """The kernel template (widgets/kernel_fork.py) the server forks its kernels from."""
    try:
        return [c.pid for c in psutil.Process(pid).children() if "kernel_template" in " ".join(c.cmdline())]
    except psutil.Error:
        return []


def memory(server: Server, learners: int) -> dict:
    idle_pool = [uss_mb(p) for p in kernels_of(server.proc.pid)]
    template = sum(uss_mb(p) for p in template_of(server.proc.pid))

    async def open_measure_close():
        visits = await asyncio.gather(*[visit(server.base, server.path(e.id, f"mem-{i}"), keep_open=True)
                                        for i, e in enumerate(registry.all_exercises()[:learners])])
        await asyncio.sleep(3)
        active = [uss_mb(pid) for pid in kernel_pids(server.proc.pid, {v.kernel_id for v in visits if v.kernel_id})]
        for v in visits:
            v.close()
        await asyncio.sleep(0.5)
        return active

    active = in_thread(open_measure_close)
    return {"server": uss_mb(server.proc.pid), "template": template, "pool_kernels": len(idle_pool), "pool_total": sum(idle_pool),
            "pool_each": statistics.median(idle_pool) if idle_pool else float("nan"),
            "active_each": statistics.median(active) if active else float("nan")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer loads; skip the 5-minute culling wait")
    args = parser.parse_args()
    loads = 3 if args.quick else 5
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="craftbook-bench-"))
    ids = [e.id for e in registry.all_exercises()]
    different = [ids[i % len(ids)] for i in range(CLASS)]
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)

        plain = Server(tmp, plain=True)
        try:
            out["plain_one"] = one_learner(browser, plain, loads)
            out["plain_burst"] = burst(browser, plain, ["E28"] * CLASS, "plain")
        finally:
            plain.stop()
        time.sleep(10)

        ours = Server(tmp, pool=CLASS)
        try:
            first = in_thread(lambda: visit(ours.base, "/apps/E28?learner=startup", timeout=120))
            out["startup_first_page"] = time.monotonic() - ours.started if not first.error else float("nan")
            out["pool_full"] = ours.wait_pool()
            time.sleep(5)
            mark = ours.mark()
            out["memory"] = memory(ours, 5)
            ours.wait_pool(mark)
            mark = ours.mark()
            out["one"] = one_learner(browser, ours, loads)
            ours.wait_pool(mark)
            mark = ours.mark()
            out["burst_same"] = burst(browser, ours, ["E28"] * CLASS, "same")
            ours.wait_pool(mark)
            out["burst_different"] = burst(browser, ours, different, "different")
            # the class moves on 10 s later, before the pool has refilled: every learner's kernel starts now
            time.sleep(10)
            out["burst_switch"] = burst(browser, ours, list(reversed(different)), "switch")
            if not args.quick:
                time.sleep(5 * 60 + 40)  # every page above is closed; culling runs every 30 s
                out["alive_after_5min"] = len(kernels_of(ours.proc.pid))
        finally:
            ours.stop()
        browser.close()
    report(out)


def report(out: dict) -> None:
    """The README's table, numbers written as Latvians write them (2,24 s)."""
    from widgets.fmt import number

    def n(value: float, decimals: int = 1) -> str:
        return number(value, decimals)

    one, plain_one = out["one"], out["plain_one"]
    print("| measure | ours | plain Voilà | ratio (plain ÷ ours) |")
    print("|---|---|---|---|")
    print(f"| one learner, fresh browser: first result (median) | {n(one['fresh'], 2)} s | {n(plain_one['fresh'], 2)} s "
          f"| {n(plain_one['fresh'] / one['fresh'])}× |")
    print(f"| same learner, warm browser cache | {n(one['warm'], 2)} s | {n(plain_one['warm'], 2)} s "
          f"| {n(plain_one['warm'] / one['warm'])}× |")
    print(f"| bytes a first visit transfers | {n(one['bytes'] / 2**20, 2)} MB | {n(plain_one['bytes'] / 2**20, 2)} MB "
          f"| {n(plain_one['bytes'] / one['bytes'])}× |")
    pb = out["plain_burst"]
    rows = (("burst_same", f"{CLASS} learners, same exercise, at once"),
            ("burst_different", f"{CLASS} learners, {CLASS} different exercises, at once"),
            ("burst_switch", f"the same {CLASS} switch exercise 10 s later (pool not refilled yet)"))
    for key, label in rows:
        if key not in out:
            continue
        b = out[key]
        ratio = f"{n(pb['p95'] / b['p95'])}× (p95)" if key == "burst_same" else "plain Voilà serves one notebook"
        plain_cell = (f"{pb['answered']}/{pb['of']} answered, p50 {n(pb['p50'])} s, p95 {n(pb['p95'])} s"
                      if key == "burst_same" else "–")
        print(f"| {label} | {b['answered']}/{b['of']} answered, p50 {n(b['p50'])} s, p95 {n(b['p95'])} s, "
              f"max {n(b['max'])} s (chromium among them {n(b['chromium'])} s) | {plain_cell} | {ratio} |")
        if b["errors"]:
            print(f"|   errors | {'; '.join(b['errors'])[:200]} | | |")
    m = out["memory"]
    print(f"| server + kernel template + idle pool ({m['pool_kernels']} kernels), USS | {n(m['server'], 0)} MB + "
          f"{n(m['template'], 0)} MB + {n(m['pool_total'], 0)} MB ({n(m['pool_each'], 0)} MB each) | | |")
    print(f"| USS per active learner's kernel (median) | {n(m['active_each'], 0)} MB | | |")
    if "alive_after_5min" in out:
        print(f"| kernels alive 5 min after every page closed | {out['alive_after_5min']} (pool {CLASS}) | | |")
    print(f"| start-up to the first app page (book built) | {n(out['startup_first_page'])} s "
          f"(pool of {CLASS} full after {n(out['pool_full'], 0)} s) | | |")


if __name__ == "__main__":
    main()
