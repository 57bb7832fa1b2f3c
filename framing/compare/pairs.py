"""Term-pair table: for each referent with competing names, which name each outlet uses, in whose voice.

For every referent with at least two variants (Kyiv/Kiev, invasion/special
military operation …), every language and every outlet that names the
referent at all, one row per variant × voice with its count and shares, so a
table can show side by side that one outlet writes "Kyiv" in its own voice
and "Kiev" only inside quotations. Plain counts and proportions: no model.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from framing.compare.cells import TERM_CELL_COLUMNS
from framing.compare.poles import Poles, pole_signs
from framing.compare.samples import flag_columns

__all__ = ["TERM_PAIR_COLUMNS", "VOICES", "term_pairs"]

# Voices of ``framing.terminology.voice``, in display order.
VOICES = ("author", "quoted", "distanced", "reported")
_CELL_KEYS = ["referent", "language", "outlet", "variant", "voice"]
_CELL = TERM_CELL_COLUMNS

TERM_PAIR_COLUMNS = {
    **{k: _CELL[k] for k in ("referent", "language", "outlet", "variant", "term", "pole")},
    "sign": "the pole's sign (None without a lexicon)",
    "voice": _CELL["voice"],
    "count": "occurrences of the variant in this voice",
    "articles": _CELL["articles"],
    "share": "count / n: the variant × voice cells of one referent, outlet and language sum to 1",
    "variant_count": "occurrences of the variant in any voice",
    "variant_share": "variant_count / n",
    "voice_share": "count / occurrences of the referent in this voice (e.g. the author-voice choice)",
    "n": "occurrences of the referent in the outlet and language (all variants and voices)",
    "flag": "small-sample flag on n",
    "note": "the flag in words",
}


def term_pairs(
    cells: pd.DataFrame,
    *,
    poles: Poles | None = None,
    min_variants: int = 2,
    voices: Iterable[str] = VOICES,
) -> pd.DataFrame:
    """Return the term-pair table (``TERM_PAIR_COLUMNS``) of ``cells``
    (``framing.compare.cells.TERM_CELL_COLUMNS``).

    A referent is listed in a language when at least ``min_variants`` of its
    variants occur in that language anywhere in the corpus; every such variant
    then gets a row (count 0 included) for every voice in ``voices`` and every
    outlet that used the referent in that language. Rows are sorted by
    referent, language, outlet, variant and voice.
    """
    columns = list(TERM_PAIR_COLUMNS)
    if cells.empty:
        return pd.DataFrame(columns=columns)
    voices = tuple(voices)
    t = cells.assign(count=cells["count"].astype("int64"), articles=cells["articles"].astype("int64"))
    variants = t.groupby(["referent", "language"])["variant"].nunique()
    contested = variants[variants >= min_variants].index
    t = t.set_index(["referent", "language"]).loc[lambda f: f.index.isin(contested)].reset_index()
    if t.empty:
        return pd.DataFrame(columns=columns)
    # The grid: (referent, language, outlet) that named the referent × its variants × voices.
    users = t[["referent", "language", "outlet"]].drop_duplicates()
    names = t[["referent", "language", "variant", "term", "pole"]].drop_duplicates(
        ["referent", "language", "variant"])
    grid = users.merge(names, on=["referent", "language"]).merge(
        pd.DataFrame({"voice": voices}), how="cross")
    rows = grid.merge(t[[*_CELL_KEYS, "count", "articles"]], on=_CELL_KEYS, how="left")
    rows[["count", "articles"]] = rows[["count", "articles"]].fillna(0).astype("int64")
    # n counts every voice, even one left out of ``voices``.
    cell = ["referent", "language", "outlet"]
    n = t.groupby(cell)["count"].sum().rename("n")
    by_variant = t.groupby([*cell, "variant"])["count"].sum().rename("variant_count")
    by_voice = t.groupby([*cell, "voice"])["count"].sum().rename("voice_n")
    rows = (rows.join(n, on=cell).join(by_variant, on=[*cell, "variant"])
            .join(by_voice, on=[*cell, "voice"]))
    rows["variant_count"] = rows["variant_count"].fillna(0).astype("int64")
    rows["n"] = rows["n"].astype("int64")
    rows["share"] = rows["count"] / rows["n"]
    rows["variant_share"] = rows["variant_count"] / rows["n"]
    rows["voice_share"] = np.where(rows["voice_n"].fillna(0) > 0,
                                   rows["count"] / rows["voice_n"].where(rows["voice_n"] > 0), np.nan)
    signs = pole_signs(poles, observed=rows["pole"].dropna().unique())
    rows["sign"] = rows["pole"].map(signs).astype(object)
    rows = pd.concat([rows.reset_index(drop=True), flag_columns(rows["n"].reset_index(drop=True),
                                                                unit="use")], axis=1)
    order = {v: i for i, v in enumerate(voices)}
    rows = rows.sort_values(["referent", "language", "outlet", "variant"], kind="stable")
    rows = rows.sort_values(["referent", "language", "outlet", "variant", "voice"],
                            key=lambda s: s.map(order) if s.name == "voice" else s, kind="stable")
    return rows[columns].reset_index(drop=True)
