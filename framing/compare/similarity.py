"""Outlet similarity: distances between outlets on their term and voice profiles, and a 2-D map.

An outlet's profile is a vector of shares (``outlet_features``):

* ``pole:<pole>``: share of its author-voice term uses per pole;
* ``variant:<language>:<referent>:<variant>``: among its author-voice uses of a
  referent in a language, the share of each variant (French and English are
  separate: "Kiev" is neutral French but Kremlin-aligned English);
* ``side:<side>``: share of its quotes by actor side.

An outlet that never names a referent has no share for it; the gap is
filled with the mean of the outlets that do (it then neither pulls the
outlet towards nor away from anyone). Each block is scaled by 1/√(its
number of features) so that dozens of variant columns do not drown the
few pole and side columns. The map is a principal component analysis of the
centred profiles by singular value decomposition (Pearson 1901; Jolliffe
2002), with the explained variance of each axis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from framing.compare.samples import flag_columns

__all__ = [
    "BLOCKS",
    "DISTANCE_COLUMNS",
    "EVIDENCE_COLUMNS",
    "MAP_COLUMNS",
    "OutletFeatures",
    "OutletMap",
    "outlet_distances",
    "outlet_features",
    "outlet_map",
]

BLOCKS = ("pole", "variant", "side")

EVIDENCE_COLUMNS = {
    "outlet": "outlet name",
    "term_uses": "author-voice term uses behind the pole and variant shares",
    "quotes": "quotes behind the side shares",
    "n": "term uses (or quotes when only the side block is used)",
    "flag": "small-sample flag on n",
    "note": "the flag in words",
}
DISTANCE_COLUMNS = {
    "outlet_a": "first outlet",
    "outlet_b": "second outlet (every ordered pair, self included, so it pivots to a square)",
    "distance": "distance between the two scaled profiles",
}
MAP_COLUMNS = {
    "points": "outlet, x, y: coordinates on the first two principal components",
    "explained": "component (1, 2), variance, ratio: variance explained by each axis",
    "loadings": "feature, x, y: each feature's weight on the two axes (to label them)",
}


@dataclass(frozen=True)
class OutletFeatures:
    """``values``: outlets × features (index ``outlet``, scaled, gaps filled); ``raw``: the same
    shares before filling and scaling (NaN where an outlet never named a referent);
    ``evidence``: ``EVIDENCE_COLUMNS``."""

    values: pd.DataFrame
    raw: pd.DataFrame
    evidence: pd.DataFrame


@dataclass(frozen=True)
class OutletMap:
    """A 2-D map of outlets (see ``MAP_COLUMNS``)."""

    points: pd.DataFrame
    explained: pd.DataFrame
    loadings: pd.DataFrame


def outlet_features(
    cells: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    *,
    blocks: Sequence[str] = BLOCKS,
    voice: str = "author",
) -> OutletFeatures:
    """Return every outlet's profile from ``framing.compare.cells.TERM_CELL_COLUMNS`` and
    ``QUOTE_CELL_COLUMNS`` counts.

    ``blocks`` picks among ``BLOCKS``; ``voice`` is the term voice profiled
    (the outlet's own choice by default).
    """
    unknown = set(blocks) - set(BLOCKS)
    if unknown:
        raise ValueError(f"unknown blocks {sorted(unknown)}; choose from {', '.join(BLOCKS)}")
    own = (cells[(cells["voice"] == voice) & (cells["count"] > 0)] if cells is not None and not cells.empty
           else pd.DataFrame(columns=["outlet", "pole", "language", "referent", "variant", "count"]))
    sides = (quotes[(quotes["kind"] == "all") & (quotes["quotes"] > 0)] if quotes is not None and not quotes.empty
             else pd.DataFrame(columns=["outlet", "side", "quotes"]))
    parts = []
    if "pole" in blocks and not own.empty:
        parts.append(_shares(own, [], "pole", "pole:", weight="count"))
    if "variant" in blocks and not own.empty:
        keyed = own.assign(ref=own["language"].fillna("?") + ":" + own["referent"].astype(str))
        parts.append(_shares(keyed, ["ref"], "variant", "variant:", weight="count"))
    if "side" in blocks and not sides.empty:
        parts.append(_shares(sides, [], "side", "side:", weight="quotes"))
    outlets = sorted(set(own["outlet"]) | set(sides["outlet"]))
    raw = pd.concat(parts, axis=1).reindex(outlets) if parts else pd.DataFrame(index=outlets)
    raw.index.name = "outlet"
    raw = raw[sorted(raw.columns, key=lambda c: (BLOCKS.index(c.split(":")[0]), c))]
    values = raw.fillna(raw.mean()).fillna(0.0)
    for block in BLOCKS:
        cols = [c for c in values.columns if c.startswith(block + ":")]
        if cols:
            values[cols] = values[cols] / np.sqrt(len(cols))
    return OutletFeatures(values, raw, _evidence(outlets, own, sides, blocks))


def outlet_distances(features: OutletFeatures | pd.DataFrame, *, metric: str = "euclidean") -> pd.DataFrame:
    """Return the distance between every ordered pair of outlets (``DISTANCE_COLUMNS``).

    ``metric`` is ``"euclidean"`` (on the scaled shares) or ``"cosine"``
    (1 − cosine similarity; 1 when a profile is all zeros).
    """
    values = features.values if isinstance(features, OutletFeatures) else features
    x = values.to_numpy(dtype="float64")
    if metric == "euclidean":
        d = np.sqrt(np.maximum(((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=2), 0.0))
    elif metric == "cosine":
        norms = np.linalg.norm(x, axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            sim = (x @ x.T) / np.outer(norms, norms)
        d = 1.0 - np.nan_to_num(sim, nan=0.0)
        np.fill_diagonal(d, 0.0)
    else:
        raise ValueError(f"metric must be 'euclidean' or 'cosine', not {metric!r}")
    names = list(values.index)
    return pd.DataFrame({
        "outlet_a": np.repeat(names, len(names)),
        "outlet_b": np.tile(names, len(names)),
        "distance": d.ravel() if len(names) else np.array([], dtype="float64"),
    })


def outlet_map(features: OutletFeatures | pd.DataFrame) -> OutletMap:
    """Return the outlets on their first two principal components (see ``MAP_COLUMNS``).

    PCA by SVD of the centred profiles. Each axis is oriented so that its
    largest loading is positive, so the map does not flip between runs.
    With one outlet, or outlets with identical profiles, the points sit at 0
    and the explained ratio is NaN.
    """
    values = features.values if isinstance(features, OutletFeatures) else features
    names = list(values.index)
    x = values.to_numpy(dtype="float64")
    coords = np.zeros((len(names), 2))
    loadings = np.zeros((x.shape[1], 2))
    variance = np.zeros(2)
    if len(names) > 1 and x.shape[1]:
        centred = x - x.mean(axis=0)
        u, s, vt = np.linalg.svd(centred, full_matrices=False)
        k = min(2, len(s))
        for i in range(k):
            if vt[i][np.argmax(np.abs(vt[i]))] < 0:
                u[:, i], vt[i] = -u[:, i], -vt[i]
        coords[:, :k] = u[:, :k] * s[:k]
        loadings[:, :k] = vt[:k].T
        variance[:k] = s[:k] ** 2 / (len(names) - 1)
        total = (s**2).sum() / (len(names) - 1)
    else:
        total = 0.0
    ratio = variance / total if total > 0 else np.full(2, np.nan)
    return OutletMap(
        pd.DataFrame({"outlet": names, "x": coords[:, 0], "y": coords[:, 1]}),
        pd.DataFrame({"component": [1, 2], "variance": variance, "ratio": ratio}),
        pd.DataFrame({"feature": list(values.columns), "x": loadings[:, 0], "y": loadings[:, 1]}),
    )


def _shares(frame: pd.DataFrame, within: list[str], column: str, prefix: str, *, weight: str) -> pd.DataFrame:
    """Outlets × (within, column) shares of the ``weight`` counts, each ``within`` group summing to 1.

    A share is 0 when the outlet used the group but not this value, and NaN
    when it never used the group at all.
    """
    counts = frame.groupby(["outlet", *within, column])[weight].sum()
    wide = counts.unstack([*within, column], fill_value=0).astype("float64")
    if within:
        levels = list(range(len(within)))
        totals = wide.T.groupby(level=levels).transform("sum").T
        shares = wide / totals.where(totals > 0)
    else:
        totals = wide.sum(axis=1)
        shares = wide.div(totals.where(totals > 0), axis=0)
    shares.columns = [prefix + ":".join(map(str, c if isinstance(c, tuple) else (c,)))
                      for c in shares.columns]
    return shares


def _evidence(outlets: list[str], own: pd.DataFrame, sides: pd.DataFrame,
              blocks: Sequence[str]) -> pd.DataFrame:
    out = pd.DataFrame({"outlet": outlets})
    out["term_uses"] = out["outlet"].map(own.groupby("outlet")["count"].sum()).fillna(0).astype("int64")
    out["quotes"] = out["outlet"].map(sides.groupby("outlet")["quotes"].sum()).fillna(0).astype("int64")
    term_based = bool({"pole", "variant"} & set(blocks))
    out["n"] = out["term_uses"] if term_based else out["quotes"]
    unit = "term use" if term_based else "quote"
    return pd.concat([out, flag_columns(out["n"], unit=unit)], axis=1)
