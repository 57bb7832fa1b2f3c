"""Same story elsewhere: for one article, the closest articles of OTHER outlets on the same event.

Candidates must fall within ``window_days`` of the article, comparing the
date ranges each date may mean (``2023-06`` is any day of June 2023, so it
matches ``2023-06-06``). They are ranked by a weighted sum of two cosines:

* ``text_similarity``: TF-IDF cosine over content words (Salton & Buckley
  1988: sublinear tf, smoothed idf, L2 norm), which finds same-language
  coverage;
* ``anchor_similarity``: TF-IDF cosine over anchors that survive translation —
  names, places and numbers folded across spellings and transliterations
  (``framing.compare.tokens.anchors``: "Zaporizhzhia" = "Zaporijia",
  "16,000" = "16 000") — so an English article finds its French counterpart.

Across languages the content-word cosine says nothing (the words differ by
construction), so a pair in two languages is scored on its anchors alone; and
a candidate days away from the article counts less than one of the same day
(half at the edge of the window), since coverage of one event clusters in time.
A candidate must share at least one anchor with the article: on the same dates,
one shared name, place or number is the evidence that it is the same story, and
the score ranks them; a fixed score threshold would drop the cross-language
coverage, whose scores are low by nature.

Inverse document frequencies come from the whole corpus, or for corpora
larger than ``IDF_SAMPLE`` from a fixed random sample of that many articles,
so that a query never needs 100,000 articles tokenised: ``story_index`` only
reads dates, and each article's words and anchors are computed the first time
it is needed and kept in the index. Build one ``StoryIndex`` per corpus and query it per article;
``same_story`` also accepts the articles frame directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from framing.compare.dates import date_bounds, days_apart
from framing.compare.tokens import anchors, content_terms

__all__ = ["IDF_SAMPLE", "SAME_STORY_COLUMNS", "StoryIndex", "same_story", "story_index"]

# Document frequencies from 5,000 random articles are within a few percent for any word in
# at least 1% of articles; rarer words (an event's names) get a high idf either way.
IDF_SAMPLE = 5000

SAME_STORY_COLUMNS = {
    "rank": "1 for the best match",
    "article_id": "id of the matching article",
    "outlet": "its outlet (never the query article's outlet)",
    "language": "its language",
    "date": "its date at its own precision",
    "title": "its title",
    "score": "(text_weight · text_similarity + anchor_weight · anchor_similarity in one language, "
             "anchor_similarity across two) × (1 − date_gap_days / (2 · window_days)): the same event is "
             "reported on the same days, so a candidate at the window's edge counts half",
    "text_similarity": "TF-IDF cosine over content words, in [0, 1]",
    "anchor_similarity": "TF-IDF cosine over shared names, places and numbers, in [0, 1]",
    "shared_anchors": "anchors both articles contain, as the query article writes them, '; '-joined",
    "date_gap_days": "days between the two date ranges (0 when they overlap), NaN when undated",
    "same_language": "True when both articles are in the same language",
}


@dataclass(frozen=True, eq=False)
class StoryIndex:
    """Articles with their date ranges (``story_index``) and a cache of their words and anchors."""

    articles: pd.DataFrame  # id, outlet, language, date, title, text, first, last (positional index)
    positions: dict[str, int]  # article id → row
    _features: dict[int, tuple[list[str], dict[str, str]]] = field(default_factory=dict, repr=False)
    _frequencies: dict[str, tuple[int, Counter]] = field(default_factory=dict, repr=False)

    def features(self, rows: Iterable[int]) -> list[tuple[list[str], dict[str, str]]]:
        """Return (content words, anchors) of each row, computing and caching missing ones."""
        out = []
        for row in rows:
            found = self._features.get(row)
            if found is None:
                text, language = self.articles["text"].iat[row], self.articles["language"].iat[row]
                language = language if isinstance(language, str) else None
                found = (content_terms(text, language, phrases=False), anchors(text))
                self._features[row] = found
            out.append(found)
        return out


    def frequencies(self) -> dict[str, tuple[int, Counter]]:
        """Return ``{"words"|"anchors": (documents, document frequency per term)}`` (cached)."""
        if not self._frequencies:
            n = len(self.articles)
            rows = range(n) if n <= IDF_SAMPLE else np.sort(
                np.random.default_rng(0).choice(n, IDF_SAMPLE, replace=False))
            words, names = Counter(), Counter()
            for found_words, found_names in self.features(rows):
                words.update(set(found_words))
                names.update(found_names.keys())
            size = min(n, IDF_SAMPLE)
            self._frequencies.update(words=(size, words), anchors=(size, names))
        return self._frequencies


def story_index(articles: pd.DataFrame) -> StoryIndex:
    """Return the index of ``articles`` (columns ``id``, ``outlet``, ``language``, ``date``,
    ``date_precision``, ``title`` and ``text``: ``articles_frame(records, with_text=True)``)."""
    frame = articles.reset_index(drop=True)
    texts = frame["text"].fillna("").astype(str)
    bounds = date_bounds(frame["date"], frame.get("date_precision"))
    meta = frame[["id", "outlet", "language", "date", "title"]].assign(
        text=texts, first=bounds["first"].to_numpy(), last=bounds["last"].to_numpy())
    positions = {str(article_id): i for i, article_id in enumerate(frame["id"])}
    return StoryIndex(meta, positions)


def same_story(
    corpus: StoryIndex | pd.DataFrame,
    article_id: str,
    *,
    top: int = 10,
    window_days: int = 7,
    text_weight: float = 0.5,
    anchor_weight: float = 0.5,
    min_score: float = 0.0,
    min_shared: int = 1,
    keep_undated: bool = False,
    languages: Collection[str] | None = None,
) -> pd.DataFrame:
    """Return the most similar articles of other outlets, with the columns of ``SAME_STORY_COLUMNS``.

    Candidates are articles of other outlets whose date range lies within
    ``window_days`` of the article's (undated candidates, or all candidates
    when the article itself is undated, only with ``keep_undated``), scoring at
    least ``min_score`` and sharing at least ``min_shared`` anchors; with ``languages``, only articles in those languages
    (e.g. ``{"fr"}`` for the French coverage of an English article). Raises
    ``KeyError`` for an unknown ``article_id``.
    """
    index = corpus if isinstance(corpus, StoryIndex) else story_index(corpus)
    if article_id not in index.positions:
        raise KeyError(f"unknown article id {article_id!r}")
    q = index.positions[article_id]
    meta = index.articles
    gap = days_apart(meta["first"], meta["last"], meta["first"].iloc[q], meta["last"].iloc[q])
    in_window = (gap <= window_days) | (np.isnan(gap) & keep_undated)
    in_window[q] = False
    rows = np.flatnonzero(in_window)
    features = index.features([q, *rows])
    frequencies = index.frequencies()
    words, _ = _tfidf([f[0] for f in features], *frequencies["words"])
    names, idf = _tfidf([list(f[1]) for f in features], *frequencies["anchors"])
    text_sim, anchor_sim = _cosines(words)[1:], _cosines(names)[1:]
    same_language = (meta["language"].to_numpy()[rows] == meta["language"].iloc[q])
    closeness = 1.0 - np.nan_to_num(gap[rows], nan=0.0) / (2.0 * max(window_days, 1))
    score = np.where(same_language, text_weight * text_sim + anchor_weight * anchor_sim, anchor_sim) * closeness
    query_anchors = features[0][1]
    shared_count = np.array([sum(1 for k in f[1] if k in query_anchors) for f in features[1:]], dtype="int64")
    wanted = ((meta["outlet"].to_numpy()[rows] != meta["outlet"].iloc[q]) & (score >= min_score)
              & (shared_count >= min_shared))
    if languages is not None:
        wanted &= meta["language"].isin(list(languages)).to_numpy()[rows]
    keep = np.flatnonzero(wanted)
    keep = keep[np.lexsort((np.nan_to_num(gap[rows[keep]], nan=np.inf), -score[keep]))][:top]
    order = rows[keep]
    hits = meta.iloc[order]
    shared = ["; ".join(_shared(query_anchors, features[1 + k][1], idf)) for k in keep]
    out = pd.DataFrame({
        "rank": np.arange(1, len(order) + 1, dtype="int64"),
        "article_id": hits["id"].to_numpy(),
        "outlet": hits["outlet"].to_numpy(),
        "language": hits["language"].to_numpy(),
        "date": hits["date"].to_numpy(),
        "title": hits["title"].to_numpy(),
        "score": score[keep],
        "text_similarity": text_sim[keep],
        "anchor_similarity": anchor_sim[keep],
        "shared_anchors": pd.Series(shared, dtype=object),
        "date_gap_days": gap[order],
        "same_language": (hits["language"] == meta["language"].iloc[q]).to_numpy(dtype=bool),
    })
    return out[list(SAME_STORY_COLUMNS)]


def _tfidf(docs: list[list[str]], n: int, df: Counter) -> tuple[Any, dict[str, float]]:
    """L2-normalised TF-IDF rows (Salton & Buckley 1988, a scipy CSR matrix) and each term's idf.

    Sublinear tf (1 + log tf) and scikit-learn's smoothed idf, log((1 + n) / (1 + df)) + 1,
    with document frequencies ``df`` over ``n`` documents; a term outside them has df 0.
    """
    # Imported here: scikit-learn and scipy cost half a second at start-up, and most pages
    # that import framing.compare never rank stories.
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    if not any(docs):
        return sparse.csr_matrix((len(docs), 0)), {}
    vectorizer = CountVectorizer(analyzer=_identity, dtype=np.float64)
    counts = vectorizer.fit_transform(docs).tocsr()
    counts.data = 1.0 + np.log(counts.data)
    terms = vectorizer.get_feature_names_out()
    idf = np.log((1.0 + n) / (1.0 + np.array([df.get(t, 0) for t in terms], dtype="float64"))) + 1.0
    matrix = normalize(counts @ sparse.diags(idf), norm="l2").tocsr()
    return matrix, dict(zip(terms, idf, strict=True))


def _cosines(matrix: Any) -> np.ndarray:
    """Cosine of every row with row 0 (rows are L2-normalised)."""
    if matrix.shape[1] == 0:
        return np.zeros(matrix.shape[0])
    return np.asarray((matrix @ matrix[0].T).todense()).ravel().clip(0.0, 1.0)


def _shared(query: dict[str, str], other: dict[str, str], idf: dict[str, float],
            limit: int = 12) -> list[str]:
    """Anchors in both, as the query writes them: names before numbers, rarest first."""
    keys = sorted((k for k in query if k in other),
                  key=lambda k: (k.startswith("#"), -idf.get(k, 0.0), k))
    return list(dict.fromkeys(query[k] for k in keys))[:limit]


def _identity(terms: list[str]) -> list[str]:
    return terms
