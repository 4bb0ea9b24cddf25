"""The whole book as one PDF (``make book-pdf``), for printed workbooks and offline reading.

Debian's chromium (driven by Playwright, never a downloaded browser) prints each built HTML page
of the book (``_build/html``, in the order of ``_toc.yml``) with the print stylesheet
``_static/craftbook-print.css`` (no navigation; figures, tables and the exercises' static previews
kept whole). ``pypdf`` merges the pages into one file with a bookmark per page, and every page gets
its number at the bottom (drawn with fpdf2, merged onto the page). Fonts are the system's (Debian's
DejaVu), so the Latvian letters print.

Usage::

    python tools/book_pdf.py                          # the whole book → _build/html/amatnieku-burtnica.pdf
    python tools/book_pdf.py --pages book/ch14 book/ch15 --out /tmp/two.pdf

The front page links to the PDF (``book/index.md``); the link shows only when the file is there.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "_build" / "html"
OUT = BUILT / "amatnieku-burtnica.pdf"
TITLE = "Amatniecība tiešsaistē: darba burtnīca"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def toc_pages(toc_path: Path = ROOT / "_toc.yml") -> list[str]:
    """Every page of the book in reading order (``book/index``, ``book/ch01``, ``exercises/E01``…)."""
    import yaml

    toc = yaml.safe_load(toc_path.read_text(encoding="utf-8"))
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                pages.append(entry["file"])
            walk(entry.get("sections"))

    for part in toc.get("parts", []):
        walk(part.get("chapters"))
    walk(toc.get("chapters"))
    return [p.removesuffix(".md").removesuffix(".ipynb") for p in pages]


def print_pages(pages: list[str], workdir: Path, built: Path = BUILT, browser=None) -> list[tuple[Path, str]]:
    """Print each page to its own PDF; returns (PDF, page title) in order. ``browser``: a running
    Playwright browser to use (the tests'), else Debian's chromium is started for this."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            try:
                return print_pages(pages, workdir, built, own)
            finally:
                own.close()
    printed = []
    page = browser.new_page()
    try:
        # a page of the book must not reach another host (nothing should try)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                   else route.abort())
        for i, name in enumerate(pages):
            html = built / f"{name}.html"
            if not html.exists():
                raise SystemExit(f"{html} is missing: build the book first (`make book`)")
            page.goto(html.as_uri(), wait_until="load")
            page.evaluate("document.fonts.ready")
            title = page.title().split(" — ")[0].split(" &#8212; ")[0].strip() or name
            target = workdir / f"{i:03d}.pdf"
            page.pdf(path=str(target), format="A4", print_background=True, prefer_css_page_size=True,
                     margin={"top": "16mm", "bottom": "18mm", "left": "15mm", "right": "15mm"})
            printed.append((target, title))
    finally:
        page.close()
    return printed


def page_numbers(sizes: list[tuple[float, float]]) -> bytes:
    """A PDF with only the page numbers, one page per size (points), to lay over the book's pages."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    for number, (width, height) in enumerate(sizes, start=1):
        pdf.add_page(format=(width, height))
        pdf.set_font("Helvetica", size=9)
        pdf.set_text_color(80, 80, 80)
        pdf.set_xy(0, height - 30)
        pdf.cell(width, 12, str(number), align="C")
    return bytes(pdf.output())


def merge(printed: list[tuple[Path, str]], out: Path) -> int:
    """One PDF of the printed pages, with bookmarks and page numbers; returns the number of pages."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for path, title in printed:
        start = len(writer.pages)
        writer.append(PdfReader(path))
        writer.add_outline_item(title=title, page_number=start)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    numbers = PdfReader(io.BytesIO(page_numbers(sizes)))
    for page, overlay in zip(writer.pages, numbers.pages):
        page.merge_page(overlay)
    writer.add_metadata({"/Title": TITLE, "/Author": "Darba burtnīcas komanda"})
    writer.page_mode = "/UseOutlines"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f:
        writer.write(f)
    return len(writer.pages)


def build(pages: list[str] | None = None, out: Path = OUT, built: Path = BUILT, browser=None) -> int:
    """Print ``pages`` (default: the whole book) into ``out``; returns the number of PDF pages."""
    pages = pages or toc_pages()
    with tempfile.TemporaryDirectory(prefix="book-pdf-") as tmp:
        printed = print_pages(pages, Path(tmp), built, browser)
        return merge(printed, out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", nargs="*", help="pages relative to the book's root, e.g. book/ch14 (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    started = time.monotonic()
    count = build(args.pages, args.out)
    print(f"{args.out}: {count} pages in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
