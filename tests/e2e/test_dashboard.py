"""End to end in a real browser: charts render, an upload is scored, hostile HTML stays text."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import SCREENSHOTS

# One server and one browser: keep these tests on one xdist worker.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

HOSTILE = (
    "Hostile test article\n\n"
    "Officials in Kyiv said the <script>window.__xss = 1</script> shelling continued. "
    '<img src=x onerror="window.__xss = 2"> The so-called referendum was condemned.'
)


def test_home_page_renders_charts(served_app, browser_context):
    page = browser_context.new_page()
    page.goto(served_app, wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot", timeout=90_000)
    # Index, term pairs, voices, actor sentiment, sentiment, timeline, distinctive words, map.
    page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 8", timeout=90_000)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=90_000)
    assert page.get_by_text("Demo corpus — fictional outlets").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)
    page.close()


def test_upload_is_scored_and_hostile_html_shown_as_text(served_app, browser_context, tmp_path):
    dialogs: list[str] = []
    page = browser_context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{served_app}/analyse", wait_until="domcontentloaded")
    page.get_by_text("Upload files", exact=True).click()
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    page.locator("input[type=file]").first.set_input_files(str(hostile))
    page.get_by_text("<script>window.__xss = 1</script>", exact=False).first.wait_for(timeout=90_000)
    assert page.evaluate("window.__xss") is None
    assert dialogs == []
    # The escaped markup is visible as text, and no <img> or <script> from the article entered the DOM.
    assert page.locator("img[src=x]").count() == 0
    # The scorecard is drawn too (waited for: the page may still be streaming under load).
    page.get_by_text("Terminology index").first.wait_for(timeout=90_000)
    page.screenshot(path=str(SCREENSHOTS / "analyse-hostile.png"), full_page=True)
    page.close()
