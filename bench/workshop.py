"""Workshop load benchmark (issue 7): a class saving at once, on SQLite and on PostgreSQL.

Run: ``.venv/bin/python bench/workshop.py [--learners 30] [--saves 100] [--backends sqlite,postgresql]``.
It prints Markdown for the README.

For each store it starts the workbook server (a pool of warm kernels for the class), creates a room,
and lets ``--learners`` lightweight learners (``tests/appclient.py``: HTTP plus the kernel websocket,
what a page does) join over HTTP with the room code and then type ``--saves`` answers each into E28,
all at the same time, through the real save path (the worksheet's autosave in each learner's kernel).
Then it checks: no save lost (revisions in the store = answers typed), the trainer's grid counts equal
the store's, and no kernel or connection is left behind once the pages close.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import requests  # noqa: E402
from appclient import run  # noqa: E402
from conftest import Served  # noqa: E402
from pgcluster import private_postgres  # noqa: E402
from test_workshop_load import (  # noqa: E402
    established,
    kernel_pids,
    kernels_alive,
    load_class,
    value_for,
    wait_saved,
)

from widgets.store import Store  # noqa: E402
from widgets.workshop.model import Workshop  # noqa: E402


def postgres():
    """A private PostgreSQL cluster with room for a class's connections (tests/pgcluster.py)."""
    return private_postgres(55433, "max_connections=300")


def measure(backend: str, db_url: str, learners: int, saves: int, tmp: Path) -> dict:
    pool = learners
    served = Served(tmp, [f"--pool={pool}", "--cull-disconnected=10", "--cull-interval=2", "--fill-delay=1"],
                    env={"CRAFTBOOK_DB": db_url, "CRAFTBOOK_JOIN_LIMIT": str(learners * 4)})
    out = {"backend": backend}
    try:
        t0 = time.monotonic()
        served.wait_ready(600)
        out["pool_ready_s"] = time.monotonic() - t0
        workshop = Workshop(Store(db_url))
        room, key = workshop.create_room(f"Slodze {backend}")
        workshop.set_agenda(room, ["E28"])
        result = run(load_class(served.base, room.code, learners, saves))
        counts = wait_saved(workshop, room, learners, saves, seconds=120)
        store = workshop.store
        wrong_last = sum(1 for p in workshop.participants(room)
                         if (store.latest(p.learner, "E28") or {}).get("materials") != value_for(int(p.name.split()[-1]), saves))
        s = requests.Session()
        s.get(f"{served.base}/trainer/?key={key}", timeout=60)
        grid = s.get(f"{served.base}/trainer/{room.slug}/grid.json", timeout=60).json()
        store_done = sum(1 for p in workshop.participants(room) if store.progress(p.learner).get("E28") == "pabeigts")
        s.close()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (kernels_alive(served.base, result.kernel_ids)
                                               or established(served.proc.pid, served.port) > 0):
            time.sleep(2)
        out.update(
            learners=learners, saves=saves, typed=result.typed, seconds=result.seconds,
            saved=sum(counts.values()), lost=result.typed - sum(counts.values()), wrong_last=wrong_last,
            errors=result.errors[:5], n_errors=len(result.errors),
            p50=statistics.median(result.latencies) if result.latencies else 0, p95=result.pct(0.95),
            throughput=result.typed / result.seconds if result.seconds else 0,
            grid_done=grid["counts"]["E28"]["pabeigts"], store_done=store_done,
            learner_kernels=len(result.kernel_ids), learner_kernels_after=kernels_alive(served.base, result.kernel_ids),
            kernels_after=len(kernel_pids(served.proc.pid)), pool=pool,
            connections_after=established(served.proc.pid, served.port),
            db_errors=served.log().count("database is locked") + served.log().count("OperationalError"),
        )
    finally:
        served.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the server and the cluster on kill
    rows = []
    for backend in args.backends.split(","):
        tmp = Path(tempfile.mkdtemp(prefix=f"craftbook-ws-{backend}-"))
        print(f"… {backend}: {args.learners} learners × {args.saves} saves", flush=True)
        if backend == "sqlite":
            rows.append(measure(backend, f"sqlite:///{tmp / 'class.sqlite'}", args.learners, args.saves, tmp))
        else:
            with postgres() as url:
                rows.append(measure(backend, url, args.learners, args.saves, tmp))
        print(rows[-1], flush=True)
    print("\n| Store | Learners × saves | Typed | Saved | Lost | Time | Saves/s | p50 | p95 | Grid = store | "
          "Learners' kernels left | Kernels running (pool) | Connections left |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {'SQLite (WAL)' if r['backend'] == 'sqlite' else 'PostgreSQL'} | {r['learners']} × {r['saves']} | "
              f"{r['typed']} | {r['saved']} | {r['lost']} | {r['seconds']:.0f} s | {r['throughput']:.1f} | "
              f"{r['p50'] * 1000:.0f} ms | {r['p95'] * 1000:.0f} ms | "
              f"{'yes' if r['grid_done'] == r['store_done'] else 'NO'} ({r['grid_done']}/{r['store_done']}) | "
              f"{r['learner_kernels_after']} of {r['learner_kernels']} | {r['kernels_after']} ({r['pool']}) | "
              f"{r['connections_after']} |")
    if any(r["n_errors"] or r["lost"] or r["wrong_last"] or r["typed"] != r["learners"] * r["saves"]
           or r["learner_kernels_after"] or r["connections_after"] for r in rows):
        print("\nErrors:", [(r["backend"], r["n_errors"], r["errors"], r["wrong_last"]) for r in rows])
        sys.exit(1)


if __name__ == "__main__":
    main()
