"""One server for the built book and every exercise app (``python -m widgets.serve``).

A subclass of the standalone Voilà app (preheated kernel pools need standalone Voilà) that serves:

- ``/`` and the book's pages from ``_build/html``;
- ``/apps/`` (the landing app) and ``/apps/E28`` (an exercise), both rendered by **one** app
  notebook (``widgets/notebooks/app.ipynb``) from one pool of preheated kernels: kernels follow
  learners, not exercises. The exercise id travels to the kernel in the query string;
- Font Awesome from the ``fontawesomefree`` package, so no page asks a CDN.

Around Voilà it adds what a classroom needs: a refill of the pool that starts one kernel at a
time and waits while the machine is busy (a burst of learners must not compete with 30 kernel
starts), culling of kernels whose page is gone, gzip for text, long-lived caching of
content-hashed assets, and a LAN address to print when listening on all interfaces.

Workshop mode (``widgets.workshop``): the join and trainer pages, and identity for participants.
A participant's personal token lives in a cookie; ``_AppPage`` resolves it here, on the server,
and hands the kernel the learner id **signed** with a secret made at each start
(``CRAFTBOOK_WS_SECRET``, in the environment the kernels inherit). Whatever ``ws`` parameters a
browser sends are dropped, on ``/apps/`` and on Voilà's own render route alike.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import socket
import sys
import weakref
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

ROOT = Path(__file__).resolve().parent.parent
BOOK_HTML = ROOT / "_build" / "html"
TEMPLATE_HOME = ROOT / "_build" / "voila"
TEMPLATE = "craftbook"
APP_NOTEBOOK = "widgets/notebooks/app.ipynb"  # relative to ROOT, the server's root directory
DEFAULT_POOL = 4
EXERCISE_PARAM = "exercise"

_CDN_FA = "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@^5/css/"
_REPLACEMENTS = {
    "index.html.j2": [
        (_CDN_FA + "all.min.css", "{{ resources.base_url }}vendor/fontawesome/css/all.min.css"),
        (_CDN_FA + "v4-shims.min.css", "{{ resources.base_url }}vendor/fontawesome/css/v4-shims.min.css"),
    ],
    "spinner.macro.html.j2": [("Running {{nb_title}}...", "Notiek ielāde…")],
    "voila_setup.macro.html.j2": [
        ("`Executing ${cell_index} of ${cell_count}`", "`Gatavo ${cell_index}. daļu no ${cell_count}`"),
        ("`Reading ${cell_index} of ${cell_count}`", "`Nolasa ${cell_index}. daļu no ${cell_count}`"),
    ],
}
# accessibility and small-screen fixes for the apps (widgets/a11y/), inlined at the end of the page's CSS
_A11Y_DIR = Path(__file__).resolve().parent / "a11y"
_A11Y_ANCHOR = "{%- endblock notebook_css -%}"


def a11y_markup() -> str:
    """The apps' accessibility stylesheet and script, as template markup (Jinja left out)."""
    css = (_A11Y_DIR / "app.css").read_text(encoding="utf-8")
    js = (_A11Y_DIR / "app.js").read_text(encoding="utf-8")
    return "{% raw %}<style>" + css + "</style>\n<script>" + js + "</script>{% endraw %}\n"


# file names that carry a content hash (webpack chunks of the lab extensions): safe to cache for a year
_HASHED = re.compile(r"[./-][0-9a-f]{16,}\.(js|css|woff2?|svg|png)$")


def write_template(home: Path = TEMPLATE_HOME) -> Path:
    """Write the "craftbook" Voilà template under ``home/share/jupyter`` and return that data dir.

    Raises RuntimeError if Voilà's template changed so that a replacement no longer applies
    (better to fail at start than to serve a page that calls a CDN).
    """
    from voila.paths import collect_template_paths

    sources = collect_template_paths(["voila", "nbconvert"], "lab")
    data_dir = home / "share" / "jupyter"
    target = data_dir / "voila" / "templates" / TEMPLATE
    target.mkdir(parents=True, exist_ok=True)
    (target / "conf.json").write_text('{"base_template": "lab"}\n', encoding="utf-8")
    for name, pairs in _REPLACEMENTS.items():
        source = next((Path(d) / name for d in sources if (Path(d) / name).exists()), None)
        if source is None:
            raise RuntimeError(f"Voilà template file {name} not found")
        text = source.read_text(encoding="utf-8")
        for old, new in pairs:
            if old not in text:
                raise RuntimeError(f"Voilà template {name} changed: {old!r} not found")
            text = text.replace(old, new)
        if name == "index.html.j2":
            if _A11Y_ANCHOR not in text:
                raise RuntimeError(f"Voilà template {name} changed: {_A11Y_ANCHOR!r} not found")
            text = text.replace(_A11Y_ANCHOR, a11y_markup() + _A11Y_ANCHOR, 1)
        (target / name).write_text(text, encoding="utf-8")
    return data_dir


