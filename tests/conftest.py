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
    result = subprocess.run([str(Path(sys.executable).parent / "jupyter-book"), "build", ".", "-W", "-n", "--keep-going"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        warnings = [line for line in result.stdout.splitlines() + result.stderr.splitlines()
                    if "WARNING" in line or "ERROR" in line]
        pytest.fail("the book did not build cleanly:\n" + "\n".join(warnings[-40:] or result.stderr.splitlines()[-40:]))
    return ROOT / "_build" / "html"


@pytest.fixture(scope="session")
def server(tmp_path_factory, built_book):
    """Start `python -m widgets.serve` on a free port with its own store; yields the base URL."""
    tmp = tmp_path_factory.mktemp("server")
    port = free_port()
    env = {**os.environ, "CRAFTBOOK_DB": f"sqlite:///{tmp / 'answers.sqlite'}"}
    log = open(tmp / "server.log", "w")
    proc = spawn(port, env, log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/vendor/fontawesome/css/all.min.css", 60)
        time.sleep(8)  # let the preheated kernels finish starting on a 2-core machine
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


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
    pg = guarded_page(context)
    yield pg
    context.close()
    assert not pg.outside_requests, f"the page asked other hosts: {pg.outside_requests}"
