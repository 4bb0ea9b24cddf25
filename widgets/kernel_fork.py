"""Kernels forked from one template process that has already imported everything.

A Python kernel that starts from scratch spends about 3 s of CPU importing ipykernel, ipywidgets,
pandas, matplotlib, SQLAlchemy and the exercises, and keeps ~130 MB of its own memory. On a
2-core machine with a class of 30 that is the whole story: refilling the pool, or a class that
switches exercise before the pool has refilled, meant 30 such starts at once (about 25 s each).

Here the server starts one *template* with the standard library's ``multiprocessing`` forkserver,
which imports :mod:`widgets.kernel_template` once. Every kernel is then a ``fork()`` of that
template: it starts in a fraction of a second, and the imported code and data stay shared
(copy-on-write) between all kernels instead of being copied into each.

:class:`ForkProvisioner` is a jupyter_client kernel provisioner (registered as ``craftbook-fork``
in ``pyproject.toml`` and chosen by ``widgets.serve``). It launches the kernel command of the
standard Python kernel spec this way and anything else (or any failure of the template) the
usual way, with a subprocess, so a kernel always starts.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
import threading
from typing import Any

from jupyter_client.provisioning import LocalProvisioner

TEMPLATE_MODULE = "widgets.kernel_template"
LAUNCHER = "ipykernel_launcher"
# CRAFTBOOK_FORK_KERNELS=0 turns forking off (every kernel a fresh process, as Jupyter does it)
ENABLED_ENV = "CRAFTBOOK_FORK_KERNELS"

_context = None
_context_lock = threading.Lock()


def _fork_context():
    """The forkserver context whose template imports :data:`TEMPLATE_MODULE` (created once)."""
    global _context
    with _context_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([TEMPLATE_MODULE])
            _context = context
        return _context


def kernel_argv(cmd: list[str]) -> list[str] | None:
    """The kernel's own arguments when ``cmd`` starts the standard Python kernel with this Python
    (``python -m ipykernel_launcher -f <file>``), else None (that command is launched as usual)."""
    if len(cmd) < 3 or cmd[1:3] != ["-m", LAUNCHER]:
        return None
    if os.path.realpath(cmd[0]) != os.path.realpath(sys.executable):
        return None  # another Python: another environment, not the template's
    return cmd[3:]


def run_kernel(argv: list[str], env: dict[str, str], cwd: str | None) -> None:
    """In the forked child: become the kernel the command line describes."""
    os.setsid()  # its own process group, as a launched kernel has (Ctrl+C in the terminal is not for it)
    os.environ.clear()
    os.environ.update(env)
    if cwd:
        os.chdir(cwd)
    # its parent is the template, which ends when the server does: the kernel watches it and ends too
    argv = [*argv, f"--IPKernelApp.parent_handle={os.getppid()}"]
    sys.argv = [LAUNCHER, *argv]
    # seen in ps and by the benchmarks as the command it stands for, not as the template's command line
    from setproctitle import setproctitle

    setproctitle(" ".join([sys.executable, "-m", LAUNCHER, *argv, "(forked)"]))
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.initialize(argv)
    from . import kernel_template

    kernel_template.after_kernel_start()
    app.start()


class ForkedProcess:
    """The part of :class:`subprocess.Popen` the provisioner uses, for a forked kernel."""

    stdin = stdout = stderr = None

    def __init__(self, process: multiprocessing.process.BaseProcess):
        self._process = process
        self.pid = process.pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and not self._process.is_alive():
            self.returncode = self._process.exitcode
        return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        self._process.join(timeout)
        return self.poll()

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        self._process.terminate()

    def kill(self) -> None:
        self._process.kill()


class ForkProvisioner(LocalProvisioner):
    """Launches Python kernels as forks of the template; other kernels as the local provisioner does."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any):
        argv = kernel_argv(cmd)
        if argv is None or os.environ.get(ENABLED_ENV, "1") == "0":
            return await super().launch_kernel(cmd, **kwargs)
        env = dict(kwargs.get("env") or os.environ)
        cwd = kwargs.get("cwd")
        try:
            process = _fork_context().Process(target=run_kernel, args=(argv, env, str(cwd) if cwd else None),
                                              name="kernel", daemon=True)
            # start() talks to the template over a socket and blocks while it is still importing
            await asyncio.to_thread(process.start)
        except Exception:
            self.log.exception("forking a kernel failed; starting it as a new process")
            return await super().launch_kernel(cmd, **kwargs)
        self.process = ForkedProcess(process)
        self.pid = self.pgid = process.pid  # the child makes itself a process group leader
        self.cwd = cwd
        return self.connection_info
