"""Shared fixtures: a throw-away answers store, and (for browser tests) a served workbook."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from widgets.serve import free_port, spawn, wait_for

ROOT = Path(__file__).resolve().parent.parent

# Everything the tests run (notebook kernels included) saves to a throw-away store, never the user's.
if "CRAFTBOOK_DB" not in os.environ:
    os.environ["CRAFTBOOK_DB"] = f"sqlite:///{tempfile.mkdtemp(prefix='craftbook-test-')}/answers.sqlite"


@pytest.fixture
def db_url(tmp_path, monkeypatch) -> str:
    """A fresh SQLite store, also set as CRAFTBOOK_DB for code that opens the default store."""
    url = f"sqlite:///{tmp_path / 'answers.sqlite'}"
    monkeypatch.setenv("CRAFTBOOK_DB", url)
    return url


@pytest.fixture
def store(db_url):
    from widgets.store import Store

    return Store(db_url)


@pytest.fixture(scope="session")
def built_book() -> Path:
    """Build the book once per run (Jupyter Book 1, warnings as errors, execution cached)."""
    env = {**os.environ, "CRAFTBOOK_STATIC": "1"}
    subprocess.run([sys.executable, str(ROOT / "tools" / "book_fresh.py")], cwd=ROOT, check=True)  # stale outputs out
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", ".", "-W", "-n", "--keep-going"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        warnings = [line for line in result.stdout.splitlines() + result.stderr.splitlines()
                    if "WARNING" in line or "ERROR" in line]
        pytest.fail("the book did not build cleanly:\n" + "\n".join(warnings[-40:] or result.stderr.splitlines()[-40:]))
    return ROOT / "_build" / "html"


class Served:
    """A workbook server started by a test: its base URL, process and log."""

    def __init__(self, tmp: Path, extra: list[str] | None = None, env: dict[str, str] | None = None,
                 host: str = "127.0.0.1"):
        self.port = free_port()
        self.log_path = tmp / f"server-{self.port}.log"
        self.db_url = f"sqlite:///{tmp / f'answers-{self.port}.sqlite'}"
        full_env = {**os.environ, "CRAFTBOOK_DB": self.db_url, **(env or {})}
        self._log = open(self.log_path, "w")
        self.proc = spawn(self.port, full_env, self._log, [f"--host={host}", *(extra or [])])
        self.base = f"http://127.0.0.1:{self.port}"

    def wait_ready(self, seconds: float = 120) -> Served:
        """Wait until the server answers and its pool of warm kernels is filled."""
        wait_for(self.base + "/vendor/fontawesome/css/all.min.css", 60)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and "is filled with" not in self.log():
            time.sleep(0.5)
        return self

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory, built_book):
    """Start `python -m widgets.serve` on a free port with its own store; yields the base URL."""
    # one learner at a time, but quickly one after another: refill at once, whatever the load
    served = Served(tmp_path_factory.mktemp("server"),
                    ["--pool=4", "--fill-delay=0.2", "--refill-spacing=0.5", "--refill-max-wait=0"]).wait_ready()
    try:
        yield served.base
    finally:
        served.stop()


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        yield b
        b.close()


def guarded_page(context):
    """A page of ``context`` that records and blocks every request to another host."""
    pg = context.new_page()
    outside: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    pg.route("**/*", guard)
    pg.outside_requests = outside
    return pg


@pytest.fixture
def page(browser, server):
    """A fresh page that fails the test on any request to another host."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    context.set_default_navigation_timeout(120_000)  # a page arrives once its kernel has run: slow on a busy 2-core CI
    pg = guarded_page(context)
    yield pg
    context.close()
    assert not pg.outside_requests, f"the page asked other hosts: {pg.outside_requests}"
