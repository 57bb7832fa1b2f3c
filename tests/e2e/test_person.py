"""A person at the dashboard, in a real Chromium: every mark leads to evidence, nothing is lost.

Each test does what a reader does — click a mark on every chart of every page,
upload a CSV and change page twice, open a shared link, type a URL, download
the report and a PNG, open the home page on a phone — and checks what appears
(and that no traceback or section error does). Screenshots of every page and
click state go to /tmp/shots-dashboard (looked at, never committed).
"""

from __future__ import annotations

import http.server
import threading
import urllib.parse

import pytest

from tests.e2e.person import PHONE, click_mark, click_row, opened, problems, settled, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

HOME_CHARTS = 8
# Chart key → (mark to click, the evidence table it must fill).
HOME_MARKS = {
    "chart_index": (0, "sel_index_table"),
    "chart_pairs": (3, "sel_pair_table"),
    "chart_voices": (0, "sel_voice_table"),
    "chart_actor_sentiment": (2, "sel_actor_table"),
    "chart_sentiment": (5, "sel_sentiment_table"),
    "chart_timeline": (2, "sel_timeline_table"),
    "chart_distinctive": (14, "kwic_table"),
    "chart_map": (1, "sel_map_table"),
}
DEMO_OUTLETS = ["Gulf Horizon Daily", "Le Courrier de l'Estuaire", "Maple Valley Broadcasting",
                "Meridian Press Agency", "Polar Star Wire", "Vostok Hebdo"]


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()


def go_to(page, title: str) -> None:
    """Change page with the navigation link, as a person does."""
    page.locator('[data-testid="stSidebarNav"] a', has_text=title).first.click()
    settled(page)


@pytest.mark.parametrize("chart", list(HOME_MARKS))
def test_a_click_on_every_home_chart_lists_its_evidence_and_a_row_opens_the_article(
        served_app, browser_context, chart):
    page = opened(browser_context, served_app, charts=HOME_CHARTS)
    index, evidence = HOME_MARKS[chart]
    click_mark(page, chart, index)
    assert problems(page) == []
    table = page.locator(f".st-key-{evidence} [data-testid='stDataFrame']")
    table.wait_for(timeout=60_000)
    shot(page, f"click-{chart}")
    if chart != "chart_sentiment":  # a sentiment point opens its article at once
        click_row(page, evidence, 0)
    page.locator(".fr-article").first.wait_for(timeout=60_000)
    assert page.locator(".fr-article mark, .fr-article .fr-quote").count() >= 1  # evidence highlighted
    assert problems(page) == []
    shot(page, f"click-{chart}-article")
    page.close()


def test_the_placement_chart_of_analyse_your_own_answers_a_click(served_app, browser_context):
    page = opened(browser_context, f"{served_app}/analyse")
    page.get_by_label("Article text").fill("Wire report\n\nThe Kiev regime shelled the town, officials said.")
    page.keyboard.press("Control+Enter")
    settled(page)
    page.locator(".st-key-own_place_0 .js-plotly-plot").wait_for(timeout=60_000)
    click_mark(page, "own_place_0", 0)
    assert problems(page) == []
    assert page.get_by_text("Its articles are listed on").count() == 1
    shot(page, "analyse-placement-click")
    page.close()


def test_an_uploaded_csv_survives_two_page_changes(served_app, browser_context, tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "title,text,outlet,date,language\n"
        "Dam breach,\"The Kiev regime destroyed the dam, officials said. Villages flooded.\",My Paper,2023-06-06,en\n"
        "Dam flood,\"Russian forces blew up the Kakhovka dam in Kherson, Ukraine said.\",Other Paper,2023-06-07,en\n",
        encoding="utf-8")
    page = opened(browser_context, served_app, charts=HOME_CHARTS)
    page.locator('[data-testid="stSidebar"]').get_by_text("My files", exact=True).click()
    settled(page)
    page.locator('[data-testid="stSidebar"] input[type=file]').set_input_files(str(csv))
    page.wait_for_function("[...document.querySelectorAll('[data-testid=stMetric]')]"
                           ".some(m => m.innerText.includes('Articles') && m.innerText.includes('2'))", timeout=90_000)
    settled(page)
    go_to(page, "Side by side")
    assert page.get_by_text("No articles match").count() == 0
    assert page.get_by_text("Dam breach").count() >= 1 or page.get_by_text("Dam flood").count() >= 1
    shot(page, "upload-side-by-side")
    go_to(page, "Compare outlets")
    page.locator('[data-testid="stMetric"]').first.wait_for(timeout=60_000)
    assert metric(page, "Articles") == "2" and metric(page, "Outlets") == "2"
    assert page.get_by_text("uploaded earlier").count() == 1
    assert problems(page) == []
    shot(page, "upload-back-home")
    page.close()