def _fontawesome_dir() -> str:
    import fontawesomefree

    return str(Path(fontawesomefree.__file__).parent / "static" / "fontawesomefree")


def lan_address() -> str | None:
    """This machine's address on the local network (what learners type), or None without one.

    Connecting a UDP socket sends no packet; it only makes the system pick the outgoing interface.
    """
    for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 1))
                address = s.getsockname()[0]
            if not address.startswith("127."):
                return address
        except OSError:
            continue
    return None


def public_host(ip: str) -> str:
    """The host name to print for a listening address."""
    if ip in ("0.0.0.0", "::", ""):
        return lan_address() or "localhost"
    if ip in ("127.0.0.1", "localhost", "::1"):
        return "localhost"
    return ip


def make_kernel_manager_class():
    """The kernel manager under Voilà's pool: throttled refills and two culling limits."""
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
    from jupyter_server.utils import ensure_async
    from traitlets import Float, Int

    class WorkbookKernelManager(AsyncMappingKernelManager):
        """Starts pool kernels one at a time, and culls kernels whose page is gone.

        Voilà's pool refills every used kernel after ``fill_delay``; after a burst of 30 learners
        that is 30 kernel starts at once, which stalled the 2-core machine for a minute (DESIGN.md).
        Pool kernels (``VOILA_PREHEAT=True``) therefore pass a gate: one start at a time, a pause
        while the kernel sets itself up, and a wait while the load is above the number of cores.
        (Kernels are forks of a template that has imported everything, :mod:`widgets.kernel_fork`,
        so a start costs a fraction of a second, not the 3 s of a fresh Python.)
        A learner's own kernel (pool empty) never waits at the gate.
        """

        # seconds between two pool kernel starts
        refill_spacing = Float(1.0, config=True)
        # the longest wait for the load to drop before a refill starts anyway
        refill_max_wait = Float(120.0, config=True)
        # a kernel with no page connected is shut down after this many idle seconds
        cull_disconnected_timeout = Int(300, config=True)

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self._refill_gate: asyncio.Semaphore | None = None

        async def start_kernel(self, *args, **kwargs):
            env = kwargs.get("env") or {}
            if env.get("VOILA_PREHEAT") != "True":
                return await super().start_kernel(*args, **kwargs)
            if self._refill_gate is None:
                self._refill_gate = asyncio.Semaphore(1)
            async with self._refill_gate:
                waited = 0.0
                cores = os.cpu_count() or 1
                while os.getloadavg()[0] > cores and waited < self.refill_max_wait and self._has_running_kernels():
                    await asyncio.sleep(2)
                    waited += 2
                kernel_id = await super().start_kernel(*args, **kwargs)
                await asyncio.sleep(self.refill_spacing)  # let it set up before the next one starts
                return kernel_id

        def _has_running_kernels(self) -> bool:
            # at start-up (no learner yet) there is nobody to protect: fill the pool regardless of load
            return any(self._kernel_connections.get(k, 0) for k in self._kernels)

        async def cull_kernel_if_idle(self, kernel_id):
            """The stock culler handles connected kernels (``cull_connected``, long limit); a kernel
            whose page never connected or went away without the unload request goes much sooner."""
            kernel = self._kernels.get(kernel_id)
            if kernel is None:
                return
            connections = self._kernel_connections.get(kernel_id, 0)
            last = getattr(kernel, "last_activity", None)
            if connections == 0 and last is not None and self.cull_disconnected_timeout > 0:
                from jupyter_server._tz import utcnow

                idle = (utcnow() - last).total_seconds()
                if idle > self.cull_disconnected_timeout and getattr(kernel, "execution_state", "") != "busy":
                    self.log.info("culling kernel %s: no page connected for %d s", kernel_id, idle)
                    await ensure_async(self.shutdown_kernel(kernel_id))
                    return
            await super().cull_kernel_if_idle(kernel_id)

    return WorkbookKernelManager


