"""The Classroom page in a real browser: blind until Reveal, zones scored, worksheet and key, drift.

Screenshots of every state go to ``$CLASSROOM_SHOTS`` (default ``screenshots/classroom``, not
committed), at 1400×1000 and 390×844.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from framing.present.lessons import bundled_lessons, lesson_masker, read_lesson, zone_items
from tests.conftest import REPO
from tests.e2e.conftest import SCREENSHOTS

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

SHOTS = Path(os.environ.get("CLASSROOM_SHOTS", SCREENSHOTS / "classroom"))
LESSONS = sorted(bundled_lessons())
TIMEOUT = 90_000


def settle(page) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=TIMEOUT)
    page.wait_for_timeout(300)


def shoot(page, name: str, focus: str | None = None) -> None:
    """Save the page at desktop and phone sizes, scrolled to the text ``focus`` when given
    (Streamlit scrolls inside its own container, so a shot is one screen)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    if focus:
        page.get_by_text(focus, exact=False).first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"{name}-1400.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    if focus:
        page.get_by_text(focus, exact=False).first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / f"{name}-390.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(300)


def giveaways(lesson) -> list[str]:
    """Return what must not be on the page before Reveal: outlet names, URLs, hosts and datelines."""
    found = []
    for article in lesson.articles:
        found += [x for x in (article.outlet, article.url, article.dateline) if x]
        if article.url:
            found.append(re.sub(r"^https?://", "", article.url).split("/")[0])
        # The wire dateline opening the text, as written ("MOSCOW (Polar Star) -").
        opening = re.search(r"(?m)^[A-Z][A-Z/ ,.\w]*\([^)]*\)\s*[-–]", article.text)
        if opening:
            found.append(opening.group(0))
    return found


def dom_text(page) -> str:
    return page.evaluate("document.body.textContent")


def open_lesson(page, base: str, lesson_id: str) -> None:
    page.goto(f"{base}/classroom?lesson={lesson_id}", wait_until="domcontentloaded")
    page.get_by_text("How to run this in 45 minutes").first.wait_for(timeout=TIMEOUT)
    settle(page)


def choose_activity(page, label: str) -> None:
    page.locator('[data-testid="stRadio"]').filter(has_text="Activity").get_by_text(label, exact=True).click()
    settle(page)


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_lesson_link_is_blind_until_reveal(served_app, browser_context, lesson_id):
    lesson = read_lesson(bundled_lessons()[lesson_id])
    hidden = giveaways(lesson)
    page = browser_context.new_page()
    open_lesson(page, served_app, lesson_id)
    page.get_by_text(lesson.title).first.wait_for(timeout=TIMEOUT)
    text = dom_text(page)
    assert [x for x in hidden if x in text] == []
    shoot(page, f"{lesson_id}-{lesson.activity}")
    if lesson.activity == "zones":
        choose_activity(page, "Guess, then reveal")
        assert [x for x in hidden if x in dom_text(page)] == []
    page.get_by_role("button", name="Reveal").click()
    page.get_by_text("Reveal: who wrote what, and the evidence").wait_for(timeout=TIMEOUT)
    settle(page)
    text = dom_text(page)
    assert [a.outlet for a in lesson.articles if a.outlet not in text] == []
    assert text.count("Terminology index (frozen)") == len(lesson.articles)
    for article in lesson.articles:
        assert f"{article.terminology_index:+.2f}" in text
    assert page.locator("mark.fr-term").count() >= sum(len(a.terms) for a in lesson.articles) // 2
    shoot(page, f"{lesson_id}-revealed", focus="Reveal: who wrote what")
    page.close()


def test_sort_into_zones_scores_a_right_and_a_wrong_answer(served_app, browser_context):
    lesson = read_lesson(bundled_lessons()["invasion-zones"])
    cards = zone_items(lesson, mask=lesson_masker(lesson))
    labels = {"author": "the outlet's own words", "quoted": "quoted (someone else's words)",
              "distanced": "kept at a distance"}
    page = browser_context.new_page()
    open_lesson(page, served_app, "invasion-zones")
    page.get_by_text(f"Card 1 of {len(cards)}").wait_for(timeout=TIMEOUT)
    zone = page.locator('[data-testid="stRadio"]').filter(has_text="Zone")
    zone.get_by_text(labels[cards[0].zone], exact=True).click()
    settle(page)
    page.get_by_role("button", name="Check").click()
    page.get_by_text("Right.", exact=False).first.wait_for(timeout=TIMEOUT)
    settle(page)
    shoot(page, "zones-right", focus="Right.")
    page.get_by_role("button", name="Next card").click()
    page.get_by_text(f"Card 2 of {len(cards)}").wait_for(timeout=TIMEOUT)
    settle(page)
    wrong = next(z for z in labels if z != cards[1].zone)
    page.locator('[data-testid="stRadio"]').filter(has_text="Zone").get_by_text(labels[wrong], exact=True).click()
    settle(page)
    page.get_by_role("button", name="Check").click()
    page.get_by_text("Not quite", exact=False).first.wait_for(timeout=TIMEOUT)
    settle(page)
    assert "Score: 1 of 2 right" in dom_text(page)
    shoot(page, "zones-wrong", focus="Not quite")
    page.close()


