"""Classroom: blind comparison, then reveal with evidence; lessons a class can cite and reopen.

Everything students choose or type lives in ``st.session_state`` only: nothing
is stored or sent anywhere. A bundled lesson opens directly with
``?lesson=<id>``; outlet names, web addresses and datelines stay masked until
the teacher presses Reveal.
"""

from __future__ import annotations

import json
import re

import streamlit as st

from framing.present.highlight import article_html
from framing.present.lessons import (
    ACTIVITIES,
    SCREEN_CSS,
    ZONE_LABELS,
    Lesson,
    LessonDrift,
    LessonError,
    answer_key_html,
    blind_article_html,
    bundled_lessons,
    lesson_drift,
    lesson_from_records,
    lesson_masker,
    lesson_to_dict,
    read_lesson,
    worksheet_html,
    zone_card_html,
    zone_items,
    zone_score,
    zones,
)
from framing.record.model import Record
from framing.scoring.pipeline import DEFAULT_PACK, with_terms
from ui.data import active_lexicon, demo_corpus

GUIDE = """
**How to run this in 45 minutes**

1. **5 min — set up.** Put the lesson link (`…/classroom?lesson=<id>`) on a slide, or hand out the printed
   worksheet. Explain that the outlet names are hidden on purpose.
2. **15 min — judge first.** In pairs, students read the articles and answer on the worksheet or on screen:
   which side's words does each article use, and which words told them?
3. **5 min — share.** Collect a few answers on the board, with the words the pairs picked.
4. **10 min — reveal.** Press **Reveal**: the outlets, each article's terminology index and the words that
   counted appear. Compare with the class's picks; ask why a word inside quotation marks does not count.
5. **10 min — transfer.** Run *Sort into zones* on the same lesson, or give one new unmarked article and ask
   students to mark the loaded words themselves.
"""
SIDE_CHOICES = ("Kremlin wording", "Ukrainian/Western wording", "Mixed or neither")


@st.cache_data(show_spinner=False, max_entries=32)
def _bundled(path: str, modified: float) -> Lesson:
    """The bundled lesson file, read once per file version (``modified`` keys the cache)."""
    return read_lesson(path)


def _chosen_lesson() -> tuple[str, Lesson | None]:
    """Return the lesson's key (for session state) and the lesson, from the link, the list or a file."""
    lessons = bundled_lessons()
    titles = {key: _title(path) for key, path in lessons.items()}
    wanted = st.query_params.get("lesson")
    if wanted is not None and wanted not in lessons:
        st.error(f"There is no bundled lesson called “{wanted}”. Choose one below.")
    ids = list(lessons)
    pick, upload = st.columns([3, 2])
    key = pick.selectbox("Bundled lesson", ids, index=ids.index(wanted) if wanted in lessons else 0,
                         format_func=lambda k: titles[k], key="lesson_pick")
    uploaded = upload.file_uploader("…or open a lesson file", type=["json"], key="lesson_upload")
    if uploaded is not None:
        try:
            return f"upload-{uploaded.file_id}", read_lesson(uploaded.name, data=uploaded.getvalue())
        except LessonError as exc:
            st.error(f"This lesson file cannot be opened. {exc}")
            return "", None
    if key != wanted:
        st.query_params["lesson"] = key
    path = lessons[key]
    return key, _bundled(str(path), path.stat().st_mtime)


def _title(path) -> str:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("title") or path.stem
    except (OSError, ValueError):
        return path.stem


def _drift_notice(lesson: Lesson) -> LessonDrift:
    drift = lesson_drift(lesson, lexicon=active_lexicon(lesson.snapshot.pack))
    if drift.differs or drift.frozen_lexicon != drift.today_lexicon:
        st.warning(f"These are the lesson's frozen figures (lexicon {drift.frozen_lexicon}). Today's analysis "
                   f"(lexicon {drift.today_lexicon}) would differ"
                   + ("; see “Today's analysis” after Reveal." if drift.differs else " in its versions only."),
                   icon=":material/history:")
    return drift


