"""Benchmark (not a test): the workbook under JupyterHub against the plain server, same run.

Run: ``.venv/bin/python bench/hub.py [--pages N]`` (after ``make test-hub`` has installed the hub).

Two users on each set-up, both set-ups measured at the same time (a busy machine slows both
alike), each user typing ``N`` values, fetching ``N`` book pages and opening E28 ``N`` times, through lightweight clients
that do what a page does (``tests/appclient.py``: the page, the kernel websocket, the widget
state): once through a real JupyterHub (``deploy/jupyterhub_config.py``, configurable-http-proxy,
each user's server ``python -m widgets.hub`` with one warm kernel), once against the plain
``python -m widgets.serve`` (pool of 2, the same kernels for the two learners). Prints time to the
first result (median, p95) with the hub's overhead as a ratio, the time to start a user's
server, and memory (USS): the hub and its proxy, each user's server idle and after the pages.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import psutil  # noqa: E402
from appclient import type_value, visit  # noqa: E402
from conftest import Served  # noqa: E402
from hubclient import Hub, HubLearner  # noqa: E402

USERS = ("anna", "juris")


def uss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            total += psutil.Process(pid).memory_full_info().uss
        except psutil.Error:
            pass
    return total / 2**20


def family(pid: int) -> list[int]:
    """A process and everything it started (a server and its kernels)."""
    try:
        return [pid] + [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return []


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


async def scenario(base: str, query: str, headers: dict[str, str], n: int, pause: float) -> dict[str, list[float]]:
    """One learner: opens E28 and types ``n`` values (input to result), fetches a book page ``n``
    times, then opens E28 ``n`` more times, ``pause`` seconds apart (the pool refills in between)."""
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest

    out: dict[str, list[float]] = {"input": [], "static": [], "page": [], "failed": []}
    first = await visit(base, "/apps/E28" + query, keep_open=True, headers=headers)
    if first.error:
        out["failed"].append(1)
    else:
        for j in range(n):
            value = f"{20 + j},{j % 9 + 1}0"
            out["input"].append(await type_value(first, "cb-field-materials", value, value))
        first.close()
    client = AsyncHTTPClient()
    for _ in range(n):
        started = time.monotonic()
        r = await client.fetch(HTTPRequest(base + "/book/ch14.html", headers=headers), raise_error=False)
        out["static"].append(time.monotonic() - started)
        if r.code != 200:
            out["failed"].append(1)
    for _ in range(n):
        await asyncio.sleep(pause)
        v = await visit(base, "/apps/E28" + query, headers=headers)
        if v.error or v.status != 200:
            out["failed"].append(1)
        else:
            out["page"].append(v.ready_seconds)
    return out


async def both(users: list[tuple[str, str, dict[str, str]]], n: int, pause: float) -> dict[str, list[float]]:
    """Every learner's scenario at once; the figures of all of them together."""
    results = await asyncio.gather(*[scenario(*u, n, pause) for u in users])
    return {k: [x for r in results for x in r[k]] for k in results[0]}


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.3f} s, p95 {pct(times, 0.95):.3f} s" if times else "none answered"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10, help="pages (and inputs, and book pages) per user")
    parser.add_argument("--pause", type=float, default=15.0, help="seconds between two page opens (pool refill)")
    opts = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="craftbook-bench-hub-"))

    # both set-ups run side by side and are measured at the same time, so a busy machine slows both alike
    plain = Served(tmp, ["--pool=2"])
    (tmp / "hub").mkdir()
    hub = Hub(tmp / "hub", f"sqlite:///{tmp / 'hub-answers.sqlite'}")
    try:
        plain.wait_ready()
        hub.wait_ready()
        learners, spawn_seconds = [], []
        for name in USERS:
            learner = HubLearner(hub, name).login()
            started = time.monotonic()
            hub.start_server(name)
            spawn_seconds.append(time.monotonic() - started)
            learner.authorize()  # the OAuth handshake (opens the list once)
            learners.append(learner)
        time.sleep(20)  # let the refill after the list settle
        hub_pids = family(hub.proc.pid)
        server_pids = {name: hub.server(name)["state"]["pid"] for name in USERS}
        hub_own = uss_mb([p for p in hub_pids if p not in {q for s in server_pids.values() for q in family(s)}])
        idle = {name: uss_mb(family(pid)) for name, pid in server_pids.items()}
        server_alone = {name: uss_mb([pid]) for name, pid in server_pids.items()}
        plain_idle = uss_mb(family(plain.proc.pid))

        async def side_by_side():
            return await asyncio.gather(
                both([(plain.base, f"?learner={u}", {}) for u in USERS], opts.pages, opts.pause),
                both([(ln.base, "", ln.headers()) for ln in learners], opts.pages, opts.pause))

        plain_run, hub_run = asyncio.run(side_by_side())
        after = {name: uss_mb(family(pid)) for name, pid in server_pids.items()}
        plain_after = uss_mb(family(plain.proc.pid))
    finally:
        hub.stop()
        plain.stop()

    n = len(USERS) * opts.pages
    print(f"## Hub benchmark: {len(USERS)} users on each set-up, both set-ups at once, {opts.pages} of each action per user\n")
    print("| action | plain `widgets.serve` (pool 2) | under JupyterHub (a server per user, pool 1) | ratio (median) |")
    print("|---|---|---|---|")
    labels = {"input": "type a value, result back (kernel websocket)", "static": "book page (HTTP)",
              "page": f"open E28 to first result ({opts.pause:.0f} s apart)"}
    for key, label in labels.items():
        a, b = plain_run[key], hub_run[key]
        ratio = f"×{statistics.median(b) / statistics.median(a):.2f}" if a and b else "n/a"
        print(f"| {label} | {summary(a)} | {summary(b)} | {ratio} |")
    print(f"\nFailed: plain {len(plain_run['failed'])}, hub {len(hub_run['failed'])} of {3 * n} actions each."
          f" Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print(f"\n- Starting a user's server (REST API to ready): {', '.join(f'{s:.1f} s' for s in spawn_seconds)}")
    print(f"- Hub and proxy: {hub_own:.0f} MB USS")
    for name in USERS:
        print(f"- {name}'s server and its kernels: {idle[name]:.0f} MB idle (server alone {server_alone[name]:.0f} MB, "
              "plus one warm kernel), "
              f"{after[name]:.0f} MB after {opts.pages} pages (kernels of closed pages wait for the culler)")
    print(f"- Plain server and its kernels: {plain_idle:.0f} MB idle (pool of 2), {plain_after:.0f} MB after {n} pages")


if __name__ == "__main__":
    main()
