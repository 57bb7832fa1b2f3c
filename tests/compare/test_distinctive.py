from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from framing.compare.distinctive import (
    DISTINCTIVE_COLUMNS,
    KWIC_COLUMNS,
    distinctive_terms,
    keyword_in_context,
    log_odds_dirichlet,
)
from tests.compare import oracle
from tests.compare.builders import record


def frame(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """Articles (outlet, language, text) as ``oracle.articles(..., with_text=True)`` gives them."""
    records = [record(f"a{i}", outlet, text=text, language=language)
               for i, (outlet, language, text) in enumerate(rows)]
    return oracle.articles(records, with_text=True)


def row(result: pd.DataFrame, outlet: str, term: str) -> pd.Series:
    return result[(result["outlet"] == outlet) & (result["term"] == term)].iloc[0]


def test_log_odds_by_hand_two_outlets():
    # Monroe, Colaresi & Quinn (2008), informative Dirichlet prior = the corpus counts.
    # A: "war war war peace" (y_war = 3, n_A = 4); B: "war peace peace peace" (y_war = 1, n_B = 4).
    # Corpus: war 4, peace 4, n = 8; α_0 = 8, so α_war = 8 · 4/8 = 4.
    # δ_war(A − B) = log[(3 + 4)/(4 + 8 − 3 − 4)] − log[(1 + 4)/(4 + 8 − 1 − 4)]
    #             = log(7/5) − log(5/7) = 2 · log 1.4 = 0.6729445
    # σ² = 1/(3 + 4) + 1/(1 + 4) = 1/7 + 1/5 = 0.3428571;  z = 0.6729445 / √0.3428571 = 1.1492715
    result = distinctive_terms(frame(("A", "en", "war war war peace"), ("B", "en", "war peace peace peace")),
                               phrases=False, min_count=1, top=None)
    war = row(result, "A", "war")
    assert war["log_odds"] == pytest.approx(2 * math.log(1.4))
    assert war["log_odds"] == pytest.approx(0.6729445, abs=1e-7)
    assert war["se"] ** 2 == pytest.approx(1 / 7 + 1 / 5)
    assert war["z"] == pytest.approx(1.1492715, abs=1e-6)
    assert (war["count"], war["count_rest"], war["prior"]) == (3, 1, pytest.approx(4.0))
    # Symmetry: B over-uses "peace" exactly as A over-uses "war"; A under-uses "peace".
    assert row(result, "B", "peace")["z"] == pytest.approx(war["z"])
    assert row(result, "A", "peace")["z"] == pytest.approx(-war["z"])


def test_log_odds_by_hand_with_a_small_prior():
    # α_0 = 2, so α_war = α_peace = 1:
    # δ_war = log[(3 + 1)/(4 + 2 − 3 − 1)] − log[(1 + 1)/(4 + 2 − 1 − 1)] = log(4/2) − log(2/4) = 2 log 2
    # σ² = 1/4 + 1/2 = 0.75;  z = 1.3862944 / 0.8660254 = 1.6007548
    result = distinctive_terms(frame(("A", "en", "war war war peace"), ("B", "en", "war peace peace peace")),
                               phrases=False, min_count=1, top=None, prior_size=2)
    war = row(result, "A", "war")
    assert war["log_odds"] == pytest.approx(2 * math.log(2))
    assert war["z"] == pytest.approx(1.6007548, abs=1e-6)


def test_log_odds_by_hand_one_outlet_against_two():
    # A "war war peace" (n 3), B "peace peace" (n 2), C "war peace" (n 2): war 3, peace 4, n = 7.
    # A vs rest: y_i = 2, y_j = 1, n_i = 3, n_j = 4, α_war = 7 · 3/7 = 3.
    # δ = log[(2 + 3)/(3 + 7 − 2 − 3)] − log[(1 + 3)/(4 + 7 − 1 − 3)] = log(5/5) − log(4/7) = 0.5596158
    # σ² = 1/5 + 1/4 = 0.45;  z = 0.5596158 / 0.6708204 = 0.8342260
    result = distinctive_terms(
        frame(("A", "en", "war war peace"), ("B", "en", "peace peace"), ("C", "en", "war peace")),
        phrases=False, min_count=1, top=None)
    war = row(result, "A", "war")
    assert war["log_odds"] == pytest.approx(math.log(7 / 4))
    assert war["z"] == pytest.approx(0.8342260, abs=1e-6)
    assert set(result["outlet"]) == {"A", "B", "C"}


def test_formula_function_matches_the_paper():
    delta, variance = log_odds_dirichlet([3, 1], [1, 3], [4, 4], n_i=4, n_j=4, alpha0=8)
    assert delta == pytest.approx([0.6729445, -0.6729445], abs=1e-7)
    assert variance == pytest.approx([1 / 7 + 1 / 5] * 2)


def test_words_and_phrases_are_separate_multinomials():
    result = distinctive_terms(frame(("A", "en", "special military operation. special military operation"),
                                     ("B", "en", "full-scale invasion. full-scale invasion")),
                               min_count=1, top=None)
    phrase = row(result, "A", "special military")
    assert phrase["words"] == 2 and phrase["count"] == 2
    # Phrases: A has 4 ("special military" ×2, "military operation" ×2), B has 2 ("full-scale invasion" ×2).
    assert phrase["rate"] == pytest.approx(1000 * 2 / 4)


def test_languages_are_compared_separately():
    result = distinctive_terms(frame(("A", "en", "war war"), ("B", "en", "peace peace"),
                                     ("C", "fr", "guerre guerre"), ("A", "fr", "paix paix")),
                               min_count=1, top=None)
    assert set(result["language"]) == {"en", "fr"}
    fr = result[result["language"] == "fr"]
    assert set(fr["outlet"]) == {"A", "C"} and "war" not in set(fr["term"])


@pytest.mark.parametrize(
    "rows",
    [
        (),
        (("A", "en", "war peace"),),  # one outlet: nobody to compare with
        (("A", "en", "war"), ("B", "fr", "guerre")),  # one outlet per language
        (("A", "en", "the of and"), ("B", "en", "to in at")),  # stopwords only
        (("A", "en", ""), ("B", "en", "")),
    ],
)
def test_nothing_to_compare_gives_an_empty_table(rows):
    result = distinctive_terms(frame(*rows) if rows else frame(("A", "en", "x")).iloc[:0], min_count=1)
    assert result.empty and list(result.columns) == list(DISTINCTIVE_COLUMNS)


def test_missing_text_and_language_do_not_break():
    articles = frame(("A", "en", "war war"), ("B", "en", "peace peace"), ("B", "en", "peace"))
    articles.loc[2, "text"] = None
    articles["language"] = None
    result = distinctive_terms(articles, min_count=1, top=None)
    assert set(result["language"]) == {"?"} and row(result, "B", "peace")["count"] == 2


def test_non_ascii_terms_and_flags():
    result = distinctive_terms(frame(("Vostok", "fr", "réunification dénazification réunification"),
                                     ("Courrier", "fr", "annexion illégale annexion")),
                               min_count=2, top=None)
    top = result[result["outlet"] == "Vostok"].iloc[0]
    assert top["term"] == "réunification" and top["z"] > 0
    assert (top["n"], top["flag"]) == (1, "too_few")
    assert top["note"] == "Only 1 article — too few articles to compare"


def test_min_count_and_top():
    text = " ".join(["alpha"] * 5 + ["beta"] * 3 + ["gamma"] * 2 + ["delta"])
    result = distinctive_terms(frame(("A", "en", text), ("B", "en", "omega omega omega")),
                               phrases=False, min_count=2, top=2)
    a = result[result["outlet"] == "A"]
    assert len(a) == 2 and (a["count"] >= 2).all()
    assert a["z"].is_monotonic_decreasing


def test_demo_distinctive_words_show_each_side(demo):
    articles = oracle.articles(demo, with_text=True)
    result = distinctive_terms(articles, top=20)
    polar = set(result[result["outlet"] == "Polar Star Wire"]["term"])
    meridian = set(result[result["outlet"] == "Meridian Press Agency"]["term"])
    vostok = set(result[result["outlet"] == "Vostok Hebdo"]["term"])
    assert {"kiev", "kiev regime", "donbass"} <= polar
    assert {"kyiv", "full-scale invasion"} <= meridian
    assert "occident collectif" in vostok
    assert set(result["language"]) == {"en", "fr"}


@pytest.mark.parametrize(
    ("text", "term", "matches"),
    [
        ("Russia’s war. The WAR goes on.", "war", ["war", "WAR"]),
        ("l'invasion et l’invasion", "invasion", ["invasion", "invasion"]),
        ("special\nmilitary  operation", "special military operation", ["special\nmilitary  operation"]),
        ("so-called referendum", "called", []),
        ("Kyiv-based", "kyiv", []),
        ("aujourd'hui", "aujourd’hui", ["aujourd'hui"]),
        ("réunification", "RÉUNIFICATION", ["réunification"]),
        ("anything", "   ", []),
        ("a+b (c)", "a+b", ["a+b"]),
    ],
)
def test_keyword_in_context_matches(text, term, matches):
    lines = keyword_in_context(frame(("A", "en", text)), term, window=10)
    assert [text[s:e] for s, e in zip(lines["start"], lines["end"], strict=True)] == matches


def test_keyword_in_context_lines_can_be_highlighted():
    text = "First paragraph.\n\nWhat Moscow calls a special military operation began."
    lines = keyword_in_context(frame(("A", "en", text)), "special military operation", window=12)
    line = lines.iloc[0]
    assert list(lines.columns) == list(KWIC_COLUMNS)
    assert line["line"][line["match_start"]:line["match_end"]] == "special military operation"
    assert line["left"] == "Moscow calls a "[-12:] and line["right"] == " began."
    assert "\n" not in line["line"]


def test_keyword_in_context_limit_and_empty():
    articles = frame(("A", "en", "war war war"), ("B", "en", "war"))
    assert len(keyword_in_context(articles, "war", limit=2)) == 2
    assert keyword_in_context(articles.iloc[:0], "war").empty
    empty = keyword_in_context(articles, "peace")
    assert empty.empty and list(empty.columns) == list(KWIC_COLUMNS)
    assert np.issubdtype(empty["start"].dtype, np.integer)
