"""The served book in a real browser: phone width, search, and the way from a chapter to its app."""

import pytest
from conftest import guarded_page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("chapter", ["ch14", "ch24"])
def test_chapter_reads_on_a_phone(browser, server, chapter, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = guarded_page(context)
    page.goto(f"{server}/book/{chapter}.html")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.lang") == "lv"
    # nothing wider than the screen except tables, which scroll inside their own box
    overflow = page.evaluate("document.scrollingElement.scrollWidth")
    assert overflow <= 392, f"page is {overflow}px wide on a 390px screen"
    page.screenshot(path=str(tmp_path / f"{chapter}-390.png"))
    context.close()
    assert not page.outside_requests


def test_search_finds_chapters(page, server):
    page.goto(f"{server}/search.html?q=uzcenojums")
    page.wait_for_selector("ul.search li a", timeout=30_000)
    hrefs = page.eval_on_selector_all("ul.search li a", "els => els.map(e => e.getAttribute('href'))")
    assert any("ch14" in h for h in hrefs)


def test_from_chapter_to_exercise_page_to_app_and_back(page, server):
    page.goto(f"{server}/book/ch14.html")
    page.click("a[href*='exercises/E28']")
    page.wait_for_selector("a.cb-open-app")
    assert "70,89" in page.inner_text("main").replace("\u00a0", " ")  # the example's result, rendered at build time
    page.click("a.cb-open-app")
    page.wait_for_selector(".cb-results .cb-metric", timeout=90_000)
    page.click(".cb-chapter-link")
    page.wait_for_url("**/book/ch14.html")
    assert page.title().startswith("14. Cenu noteikšana")


def test_root_opens_the_book(page, server):
    page.goto(server + "/")
    page.wait_for_load_state("networkidle")
    assert "darba burtnīca" in page.title().lower()


def test_book_list_of_exercises_opens_the_apps(page, server):
    page.goto(f"{server}/exercises/index.html")
    page.click(".cb-index-item[data-exercise='E21'] a")
    page.wait_for_selector(".cb-results .cb-metric", timeout=90_000)
    assert page.url.split("?")[0].endswith("/apps/E21")  # the short link, served by the single app
