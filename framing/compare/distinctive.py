"""Distinctive language: words and phrases one outlet over-uses against all the others.

Method: the log-odds ratio with an informative Dirichlet prior of Monroe,
Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection and
Evaluation for Identifying the Content of Political Conflict", Political
Analysis 16(4). For a term w, group i (one outlet) and j (every other outlet
in the same language), with counts y, totals n and prior α:

    δ_w = log[(y_w^i + α_w) / (n^i + α_0 − y_w^i − α_w)]
        − log[(y_w^j + α_w) / (n^j + α_0 − y_w^j − α_w)]
    σ²(δ_w) ≈ 1 / (y_w^i + α_w) + 1 / (y_w^j + α_w)
    z_w = δ_w / σ(δ_w)

The informative prior is the whole comparison corpus: α_w = α_0 · y_w / n,
with α_0 = n by default (Jurafsky et al. 2014 and Scattertext do the same).
Any number of outlets is compared, each against the rest (Scattertext
compares only two categories). Words and 2-word phrases are two separate
multinomials, each with its own n. Outlets are compared only with outlets
writing in the same language: French and English words cannot be compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from framing.compare.samples import flag_columns
from framing.compare.tokens import content_terms

__all__ = [
    "DISTINCTIVE_COLUMNS",
    "KWIC_COLUMNS",
    "distinctive_terms",
    "keyword_in_context",
    "log_odds_dirichlet",
]

DISTINCTIVE_COLUMNS = {
    "language": "language of the articles compared",
    "outlet": "the outlet compared against the rest (the column is named after `by`)",
    "term": "word or 2-word phrase, lower case, as tokenised (framing.compare.tokens)",
    "words": "1 for a word, 2 for a phrase",
    "count": "uses by the group (y_i)",
    "count_rest": "uses by every other group in the language (y_j)",
    "rate": "uses per 1,000 words (or phrases) of the group",
    "rate_rest": "uses per 1,000 words (or phrases) of the rest",
    "prior": "Dirichlet prior pseudo-count α_w",
    "log_odds": "δ_w, log-odds ratio of group vs rest with the prior (> 0: over-used)",
    "se": "standard error σ(δ_w)",
    "z": "δ_w / σ(δ_w)",
    "n": "articles of the group using the term",
    "flag": "small-sample flag on n (a term from one article is no habit)",
    "note": "the flag in words",
}

KWIC_COLUMNS = {
    "article_id": "id of the article",
    "outlet": "outlet of the article",
    "language": "language of the article",
    "date": "date of the article at its own precision",
    "start": "offset of the match in the article text",
    "end": "end offset of the match in the article text",
    "left": "up to `window` characters before the match (line breaks as spaces)",
    "match": "the matched words as written",
    "right": "up to `window` characters after the match (line breaks as spaces)",
    "line": "left + match + right",
    "match_start": "offset of the match in `line` (for highlighting)",
    "match_end": "end offset of the match in `line`",
}


def log_odds_dirichlet(
    y_i: np.ndarray | float,
    y_j: np.ndarray | float,
    alpha: np.ndarray | float,
    *,
    n_i: float,
    n_j: float,
    alpha0: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(δ, σ²)`` of Monroe et al. (2008) for counts ``y_i``, ``y_j`` and prior ``alpha``.

    Vectorised over terms; ``n_i``, ``n_j`` and ``alpha0`` are the groups' totals
    and the prior's total (see the module docstring for the formulas).
    """
    y_i, y_j, alpha = (np.asarray(v, dtype="float64") for v in (y_i, y_j, alpha))
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha))
                 - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha)))
        variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, variance


def distinctive_terms(
    articles: pd.DataFrame,
    *,
    by: str = "outlet",
    phrases: bool = True,
    min_count: int = 3,
    top: int | None = 20,
    prior_size: float | None = None,
) -> pd.DataFrame:
    """Return the terms each group over-uses against the rest, with the columns of ``DISTINCTIVE_COLUMNS``.

    ``articles`` needs ``by``, ``language`` and ``text`` columns
    (as ``framing.store.evidence.text_sample`` gives them). Each language
    is compared on its own; a language with fewer than two groups is skipped.
    Terms used fewer than ``min_count`` times by the group are left out; with
    ``top`` only the ``top`` highest z-scores per group are kept, for words and
    for phrases separately (so up to 2 × ``top`` rows per group). ``prior_size``
    is α_0 (default: the corpus size, i.e. the corpus counts as prior).
    Rows are sorted by language, group and descending z.
    """
    columns = [by if c == "outlet" else c for c in DISTINCTIVE_COLUMNS]
    frames = []
    usable = articles[articles["text"].notna()] if len(articles) else articles
    if len(usable):
        languages = usable["language"].fillna("?")
        for language, block in usable.groupby(languages, sort=True):
            if block[by].nunique() < 2:
                continue
            frames.append(_language_block(block, str(language), by=by, phrases=phrases,
                                          min_count=min_count, top=top, prior_size=prior_size))
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True).rename(columns={"group": by})[columns]


