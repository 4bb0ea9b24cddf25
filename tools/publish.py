"""Make the built book a static site any web host can serve (``make publish``).

The book built by ``make book`` is meant to be served beside the exercise apps by our server:
its buttons link to ``../apps/E28``. A static host (GitHub Pages, a school's web space, a USB
stick) has no ``/apps/``. This copies ``_build/html`` to ``_build/publish/<name>/`` and points
every app link at the workbook server named by ``APP_URL`` (a training centre's JupyterHub, a
trainer's laptop), or, with no server named, replaces each button with a Latvian note on how
to open the exercise, and the exercise list's links with the exercises' book pages. It also
packs the folder as a zip for offline reading.

The links are ours (``widgets/app.py`` writes them), so a regular expression over the built
HTML is enough here: no HTML parser is needed to find an ``href`` we wrote ourselves.

Usage: ``python tools/publish.py [--app-url URL] [--out DIR] [--zip]``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "_build" / "html"
NAME = "amatnieku-burtnica"

# an app link as the book writes it: ../apps/, ../apps/E28, with an optional query
_APP_HREF = re.compile(r'href="((?:\.\./)+)apps/(E\d\d)?(\?[^"]*)?"')
# the static preview's button (widgets/app.py, static_preview)
_BUTTON = re.compile(r'<p><a class="cb-open-app"[^>]*>Atvērt interaktīvi</a></p>')
NO_SERVER_NOTE = (
    '<div class="cb-note cb-no-app" role="note"><b>Kā atvērt šo vingrinājumu interaktīvi?</b> '
    "Šī ir grāmatas lasāmā versija. Lai aizpildītu vingrinājumu un saglabātu atbildes, palaidiet darba "
    "burtnīcu savā datorā ar komandu <code>make serve</code> (norādījumi ir failā README.md) vai jautājiet "
    "pasniedzējam darbnīcas adresi. Zemāk redzams parauga aizpildījums.</div>"
)


def rewrite(html: str, app_url: str | None) -> str:
    """Point one page's app links at ``app_url``; with None, remove them (see the module doc)."""
    if app_url:
        base = app_url if app_url.endswith("/") else app_url + "/"
        return _APP_HREF.sub(lambda m: f'href="{base}apps/{m.group(2) or ""}"', html)
    html = _BUTTON.sub(NO_SERVER_NOTE, html)

    def to_book(m: re.Match) -> str:
        up, exercise = m.group(1), m.group(2)
        return f'href="{up}exercises/{exercise or "index"}.html"'

    return _APP_HREF.sub(to_book, html)


_PDF_LINK = re.compile(r'<p class="cb-book-pdf" hidden>(.*?)</p>', re.S)


def book_pdf_link(html: str, has_pdf: bool) -> str:
    """Show the front page's link to the whole-book PDF when `make book-pdf` made one, else drop it
    (a static host has no server to hide a dead link)."""
    return _PDF_LINK.sub(lambda m: f'<p class="cb-book-pdf">{m.group(1)}</p>' if has_pdf else "", html)


def publish(app_url: str | None, out: Path, make_zip: bool) -> Path:
    """Copy the built book to ``out`` with its app links rewritten; returns the folder."""
    if not (BUILT / "index.html").exists():
        raise SystemExit("The book is not built: run `make book` first.")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(BUILT, out, ignore=shutil.ignore_patterns(".buildinfo", "_sources"))
    has_pdf = (out / "amatnieku-burtnica.pdf").exists()
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        new = book_pdf_link(rewrite(text, app_url), has_pdf)
        if new != text:
            page.write_text(new, encoding="utf-8")
    if make_zip:
        archive = shutil.make_archive(str(out), "zip", root_dir=out.parent, base_dir=out.name)
        print(f"Arhīvs lasīšanai bezsaistē: {archive}")
    print(f"Publicējamā mape: {out}")
    print("Lietotņu adrese: " + (app_url or "nav (pogu vietā norādījumi, kā atvērt vingrinājumus)"))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-url", default="", help="workbook server address, e.g. https://burtnica.example.lv/")
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "publish" / NAME)
    parser.add_argument("--zip", action="store_true")
    args = parser.parse_args(argv)
    app_url = args.app_url.strip() or None
    if app_url and not re.match(r"^https?://[^\s\"'<>]+$", app_url):
        raise SystemExit(f"APP_URL must be an http(s) address, not {app_url!r}")
    publish(app_url, args.out, args.zip)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