@pytest.mark.parametrize(("button", "sections"), [
    ("Worksheet (HTML, print to PDF)", ["Questions", "Outlet A", "Outlet B"]),
    ("Answer key (HTML)", ["Outlets and figures", "Outlet A: ", "Polar Star Wire"]),
])
def test_worksheet_and_key_download_and_render(served_app, browser_context, tmp_path, button, sections):
    page = browser_context.new_page()
    open_lesson(page, served_app, "annexation-blind")
    with page.expect_download(timeout=TIMEOUT) as download:
        page.get_by_role("button", name=button).click()
    target = tmp_path / "sheet.html"
    download.value.save_as(target)
    sheet = browser_context.new_page()
    sheet.goto(target.as_uri())
    headings = sheet.locator("h2").all_inner_texts()
    assert all(any(s in h for h in headings) for s in sections), headings
    assert sheet.locator("ol.fr-lines li").count() > 20 or sheet.locator("mark.fr-term").count() > 10
    name = "worksheet" if "Worksheet" in button else "answer-key"
    sheet.screenshot(path=str(SHOTS / f"{name}-1400.png"), full_page=False)
    sheet.close()
    page.close()


def test_cli_lesson_reopened_after_a_custom_term_shows_frozen_figures_and_drift(served_app, browser_context,
                                                                              tmp_path):
    demo = REPO / "data" / "demo"
    out = tmp_path / "class-lesson.json"
    subprocess.run([sys.executable, "-m", "framing", "lesson",
                    str(demo / "articles/meridian-press/2022-02-24-invasion.txt"),
                    str(demo / "articles/polar-star-wire/2022-02-24-invasion.txt"),
                    "--outlet-map", str(demo / "manifest.csv"), "--title", "CLI lesson", "--out", str(out)],
                   check=True, cwd=REPO, capture_output=True)
    lesson = read_lesson(out)
    custom = tmp_path / "terms.csv"
    custom.write_text("referent,variant,language,form,pole,weight,category,explanation,source\n"
                      "test-explosions,explosions,en,explosions,kremlin,1,war-naming,browser test,https://example.org\n",
                      encoding="utf-8")
    page = browser_context.new_page()
    page.goto(f"{served_app}/glossary", wait_until="domcontentloaded")
    page.get_by_text("upload custom terms", exact=False).first.wait_for(timeout=TIMEOUT)
    settle(page)
    page.locator('[data-testid="stFileUploader"]').filter(has_text="custom terms").locator(
        "input[type=file]").set_input_files(str(custom))
    page.get_by_text("Loaded custom terms from", exact=False).wait_for(timeout=TIMEOUT)
    settle(page)
    page.get_by_role("link", name="Classroom").first.click()
    page.get_by_text("How to run this in 45 minutes").first.wait_for(timeout=TIMEOUT)
    settle(page)
    page.locator('[data-testid="stFileUploader"]').filter(has_text="open a lesson file").locator(
        "input[type=file]").set_input_files(str(out))
    page.get_by_text("CLI lesson").first.wait_for(timeout=TIMEOUT)
    page.get_by_text("would differ", exact=False).first.wait_for(timeout=TIMEOUT)
    settle(page)
    page.get_by_role("button", name="Reveal").click()
    page.get_by_text("Reveal: who wrote what, and the evidence").wait_for(timeout=TIMEOUT)
    page.get_by_text("the current lexicon gives", exact=False).first.wait_for(timeout=TIMEOUT)
    settle(page)
    text = dom_text(page)
    for article in lesson.articles:
        assert f"{article.terminology_index:+.2f}" in text
    assert "explosions (author)" in text
    shoot(page, "drift-after-custom-term", focus="the current lexicon gives")
    page.close()
