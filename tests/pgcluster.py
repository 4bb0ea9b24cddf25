"""A private PostgreSQL cluster on a Unix socket, for the store tests, the hub test and the benchmarks
(Debian's postgresql; nothing listens on the network)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)


@contextmanager
def private_postgres(port: int, *settings: str) -> Iterator[str]:
    """Start a cluster (``settings``: extra ``-c`` options); yield its SQLAlchemy URL; stop and remove it."""
    if PG_BIN is None:
        raise RuntimeError("Debian's postgresql is not installed (make system-deps installs it)")
    # not under pytest's tmp dir: the postgres user must be able to reach it
    base = Path(tempfile.mkdtemp(prefix="craftbook-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    run_as = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(base, "postgres")
        shutil.chown(sock, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    options = " ".join([f"-k {sock}", "-c listen_addresses=''", f"-p {port}", *(f"-c {s}" for s in settings)])
    subprocess.run([*run_as, PG_BIN / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
                   check=True, capture_output=True)
    subprocess.run([*run_as, PG_BIN / "pg_ctl", "-D", data, "-w", "-l", base / "log", "-o", options, "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}&port={port}"
    finally:
        subprocess.run([*run_as, PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
