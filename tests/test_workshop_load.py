"""A class saving at once through the real save path: participants join over HTTP, open E28 with
their cookie through the kernel websocket and type answers (``appclient``), as a browser would.

:func:`load_class` is shared with ``bench/workshop.py`` (30 learners × 100 saves, SQLite and
PostgreSQL); the test here is the small version (5 learners × 20 saves).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import psutil
import pytest
from appclient import run, type_value, visit
from conftest import Served
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

from widgets.store import Store
from widgets.workshop.model import Workshop
from widgets.workshop.pages import PARTICIPANT_COOKIE

pytestmark = pytest.mark.serving


@dataclass
class LoadResult:
    learners: int
    saves_each: int
    typed: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    kernel_ids: list[str] = field(default_factory=list)

    def pct(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> str:
        median = statistics.median(self.latencies) if self.latencies else 0
        return (f"{self.learners} × {self.saves_each}: {self.typed} typed in {self.seconds:.1f} s, "
                f"p50 {median * 1000:.0f} ms, p95 {self.pct(0.95) * 1000:.0f} ms, errors {len(self.errors)}")


async def join(base: str, code: str, name: str) -> str:
    """Join a room over HTTP as the form does; returns the personal token from the cookie."""
    # tornado keeps one client per event loop and ignores max_clients after the first call: ask for a
    # class-sized one here too (the default 10 would queue page requests behind slow kernel starts)
    client = AsyncHTTPClient(max_clients=100)
    response = await client.fetch(HTTPRequest(base + "/join", method="POST", body=urlencode({"code": code, "name": name}),
                                              follow_redirects=False, request_timeout=60), raise_error=False)
    for header in response.headers.get_list("Set-Cookie"):
        if header.startswith(PARTICIPANT_COOKIE + "="):
            return header.split(";")[0].split("=", 1)[1]
    raise RuntimeError(f"join failed: HTTP {response.code}")


def value_for(learner: int, save: int) -> str:
    """A distinct materials cost per learner and save: "101,07" is learner 7's first save."""
    return f"{100 + save},{learner:02d}"


async def one_learner(base: str, token: str, index: int, saves: int, result: LoadResult) -> None:
    v = await visit(base, "/apps/E28", headers={"Cookie": f"{PARTICIPANT_COOKIE}={token}"}, keep_open=True, timeout=300)
    if v.error:
        result.errors.append(f"learner {index}: {v.error}")
        return
    result.kernel_ids.append(v.kernel_id)
    try:
        for s in range(1, saves + 1):
            value = value_for(index, s)
            result.latencies.append(await type_value(v, "cb-field-materials", value, value, timeout=120))
            result.typed += 1
    except Exception as err:
        result.errors.append(f"learner {index}: {type(err).__name__}: {err}")
    finally:
        ws = v.ws
        v.close()  # the tab goes away (no unload request): the server must notice by itself
        try:  # wait for the closing handshake, so no socket of ours stays open
            while ws is not None and await asyncio.wait_for(ws.read_message(), 30) is not None:
                pass
        except Exception:
            pass


async def load_class(base: str, code: str, learners: int, saves: int) -> LoadResult:
    """``learners`` join the room, then all type ``saves`` answers at the same time."""
    result = LoadResult(learners, saves)
    result.tokens = [await join(base, code, f"Dalībnieks {i}") for i in range(learners)]
    start = time.monotonic()
    await asyncio.gather(*[one_learner(base, t, i, saves, result) for i, t in enumerate(result.tokens)])
    result.seconds = time.monotonic() - start
    return result


def kernels_alive(base: str, kernel_ids: list[str]) -> int:
    """How many of these kernels the server still runs."""
    import requests

    return sum(1 for k in kernel_ids if requests.get(f"{base}/api/kernels/{k}", timeout=30).status_code == 200)


def wait_saved(workshop: Workshop, room, learners: int, saves: int, seconds: float = 60) -> dict[str, int]:
    """Revisions per participant once every save has landed (the last save follows the last result)."""
    from sqlalchemy import func, select

    from widgets.store import revisions

    deadline = time.monotonic() + seconds
    while True:
        with workshop.engine.connect() as conn:
            counts = dict(conn.execute(select(revisions.c.learner, func.count()).where(
                revisions.c.learner.like(f"ws:{room.slug}:%")).group_by(revisions.c.learner)).all())
        if (len(counts) == learners and all(n >= saves for n in counts.values())) or time.monotonic() > deadline:
            return counts
        time.sleep(0.5)


def kernel_pids(server_pid: int) -> list[int]:
    try:
        return [c.pid for c in psutil.Process(server_pid).children(recursive=True)
                if "ipykernel" in " ".join(c.cmdline())]
    except psutil.Error:
        return []


def established(server_pid: int, port: int) -> int:
    """Open TCP connections to the server's port from anything but the server's own kernels (each
    warm kernel keeps one while it waits for its request): websockets and requests left behind by
    the learners' clients would show here. One system-wide snapshot, so a kernel starting while we
    look (the pool refills) is never taken for a client."""
    try:
        server = psutil.Process(server_pid)
        ours = {server_pid} | {c.pid for c in server.children(recursive=True)}
        return sum(1 for c in psutil.net_connections(kind="tcp")
                   if c.status == psutil.CONN_ESTABLISHED and c.raddr and c.raddr.port == port
                   and c.raddr.ip == "127.0.0.1" and c.pid not in ours)
    except psutil.Error:
        return -1


def test_five_learners_save_twenty_answers_each_and_nothing_is_lost(tmp_path):
    learners, saves, pool = 5, 20, 5
    served = Served(tmp_path, [f"--pool={pool}", "--cull-disconnected=6", "--cull-interval=2", "--fill-delay=1"])
    try:
        served.wait_ready()
        workshop = Workshop(Store(served.db_url))
        room, key = workshop.create_room("Slodzes tests")
        workshop.set_agenda(room, ["E28"])
        result = run(load_class(served.base, room.code, learners, saves))
        assert not result.errors, result.errors
        assert result.typed == learners * saves
        counts = wait_saved(workshop, room, learners, saves)
        assert sorted(counts.values()) == [saves] * learners, counts  # 0 saves lost, none doubled
        store = workshop.store
        for p in workshop.participants(room):  # joined at once: match by name, not by order
            assert store.latest(p.learner, "E28")["materials"] == value_for(int(p.name.split()[-1]), saves)
        # the trainer's grid counts what the store holds
        import requests

        s = requests.Session()
        assert s.get(f"{served.base}/trainer/?key={key}", timeout=30).status_code == 200
        grid = s.get(f"{served.base}/trainer/{room.slug}/grid.json", timeout=30).json()
        done = sum(1 for p in workshop.participants(room) if store.progress(p.learner).get("E28") == "pabeigts")
        assert grid["counts"]["E28"]["pabeigts"] == done == learners
        # no leaks: the pages are gone, so their kernels go (culled) and no connection stays open
        assert len(result.kernel_ids) == learners
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and kernels_alive(served.base, result.kernel_ids):
            time.sleep(1)
        assert kernels_alive(served.base, result.kernel_ids) == 0
        assert len(kernel_pids(served.proc.pid)) <= pool
        s.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and established(served.proc.pid, served.port) > 0:
            time.sleep(1)
        assert established(served.proc.pid, served.port) == 0
        print(result.summary())
    finally:
        served.stop()
