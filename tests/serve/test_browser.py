"""Browser flows in Debian's Chromium, driven by Playwright (no downloaded browser).

One server for the module, on a free localhost port in a thread, over a fresh
copy of the test world. Skips with a reason when Chromium is not installed
(`scripts/browser` installs it; `scripts/test` runs that first).
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servekit import PASSWORD, SECOND, SEED, World, user_name

from renkei.serve.app import create_app
from renkei.store.engine import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (run scripts/browser)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(world: World, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    path = tmp_path_factory.mktemp("browser") / "store.db"
    shutil.copyfile(world.path, path)
    store = open_store(path)
    port = _free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tempfile.mkdtemp(prefix="renkei-chromium-")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=ARGS, headless=True
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    browser.clear_cookies()
    page = browser.new_page()
    page.set_default_timeout(10_000)
    yield page
    page.close()


def _login(page: Any, server: str, name: str) -> None:
    page.goto(server + "/")
    assert "/login" in page.url
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server + "/")
    assert page.locator(".user").inner_text().startswith(name)


def test_log_in_and_open_the_seed_with_highlighted_acts(page: Any, server: str) -> None:
    _login(page, server, user_name("JPN", "viewer"))
    page.click(f"a[href='/documents/{SEED}']")
    page.wait_for_url(f"**/documents/{SEED}")
    mark = page.locator("mark.act-condemn").first
    assert mark.is_visible()
    assert "condemn" in (mark.get_attribute("title") or "")
    # codes on click: the sentence's act records open under it
    details = page.locator("tr.sentence.has-acts details.codes").first
    details.locator("summary").click()
    assert details.locator("dl").is_visible()


def test_record_progress(page: Any, server: str, world: World) -> None:
    _login(page, server, user_name("NATO", "editor"))
    page.goto(server + "/programme")
    page.click(f"a.commitment-link[href*='{world.other_commitment.split(':')[0]}']")
    page.wait_for_selector("form.progress-form")
    page.select_option("select[name=status]", "substantial")
    page.fill("textarea[name=evidence]", "Joint exercise held in the browser test")
    page.fill("input[name=date]", "2024-05-01")
    page.click("form.progress-form button[type=submit]")
    page.wait_for_selector("ol.timeline li.entry")
    assert "Joint exercise held in the browser test" in page.locator("ol.timeline").inner_text()


def test_compare_two_documents(page: Any, server: str) -> None:
    _login(page, server, user_name("JPN", "viewer"))
    page.goto(server + "/compare")
    page.fill("input[name=a]", SECOND)
    page.fill("input[name=b]", SEED)
    page.click("main form.filters button[type=submit]")
    page.wait_for_selector("table.diff")
    assert page.locator("table.diff tr.ch-row").count() > 0
    assert page.locator(".counts .change").count() == 5


def test_switch_language(page: Any, server: str) -> None:
    _login(page, server, user_name("JPN", "viewer"))
    page.goto(server + "/programme")
    assert page.locator("nav").inner_text().count("Programme") == 1
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert "協力計画" in page.locator("nav").inner_text()
    assert page.url.endswith("/programme")
    page.click("#lang-switch")
    page.wait_for_load_state()
    assert "Programme" in page.locator("nav").inner_text()


def test_search_updates_in_place(page: Any, server: str) -> None:
    _login(page, server, user_name("JPN", "viewer"))
    page.goto(server + "/search")
    page.fill("input[name=q]", "ロシア")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("#results li.result")
    assert "ロシア" in page.locator("#results").inner_text()
    assert "q=" in page.url  # hx-push-url keeps the search linkable
