"""`make publish`: the book as a static site, served by a plain static file server, with no dead
links, no missing assets, no request to another host, and app links only where a server is named."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest

from widgets.serve import free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import publish  # noqa: E402

pytestmark = pytest.mark.book
APP_URL = "http://192.168.1.20:8866/"

# what the browser fetches by itself (a missing one is a broken page; another host is a request out)
_ASSET_ATTRS = {("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src"), ("link", "href"),
                ("video", "src"), ("audio", "src"), ("embed", "src")}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.assets: list[str] = []
        self.anchors: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.title = ""
        self._in_title = False
        self.redirect = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if tag == "title":
            self._in_title = True
        if tag == "meta" and attrs.get("name"):
            self.meta[attrs["name"]] = attrs.get("content", "")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            target = re.search(r"url=(.+)$", attrs.get("content", ""), re.I)
            if target:
                self.anchors.append(target.group(1).strip())
                self.redirect = True
        if tag == "a" and attrs.get("href"):
            self.anchors.append(attrs["href"])
        for t, attr in _ASSET_ATTRS:
            if tag == t and attrs.get(attr):
                if tag == "link" and attrs.get("rel") in ("canonical", "next", "prev", "search", "index"):
                    continue
                self.assets.append(attrs[attr])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read(), r.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        return err.code, b"", ""


def crawl(base: str) -> dict:
    """Visit every page reachable from the front page; check every link and asset."""
    host = urlparse(base).netloc
    pages, seen, problems, outside, app_links, pending = {}, set(), [], set(), set(), [base + p for p in ("/search.html", "/genindex.html", "/index.html")]  # search: a form, not a link
    checked: dict[str, int] = {}

    def status(url: str) -> int:
        if url not in checked:
            checked[url] = fetch(url)[0]
        return checked[url]

    while pending:
        url = pending.pop()
        if url in seen:
            continue
        seen.add(url)
        code, body, ctype = fetch(url)
        checked[url] = code
        if code != 200:
            problems.append(f"{url}: HTTP {code}")
            continue
        if "html" not in ctype:
            continue
        parser = _Links()
        parser.feed(body.decode("utf-8", "replace"))
        pages[url] = parser
        for raw in parser.assets:
            target = urljoin(url, raw)
            if urlparse(target).scheme in ("data", "blob"):
                continue
            if urlparse(target).netloc != host:
                outside.add(f"{url} → {target}")
            elif status(urldefrag(target)[0]) != 200:
                problems.append(f"{url}: missing asset {raw}")
            elif target.endswith(".css"):
                css = fetch(urldefrag(target)[0])[1].decode("utf-8", "replace")
                for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
                    asset = urljoin(target, ref)
                    if urlparse(asset).scheme == "data":
                        continue
                    if urlparse(asset).netloc != host:
                        outside.add(f"{target} → {asset}")
                    elif status(urldefrag(asset)[0]) != 200:
                        problems.append(f"{target}: missing {ref}")
        for raw in parser.anchors:
            if raw.startswith(("mailto:", "tel:", "javascript:")):
                continue
            target = urldefrag(urljoin(url, raw))[0]
            if "/apps/" in target or re.search(r"(^|/)apps/", raw):
                app_links.add(target)
            if urlparse(target).netloc != host:
                continue  # a link out (a source, the app server): followed by the reader, not fetched by the page
            if target.endswith(".html") or target.endswith("/"):
                pending.append(target)
            elif status(target) != 200:
                problems.append(f"{url}: dead link {raw}")
    return {"pages": pages, "problems": problems, "outside": outside, "app_links": app_links}


@pytest.fixture(scope="module", params=["no-server", "server"])
def site(request, built_book, tmp_path_factory):
    app_url = APP_URL if request.param == "server" else None
    out = publish.publish(app_url, tmp_path_factory.mktemp("publish") / publish.NAME, make_zip=request.param == "no-server")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/index.html", 30)
    try:
        yield request.param, out, base, crawl(base)
    finally:
        proc.terminate()
        proc.wait(10)


def test_no_dead_links_no_missing_assets_no_outside_requests(site):
    _mode, out, base, found = site
    every = {f"{base}/{p.relative_to(out).as_posix()}" for p in out.rglob("*.html") if "_static" not in p.parts}
    assert not every - set(found["pages"]), f"pages no link reaches: {sorted(every - set(found['pages']))[:10]}"
    assert not found["problems"], "\n".join(found["problems"][:30])
    assert not found["outside"], "\n".join(sorted(found["outside"])[:30])


def test_every_page_has_latvian_metadata(site):
    _mode, _out, _base, found = site
    for url, page in found["pages"].items():
        if url.endswith(("genindex.html", "search.html")) or page.redirect:
            continue
        assert page.lang == "lv", url
        assert page.title.strip(), url
        assert len(page.meta.get("description", "")) >= 30, url


def test_app_links_follow_the_configuration(site):
    mode, out, _base, found = site
    e28 = (out / "exercises" / "E28.html").read_text(encoding="utf-8")
    if mode == "no-server":
        assert not found["app_links"], sorted(found["app_links"])[:10]
        assert "cb-open-app" not in e28 and "make serve" in e28
        assert (out.parent / f"{publish.NAME}.zip").stat().st_size > 100_000
    else:
        assert f'href="{APP_URL}apps/E28"' in e28
        assert all(link.startswith(APP_URL + "apps/") for link in found["app_links"]), sorted(found["app_links"])[:10]


def test_search_works_on_the_static_site(site, browser):
    mode, _out, base, _found = site
    if mode != "no-server":
        pytest.skip("one configuration is enough for search")
    page = browser.new_page()
    page.goto(base + "/search.html?q=cena")
    page.wait_for_selector("#search-results li", timeout=60_000)
    assert page.locator("#search-results li").count() > 3
    page.close()


def test_publish_refuses_an_address_that_is_not_http():
    with pytest.raises(SystemExit):
        publish.main(["--app-url", "javascript:alert(1)"])