def _language_block(block: pd.DataFrame, language: str, *, by: str, phrases: bool, min_count: int,
                    top: int | None, prior_size: float | None) -> pd.DataFrame:
    from scipy import (
        sparse,  # imported here: half a second at start-up for pages that never count words
    )
    from sklearn.feature_extraction.text import CountVectorizer

    lang = None if language == "?" else language
    docs = [content_terms(t, lang, phrases=phrases) for t in block["text"]]
    if not any(docs):
        return pd.DataFrame(columns=list(DISTINCTIVE_COLUMNS))
    vectorizer = CountVectorizer(analyzer=_identity, dtype=np.int64)
    counts = vectorizer.fit_transform(docs)  # articles × terms
    vocab = vectorizer.get_feature_names_out()
    groups, group_index = np.unique(block[by].astype(str).to_numpy(), return_inverse=True)
    indicator = sparse.csr_matrix((np.ones(len(block)), (group_index, np.arange(len(block)))),
                                  shape=(len(groups), len(block)))
    by_group = (indicator @ counts).toarray().astype("float64")  # groups × terms
    in_articles = (indicator @ (counts > 0).astype(np.int64)).toarray()
    n_words = np.char.count(vocab.astype(str), " ") + 1

    rows = []
    for kind in np.unique(n_words):
        cols = n_words == kind
        y = by_group[:, cols]
        totals = y.sum(axis=0)
        n_all = totals.sum()
        alpha0 = float(prior_size) if prior_size else n_all
        alpha = alpha0 * totals / n_all
        keep = totals >= min_count  # a term used less than min_count in all cannot pass for any group
        y, totals, alpha = y[:, keep], totals[keep], alpha[keep]
        terms, articles_using = vocab[cols][keep], in_articles[:, cols][:, keep]
        n_group = by_group[:, cols].sum(axis=1)
        for g, name in enumerate(groups):
            y_i, y_j = y[g], totals - y[g]
            n_i, n_j = n_group[g], n_all - n_group[g]
            delta, variance = log_odds_dirichlet(y_i, y_j, alpha, n_i=n_i, n_j=n_j, alpha0=alpha0)
            z = delta / np.sqrt(variance)
            mask = y_i >= min_count
            order = np.argsort(-z[mask], kind="stable")
            if top is not None:
                order = order[:top]
            idx = np.flatnonzero(mask)[order]
            rows.append(pd.DataFrame({
                "language": language, "group": name, "term": terms[idx], "words": int(kind),
                "count": y_i[idx].astype("int64"), "count_rest": y_j[idx].astype("int64"),
                "rate": 1000 * y_i[idx] / n_i if n_i else np.nan,
                "rate_rest": 1000 * y_j[idx] / n_j if n_j else np.nan,
                "prior": alpha[idx], "log_odds": delta[idx], "se": np.sqrt(variance[idx]),
                "z": z[idx], "n": articles_using[g, idx].astype("int64"),
            }))
    out = pd.concat(rows, ignore_index=True)
    out = pd.concat([out, flag_columns(out["n"], unit="article")], axis=1)
    return out.sort_values(["group", "z"], ascending=[True, False], kind="stable")


def keyword_in_context(
    articles: pd.DataFrame,
    term: str,
    *,
    window: int = 60,
    limit: int | None = None,
) -> pd.DataFrame:
    """Return one line per occurrence of ``term`` with the columns of ``KWIC_COLUMNS``.

    ``term`` is matched as whole words, case-insensitively, with any run of
    spaces between its words and ’ matching ' (so a term from
    ``distinctive_terms`` finds the text it was counted from; a French
    "invasion" also finds "l'invasion"). ``articles`` needs ``id``, ``outlet``,
    ``language``, ``date`` and ``text``. Lines follow the frame's article order.
    """
    pattern = _term_pattern(term)
    rows = []
    if pattern is not None and len(articles):
        columns = ("id", "outlet", "language", "date", "text")
        for article_id, outlet, language, date, text in articles[list(columns)].itertuples(index=False):
            if not isinstance(text, str):
                continue
            for m in pattern.finditer(text):
                left = _flat(text[max(0, m.start() - window): m.start()])
                right = _flat(text[m.end(): m.end() + window])
                match = _flat(m.group())
                rows.append((article_id, outlet, language, date, m.start(), m.end(), left, match,
                             right, left + match + right, len(left), len(left) + len(match)))
                if limit is not None and len(rows) >= limit:
                    break
            if limit is not None and len(rows) >= limit:
                break
    frame = pd.DataFrame(rows, columns=list(KWIC_COLUMNS))
    for column in ("start", "end", "match_start", "match_end"):
        frame[column] = frame[column].astype("int64")
    return frame


def _term_pattern(term: str) -> re.Pattern[str] | None:
    parts = term.replace("’", "'").split()
    if not parts:
        return None
    escaped = [re.escape(p).replace("'", "['’]") for p in parts]
    return re.compile(r"(?<![\w\-])" + r"\s+".join(escaped) + r"(?![\w\-])", re.IGNORECASE)


def _flat(text: str) -> str:
    """Line breaks and tabs to spaces, one for one, so offsets stay valid."""
    return re.sub(r"[\n\r\t\u2028\u2029]", " ", text)


def _identity(terms: Iterable[str]) -> Iterable[str]:
    return terms
