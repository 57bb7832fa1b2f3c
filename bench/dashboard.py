"""Dashboard timings in a real browser: first render and a filter change.

Starts ``streamlit run app.py`` on a free loopback port, drives Debian's
Chromium with playwright, and prints one JSON line of seconds:

- ``cold_first_render``: a fresh server's first page load until every chart of
  the home page is drawn and Streamlit has stopped running the script;
- ``warm_first_render``: the same in a new tab once the server's caches are warm
  (what a second student in the class sees);
- ``filter_change``: removing one outlet in the sidebar until the page is redrawn.

Usage: ``.venv/bin/python bench/dashboard.py [--runs 3] [-- APP ARGS…]`` —
arguments after ``--`` go to the app (e.g. ``-- --db corpus.duckdb``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, _free_port  # noqa: E402

RUNNING = '[data-testid="stStatusWidget"]'


def wait_until_drawn(page, *, charts: int, timeout: float = 120.0) -> None:
    """Block until ``charts`` plotly charts are drawn and the script is no longer running."""
    page.wait_for_function(
        f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {charts}", timeout=timeout * 1000
    )
    page.wait_for_selector(RUNNING, state="detached", timeout=timeout * 1000)


def start_server(app_args: list[str], cache_dir: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {"HOME": str(cache_dir), "PATH": "/usr/bin:/bin"}  # fresh ~/.streamlit: no disk cache
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--", *app_args],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"server did not start on {url}")


def one_run(app_args: list[str], *, charts: int) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    cache_dir = Path(tempfile.mkdtemp(prefix="framing-bench-"))
    process, url = start_server(app_args, cache_dir)
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(cache_dir / "profile"), executable_path=str(CHROMIUM), headless=True,
                args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1000},
            )
            timings = {}
            for name in ("cold_first_render", "warm_first_render"):
                page = context.new_page()
                start = time.perf_counter()
                page.goto(url, wait_until="commit")
                wait_until_drawn(page, charts=charts)
                timings[name] = time.perf_counter() - start
            # Remove the first outlet chip of the sidebar filter; done when the "Outlets"
            # metric shows one fewer and every chart is drawn again.
            outlets = page.locator('[data-testid="stMetric"]', has_text="Outlets").locator(
                '[data-testid="stMetricValue"]')
            before = outlets.inner_text()
            start = time.perf_counter()
            page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').last.locator(
                'button[aria-label^="Remove"]').first.click()
            page.wait_for_function(
                "(b) => { const e = [...document.querySelectorAll('[data-testid=stMetric]')]"
                ".find(m => m.innerText.includes('Outlets')); return e && !e.innerText.includes(b); }",
                arg="\n" + before, timeout=120_000)
            wait_until_drawn(page, charts=charts)
            timings["filter_change"] = time.perf_counter() - start
            context.close()
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(cache_dir, ignore_errors=True)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--charts", type=int, default=8, help="charts the home page draws")
    args, app_args = parser.parse_known_args()
    app_args = [a for a in app_args if a != "--"]
    runs = [one_run(app_args, charts=args.charts) for _ in range(args.runs)]
    summary = {key: round(statistics.median(r[key] for r in runs), 3) for key in runs[0]}
    print(json.dumps({"runs": len(runs), "median_seconds": summary, "app_args": app_args}))


if __name__ == "__main__":
    main()
