"""The built reference site, opened in headless Chromium.

Needs the site built first (``tox -e docs``) and Debian's ``chromium`` and
``chromium-driver``. In CI (``CI`` set) a missing piece fails the test; elsewhere it
skips with the reason. Screenshots land in ``docs/_build/html/_screenshots/``.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "docs" / "_build" / "html"
SCREENSHOTS = SITE / "_screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
MODEL_PAGE = "api/models.app_instance.html"

REFERENCE = json.loads(
    (ROOT / "tests" / "data" / "app_instance_api.json").read_text("utf-8")
)
APP_INSTANCE = next(m for m in REFERENCE["models"] if m["class"] == "AppInstance")

# Without the networking flags Chromium keeps calling home, which a closed network
# refuses many times a second.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1800",
)

WAIT_SECONDS = 20


def _missing(reason: str) -> None:
    """Fails in CI, where the browser test must run; skips elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


webdriver: Any = None
try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # pragma: no cover - the browser env installs selenium
    pass


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """Serves the built site on a free localhost port for the module's tests."""
    if not (SITE / "index.html").is_file():
        _missing(f"no built site in {SITE}; run `tox -e docs` first")
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium with a fresh profile, closed after the module's tests."""
    if webdriver is None:
        _missing("selenium is not installed; run `tox -e browser`")
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        _missing(
            f"Chromium not found ({CHROMIUM}, {CHROMEDRIVER}); install the Debian "
            "packages chromium and chromium-driver"
        )
    profile = tempfile.mkdtemp(prefix="appinstance-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=str(CHROMEDRIVER))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_model_page_shows_signature_source_link_and_attributes(
    browser: Any, site_url: str
) -> None:
    browser.get(site_url + MODEL_PAGE)
    names = [attr["attribute"] for attr in APP_INSTANCE["attributes"]]

    signature = browser.find_element(By.ID, "models.app_instance.AppInstance")
    params = [p.text for p in signature.find_elements(By.CSS_SELECTOR, "em.sig-param")]
    assert params == [f"{name}=None" for name in names]
    assert len(params) == 21

    source = signature.find_element(By.CSS_SELECTOR, "a.reference.internal")
    assert source.text == "[source]"
    assert "_modules/models/app_instance.html" in source.get_attribute("href")

    body = browser.find_element(By.CSS_SELECTOR, "dl.py.class > dd")
    assert "Bases: models.base.Model" in body.text
    assert "Implementation of the 'AppInstance' model." in _plain_quotes(body.text)

    entries = _attribute_entries(body)
    assert [entry.split(" ", 1)[0] for entry in entries] == names
    for entry, attr in zip(entries, APP_INSTANCE["attributes"]):
        expected = f"{attr['attribute']} ({attr['doc_type']}) \u2013 {attr['meaning']}"
        assert _plain_quotes(entry) == expected

    method = browser.find_element(
        By.ID, f"{signature.get_attribute('id')}.from_dictionary"
    )
    assert method.text.startswith("classmethod from_dictionary(dictionary")

    _screenshot(browser, "models.app_instance.png")


def test_source_link_leads_to_the_model_source(browser: Any, site_url: str) -> None:
    browser.get(site_url + MODEL_PAGE)
    signature = browser.find_element(By.ID, "models.app_instance.AppInstance")
    signature.find_element(By.CSS_SELECTOR, "a.reference.internal").click()

    WebDriverWait(browser, WAIT_SECONDS).until(ec.url_contains("_modules/"))
    assert "class AppInstance(Model):" in browser.find_element(By.TAG_NAME, "pre").text


def test_search_for_appinstance_leads_to_the_model_page(
    browser: Any, site_url: str
) -> None:
    browser.get(site_url + "index.html")
    box = browser.find_element(By.CSS_SELECTOR, "#rtd-search-form input[name='q']")
    box.send_keys("AppInstance", Keys.RETURN)

    first = WebDriverWait(browser, WAIT_SECONDS).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "#search-results li a"))
    )
    _screenshot(browser, "search.png")
    first.click()

    WebDriverWait(browser, WAIT_SECONDS).until(ec.url_contains(MODEL_PAGE))
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert heading.text.rstrip("\u00b6").strip() == "models.app_instance module"


def _attribute_entries(body: Any) -> list[str]:
    """The items of the class's ``Attributes`` field, as the page shows them."""
    for field in body.find_elements(By.CSS_SELECTOR, "dl.field-list > dt"):
        # The theme lays the colon out apart; textContent reads it as written.
        if field.get_attribute("textContent") == "Attributes:":
            items = field.find_elements(By.XPATH, "following-sibling::dd[1]//li")
            return [item.text for item in items]
    raise AssertionError("no Attributes field on the page")


def _plain_quotes(text: str) -> str:
    """The text with the typographic quotes Sphinx writes turned back into ASCII."""
    return text.replace("\u2018", "'").replace("\u2019", "'")


def _screenshot(browser: Any, name: str) -> None:
    """Saves the whole page, not just the window, into the build directory."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, max(1800, min(int(height), 8000)))
    assert browser.save_screenshot(str(SCREENSHOTS / name))
    browser.set_window_size(1280, 1800)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass
