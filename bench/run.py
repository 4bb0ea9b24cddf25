"""Benchmarks (not tests): how fast the apps open and answer, and what they cost in memory.

Prints a Markdown table. Measures, on this machine:
- time from request to rendered widgets for every app (median of several loads, with the
  preheated kernel pool that `make serve` uses);
- input-to-result latency (type a value, leave the field, see the result change);
- resident memory per open app (its kernel process) and of the server;
- the same exercise notebook under plain `voila` (no pool, stock template), as a ratio.

Run: `make bench` (or `.venv/bin/python bench/run.py`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from widgets import registry  # noqa: E402
from widgets.serve import free_port, spawn, wait_for  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
RESULT = ".cb-results .cb-h, .cb-results .cb-metric"
LOADS = 3
POOL_REFILL_S = 8  # give the pool time to warm a replacement kernel between loads


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


def time_load(browser, url: str, selector: str = RESULT) -> float:
    page = browser.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("http://127.0.0.1", "data:", "blob:", "ws:"))
               else r.abort())
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, timeout=120_000)
    elapsed = time.perf_counter() - start
    page.close(run_before_unload=True)  # as a learner leaving: the page asks to shut its kernel down
    return elapsed


def time_input(browser, url: str) -> list[float]:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector(RESULT, timeout=120_000)
    field = page.locator(".cb-field-materials input")
    times = []
    for value in ("9", "10,5", "12", "13,25", "15"):
        before = page.inner_text(".cb-results")
        start = time.perf_counter()
        field.fill(value)
        field.press("Tab")
        page.wait_for_function("t => document.querySelector('.cb-results').innerText !== t", arg=before, timeout=30_000)
        times.append(time.perf_counter() - start)
    page.close(run_before_unload=True)
    return times


def plain_voila(browser, env) -> float:
    """Median load time of E28 under stock standalone Voilà (no pool)."""
    port = free_port()
    with open(Path(tempfile.mkdtemp()) / "voila.log", "w") as log:
        proc = subprocess.Popen([str(Path(sys.executable).parent / "voila"), "exercises/E28.ipynb", "--no-browser",
                                 f"--port={port}", "--Voila.ip=127.0.0.1"], cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            wait_for(f"http://127.0.0.1:{port}/voila/static/voila.js", 60)
            loads = [time_load(browser, f"http://127.0.0.1:{port}/") for _ in range(LOADS)]
        finally:
            proc.terminate()
            proc.wait(20)
    return statistics.median(loads)


def main() -> None:
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp(prefix="craftbook-bench-"))
    env = {**os.environ, "CRAFTBOOK_DB": f"sqlite:///{tmp / 'answers.sqlite'}"}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(tmp / "server.log", "w")
    server = spawn(port, env, log)
    rows = []
    try:
        wait_for(base + "/vendor/fontawesome/css/all.min.css", 60)
        time.sleep(20)  # the pool starts one kernel per app; let it settle
        idle_kernels = [rss_mb(p) for p in children(server.pid)]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            for exercise in registry.all_exercises():
                loads = []
                for _ in range(LOADS):
                    loads.append(time_load(browser, f"{base}/apps/{exercise.id}?learner=bench"))
                    time.sleep(POOL_REFILL_S)
                rows.append((exercise.id, statistics.median(loads), min(loads), max(loads)))
            index_loads = []
            for _ in range(LOADS):
                index_loads.append(time_load(browser, f"{base}/apps/?learner=bench", ".cb-index"))
                time.sleep(POOL_REFILL_S)
            index = statistics.median(index_loads)
            latency = time_input(browser, f"{base}/apps/E28?learner=bench-input")
            time.sleep(POOL_REFILL_S)
            kernels = [rss_mb(p) for p in children(server.pid)]
            server_mb = rss_mb(server.pid)
            plain = plain_voila(browser, env)
            browser.close()
    finally:
        server.terminate()
        server.wait(30)
        log.close()

    ours_e28 = next(r[1] for r in rows if r[0] == "E28")
    print("| app | median load (s) | min | max |")
    print("|---|---|---|---|")
    for exercise_id, median, low, high in rows:
        print(f"| {exercise_id} | {median:.2f} | {low:.2f} | {high:.2f} |")
    print(f"| landing (/apps/) | {index:.2f} | | |")
    print()
    print(f"input-to-result latency, E28 (median of {len(latency)}): {statistics.median(latency) * 1000:.0f} ms "
          f"(max {max(latency) * 1000:.0f} ms)")
    print(f"memory per app kernel: median {statistics.median(kernels):.0f} MB over {len(kernels)} kernels, pool and "
          "opened pages "
          f"(idle pool kernels at start: median {statistics.median(idle_kernels):.0f} MB); server {server_mb:.0f} MB")
    print(f"plain `voila exercises/E28.ipynb`: median load {plain:.2f} s; ours {ours_e28:.2f} s; "
          f"ratio plain/ours = {plain / ours_e28:.1f}x")


if __name__ == "__main__":
    main()
