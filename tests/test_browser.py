"""One real headless browser over `newscoder serve`: the system Chromium and chromedriver, driven by Selenium.

Nothing is downloaded: the browser and the driver are the Debian packages `chromium` and `chromium-driver`
(`.ci/run` installs them when absent). Skipped, with the reason, only when they are missing outside CI;
in CI (CI=true) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newscoder.publish import publish
from newscoder.serve import HOST, free_port
from test_export import tricky_tables
from test_publish import CREATED, SOURCES
from test_serve import serve_process, wait_until_up

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver") or next(
    (p for p in ("/usr/lib/chromium/chromedriver", "/usr/bin/chromedriver") if Path(p).is_file()), None)


def _need_browser() -> None:
    if CHROMIUM and CHROMEDRIVER:
        return
    missing = ", ".join(n for n, p in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)) if not p)
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(f"CI is set but {missing} is not installed (.ci/run installs chromium and chromium-driver)")
    pytest.skip(f"{missing} not installed (apt-get install chromium chromium-driver); runs in CI")


@pytest.fixture
def browser(monkeypatch):
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager fetch a browser or a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def test_search_quotes_and_read_the_speaker_name_in_a_browser(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    publish(tricky_tables(), tmp_path / "data", tmp_path / "datapackage.json", sources=SOURCES, version="0.1.0",
            created=CREATED)
    port = free_port()
    proc = serve_process(tmp_path / "datapackage.json", tmp_path / "newscoder.db", port)
    try:
        base = f"http://{HOST}:{port}"
        wait_until_up(f"{base}/-/versions.json", proc)
        browser.get(f"{base}/newscoder/quotes")
        assert "quotes: 2 rows" in browser.title
        assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Quotes")  # the title from the metadata
        box = browser.find_element(By.CSS_SELECTOR, "input[name=_search]")
        box.send_keys("HYPERLINK")
        box.submit()
        WebDriverWait(browser, 30).until(ec.url_contains("_search=HYPERLINK"))
        rows = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns tbody tr")
        assert len(rows) == 1
        speaker = rows[0].find_element(By.CSS_SELECTOR, "td.col-speaker_actor_id")
        assert speaker.find_element(By.TAG_NAME, "a").text == "Donald Trump"  # the foreign key's label
        assert "act_donald_trump" in speaker.text
        quote = rows[0].find_element(By.CSS_SELECTOR, "td.col-quote_text").text
        assert quote.startswith('=HYPERLINK("http://example.org"')
    finally:
        proc.terminate()
        proc.wait(timeout=20)
