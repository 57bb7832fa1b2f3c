"""What a person does in the browser, as small helpers: wait, click a mark, click a row, look.

Streamlit reruns the page after every click; ``settled`` waits until the run
has started and ended. Marks are clicked with the mouse at the centre of the
SVG element plotly drew for them (heatmap cells have an invisible marker on
top, see ``framing.present.charts``). Screenshots go to ``/tmp/shots-dashboard``
and are never committed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

SHOTS = Path("/tmp/shots-dashboard")
RUNNING = '[data-testid="stStatusWidget"]'
DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}


def settled(page, *, timeout: float = 90_000) -> None:
    """Wait for the rerun a click started to finish (or for nothing, if none started)."""
    # The run may have been too quick to be seen starting.
    with contextlib.suppress(Exception):
        page.wait_for_selector(RUNNING, state="attached", timeout=1_500)
    page.wait_for_selector(RUNNING, state="detached", timeout=timeout)
    page.wait_for_timeout(300)


def opened(context, url: str, *, charts: int = 0, viewport: dict | None = None):
    """Open ``url`` in a new tab and wait until it is drawn (``charts`` plotly charts at least)."""
    page = context.new_page()
    page.set_viewport_size(viewport or DESKTOP)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector('[data-testid="stMain"]', timeout=90_000)
    if charts:
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts}",
                               timeout=120_000)
    settled(page)
    return page


def problems(page) -> list[str]:
    """Return the texts of tracebacks and section errors shown on the page."""
    found = page.locator('[data-testid="stException"]').all_inner_texts()
    found += [t for t in page.locator('[data-testid="stAlertContentError"]').all_inner_texts()
              if "could not be shown" in t]
    return found


def click_mark(page, key: str, index: int = 0) -> None:
    """Click the ``index``-th mark (point, bar, cell) of the chart with Streamlit key ``key``."""
    chart = page.locator(f".st-key-{key} .js-plotly-plot")
    chart.scroll_into_view_if_needed()
    mark = chart.locator(".point").nth(index)
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()
    assert box, f"mark {index} of {key} has no box"
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    settled(page)


def click_row(page, key: str, row: int = 0) -> None:
    """Tick row ``row`` of the dataframe with key ``key`` (its row-marker box, at the left)."""
    frame = page.locator(f".st-key-{key} [data-testid='stDataFrame']")
    frame.scroll_into_view_if_needed()
    frame.hover()
    box = frame.bounding_box()
    assert box, f"table {key} has no box"
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 35 * row + 17)
    settled(page)


def shot(page, name: str) -> Path:
    """Save a screenshot of the whole page (the viewport is stretched to the page's height)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    height = page.evaluate("Math.max(...[...document.querySelectorAll('[data-testid=stMain], "
                           "[data-testid=stMainBlockContainer]')].map(e => e.scrollHeight), 0)")
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(int(height) + 40, 16000))})
    page.wait_for_timeout(400)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path