def _ready_first(pool_class):
    """Voilà's pool class, changed to hand out only kernels that are ready.

    Voilà counts a refill that has not started yet (it waits ``fill_delay``) as a pooled kernel,
    so once the warm kernels are used up, the next learner waited for the delay and the start
    (26 s measured here). A learner should rather get a kernel started for them at once.
    """

    def ready(pool) -> list:
        return [t for t in pool if t.done() and not t.cancelled() and t.exception() is None]

    class ReadyFirstPool(pool_class):
        def get_pool_size(self, notebook_name: str) -> int:
            return len(ready(self._pools.get(notebook_name, [])))

        async def get_rendered_notebook(self, notebook_name: str, *args, **kwargs):
            pool = self._pools.get(notebook_name, [])
            warm = ready(pool)
            if warm:  # Voilà takes the first item: put a ready one there
                pool.remove(warm[0])
                pool.insert(0, warm[0])
            return await super().get_rendered_notebook(notebook_name, *args, **kwargs)

        def fill_if_needed(self, *args, **kwargs) -> None:
            super().fill_if_needed(*args, **kwargs)
            # after each refill, say how many kernels are ready: Voilà's "is filled with" line comes
            # when its first refill ends, full or not (the benchmark waits for the true figure)
            name = kwargs.get("notebook_name", args[1] if len(args) > 1 else None)
            for task in self._pools.get(name, []):
                if not task.done() and task not in self._reported:
                    self._reported.add(task)
                    task.add_done_callback(lambda _t, n=name: self.log.info(
                        "kernel pool: %d of %d ready", self.get_pool_size(n), self._pool_target(n)))

        @property
        def _reported(self) -> weakref.WeakSet:
            if not hasattr(self, "_reported_tasks"):
                self._reported_tasks = weakref.WeakSet()
            return self._reported_tasks

        def _pool_target(self, name) -> int:
            default = self.kernel_pools_config.get("default", {})
            return self.kernel_pools_config.get(name, default).get("pool_size", default.get("pool_size", 1))

    ReadyFirstPool.__name__ = pool_class.__name__  # keeps its traitlets config section
    return ReadyFirstPool


