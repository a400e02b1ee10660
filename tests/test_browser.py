"""The page in a real browser: Playwright driving Debian's Chromium headless against a live uvicorn.

Skipped (with the reason) where /usr/bin/chromium or playwright is missing;
CI installs both with ci/install-browser.sh.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(f"{CHROMIUM} is missing (install it with ci/install-browser.sh)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is missing (pip install jishi[browser])")
uvicorn = pytest.importorskip("uvicorn")

from jishi.pipeline import Pipeline  # noqa: E402
from jishi.web.app import create_app  # noqa: E402
from test_web import build_store  # noqa: E402

README_SHOT = Path(__file__).resolve().parents[1] / "docs" / "screenshot-article.png"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]

# A made-up dispatch in the style of the wires (not from any corpus).
ARTICLE = """新华社北京3月5日电 国家主席习近平5日在人民大会堂会见来访的俄罗斯总统普京。
两国元首举行会谈，就双边关系和共同关心的国际问题交换意见。
习近平邀请普京明年再次访华，普京愉快地接受了邀请。
会谈后，中国和俄罗斯签署了联合声明。
外交部发言人表示，中方谴责美国对中国企业实施制裁。"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("browser-store"))
    app = create_app(db, pipeline=Pipeline())
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1360, "height": 860}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda err: errors.append(str(err)))
    pg.goto(server)
    yield pg
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Screenshots go to $JISHI_SCREENSHOT_DIR when set (CI keeps them), else a pytest tmp dir."""
    if os.environ.get("JISHI_SCREENSHOT_DIR"):
        path = Path(os.environ["JISHI_SCREENSHOT_DIR"])
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


def code(page, text, date=None):
    page.fill("#article-text", text)
    if date:
        page.fill("#article-date", date)
    page.click("#code-button")


def test_browser_article_shows_events_and_highlights(page, shots):
    code(page, ARTICLE, "2019-03-05")
    page.wait_for_selector(".card")
    cards = page.locator(".card")
    assert cards.count() >= 3
    assert "Host a visit" in page.locator("#event-cards").inner_text()
    actors = page.locator("#article-body .actor").all_inner_texts()
    assert "俄罗斯总统普京" in "".join(actors)
    assert page.locator("#article-body .trigger").count() >= 3
    # A card points at its evidence: clicking it highlights the clause in the text.
    cards.first.click()
    evidence = "".join(page.locator("#article-body .evidence").all_inner_texts())
    assert "会见" in evidence
    assert page.locator(".card.selected").count() == 1
    page.wait_for_timeout(600)  # let the smooth scroll to the evidence finish, then go back to the top
    page.evaluate("window.scrollTo({top: 0, behavior: 'instant'})")
    page.wait_for_timeout(100)
    page.screenshot(path=str(shots / "article.png"), full_page=False)
    assert (shots / "article.png").stat().st_size > 10_000
    if os.environ.get("JISHI_UPDATE_SCREENSHOT"):  # refresh the README's picture on purpose only
        README_SHOT.parent.mkdir(exist_ok=True)
        shutil.copy(shots / "article.png", README_SHOT)


def test_browser_article_downloads_jsonl(page):
    code(page, ARTICLE, "2019-03-05")
    page.wait_for_selector(".card")
    with page.expect_download() as info:
        page.click("#download-jsonl")
    lines = Path(info.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(lines) == page.locator(".card").count()
    assert '"cameo": "043"' in "".join(lines).replace('":"', '": "')


def test_browser_article_shows_markup_as_text(page):
    code(page, "<script>window.pwned = 1</script><b>粗</b>国家主席习近平5日在北京会见来访的俄罗斯总统普京。")
    page.wait_for_selector(".card")
    body = page.locator("#article-body")
    assert body.inner_text().startswith("<script>window.pwned = 1</script><b>粗</b>")
    assert body.locator("script, b").count() == 0
    assert page.evaluate("window.pwned") is None


def test_browser_bad_upload_shows_error(page, shots):
    page.set_input_files("#article-file", files=[{"name": "photo.bin", "mimeType": "application/octet-stream",
                                                  "buffer": bytes(range(256)) * 16}])
    page.click("#code-button")
    error = page.locator("#article-error")
    error.wait_for(state="visible")
    assert "400" in error.inner_text() and "binary file" in error.inner_text() and "photo.bin" in error.inner_text()
    page.screenshot(path=str(shots / "bad-upload.png"))


def test_browser_corpus_shows_timeline_network_table(page, shots):
    page.click("#tab-corpus")
    page.wait_for_selector("#timeline svg rect.bar")
    assert page.locator("#timeline svg rect.bar").count() >= 3
    assert "2019-03" in page.locator("#timeline svg").inner_html()
    assert page.locator("#network svg .node").count() == 4
    rows = page.locator("#events-body tr")
    total = rows.count()
    assert total >= 4
    page.screenshot(path=str(shots / "corpus.png"), full_page=True)
    page.fill("#filter-form input[name=actor]", "普京")
    page.click("#filter-form button[type=submit]")
    # Every row left names 普京 (expect() polls: no wait_for_function, the CSP forbids eval).
    playwright_api.expect(page.locator("#events-body tr", has_not_text="普京")).to_have_count(0)
    assert 1 <= rows.count() < total
    assert "普京" in page.locator("#events-body").inner_text()
    page.screenshot(path=str(shots / "corpus-filtered.png"), full_page=True)
