"""The count tables every statistic of ``framing.compare`` starts from, column by column.

This is the contract between the counting and the statistics: a store
computes these tables in SQL (``framing.store.counts``), the statistics
(``term_pairs``, ``voice_share``, ``top_quoted``, ``actor_sentiment``,
``outlet_profile``, ``timeline``, ``outlet_features``) read them, and their
own result columns reuse these descriptions rather than restate them.
"""

from __future__ import annotations

__all__ = [
    "ACTOR_MOMENT_COLUMNS",
    "BASIC_COLUMNS",
    "EXCLUDED_COUNT_COLUMNS",
    "MOMENT_COLUMNS",
    "POLE_ARTICLE_COLUMNS",
    "QUOTE_CELL_COLUMNS",
    "SPEAKER_COLUMNS",
    "TERM_CELL_COLUMNS",
]

# Occurrences per referent, language, outlet, variant and voice: the term statistics.
TERM_CELL_COLUMNS = {
    "referent": "lexicon referent id (the thing named)",
    "language": "language of the term ('unknown' when absent)",
    "outlet": "outlet name",
    "variant": "lexicon variant id (the name chosen)",
    "term": "label of the variant",
    "pole": "pole id of the variant",
    "voice": "'author', 'quoted' or 'distanced'",
    "count": "occurrences",
    "articles": "articles with such an occurrence",
}

# Quotes per outlet, kind and side: the voice shares and the side block of the outlet map.
QUOTE_CELL_COLUMNS = {
    "outlet": "outlet name",
    "kind": "'all' (every kind together), 'direct', 'indirect' or 'mixed'",
    "side": "side of the quoted actor ('unknown' unresolved, 'unattributed' without speaker)",
    "quotes": "quotes",
    "words": "quoted words",
    "articles": "articles with such a quote",
}

# Quotes per outlet × speaker: the most-quoted table.
SPEAKER_COLUMNS = {
    "outlet": "outlet name",
    "speaker": "resolved speaker name",
    "side": "the side most of the speaker's quotes carry (ties: alphabetical)",
    "quotes": "quotes of the speaker",
    "direct": "of which direct",
    "indirect": "of which indirect",
    "mixed": "of which mixed",
    "words": "quoted words",
    "articles": "articles quoting the speaker",
    "n": "the outlet's quotes (attributed or not)",
}

# Per group: what SQL's count, avg and stddev_samp give. The statistics that bootstrap take,
# beside these, the raw values of the groups of at most ``intervals.BOOTSTRAP_MAX_N`` values.
MOMENT_COLUMNS = {
    "n": "number of non-missing values in the group",
    "mean": "their mean (NaN when n = 0)",
    "sd": "their sample standard deviation (NaN when n < 2)",
}

# Per outlet × actor name × side: article-level actor sentiment, for ``actor_sentiment``.
ACTOR_MOMENT_COLUMNS = {
    "outlet": "outlet name",
    "name": "actor name",
    "side": "actor side ('unknown' when absent)",
    **MOMENT_COLUMNS,
    "mentions": "mentions of the actor across the outlet's articles",
}

# Per outlet: the figures of an outlet profile that need no statistics.
BASIC_COLUMNS = {
    "outlet": "outlet name",
    "articles": "number of articles",
    "languages": "languages, most frequent first, ', '-joined",
    "first_date": "earliest date, at its own precision",
    "last_date": "latest date, at its own precision ('2022-09' ends after '2022-09-15')",
    "undated": "articles without a date",
}

# Per outlet and pole: the author-voice pole shares of an outlet profile.
POLE_ARTICLE_COLUMNS = {
    "outlet": "outlet name",
    "pole": "pole id",
    "articles": "articles with at least one author-voice term of the pole (weight > 0)",
}

# Per outlet: the articles a timeline leaves out.
EXCLUDED_COUNT_COLUMNS = {
    "outlet": "outlet name",
    "undated": "articles without a usable date",
    "too_coarse": "articles whose date is coarser than the granularity (e.g. month-only at day)",
}