def make_app_class():
    """Build the Voilà subclass (imports Voilà only when serving)."""
    import tornado.web
    from jupyter_server.base.handlers import FileFindHandler
    from voila.app import Voila
    from voila.tornado.handler import TornadoVoilaHandler

    from . import registry
    from .identity import SECRET_ENV, WS_PARAMS, sign_participant

    def _without_workshop_params(query: str) -> list[tuple[str, str]]:
        return [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in WS_PARAMS]

    class _Redirect(tornado.web.RequestHandler):
        """Redirect, keeping the query string (the learner's token)."""

        def initialize(self, target: str):
            self.target = target

        def head(self, *args):
            self.get(*args)

        def get(self, *args):
            url = self.target.format(*args)
            if self.request.query:
                url += "?" + self.request.query
            self.redirect(url)

    class _Static(tornado.web.StaticFileHandler):
        def set_extra_headers(self, path):
            # the book's pages change with each build: revalidate (a 304 is cheap); Sphinx's assets
            # carry ?v=<digest>, so a changed file has a new URL and can be kept for a year
            if self.get_query_argument("v", None):
                self.set_header("Cache-Control", "public, max-age=31536000, immutable")
            else:
                self.set_header("Cache-Control", "no-cache")

    class _LongStatic(tornado.web.StaticFileHandler):
        """Files whose URL changes with their content (a versioned package)."""

        def set_extra_headers(self, path):
            self.set_header("Cache-Control", "public, max-age=31536000, immutable")

    class _LabExtensions(FileFindHandler):
        """Voilà's lab extensions; their webpack chunks carry a content hash in the name."""

        def set_headers(self):
            super().set_headers()
            if _HASHED.search(self.request.path):
                self.set_header("Cache-Control", "public, max-age=31536000, immutable")

    class _AppPage(TornadoVoilaHandler):
        """``/apps/`` and ``/apps/E28``: the single app notebook, told which exercise to show.

        Voilà passes the query string to the kernel, so the id goes in there
        (``exercise=E28&learner=…``); the learner's URL stays the short link.
        """

        def initialize(self, workshop=None, **kwargs):
            self.workshop_ctx = workshop
            super().initialize(**{**kwargs, "notebook_path": APP_NOTEBOOK})

        async def get(self, exercise_id=None):
            if exercise_id is not None and exercise_id not in registry.ids():
                return self._not_found(exercise_id)
            # Voilà's page posts "shut my kernel down" when the learner leaves, with the _xsrf
            # cookie; its own page never sets that cookie, so every kernel would be left running.
            self.xsrf_token  # noqa: B018 - reading it sets the cookie
            params = [(k, v) for k, v in _without_workshop_params(self.request.query) if k != EXERCISE_PARAM]
            participant = self._participant()
            if participant:  # the cookie's participant, signed for the kernel; a ?learner= cannot mix in
                params = [(k, v) for k, v in params if k != "learner"]
                params += sign_participant(participant, os.environ[SECRET_ENV])
            if exercise_id:
                params.insert(0, (EXERCISE_PARAM, exercise_id))
            self.request.query = urlencode(params)
            await super().get(None)

        def _participant(self) -> str | None:
            if self.workshop_ctx is None or not os.environ.get(SECRET_ENV):
                return None
            from .workshop.pages import participant_for_request

            return participant_for_request(self, self.workshop_ctx.workshop)

        def _not_found(self, exercise_id: str):
            self.set_status(404)
            base = self.settings.get("server_url", "/")
            self.finish(
                '<!doctype html><html lang="lv"><meta charset="utf-8"><title>Vingrinājums nav atrasts</title>'
                f'<body style="font-family:sans-serif;margin:2em"><h1>Vingrinājums {exercise_id} vēl nav pieejams</h1>'
                f'<p>Visi pieejamie vingrinājumi ir <a href="{base}apps/">vingrinājumu sarakstā</a>.</p>'
            )

    class _Render(TornadoVoilaHandler):
        """Voilà's ``/voila/render/<notebook>``: the app notebook goes through ``/apps/``, and no
        request can hand a kernel workshop parameters of its own making."""

        async def get(self, path=None):
            if (path or "").strip("/") == APP_NOTEBOOK:
                params = _without_workshop_params(self.request.query)
                exercise = next((v for k, v in params if k == EXERCISE_PARAM and v in registry.ids()), "")
                rest = urlencode([(k, v) for k, v in params if k != EXERCISE_PARAM])
                base = self.settings.get("server_url", "/")
                return self.redirect(f"{base}apps/{exercise}" + (f"?{rest}" if rest else ""))
            self.request.query = urlencode(_without_workshop_params(self.request.query))
            await super().get(path)

    class WorkbookServer(Voila):
        """Voilà plus the book, the single app behind short links, and local assets."""

        def init_settings(self):
            settings = super().init_settings()
            settings["compress_response"] = True  # gzip HTML, JS, CSS, JSON: read by tornado at start
            if hasattr(self.kernel_manager, "_pools"):
                self.kernel_manager.__class__ = _ready_first(type(self.kernel_manager))
            return settings

        def init_handlers(self):
            base = self.server_url.rstrip("/")
            book_entries = "|".join(re.escape(p.name) for p in sorted(BOOK_HTML.iterdir())) if BOOK_HTML.is_dir() else ""
            theirs = super().init_handlers()
            render_kwargs = next(h[2] for h in theirs if len(h) > 2 and h[1] is TornadoVoilaHandler)
            self.workshop_ctx = self._workshop_context()
            app_kwargs = {**render_kwargs, "workshop": self.workshop_ctx}
            ours = [
                (base + r"/", _Redirect, {"target": base + "/index.html" if book_entries else base + "/apps/"}),
                (base + r"/apps/?", _AppPage, app_kwargs),
                (base + r"/apps/(E\d\d)/?", _AppPage, app_kwargs),
                # the per-exercise notebooks are the book's pages; served, they go through the single app
                (base + r"/voila/render/exercises/(E\d\d)\.ipynb", _Redirect, {"target": base + "/apps/{0}"}),
                (base + r"/voila/render/exercises/index\.ipynb", _Redirect, {"target": base + "/apps/"}),
                (base + r"/voila/tree(?:/.*)?", _Redirect, {"target": base + "/apps/"}),
                (base + r"/vendor/fontawesome/(.*)", _LongStatic, {"path": _fontawesome_dir()}),
            ]
            # after the redirects above: Voilà's render route, without workshop parameters from outside
            ours.append((base + r"/voila/render/(.*)", _Render, render_kwargs))
            if self.workshop_ctx is not None:
                from .workshop.pages import handlers as workshop_handlers

                ours += workshop_handlers(self.workshop_ctx)
            if book_entries:
                ours.append((base + rf"/((?:{book_entries})(?:/.*)?)", _Static,
                             {"path": str(BOOK_HTML), "default_filename": "index.html"}))
            import tornado.ioloop

            tornado.ioloop.IOLoop.current().add_callback(self._announce)
            replaced = []
            for h in theirs:
                if len(h) > 2 and h[1] is FileFindHandler and "labextensions" in h[0]:
                    h = (h[0], _LabExtensions, {**h[2], "no_cache_paths": []})
                replaced.append(h)
            return ours + replaced

        def learner_address(self) -> str:
            """What learners type: this machine's LAN address and the port."""
            return f"http://{public_host(self.ip)}:{self.port}"

        def _workshop_context(self):
            """The workshop pages' shared state (None when the store cannot be opened)."""
            try:
                from .workshop.model import Workshop
                from .workshop.pages import Context

                limit = int(os.environ.get("CRAFTBOOK_JOIN_LIMIT") or 20)
                # under JupyterHub (widgets.hub): hub logins, the trainers group, joining through the hub
                hub = bool(os.environ.get("JUPYTERHUB_API_TOKEN") and os.environ.get("JUPYTERHUB_USER"))
                return Context(Workshop(), self.server_url, self.learner_address, join_limit=limit, hub=hub,
                               hub_base=os.environ.get("JUPYTERHUB_BASE_URL") or "/")
            except Exception:
                self.log.exception("workshop mode is not available")
                return None

        def _announce(self):
            url = f"http://{public_host(self.ip)}:{self.port}{self.server_url}"
            print("\n" + "=" * 64, flush=True)
            print(f"  Darba burtnīca darbojas:  {url}", flush=True)
            print(f"  Vingrinājumi:             {url}apps/", flush=True)
            if self.ip in ("0.0.0.0", "::", ""):
                print("  Dalībnieki tīklā atver šo adresi savā pārlūkā.", flush=True)
            for line in ANNOUNCE:
                print("  " + line.format(address=self.learner_address() + self.server_url), flush=True)
            print("  Apturēt: Ctrl+C", flush=True)
            print("=" * 64 + "\n", flush=True)

    return WorkbookServer


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn(port: int, env: dict[str, str], log, extra: list[str] | None = None):
    """Start this server in a child process (for tests and benchmarks); returns the Popen."""
    import subprocess

    return subprocess.Popen([sys.executable, "-m", "widgets.serve", f"--port={port}", *(extra or [])],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(url: str, seconds: float) -> None:
    """Poll ``url`` until it answers (RuntimeError after ``seconds``)."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def _options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="python -m widgets.serve", add_help=False)
    parser.add_argument("--host", default=os.environ.get("HOST") or "127.0.0.1")
    parser.add_argument("--pool", type=int, default=int(os.environ.get("POOL") or DEFAULT_POOL))
    parser.add_argument("--cull-disconnected", type=int, default=int(os.environ.get("CULL_DISCONNECTED") or 300))
    parser.add_argument("--cull-idle", type=int, default=int(os.environ.get("CULL_IDLE") or 7200))
    parser.add_argument("--cull-interval", type=int, default=int(os.environ.get("CULL_INTERVAL") or 30))
    parser.add_argument("--fill-delay", type=float, default=float(os.environ.get("FILL_DELAY") or 10))
    parser.add_argument("--refill-spacing", type=float, default=1.0)
    parser.add_argument("--refill-max-wait", type=float, default=120.0)
    return parser.parse_known_args(argv)


def voila_arguments(argv: list[str]) -> list[str]:
    """The Voilà command line for our options (``--host``, ``--pool``, culling); the rest passes through."""
    opts, rest = _options(argv)
    return [
        str(ROOT),
        f"--template={TEMPLATE}",
        "--no-browser",
        "--HTMLExporter.language_code=lv",  # <html lang="lv">: screen readers and spelling in Latvian
        f"--Voila.ip={opts.host}",
        # one pool of warm kernels for the single app notebook, sized for the learners expected at once
        "--preheat_kernel=True",
        f"--pool_size={max(opts.pool, 0)}",
        # (Voilà matches this against absolute paths)
        f"--VoilaKernelManager.preheat_denylist=^(?!{re.escape(str(ROOT / APP_NOTEBOOK))}$)",
        f"--VoilaKernelManager.fill_delay={opts.fill_delay}",
        "--VoilaConfiguration.multi_kernel_manager_class=widgets.serve.WorkbookKernelManager",
        # every Python kernel a fork of one template that has imported everything (widgets/kernel_fork.py)
        "--KernelProvisionerFactory.default_provisioner_name=craftbook-fork",
        # nbclient waits 4 s after a cell's reply for the rest of its output, then goes on without it:
        # when a class starts 30 kernels at once on 2 cores the app's display message came later, and
        # the page showed no app (bench/run.py, "switch"). The wait ends at the kernel's idle message.
        "--VoilaExecutor.iopub_timeout=60",
        # kernels whose page is gone go after a few minutes; connected but idle ones after a long limit
        f"--WorkbookKernelManager.cull_disconnected_timeout={opts.cull_disconnected}",
        f"--WorkbookKernelManager.refill_spacing={opts.refill_spacing}",
        f"--WorkbookKernelManager.refill_max_wait={opts.refill_max_wait}",
        f"--MappingKernelManager.cull_idle_timeout={opts.cull_idle}",
        f"--MappingKernelManager.cull_interval={opts.cull_interval}",
        "--MappingKernelManager.cull_connected=True",
        # lab extensions the apps do not use (the JupyterLab preview button, code highlighting)
        "--VoilaConfiguration.extension_denylist=@voila-dashboards/jupyterlab-preview",
        "--VoilaConfiguration.extension_denylist=jupyterlab_pygments",
        *rest,
    ]


# extra lines for the start banner (``python -m widgets.workshop`` adds the room's code and links);
# "{address}" becomes the learners' address, e.g. http://192.168.1.5:8866/
ANNOUNCE: list[str] = []


def main(argv: list[str] | None = None) -> None:
    """Start the server. ``--host``, ``--pool`` and the culling limits are ours; the rest goes to Voilà."""
    # a fresh secret per start, before any kernel starts (they inherit the environment): the
    # server signs participants' learner ids with it, kernels accept only those (widgets.identity)
    from .identity import SECRET_ENV

    argv = list(argv if argv is not None else sys.argv[1:])
    if os.environ.get("JUPYTERHUB_API_TOKEN") and not any("identity_provider_class" in a for a in argv):
        # spawned by a hub without the hub's login (widgets.hub adds it): anyone could open this user's server
        raise SystemExit("Zem JupyterHub darba burtnīcu palaidiet ar `python -m widgets.hub`: tas pievieno centrmezgla lietotāja pārbaudi.")
    os.environ[SECRET_ENV] = secrets.token_hex(32)
    data_dir = write_template(template_home())
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(data_dir), os.environ.get("JUPYTER_PATH")]))
    os.chdir(ROOT)
    start_chart_fill()
    args = voila_arguments(argv)
    make_app_class().launch_instance(args)


def start_chart_fill() -> None:
    """Draw the starting answers' charts for every kernel, in the background and at low priority
    (:mod:`widgets.chart_cache`): a second or two when they are there, ~10 s after a change."""
    import subprocess
    import threading

    fill = subprocess.Popen([sys.executable, "-m", "widgets.chart_cache"], cwd=ROOT, stdin=subprocess.DEVNULL)
    threading.Thread(target=fill.wait, daemon=True).start()  # reaped when it ends


def template_home() -> Path:
    """Where the generated Voilà template goes: ``CRAFTBOOK_TEMPLATE_HOME``, else ``_build/voila`` in the
    checkout, else (a read-only install, as under TLJH or Z2JH) the user's cache folder."""
    if os.environ.get("CRAFTBOOK_TEMPLATE_HOME"):
        return Path(os.environ["CRAFTBOOK_TEMPLATE_HOME"])
    try:
        TEMPLATE_HOME.mkdir(parents=True, exist_ok=True)
        if os.access(TEMPLATE_HOME, os.W_OK):
            return TEMPLATE_HOME
    except OSError:
        pass
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "amatnieku-burtnica" / "voila"


def __getattr__(name: str):
    # traitlets imports the kernel manager class by its dotted name; build it only then
    if name == "WorkbookKernelManager":
        cls = make_kernel_manager_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


if __name__ == "__main__":
    main()