def _side(index: float | None) -> str:
    if index is None:
        return SIDE_CHOICES[2]
    return SIDE_CHOICES[0] if index > 0.2 else SIDE_CHOICES[1] if index < -0.2 else SIDE_CHOICES[2]


def _words(typed: str) -> list[str]:
    return [w.strip() for w in re.split(r"[,;\n]", typed or "") if w.strip()]


def _blind(lesson: Lesson, key: str, *, questions: bool) -> None:
    mask = lesson_masker(lesson)
    for column, article in zip(st.columns(len(lesson.articles)), lesson.articles, strict=True):
        with column:
            st.html(SCREEN_CSS + blind_article_html(article, mask))
            if questions:
                st.radio("Which side's vocabulary does this use?", SIDE_CHOICES, index=None,
                         key=f"{key}-side-{article.label}")
                st.text_input("Words that told you (comma-separated)", key=f"{key}-words-{article.label}")


def _reveal(lesson: Lesson, key: str, drift: LessonDrift) -> None:
    signs = {p.id: p.sign for p in lesson.snapshot.poles}
    labels = {p.id: p.label for p in lesson.snapshot.poles}
    st.subheader("Reveal: who wrote what, and the evidence")
    for column, article in zip(st.columns(len(lesson.articles)), lesson.articles, strict=True):
        with column:
            st.markdown(f"**{article.label} = {article.outlet or 'unknown outlet'}**")
            st.metric("Terminology index (frozen)", _signed(article.terminology_index), help="−1 Ukrainian/Western … +1 Kremlin wording, "
                      "own-voice uses only")
            guess = st.session_state.get(f"{key}-side-{article.label}")
            if guess:
                verdict = "matches" if guess == _side(article.terminology_index) else "differs from"
                st.write(f"Class answer “{guess}” {verdict} the tool's “{_side(article.terminology_index)}”.")
            own = {t.text.lower() for t in article.terms if t.voice == "author"}
            picks = _words(st.session_state.get(f"{key}-words-{article.label}", ""))
            if picks:
                found = [p for p in picks if any(p.lower() in word or word in p.lower() for word in own)]
                st.write(f"Picked words the tool also counted: {', '.join(found) or 'none'}; "
                         f"other picks: {', '.join(p for p in picks if p not in found) or 'none'}.")
            st.caption(f"Words the tool counted as the outlet's own: {', '.join(sorted(own)) or 'none'}")
            st.html(article_html(article.text, terms=[t.to_dict() for t in article.terms],
                                 quotes=[q.to_dict() for q in article.quotes], pole_signs=signs,
                                 pole_labels=labels, title=article.title))
    if drift.differs:
        st.markdown("**Today's analysis** (the figures above are frozen; this is what the current lexicon gives)")
        st.table([{"article": a.label, "frozen index": _signed(a.frozen_index), "today's index": _signed(a.today_index),
                   "change": _signed(a.index_change), "terms gained": ", ".join(a.added) or "—",
                   "terms lost": ", ".join(a.removed) or "—"} for a in drift.articles])


def _signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _zones(lesson: Lesson, key: str) -> None:
    items = zone_items(lesson, mask=lesson_masker(lesson))
    if not items:
        st.info("This lesson has no term uses to sort.")
        return
    at = st.session_state.setdefault(f"{key}-zone-at", 0) % len(items)
    answers: dict = st.session_state.setdefault(f"{key}-zone-answers", {})
    item = items[at]
    st.markdown(f"**Card {at + 1} of {len(items)}** — is the marked word the outlet's own, quoted, or distanced?")
    st.html(SCREEN_CSS + zone_card_html(item))
    choice = st.radio("Zone", list(zones()), format_func=ZONE_LABELS.get, index=None, key=f"{key}-zone-choice-{at}", horizontal=True)
    check, following = st.columns(2)
    if check.button("Check", key=f"{key}-zone-check", disabled=choice is None):
        answers[at] = choice
    if at in answers:
        score = zone_score([item], [answers[at]])
        (st.success if score.right else st.error)(score.feedback[0])
        st.caption(f"Sentence: {item.sentence}")
    if following.button("Next card", key=f"{key}-zone-next"):
        st.session_state[f"{key}-zone-at"] = at + 1
        st.rerun()
    total = zone_score(items, [answers.get(i) for i in range(len(items))])
    st.write(f"Score: {total.right} of {total.answered} right ({len(items)} cards).")


