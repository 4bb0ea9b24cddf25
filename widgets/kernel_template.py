"""What every kernel needs, imported once by the kernel template (see :mod:`widgets.kernel_fork`).

The forkserver imports this module before it forks the first kernel; every kernel then shares
these modules copy-on-write. Only work without threads, sockets or open files may happen here
(a fork copies none of those properly): imports, reading package files, drawing a chart in memory.
The store, the kernel's sockets and everything else a kernel owns are made after the fork. Random
generators reseed themselves at fork.
"""

from __future__ import annotations

import gc
import logging
import os

log = logging.getLogger(__name__)


def preload() -> None:
    """Import the kernel and the workbook, draw one chart, then freeze what is there for the GC."""
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        from setproctitle import setproctitle

        setproctitle("amatnieku burtnīca: kodolu sagatave (widgets.kernel_template)")
    except ImportError:
        pass
    try:
        import ipykernel.ipkernel  # noqa: F401 - imported for its import time
        import ipykernel.kernelapp  # noqa: F401
        import ipykernel.zmqshell  # noqa: F401
        import ipywidgets  # noqa: F401
        import voila.utils  # noqa: F401 - wait_for_request

        from .app import warm_up_code

        warm_up_code()
        # the forecasts and the A/B test (E56, E59–E62) use these: 1,2–1,6 s to import in each kernel,
        # shared memory here
        import scipy.stats  # noqa: F401
        import sqlalchemy.dialects.sqlite  # noqa: F401
        import statsmodels.stats.power  # noqa: F401
        import statsmodels.stats.proportion  # noqa: F401
        import statsmodels.tsa.holtwinters  # noqa: F401
    except Exception:  # the forkserver ignores only ImportError; a kernel must start even so
        log.exception("the kernel template could not import everything")
    # objects that exist now are never collected in the kernels: the collector then does not write
    # to (and so copy) the shared pages that hold them
    gc.collect()
    gc.freeze()


def after_kernel_start() -> None:
    """In a new kernel, once it is set up: what modules do on import *inside* a kernel, and so did not
    do in the template (no kernel there). ipywidgets registers its comm targets; without them a page
    gets no widgets."""
    import ipywidgets

    ipywidgets.register_comm_target()


preload()
