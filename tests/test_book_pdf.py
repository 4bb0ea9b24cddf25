"""The book on paper: ``tools/book_pdf.py`` (``make book-pdf``) prints the built pages with Debian's
chromium into one PDF, and the print stylesheet (``_static/craftbook-print.css``) makes a single
chapter print cleanly from the browser. Checked here on a few pages (the whole book takes minutes):
``pdftotext`` (Debian's poppler-utils) reads the Latvian letters, the chapter titles, the static
exercise preview's figures and the page numbers."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, guarded_page

sys.path.insert(0, str(ROOT / "tools"))
import book_pdf  # noqa: E402

pytestmark = pytest.mark.browser

PAGES = ["book/index", "book/ch01", "book/ch14", "exercises/E28"]


def pdftotext(path, first: int | None = None, last: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: `make test` installs Debian's poppler-utils")
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_toc_order_covers_the_book():
    pages = book_pdf.toc_pages()
    assert pages[0] == "book/index"
    assert pages.index("book/ch14") < pages.index("exercises/E28") < pages.index("book/ch15")
    assert sum(p.startswith("book/ch") for p in pages) == 32


@pytest.fixture(scope="module")
def pdf(built_book, browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "dalas.pdf"
    count = book_pdf.build(PAGES, out, built_book, browser)
    return out, count


def test_pdf_has_latvian_text_titles_figures_and_page_numbers(pdf):
    from pypdf import PdfReader

    path, count = pdf
    text = pdftotext(path)
    for title in ("Amatniecība tiešsaistē: darba", "1. Par darba burtnīcu", "14. Cenu noteikšana"):
        assert title in text, title
    for letter in "āčēģīķļņšūž":
        assert letter in text, f"no {letter!r} in the PDF text"
    assert "70,89" in text  # the E28 preview's example result, as the book shows it
    # the app button is not printed: the phrase stays only where chapter 1 quotes it in quotation marks
    assert text.count("Atvērt interaktīvi") == text.count("„Atvērt interaktīvi”")
    reader = PdfReader(path)
    assert len(reader.pages) == count >= len(PAGES)
    assert any(page.images for page in reader.pages), "the exercise preview's chart is missing"
    outline = [item.title for item in reader.outline]
    assert outline[:1] == ["Amatniecība tiešsaistē: darba burtnīca"] and any(t.startswith("14. Cenu") for t in outline)
    for number in (1, count):  # numbered from the first page to the last, across the merged pages
        lines = [line.strip() for line in pdftotext(path, number).splitlines() if line.strip()]
        assert lines[-1] == str(number), lines[-3:]


def test_a_chapter_prints_cleanly_from_the_browser(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = guarded_page(context)
    page.goto(f"{server}/book/ch14.html")
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.bd-header', '.bd-sidebar-primary', '.bd-sidebar-secondary', '.prev-next-area',
                                     '.bd-footer', '.search-button-field']
        .map(s => [...document.querySelectorAll(s)].every(e => getComputedStyle(e).display === 'none'))""")
    assert all(hidden), hidden
    article = page.locator("article.bd-article").bounding_box()
    assert article["width"] > 1000  # the text takes the whole page width
    pdf = page.pdf(format="A4")
    context.close()
    assert pdf.startswith(b"%PDF") and not page.outside_requests


def test_front_page_links_the_pdf_when_it_exists(built_book):
    html = (built_book / "book" / "index.html").read_text(encoding="utf-8")
    assert 'class="cb-book-pdf" hidden' in html and 'href="../amatnieku-burtnica.pdf"' in html
    assert "craftbook-book-pdf.js" in html