def test_a_shared_link_with_filters_opens_the_same_view(served_app, browser_context):
    page = opened(browser_context, served_app, charts=HOME_CHARTS)
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').last.locator(
        'button[aria-label^="Remove"]').first.click()  # drop the first outlet
    settled(page)
    link = page.url
    assert "outlet=" in link
    assert metric(page, "Outlets") == "5"
    page.close()
    query = urllib.parse.urlencode([("lang", "fr"), ("outlet", "Polar Star Wire"), ("outlet", "Vostok Hebdo")])
    shared = opened(browser_context, f"{served_app}/?{query}", charts=2)
    assert metric(shared, "Articles") == "8" and metric(shared, "Outlets") == "1"  # Vostok Hebdo is the French one
    assert metric(shared, "Languages") == "fr"
    shot(shared, "shared-link")
    shared.close()
    again = opened(browser_context, link, charts=2)
    assert metric(again, "Outlets") == "5"
    again.close()


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<html><head><title>Local</title></head><body><p>Kiev regime news.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_url_on_a_private_address_is_refused_with_the_reason(served_app, browser_context):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = opened(browser_context, f"{served_app}/analyse")
        page.get_by_text("From a URL", exact=True).click()
        settled(page)
        field = page.get_by_role("textbox", name="Article URL (http or https)")
        field.fill(f"http://127.0.0.1:{server.server_port}/article.html")
        field.press("Enter")
        settled(page)
        error = page.locator('[data-testid="stAlertContentError"]').first
        error.wait_for(timeout=60_000)
        text = error.inner_text()
        assert "refused" in text and "127.0.0.1" in text and "loopback" in text
        assert page.get_by_label("Article text").count() == 0  # the paste box is not under the URL
        assert problems(page) == []
        shot(page, "analyse-url-refused")
        page.close()
    finally:
        server.shutdown()


def test_the_report_and_a_png_download_carry_labels_and_titles(served_app, browser_context, tmp_path):
    page = opened(browser_context, served_app, charts=HOME_CHARTS)
    button = page.get_by_role("button", name="Export report (HTML)").first
    button.scroll_into_view_if_needed()
    with page.expect_download() as report:
        button.click()
    path = tmp_path / report.value.suggested_filename
    report.value.save_as(path)
    html = path.read_text(encoding="utf-8")
    for outlet in DEMO_OUTLETS:
        assert outlet.replace("'", "&#x27;") in html or outlet in html
    assert "Terminology index per outlet" in html and "Who gets a voice" in html
    assert "How the scores are made" in html and "Evidence" in html
    # The PNG: the camera button of the index chart saves a named file of the titled chart.
    chart = page.locator(".st-key-chart_index .js-plotly-plot")
    chart.scroll_into_view_if_needed()
    chart.hover()
    with page.expect_download() as png:
        chart.locator('[data-title="Download plot as a PNG"]').click()
    name = png.value.suggested_filename
    assert name.startswith("framing-terminology-index") and name.endswith(".png") and "48" in name
    saved = tmp_path / "chart.png"
    png.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    title = chart.evaluate("e => e.layout.title.text + ' | ' + e.layout.title.subtitle.text")
    assert "Terminology index per outlet" in title and "n = 48" in title
    ticks = chart.evaluate("e => [...e.querySelectorAll('.ytick text')].map(t => t.textContent)")
    assert all(any(t.startswith(o) for t in ticks) for o in DEMO_OUTLETS)
    page.close()


def test_the_home_page_on_a_phone_starts_with_the_headline_chart(served_app, browser_context):
    page = opened(browser_context, served_app, charts=HOME_CHARTS, viewport=PHONE)
    chart = page.locator(".st-key-chart_index .js-plotly-plot")
    box = chart.bounding_box()
    assert box and box["y"] < PHONE["height"], "the headline chart is not on the first screen"
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= PHONE["width"] + 1
    assert page.get_by_text("Deploy", exact=True).count() == 0
    shot(page, "phone-home")
    page.close()


PAGES = {"compare": "", "side-by-side": "side_by_side", "analyse": "analyse", "glossary": "glossary",
         "method": "method"}


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_renders_on_desktop_and_phone_without_overflow(served_app, browser_context, name, size):
    viewport = PHONE if size == "phone" else None
    page = opened(browser_context, f"{served_app}/{PAGES[name]}", charts=HOME_CHARTS if name == "compare" else 0,
                  viewport=viewport)
    assert problems(page) == []
    if size == "phone":
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
    if name == "method":
        assert page.get_by_text("A worked example from the demo corpus").count() == 1
        page.locator(".st-key-method_example_terms").wait_for(timeout=30_000)
    shot(page, f"page-{name}-{size}")
    page.close()