def _downloads(lesson: Lesson, key: str) -> None:
    stem = key if not key.startswith("upload-") else "lesson"
    one, two, three = st.columns(3)
    one.download_button("Worksheet (HTML, print to PDF)", worksheet_html(lesson), file_name=f"{stem}-worksheet.html",
                        mime="text/html", key="dl_worksheet")
    two.download_button("Answer key (HTML)", answer_key_html(lesson), file_name=f"{stem}-answer-key.html",
                        mime="text/html", key="dl_key")
    three.download_button("Lesson file (JSON)", json.dumps(lesson_to_dict(lesson), ensure_ascii=False, indent=1),
                          file_name=f"{stem}.json", mime="application/json", key="dl_lesson")


def _builder() -> None:
    st.caption("Pick 2 to 4 articles of the demo corpus; the analysis is frozen into the file you download.")
    records: list[Record] = list(demo_corpus(DEFAULT_PACK)[0])
    names = {r.id: f"{r.date} · {r.language} · {r.title or r.dateline or r.id} · {r.outlet}" for r in records}
    chosen = st.multiselect("Articles", list(names), format_func=names.get, max_selections=4, key="build_pick")
    activity = st.selectbox("Activity", list(ACTIVITIES), format_func=ACTIVITIES.get, key="build_activity")
    title = st.text_input("Title", key="build_title")
    if len(chosen) >= 2:
        picked = [r for r in records if r.id in chosen]
        lexicon = active_lexicon(DEFAULT_PACK)
        lesson = lesson_from_records([with_terms(r, lexicon) for r in picked], lexicon=lexicon,
                                     activity=activity, title=title or None)
        st.download_button("Download this lesson (JSON)", json.dumps(lesson_to_dict(lesson), ensure_ascii=False,
                           indent=1), file_name="my-lesson.json", mime="application/json", key="build_download")


st.title("Classroom")
st.caption("Students judge first, then see who wrote it and what the tool finds — with the evidence for every "
           "number. Nothing students choose or type leaves this browser tab.")
with st.expander("How to run this in 45 minutes"):
    st.markdown(GUIDE)
lesson_key, lesson = _chosen_lesson()
if lesson is not None:
    st.header(lesson.title)
    with st.expander("Teacher notes"):
        st.write(lesson.notes)
        st.caption(f"Frozen with lexicon {lesson.snapshot.lexicon_version}; analysers: "
                   + ", ".join(f"{k} {v}" for k, v in lesson.snapshot.versions.items() if v))
    drift = _drift_notice(lesson)
    activities = list(ACTIVITIES)
    activity = st.radio("Activity", activities, index=activities.index(lesson.activity), format_func=ACTIVITIES.get,
                        horizontal=True, key=f"{lesson_key}-activity")
    revealed_key = f"{lesson_key}-revealed"
    if activity == "zones":
        _zones(lesson, lesson_key)
    else:
        _blind(lesson, lesson_key, questions=activity == "guess")
        if lesson.questions:
            st.markdown("**Questions**\n\n" + "\n".join(f"{i}. {q}" for i, q in enumerate(lesson.questions, 1)))
        if not st.session_state.get(revealed_key):
            if st.button("Reveal", type="primary", key=f"{lesson_key}-reveal"):
                st.session_state[revealed_key] = True
                st.rerun()
        else:
            if st.button("Hide again", key=f"{lesson_key}-hide"):
                st.session_state[revealed_key] = False
                st.rerun()
            _reveal(lesson, lesson_key, drift)
    st.subheader("Print")
    _downloads(lesson, lesson_key)
st.divider()
if st.toggle("Build a lesson from the demo corpus", key="build_open"):
    _builder()
