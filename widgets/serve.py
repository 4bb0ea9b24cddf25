"""One server for the built book and the exercise apps (``python -m widgets.serve``).

A subclass of the standalone Voilà app (preheated kernel pools need standalone
Voilà) that also serves:

- ``/`` and the book's pages from ``_build/html``;
- ``/apps/`` (the landing app) and ``/apps/E28`` (an exercise), as short links;
- Font Awesome from the ``fontawesomefree`` package, so no page asks a CDN.

It uses a Voilà template "craftbook" generated from Voilà's own "lab" template
with the CDN links pointed at the local copy and the loading texts in Latvian.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK_HTML = ROOT / "_build" / "html"
TEMPLATE_HOME = ROOT / "_build" / "voila"
TEMPLATE = "craftbook"
LANDING = "exercises/index.ipynb"

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
        (target / name).write_text(text, encoding="utf-8")
    return data_dir


def _fontawesome_dir() -> str:
    import fontawesomefree

    return str(Path(fontawesomefree.__file__).parent / "static" / "fontawesomefree")


def make_app_class():
    """Build the Voilà subclass (imports Voilà only when serving)."""
    import tornado.web
    from voila.app import Voila

    class _Redirect(tornado.web.RequestHandler):
        """Redirect a short link, keeping the query string (the learner's token)."""

        def initialize(self, target: str):
            self.target = target

        def head(self, *args):
            self.get(*args)

        def get(self, *args):
            # Voilà's page posts "shut my kernel down" when the learner leaves, with the _xsrf
            # cookie; its own page never sets that cookie, so every kernel would be left running.
            self.xsrf_token  # noqa: B018 - reading it sets the cookie
            url = self.target.format(*args)
            if self.request.query:
                url += "?" + self.request.query
            self.redirect(url)

    class _ExerciseLink(_Redirect):
        """``/apps/E28`` → the exercise app; an id with no app gets a Latvian page, not Voilà's English 404."""

        def get(self, exercise_id):
            if (ROOT / "exercises" / f"{exercise_id}.ipynb").exists():
                return super().get(exercise_id)
            self.set_status(404)
            self.finish(
                '<!doctype html><html lang="lv"><meta charset="utf-8"><title>Vingrinājums nav atrasts</title>'
                f'<body style="font-family:sans-serif;margin:2em"><h1>Vingrinājums {exercise_id} vēl nav pieejams</h1>'
                f'<p>Visi pieejamie vingrinājumi ir <a href="{self.target.split("/voila/")[0]}/apps/">vingrinājumu sarakstā</a>.</p>'
            )

    class _Static(tornado.web.StaticFileHandler):
        def set_extra_headers(self, path):
            self.set_header("Cache-Control", "no-cache")
            self.xsrf_token  # noqa: B018 - sets the _xsrf cookie (see _Redirect.get)

    from voila.tornado.handler import TornadoVoilaHandler

    class _AppPage(TornadoVoilaHandler):
        """Voilà's page handler, setting the _xsrf cookie that its unload request needs."""

        async def get(self, path=None):
            self.xsrf_token  # noqa: B018 - reading it sets the cookie (see _Redirect.get)
            await super().get(path)

    class WorkbookServer(Voila):
        """Voilà plus the book, short app links and local assets."""

        def init_handlers(self):
            base = self.server_url.rstrip("/")
            book_entries = "|".join(re.escape(p.name) for p in sorted(BOOK_HTML.iterdir())) if BOOK_HTML.is_dir() else ""
            ours = [
                (base + r"/", _Redirect, {"target": base + "/index.html" if book_entries else base + "/apps/"}),
                (base + r"/apps/?", _Redirect, {"target": base + "/voila/render/" + LANDING}),
                (base + r"/apps/(E\d\d)/?", _ExerciseLink, {"target": base + "/voila/render/exercises/{0}.ipynb"}),
                (base + r"/voila/tree(?:/.*)?", _Redirect, {"target": base + "/apps/"}),
                (base + r"/vendor/fontawesome/(.*)", _Static, {"path": _fontawesome_dir()}),
            ]
            if book_entries:
                ours.append((base + rf"/((?:{book_entries})(?:/.*)?)", _Static,
                             {"path": str(BOOK_HTML), "default_filename": "index.html"}))
            import tornado.ioloop

            tornado.ioloop.IOLoop.current().add_callback(self._announce)
            theirs = [(h[0], _AppPage, *h[2:]) if len(h) > 1 and h[1] is TornadoVoilaHandler else h
                      for h in super().init_handlers()]
            return ours + theirs

        def _announce(self):
            host = "localhost" if self.ip in ("", "0.0.0.0", "127.0.0.1", "localhost") else self.ip
            url = f"http://{host}:{self.port}{self.server_url}"
            print("\n" + "=" * 64, flush=True)
            print(f"  Darba burtnīca darbojas:  {url}", flush=True)
            print(f"  Vingrinājumi:             {url}apps/", flush=True)
            print("  Apturēt: Ctrl+C", flush=True)
            print("=" * 64 + "\n", flush=True)

    return WorkbookServer


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    import socket

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


def main(argv: list[str] | None = None) -> None:
    """Start the server. Extra arguments go to Voilà (e.g. ``--port=8866``)."""
    data_dir = write_template()
    os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(data_dir), os.environ.get("JUPYTER_PATH")]))
    os.chdir(ROOT)
    args = [
        str(ROOT),
        f"--template={TEMPLATE}",
        "--no-browser",
        "--HTMLExporter.language_code=lv",  # <html lang="lv">: screen readers and spelling in Latvian
        "--Voila.ip=127.0.0.1",
        # a warm kernel per app: the page appears without waiting for Python to start
        "--preheat_kernel=True",
        "--pool_size=1",
        # ... but only for the exercise apps (not for notebooks elsewhere under the root, e.g. in .venv)
        f"--VoilaKernelManager.preheat_denylist=^(?!{re.escape(str(ROOT / 'exercises'))}/)",
        # lab extensions the apps do not use (the JupyterLab preview button, code highlighting)
        "--VoilaConfiguration.extension_denylist=@voila-dashboards/jupyterlab-preview",
        "--VoilaConfiguration.extension_denylist=jupyterlab_pygments",
        *(argv if argv is not None else sys.argv[1:]),
    ]
    make_app_class().launch_instance(args)


if __name__ == "__main__":
    main()
